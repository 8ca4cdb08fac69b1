// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sidepanel.h"

#include "article/article.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Lectern {

namespace {
QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString section(const QString &heading, const QString &body)
{
    return body.isEmpty() ? QString() : QStringLiteral("<h4>%1</h4>%2").arg(escaped(heading), body);
}

QString paragraph(const QString &text)
{
    return text.isEmpty() ? QString() : QStringLiteral("<p>%1</p>").arg(escaped(text));
}

QString bulletList(const QStringList &items)
{
    if (items.isEmpty())
        return {};
    QString html = QStringLiteral("<ul>");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(escaped(item));
    return html + QStringLiteral("</ul>");
}

QString chips(const QStringList &items)
{
    QStringList parts;
    for (const QString &item : items)
        parts << QStringLiteral("<span style='background-color:#e6e1d6; color:#222'>&nbsp;%1&nbsp;</span>").arg(escaped(item));
    return parts.isEmpty() ? QString() : QStringLiteral("<p>%1</p>").arg(parts.join(QStringLiteral(" ")));
}

QString curatedHtml(const CuratedSummary &card)
{
    QString html = QStringLiteral("<p><small>%1</small></p>").arg(escaped(SidePanel::tr("Curated summary")));
    html += section(SidePanel::tr("Summary"), paragraph(card.summary));
    html += section(SidePanel::tr("Key takeaway"), paragraph(card.keyTakeaway));
    html += section(SidePanel::tr("Key insights"), bulletList(card.keyInsights));
    html += section(SidePanel::tr("Principles"), bulletList(card.principles));
    html += section(SidePanel::tr("In practice"), bulletList(card.inPractice));
    html += section(SidePanel::tr("Topics"), chips(card.topics));
    html += section(SidePanel::tr("Best for"), bulletList(card.bestFor));
    html += section(card.relatedHeading.isEmpty() ? SidePanel::tr("Related") : card.relatedHeading, bulletList(card.related));
    if (!card.attribution.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(escaped(SidePanel::tr("Originally published by %1").arg(card.attribution)));
    return html;
}

QString detailsHtml(const Article &article)
{
    QString html = QStringLiteral("<p><small>%1</small></p>").arg(escaped(SidePanel::tr("This article has no curated summary.")));
    html += section(SidePanel::tr("Standfirst"), paragraph(article.excerpt));
    QStringList facts;
    const std::pair<QString, QString> rows[] = {{SidePanel::tr("By"), article.byline},     {SidePanel::tr("Site"), article.site},
                                                {SidePanel::tr("Published"), article.published}, {SidePanel::tr("Language"), article.language},
                                                {SidePanel::tr("Format"), article.format},      {SidePanel::tr("Source"), article.source}};
    for (const auto &[label, value] : rows) {
        if (!value.isEmpty())
            facts << QStringLiteral("<b>%1</b> %2").arg(escaped(label), escaped(value));
    }
    html += section(SidePanel::tr("Details"), QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral("<br/>"))));
    html += section(SidePanel::tr("Tags from the source"), chips(article.tags));
    return html;
}
} // namespace

SidePanel::SidePanel(QWidget *parent)
    : QTabWidget(parent)
    , m_summary(new QTextBrowser(this))
    , m_removed(new QListWidget(this))
    , m_restore(new QPushButton(tr("&Restore to Article"), this))
{
    m_summary->setOpenLinks(false);
    m_summary->setFrameShape(QFrame::NoFrame);
    m_summary->setAccessibleName(tr("Summary"));
    addTab(m_summary, tr("Summary"));

    auto *removedPage = m_removedPage = new QWidget(this);
    auto *layout = new QVBoxLayout(removedPage);
    auto *explanation = new QLabel(tr("Site boilerplate the importer took out of this article. Nothing is lost: restore any line."), removedPage);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    layout->addWidget(m_removed);
    layout->addWidget(m_restore);
    m_removed->setAccessibleName(tr("Removed lines"));
    m_removed->setWordWrap(true);
    m_restore->setEnabled(false);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    addTab(removedPage, tr("Removed"));

    connect(m_removed, &QListWidget::currentRowChanged, this, [this](int row) {
        m_restore->setEnabled(row >= 0);
    });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (m_removed->currentRow() >= 0)
            Q_EMIT restoreRemovedLineRequested(m_removed->currentRow());
    });
}

QString SidePanel::summaryHtmlFor(const Article &article)
{
    return article.curated.isEmpty() ? detailsHtml(article) : curatedHtml(article.curated);
}

void SidePanel::showArticle(const Article &article)
{
    m_summary->setHtml(summaryHtmlFor(article));
    m_removed->clear();
    for (const RemovedLine &line : article.removed) {
        auto *item = new QListWidgetItem(line.text, m_removed);
        item->setToolTip(tr("Removed as: %1").arg(line.reason));
    }
    setTabText(indexOf(m_removedPage), article.removed.isEmpty() ? tr("Removed") : tr("Removed (%1)").arg(article.removed.size()));
}

QString SidePanel::summaryHtml() const
{
    return m_summary->toHtml();
}

void SidePanel::showRemovedLines()
{
    setCurrentWidget(m_removedPage);
}

} // namespace Lectern
