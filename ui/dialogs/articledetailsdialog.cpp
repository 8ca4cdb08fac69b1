// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articledetailsdialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Lectern {

namespace {
bool isIsoDate(const QString &text)
{
    for (const char *format : {"yyyy", "yyyy-MM", "yyyy-MM-dd"}) {
        if (QDate::fromString(text, QLatin1StringView(format)).isValid())
            return true;
    }
    return QDateTime::fromString(text, Qt::ISODate).isValid();
}
} // namespace

ArticleDetailsDialog::ArticleDetailsDialog(const ArticleDetails &details, QWidget *parent)
    : QDialog(parent)
    , m_title(new QLineEdit(details.title, this))
    , m_byline(new QLineEdit(details.byline, this))
    , m_site(new QLineEdit(details.site, this))
    , m_published(new QLineEdit(details.published, this))
    , m_address(new QLineEdit(details.address, this))
    , m_topics(new QLineEdit(details.topics.join(QStringLiteral(", ")), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Article Details"));
    m_title->setObjectName(QStringLiteral("title"));
    m_published->setObjectName(QStringLiteral("published"));
    m_published->setPlaceholderText(tr("YYYY-MM-DD"));
    m_address->setPlaceholderText(tr("https://…"));
    m_topics->setPlaceholderText(tr("Topics, separated by commas"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&By:"), m_byline);
    form->addRow(tr("&Site:"), m_site);
    form->addRow(tr("&Published:"), m_published);
    form->addRow(tr("&Web address:"), m_address);
    form->addRow(tr("T&opics:"), m_topics);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *field : {m_title, m_published})
        connect(field, &QLineEdit::textChanged, this, &ArticleDetailsDialog::updateProblem);
    resize(520, sizeHint().height());
    updateProblem();
}

ArticleDetails ArticleDetailsDialog::details() const
{
    ArticleDetails details {
        m_title->text().trimmed(), m_byline->text().trimmed(), m_site->text().trimmed(), m_published->text().trimmed(), m_address->text().trimmed(), {}};
    for (const QString &topic : m_topics->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!topic.trimmed().isEmpty())
            details.topics << topic.trimmed();
    }
    return details;
}

QString ArticleDetailsDialog::problemWith(const ArticleDetails &details)
{
    if (details.title.isEmpty())
        return tr("An article needs a title.");
    if (!details.published.isEmpty() && !isIsoDate(details.published))
        return tr("Write the date as year-month-day, such as 2026-03-02 (or only the year, or year and month).");
    return {};
}

void ArticleDetailsDialog::updateProblem()
{
    const QString problem = problemWith(details());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace Lectern
