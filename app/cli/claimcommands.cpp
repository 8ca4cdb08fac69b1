// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimcommands.h"

#include "annotation/articleannotations.h"
#include "annotation/taxonomy.h"
#include "claimjson.h"
#include "clicontext.h"
#include "store/claimstore.h"
#include "indexing/librarystore.h"
#include "store/tagstore.h"
#include "suggest/suggestionlearner.h"
#include "tagcommands.h"

#include <QCommandLineParser>
#include <QRegularExpression>

#include <limits>

namespace Lectern {

ClaimCommands::ClaimCommands(CliContext &context, const QCommandLineParser &parser)
    : m_context(context)
    , m_parser(parser)
{
}

QStringList ClaimCommands::tagNames(const QStringList &values)
{
    QStringList names;
    for (const QString &value : values) {
        for (const QString &name : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!name.trimmed().isEmpty())
                names << name.trimmed();
        }
    }
    return names;
}

int ClaimCommands::readFields(Fields *fields)
{
    if (m_parser.isSet(QStringLiteral("tag"))) {
        fields->tags = tagNames(m_parser.values(QStringLiteral("tag")));
        if (fields->tags->isEmpty())
            return m_context.usage(tr("--tag needs at least one tag name"));
    }
    if (m_parser.isSet(QStringLiteral("stance"))) {
        const QString value = m_parser.value(QStringLiteral("stance"));
        fields->stance = Claim::stanceFromKey(value);
        if (!fields->stance)
            return m_context.usage(tr("unknown stance '%1' (choose from: supports, opposes, neutral)").arg(value));
    }
    if (m_parser.isSet(QStringLiteral("kind"))) {
        const QString value = m_parser.value(QStringLiteral("kind"));
        fields->kind = Claim::kindFromKey(value);
        if (!fields->kind)
            return m_context.usage(tr("unknown kind '%1' (choose from: claim, evidence, counter-claim)").arg(value));
    }
    if (m_parser.isSet(QStringLiteral("speaker")))
        fields->speaker = m_parser.value(QStringLiteral("speaker")).trimmed();
    if (m_parser.isSet(QStringLiteral("note")))
        fields->note = m_parser.value(QStringLiteral("note"));
    return CliContext::Success;
}

bool ClaimCommands::resolveTags(const Taxonomy &taxonomy, const QStringList &names, QList<qint64> *tagIds)
{
    for (const QString &name : names) {
        const std::optional<qint64> tagId = TagCommands::find(m_context, taxonomy, name);
        if (!tagId)
            return false;
        if (!tagIds->contains(*tagId))
            tagIds->append(*tagId);
    }
    return true;
}

void ClaimCommands::apply(const Fields &fields, const QList<qint64> &tagIds, Claim *claim)
{
    if (fields.tags)
        claim->tagIds = tagIds;
    if (fields.stance)
        claim->stance = *fields.stance;
    if (fields.kind)
        claim->kind = *fields.kind;
    if (fields.speaker)
        claim->speaker = *fields.speaker;
    if (fields.note)
        claim->note = *fields.note;
}

std::optional<Claim> ClaimCommands::findClaim(Database &database, const QString &id)
{
    bool ok = false;
    const qint64 claimId = id.toLongLong(&ok);
    const std::optional<Claim> found = ok ? ClaimStore(database).claim(claimId) : std::nullopt;
    if (!found)
        m_context.failed(tr("there is no claim with id '%1'").arg(id));
    return found;
}

