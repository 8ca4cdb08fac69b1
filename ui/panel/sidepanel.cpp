// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sidepanel.h"

#include "sidetabbar.h"

#include "lazypage.h"

#include "article/article.h"
#include "related/relatedarticlesmodel.h"
#include "summary/extractivesummarizer.h"

#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QTabBar>
#include <QTextBrowser>
#include <QUrl>
#include <QUrlQuery>
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

// Links the panel follows itself: lectern:topic?name=… and lectern:passage?start=…&end=…
QString topicUrl(const QString &topic)
{
    QUrl url(QStringLiteral("lectern:topic"));
    url.setQuery(QUrlQuery{{QStringLiteral("name"), topic}});
    return url.toString(QUrl::FullyEncoded).toHtmlEscaped();
}

QString topicChips(const QStringList &topics)
{
    QStringList parts;
    for (const QString &topic : topics)
        parts << QStringLiteral("<a href=\"%1\" style='background-color:#e6e1d6; color:#222; text-decoration:none'>&nbsp;%2&nbsp;</a>")
                     .arg(topicUrl(topic), escaped(topic));
    return parts.isEmpty() ? QString() : QStringLiteral("<p>%1</p>").arg(parts.join(QStringLiteral(" ")));
}

QString generatedHtml(const GeneratedSummary &generated)
{
    if (generated.isEmpty())
        return {};
    QString html = QStringLiteral("<p><small><b>%1</b> %2</small></p>")
                       .arg(escaped(SidePanel::tr("Generated summary")), escaped(SidePanel::tr("Sentences picked from the text by Lectern, not by a curator. "
                                                                                                "Click one to read it in place.")));
    html += QStringLiteral("<ol>");
    for (const GeneratedSummary::Sentence &sentence : generated.sentences)
        html += QStringLiteral("<li><a href=\"lectern:passage?start=%1&amp;end=%2\" style='text-decoration:none'>%3</a></li>")
                    .arg(sentence.start)
                    .arg(sentence.end)
                    .arg(escaped(sentence.text));
    html += QStringLiteral("</ol>");
    html += section(SidePanel::tr("Key terms"), chips(generated.keyTerms));
    return html;
}

QString curatedHtml(const CuratedSummary &card)
{
    QString html = QStringLiteral("<p><small>%1</small></p>").arg(escaped(SidePanel::tr("Curated summary")));
    html += section(SidePanel::tr("Summary"), paragraph(card.summary));
    html += section(SidePanel::tr("Key takeaway"), paragraph(card.keyTakeaway));
    html += section(SidePanel::tr("Key insights"), bulletList(card.keyInsights));
    html += section(SidePanel::tr("Principles"), bulletList(card.principles));
    html += section(SidePanel::tr("In practice"), bulletList(card.inPractice));
    html += section(SidePanel::tr("Topics"), topicChips(card.topics));
    html += section(SidePanel::tr("Best for"), bulletList(card.bestFor));
    html += section(card.relatedHeading.isEmpty() ? SidePanel::tr("Related") : card.relatedHeading, bulletList(card.related));
    if (!card.attribution.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(escaped(SidePanel::tr("Originally published by %1").arg(card.attribution)));
    return html;
}

QString detailsHtml(const Article &article, const GeneratedSummary &generated)
{
    QString html = QStringLiteral("<p><small>%1</small></p>").arg(escaped(SidePanel::tr("This article has no curated summary.")));
    html += generatedHtml(generated);
    html += section(SidePanel::tr("Standfirst"), paragraph(article.excerpt));
    QStringList facts;
    const std::pair<QString, QString> rows[] = {{SidePanel::tr("By"), article.byline},     {SidePanel::tr("Site"), article.site},
                                                {SidePanel::tr("Published"), article.published}, {SidePanel::tr("Language"), article.language},
                                                {SidePanel::tr("Format"), article.format},      {SidePanel::tr("Encoding"), article.encoding},
                                                {SidePanel::tr("Source"), article.source},      {SidePanel::tr("Address"), article.address}};
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
{
    // Tabs down the side: five labels side by side do not fit a narrow
    // panel in any language, and scroll arrows would hide the last ones.
    setTabBar(new SideTabBar(this));
    setTabPosition(QTabWidget::West);
    m_summary->setOpenLinks(false);
    m_summary->setFrameShape(QFrame::NoFrame);
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setAccessibleDescription(tr("The article's curated or generated summary and details; links show a passage or search a topic"));
    tabBar()->setAccessibleDescription(tr("Pages of the side panel: the arrow keys move between them"));
    addTab(m_summary, tr("Summary"));
    setTabToolTip(indexOf(m_summary), tr("The article's summary, key terms and details"));
    connect(m_summary, &QTextBrowser::anchorClicked, this, &SidePanel::followLink);

    // Built when first shown (or asked for): the first frame shows one page.
    m_relatedPage = addLazyTab(&SidePanel::buildRelatedPage, tr("Related"), tr("Articles in your library related to this one"));
    m_removedPage = addLazyTab(&SidePanel::buildRemovedPage, tr("Removed"), tr("Boilerplate the importer took out of this article"));
}

LazyPage *SidePanel::addLazyTab(QWidget *(SidePanel::*build)(QWidget *), const QString &title, const QString &toolTip)
{
    auto *page = new LazyPage(
        [this, build](QWidget *parent) {
            return (this->*build)(parent);
        },
        this);
    addTab(page, title);
    setTabToolTip(indexOf(page), toolTip);
    return page;
}

QWidget *SidePanel::buildRelatedPage(QWidget *parent)
{
    auto *page = new QWidget(parent);
    auto *relatedLayout = new QVBoxLayout(page);
    auto *relatedNote = new QLabel(tr("Articles in your library that share topics, claim tags, terms, a site or an author with this one."), page);
    relatedNote->setWordWrap(true);
    m_relatedView = new QListView(page);
    m_relatedView->setWordWrap(true);
    m_relatedView->setUniformItemSizes(false);
    m_relatedView->setSpacing(3);
    m_relatedView->setAccessibleName(tr("Related articles"));
    m_relatedView->setAccessibleDescription(tr("Enter opens the selected article"));
    m_relatedView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_relatedView->setModel(m_relatedModel);
    relatedLayout->addWidget(relatedNote);
    relatedLayout->addWidget(m_relatedView, 1);
    // Single click, like a link: the list is a set of places to go.
    connect(m_relatedView, &QListView::clicked, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(RelatedArticlesModel::ArticleIdRole).toLongLong(); id > 0)
            Q_EMIT articleActivated(id);
    });
    connect(m_relatedView, &QListView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(RelatedArticlesModel::ArticleIdRole).toLongLong(); id > 0)
            Q_EMIT articleActivated(id);
    });
    return page;
}

