// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarycommands.h"

#include "article/article.h"
#include "clicontext.h"
#include "related/relatedfinder.h"
#include "indexing/librarystore.h"
#include "summary/extractivesummarizer.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace Lectern {

SummaryCommands::SummaryCommands(CliContext &context, const QCommandLineParser &parser)
    : m_context(context)
    , m_parser(parser)
{
}

std::optional<Article> SummaryCommands::article(const QString &subcommand, const QStringList &arguments, int *exitCode)
{
    if (arguments.size() != 1) {
        *exitCode = m_context.usage(tr("%1 needs exactly one article id").arg(subcommand));
        return std::nullopt;
    }
    Database *database = m_context.database();
    if (!database) {
        *exitCode = CliContext::ItemFailed;
        return std::nullopt;
    }
    bool ok = false;
    const qint64 id = arguments.first().toLongLong(&ok);
    std::optional<Article> found = ok ? LibraryStore(*database).article(id) : std::nullopt;
    if (!found)
        *exitCode = m_context.failed(tr("there is no article with id '%1'").arg(arguments.first()));
    return found;
}

void SummaryCommands::printCurated(const Article &article)
{
    QTextStream &out = m_context.out();
    const CuratedSummary &card = article.curated;
    out << tr("Curated summary of “%1”").arg(article.title) << "\n";
    auto text = [&out](const QString &heading, const QString &body) {
        if (!body.isEmpty())
            out << '\n' << heading << '\n' << body << '\n';
    };
    auto list = [&out](const QString &heading, const QStringList &items) {
        if (items.isEmpty())
            return;
        out << '\n' << heading << '\n';
        for (const QString &item : items)
            out << "- " << item << '\n';
    };
    text(tr("Summary"), card.summary);
    text(tr("Key takeaway"), card.keyTakeaway);
    list(tr("Key insights"), card.keyInsights);
    list(tr("Principles"), card.principles);
    list(tr("In practice"), card.inPractice);
    text(tr("Topics"), card.topics.join(QStringLiteral(", ")));
    list(tr("Best for"), card.bestFor);
    list(card.relatedHeading.isEmpty() ? tr("Related") : card.relatedHeading, card.related);
    if (!card.attribution.isEmpty())
        out << '\n' << tr("Originally published by %1").arg(card.attribution) << '\n';
}

QJsonObject SummaryCommands::summaryJson(const Article &article)
{
    // One shape per case, told apart by "generated": the curator's sections,
    // or Lectern's sentences with their offsets; never both, so that a script
    // cannot quote a generated sentence as the curator's.
    QJsonObject object{{QStringLiteral("id"), article.id}, {QStringLiteral("title"), article.title}};
    if (!article.curated.isEmpty()) {
        object.insert(QStringLiteral("generated"), false);
        object.insert(QStringLiteral("sections"), article.curated.toJson());
        return object;
    }
    const QJsonObject summary = ExtractiveSummarizer().summarize(article).toJson();
    for (auto it = summary.begin(); it != summary.end(); ++it)
        object.insert(it.key(), it.value());
    object.insert(QStringLiteral("generated"), true);
    return object;
}

int SummaryCommands::summary(const QStringList &arguments)
{
    int exitCode = CliContext::Success;
    const std::optional<Article> found = article(QStringLiteral("summary"), arguments, &exitCode);
    if (!found)
        return exitCode;
    if (m_parser.isSet(QStringLiteral("json")))
        m_context.printJson(summaryJson(*found));
    else if (!found->curated.isEmpty())
        printCurated(*found);
    else
        printGenerated(*found, ExtractiveSummarizer().summarize(*found));
    return CliContext::Success;
}

void SummaryCommands::printGenerated(const Article &article, const GeneratedSummary &generated)
{
    QTextStream &out = m_context.out();
    out << tr("Generated summary of “%1” (key sentences picked by Lectern, not curated)").arg(article.title) << "\n\n";
    for (const GeneratedSummary::Sentence &sentence : generated.sentences)
        out << sentence.start << ':' << sentence.end << '\t' << CliContext::field(sentence.text) << '\n';
    if (!generated.keyTerms.isEmpty())
        out << '\n' << tr("Key terms: %1").arg(generated.keyTerms.join(QStringLiteral(", "))) << '\n';
    if (generated.isEmpty())
        out << tr("The article has no sentences long enough to summarise.") << '\n';
}

int SummaryCommands::related(const QStringList &arguments)
{
    bool limitOk = false;
    const int limit = m_parser.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || limit <= 0)
        return m_context.usage(tr("--limit needs a positive number"));
    int exitCode = CliContext::Success;
    const std::optional<Article> found = article(QStringLiteral("related"), arguments, &exitCode);
    if (!found)
        return exitCode;
    const RelatedFinder finder(*m_context.database());
    const QList<RelatedArticle> related = finder.find(found->id, limit);
    const QList<CuratedRelated> curated = finder.curatedRelated(*found);
    if (m_parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const RelatedArticle &item : related)
            list.append(QJsonObject{{QStringLiteral("id"), item.articleId},
                                    {QStringLiteral("title"), item.title},
                                    {QStringLiteral("score"), item.score},
                                    {QStringLiteral("why"), item.why},
                                    {QStringLiteral("shared_topics"), QJsonArray::fromStringList(item.sharedTopics)},
                                    {QStringLiteral("shared_tags"), QJsonArray::fromStringList(item.sharedTags)},
                                    {QStringLiteral("shared_terms"), QJsonArray::fromStringList(item.sharedTerms)},
                                    {QStringLiteral("same_site"), !item.site.isEmpty()},
                                    {QStringLiteral("same_author"), !item.author.isEmpty()}});
        QJsonArray named;
        for (const CuratedRelated &item : curated)
            named.append(QJsonObject{{QStringLiteral("label"), item.label},
                                     {QStringLiteral("id"), item.articleId ? QJsonValue(item.articleId) : QJsonValue()},
                                     {QStringLiteral("title"), item.title}});
        m_context.printJson(QJsonObject{{QStringLiteral("id"), found->id}, {QStringLiteral("related"), list}, {QStringLiteral("curated_related"), named}});
        return CliContext::Success;
    }
    QTextStream &out = m_context.out();
    for (const RelatedArticle &item : related)
        out << item.articleId << '\t' << CliContext::field(item.title) << '\t' << QString::number(item.score, 'f', 3) << '\t' << item.why << '\n';
    for (const CuratedRelated &item : curated) {
        if (item.articleId)
            out << item.articleId << '\t' << CliContext::field(item.title) << '\t' << '-' << '\t' << tr("named by the curator") << '\n';
        else
            out << '-' << '\t' << CliContext::field(item.label) << '\t' << '-' << '\t' << tr("named by the curator; not in the library") << '\n';
    }
    return CliContext::Success;
}

} // namespace Lectern