std::optional<std::pair<int, int>> ClaimCommands::locateQuote(const QString &text, const QString &articleId)
{
    const QString quote = m_parser.value(QStringLiteral("quote"));
    // Every place the quote starts, overlapping ones included: "aa" is twice in "aaa".
    QList<int> starts;
    for (qsizetype at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1))
        starts << int(at);
    if (starts.isEmpty()) {
        m_context.failed(tr("article %1 does not contain the quote \u201C%2\u201D").arg(articleId, quote));
        return std::nullopt;
    }
    int occurrence = m_parser.isSet(QStringLiteral("occurrence")) ? m_parser.value(QStringLiteral("occurrence")).toInt() : 0;
    if (occurrence == 0 && starts.size() > 1) {
        m_context.failed(tr("the quote \u201C%2\u201D occurs %n times in article %1: choose one with --occurrence 1 to %n", nullptr, int(starts.size()))
                             .arg(articleId, quote));
        return std::nullopt;
    }
    if (occurrence > starts.size()) {
        m_context.failed(tr("the quote \u201C%2\u201D occurs only %n time(s) in article %1, so there is no occurrence %3", nullptr, int(starts.size()))
                             .arg(articleId, quote)
                             .arg(occurrence));
        return std::nullopt;
    }
    const int start = starts.at(qMax(occurrence, 1) - 1);
    return std::pair{start, start + int(quote.size())};
}

void ClaimCommands::print(const Claim &claim, const Taxonomy &taxonomy)
{
    m_context.out() << claim.id << '\t' << claim.articleId << '\t' << claim.start() << '\t' << claim.end() << '\t' << Claim::statusKey(claim.status) << '\t'
                    << Claim::stanceKey(claim.stance) << '\t' << Claim::kindKey(claim.kind) << '\t'
                    << CliContext::field(ClaimJson::tagPaths(claim, taxonomy).join(QLatin1Char(','))) << '\t' << CliContext::field(claim.speaker) << '\t'
                    << CliContext::field(claim.anchor.exact) << '\t' << CliContext::field(claim.note) << '\n';
}

int ClaimCommands::annotate(const QStringList &arguments)
{
    if (arguments.size() != 1)
        return m_context.usage(tr("annotate needs exactly one article id"));
    const bool byQuote = m_parser.isSet(QStringLiteral("quote"));
    const bool byRange = m_parser.isSet(QStringLiteral("range"));
    if (byQuote == byRange)
        return m_context.usage(byQuote ? tr("give either --quote or --range, not both") : tr("annotate needs --quote TEXT or --range START:END"));
    if (byQuote && m_parser.value(QStringLiteral("quote")).isEmpty())
        return m_context.usage(tr("--quote needs some text"));
    if (m_parser.isSet(QStringLiteral("occurrence"))) {
        if (!byQuote)
            return m_context.usage(tr("--occurrence goes with --quote"));
        bool ok = false;
        if (m_parser.value(QStringLiteral("occurrence")).toInt(&ok) <= 0 || !ok)
            return m_context.usage(tr("--occurrence needs a positive number, not '%1'").arg(m_parser.value(QStringLiteral("occurrence"))));
    }
    qint64 rangeStart = 0;
    qint64 rangeEnd = 0;
    const QString range = m_parser.value(QStringLiteral("range"));
    if (byRange) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d+):(\\d+)$"));
        const QRegularExpressionMatch match = pattern.match(range);
        if (!match.hasMatch())
            return m_context.usage(tr("--range needs START:END, two offsets in the article's text such as 120:180, not '%1'").arg(range));
        // Digits too many for a number are past the end of any text; say so rather than "malformed".
        bool ok = false;
        rangeStart = match.captured(1).toLongLong(&ok);
        rangeStart = ok ? rangeStart : std::numeric_limits<qint64>::max() - 1;
        rangeEnd = match.captured(2).toLongLong(&ok);
        rangeEnd = ok ? rangeEnd : std::numeric_limits<qint64>::max();
        if (rangeStart >= rangeEnd)
            return m_context.usage(tr("--range %1 is empty: START must be less than END").arg(range));
    }
    Fields fields;
    if (const int code = readFields(&fields))
        return code;
    if (!fields.tags)
        return m_context.usage(tr("annotate needs --tag TAG[,TAG...]"));

    Database *database = m_context.database();
    if (!database)
        return CliContext::ItemFailed;
    const QString &articleId = arguments.first();
    bool ok = false;
    const qint64 id = articleId.toLongLong(&ok);
    const std::optional<Article> article = ok ? LibraryStore(*database).article(id) : std::nullopt;
    if (!article)
        return m_context.failed(tr("there is no article with id '%1'").arg(articleId));
    const QString text = article->canonicalText();
    if (byRange && rangeEnd > text.size())
        return m_context.usage(tr("--range %1 goes beyond the end of article %2, whose text is %3 UTF-16 units long").arg(range, articleId).arg(text.size()));
    Taxonomy taxonomy(*database);
    QList<qint64> tagIds;
    if (!resolveTags(taxonomy, *fields.tags, &tagIds))
        return CliContext::ItemFailed;
    std::pair<int, int> place{int(rangeStart), int(rangeEnd)};
    if (byQuote) {
        const auto found = locateQuote(text, articleId);
        if (!found)
            return CliContext::ItemFailed;
        place = *found;
    }

    // Through ArticleAnnotations, as the window adds claims: the suggestions
    // learn from it. One step, not addClaim and then edits: a claim is never
    // stored half described.
    Claim described;
    described.anchor = TextAnchor::describe(text, place.first, place.second);
    apply(fields, tagIds, &described);
    ArticleAnnotations annotations(*database);
    SuggestionLearner learner(*database, &taxonomy);
    learner.watch(&annotations);
    QString error;
    QObject::connect(&annotations, &ArticleAnnotations::writeFailed, &annotations, [&error](const QString &message) {
        error = message;
    });
    annotations.load(article->id, text);
    const qint64 claimId = annotations.addClaim(described);
    if (claimId == 0)
        return m_context.failed(tr("could not save the claim on article %1: %2").arg(articleId, error));
    const Claim claim = annotations.claim(claimId).value_or(described);
    if (m_parser.isSet(QStringLiteral("json")))
        m_context.printJson(ClaimJson::claim(claim, taxonomy));
    else
        m_context.out() << claim.id << '\n';
    return CliContext::Success;
}