QWidget *SidePanel::buildRemovedPage(QWidget *parent)
{
    auto *page = new QWidget(parent);
    auto *layout = new QVBoxLayout(page);
    auto *explanation = new QLabel(tr("Site boilerplate the importer took out of this article. Nothing is lost: restore any line."), page);
    explanation->setWordWrap(true);
    m_removed = new QListWidget(page);
    m_restore = new QPushButton(tr("&Restore to Article"), page);
    layout->addWidget(explanation);
    layout->addWidget(m_removed);
    layout->addWidget(m_restore);
    m_removed->setAccessibleName(tr("Removed lines"));
    m_removed->setAccessibleDescription(tr("Boilerplate taken out of the article; Restore to Article puts the selected line back"));
    m_restore->setToolTip(tr("Put the selected line back into the article"));
    m_removed->setWordWrap(true);
    m_restore->setEnabled(false);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    connect(m_removed, &QListWidget::currentRowChanged, this, [this](int row) {
        m_restore->setEnabled(row >= 0);
    });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (m_removed->currentRow() >= 0)
            Q_EMIT restoreRemovedLineRequested(m_removed->currentRow());
    });
    fillRemovedLines();
    return page;
}

void SidePanel::fillRemovedLines()
{
    m_removed->clear();
    for (const RemovedLine &line : std::as_const(m_removedLines)) {
        auto *item = new QListWidgetItem(line.text, m_removed);
        item->setToolTip(tr("Removed as: %1").arg(line.reason));
    }
}

QListWidget *SidePanel::removedList() const
{
    m_removedPage->content();
    return m_removed;
}

QListView *SidePanel::relatedView() const
{
    m_relatedPage->content();
    return m_relatedView;
}

void SidePanel::attachLibrary(Database &database)
{
    delete m_relatedModel;
    m_relatedModel = new RelatedArticlesModel(database, this);
    if (m_relatedView)
        m_relatedView->setModel(m_relatedModel);
}

QString SidePanel::summaryHtmlFor(const Article &article)
{
    return summaryHtmlFor(article, article.curated.isEmpty() ? ExtractiveSummarizer().summarize(article) : GeneratedSummary());
}

QString SidePanel::summaryHtmlFor(const Article &article, const GeneratedSummary &generated)
{
    return article.curated.isEmpty() ? detailsHtml(article, generated) : curatedHtml(article.curated);
}

void SidePanel::followLink(const QUrl &url)
{
    if (url.scheme() != QLatin1StringView("lectern"))
        return;
    const QUrlQuery query(url);
    if (url.path() == QLatin1StringView("topic"))
        Q_EMIT topicActivated(query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded));
    else if (url.path() == QLatin1StringView("passage"))
        Q_EMIT passageActivated(query.queryItemValue(QStringLiteral("start")).toInt(), query.queryItemValue(QStringLiteral("end")).toInt());
}

void SidePanel::showRelated()
{
    setCurrentWidget(m_relatedPage);
}

void SidePanel::showArticle(const Article &article)
{
    m_articleId = article.id;
    m_summary->setHtml(summaryHtmlFor(article));
    if (m_relatedModel)
        m_relatedModel->load(article);
    m_removedLines = article.removed;
    if (m_removed)
        fillRemovedLines();
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
