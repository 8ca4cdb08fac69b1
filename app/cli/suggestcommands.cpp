// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggestcommands.h"

#include "annotation/taxonomy.h"
#include "clicontext.h"
#include "import/fileimporter.h"
#include "store/claimstore.h"
#include "indexing/librarystore.h"
#include "suggest/suggestionlearner.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace Lectern {

SuggestCommands::SuggestCommands(CliContext &context, const QCommandLineParser &parser)
    : m_context(context)
    , m_parser(parser)
{
}

std::optional<std::pair<QString, qint64>> SuggestCommands::readText(const QString &argument)
{
    if (QFileInfo(argument).isFile()) {
        const ImportResult result = FileImporter().importFile(argument);
        if (!result.ok()) {
            m_context.failed(tr("%1: %2").arg(argument, result.error));
            return std::nullopt;
        }
        return std::pair{result.article.canonicalText(), qint64(0)};
    }
    bool isNumber = false;
    const qint64 articleId = argument.toLongLong(&isNumber);
    const std::optional<Article> article = isNumber ? LibraryStore(*m_context.database()).article(articleId) : std::nullopt;
    if (!article) {
        m_context.failed(isNumber ? tr("there is no article with id '%1'").arg(argument) : tr("%1: no such file").arg(argument));
        return std::nullopt;
    }
    return std::pair{article->canonicalText(), articleId};
}

int SuggestCommands::run(const QStringList &arguments)
{
    if (arguments.size() != 1)
        return m_context.usage(tr("suggest needs exactly one file or article id"));
    Database *database = m_context.database();
    if (!database)
        return CliContext::ItemFailed;
    const auto text = readText(arguments.first());
    if (!text)
        return CliContext::ItemFailed;
    Taxonomy taxonomy(*database);
    SuggestionLearner learner(*database, &taxonomy);
    QList<Suggestion> suggestions = learner.suggester().suggest(text->first);
    if (const qint64 articleId = text->second) {
        // What the reader would list: no sentence already a claim or rejected.
        const QList<Claim> claims = ClaimStore(*database).claimsForArticle(articleId);
        const QList<std::pair<int, int>> rejected = SuggestionStore(*database).rejections(articleId);
        suggestions.removeIf([&](const Suggestion &suggestion) {
            const bool claimed = std::any_of(claims.cbegin(), claims.cend(), [&](const Claim &claim) {
                return !claim.isOrphan() && claim.overlaps(suggestion.start, suggestion.end);
            });
            return claimed || rejected.contains(std::pair{suggestion.start, suggestion.end});
        });
    }
    print(suggestions, taxonomy, m_parser.isSet(QStringLiteral("json")));
    return CliContext::Success;
}

void SuggestCommands::print(const QList<Suggestion> &suggestions, const Taxonomy &taxonomy, bool asJson)
{
    if (asJson) {
        QJsonArray array;
        for (const Suggestion &suggestion : suggestions) {
            array.append(QJsonObject{{QStringLiteral("start"), suggestion.start},
                                     {QStringLiteral("end"), suggestion.end},
                                     {QStringLiteral("tag"), taxonomy.path(suggestion.tagId)},
                                     {QStringLiteral("confidence"), qRound(suggestion.confidence * 1000) / 1000.0},
                                     {QStringLiteral("claim_probability"), qRound(suggestion.claimProbability * 1000) / 1000.0},
                                     {QStringLiteral("speaker"), suggestion.speaker},
                                     {QStringLiteral("sentence"), suggestion.text}});
        }
        m_context.printJson(array);
        return;
    }
    for (const Suggestion &suggestion : suggestions) {
        m_context.out() << suggestion.start << '\t' << suggestion.end << '\t' << taxonomy.path(suggestion.tagId) << '\t'
                        << QString::number(suggestion.confidence, 'f', 2) << '\t' << CliContext::field(suggestion.speaker) << '\t'
                        << CliContext::field(suggestion.text) << '\n';
    }
}

} // namespace Lectern