int ClaimCommands::list(const QStringList &arguments)
{
    const bool all = m_parser.isSet(QStringLiteral("all"));
    if (arguments.size() > 1 || (all && !arguments.isEmpty()))
        return m_context.usage(tr("claims takes one article id or --all"));
    ClaimFilter filter;
    if (m_parser.isSet(QStringLiteral("stance"))) {
        const QString value = m_parser.value(QStringLiteral("stance"));
        filter.stance = Claim::stanceFromKey(value);
        if (!filter.stance)
            return m_context.usage(tr("unknown stance '%1' (choose from: supports, opposes, neutral)").arg(value));
    }
    if (m_parser.isSet(QStringLiteral("status"))) {
        const QString value = m_parser.value(QStringLiteral("status"));
        if (value != Claim::statusKey(Claim::Status::Anchored) && value != Claim::statusKey(Claim::Status::Orphan))
            return m_context.usage(tr("unknown status '%1' (choose from: anchored, orphan)").arg(value));
        filter.status = Claim::statusFromKey(value);
    }
    const QStringList names = tagNames(m_parser.values(QStringLiteral("tag")));
    if (m_parser.isSet(QStringLiteral("tag")) && names.isEmpty())
        return m_context.usage(tr("--tag needs at least one tag name"));

    Database *database = m_context.database();
    if (!database)
        return CliContext::ItemFailed;
    if (!arguments.isEmpty()) {
        bool ok = false;
        filter.articleId = arguments.first().toLongLong(&ok);
        if (!ok || filter.articleId <= 0 || !LibraryStore(*database).article(filter.articleId))
            return m_context.failed(tr("there is no article with id '%1'").arg(arguments.first()));
    }
    const Taxonomy taxonomy(*database);
    QList<qint64> tagIds;
    if (!resolveTags(taxonomy, names, &tagIds))
        return CliContext::ItemFailed;
    // A tag stands for its sub-tags too, as the claims pane filters.
    const TagStore tags(*database);
    for (qint64 tagId : std::as_const(tagIds)) {
        for (qint64 nested : tags.withDescendants(tagId)) {
            if (!filter.tagIds.contains(nested))
                filter.tagIds << nested;
        }
    }
    const QList<Claim> claims = ClaimStore(*database).claims(filter);
    if (m_parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Claim &claim : claims)
            array.append(ClaimJson::claim(claim, taxonomy));
        m_context.printJson(array);
        return CliContext::Success;
    }
    for (const Claim &claim : claims)
        print(claim, taxonomy);
    return CliContext::Success;
}

int ClaimCommands::edit(const QStringList &arguments)
{
    if (arguments.size() != 1)
        return m_context.usage(tr("claim edit needs exactly one claim id"));
    Fields fields;
    if (const int code = readFields(&fields))
        return code;
    if (fields.isEmpty())
        return m_context.usage(tr("claim edit needs at least one of --tag, --stance, --kind, --speaker, --note"));
    Database *database = m_context.database();
    if (!database)
        return CliContext::ItemFailed;
    const std::optional<Claim> claim = findClaim(*database, arguments.first());
    if (!claim)
        return CliContext::ItemFailed;
    Taxonomy taxonomy(*database);
    QList<qint64> tagIds;
    if (fields.tags && !resolveTags(taxonomy, *fields.tags, &tagIds))
        return CliContext::ItemFailed;

    // Through ArticleAnnotations, as the window edits: the same undo command
    // writes the claim and stamps its modification time, and the
    // suggestions learn a change of tags.
    ArticleAnnotations annotations(*database);
    SuggestionLearner learner(*database, &taxonomy);
    learner.watch(&annotations);
    QString error;
    QObject::connect(&annotations, &ArticleAnnotations::writeFailed, &annotations, [&error](const QString &message) {
        error = message;
    });
    const std::optional<Article> article = LibraryStore(*database).article(claim->articleId);
    annotations.load(claim->articleId, article ? article->canonicalText() : QString());
    Claim edited = *claim;
    apply(fields, tagIds, &edited);
    if (!annotations.edit(edited, tr("Edit Claim")))
        return m_context.failed(tr("could not change claim %1: %2").arg(arguments.first(), error));
    const Claim saved = annotations.claim(claim->id).value_or(edited);
    if (m_parser.isSet(QStringLiteral("json")))
        m_context.printJson(ClaimJson::claim(saved, taxonomy));
    else
        m_context.out() << tr("changed claim %1").arg(saved.id) << '\n';
    return CliContext::Success;
}

int ClaimCommands::remove(const QStringList &arguments)
{
    if (arguments.size() != 1)
        return m_context.usage(tr("claim delete needs exactly one claim id"));
    Database *database = m_context.database();
    if (!database)
        return CliContext::ItemFailed;
    const std::optional<Claim> claim = findClaim(*database, arguments.first());
    if (!claim)
        return CliContext::ItemFailed;
    ArticleAnnotations annotations(*database);
    Taxonomy taxonomy(*database);
    SuggestionLearner learner(*database, &taxonomy); // unlearns the claim's tags
    learner.watch(&annotations);
    QString error;
    QObject::connect(&annotations, &ArticleAnnotations::writeFailed, &annotations, [&error](const QString &message) {
        error = message;
    });
    const std::optional<Article> article = LibraryStore(*database).article(claim->articleId);
    annotations.load(claim->articleId, article ? article->canonicalText() : QString());
    if (!annotations.removeClaim(claim->id))
        return m_context.failed(tr("could not delete claim %1: %2").arg(arguments.first(), error));
    m_context.out() << tr("deleted claim %1").arg(claim->id) << '\n';
    return CliContext::Success;
}

} // namespace Lectern
