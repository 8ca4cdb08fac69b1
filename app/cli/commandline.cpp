// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "articlejson.h"
#include "articlecommands.h"
#include "backupcommands.h"
#include "claimcommands.h"
#include "clihelp.h"
#include "exportcommands.h"
#include "import/batchimport.h"
#include "import/fileimporter.h"
#include "import/textdecoder.h"
#include "library/librarymodel.h"
#include "search/searchengine.h"
#include "store/claimstore.h"
#include "store/database.h"
#include "indexing/librarystore.h"
#include "suggestcommands.h"
#include "summarycommands.h"
#include "tagcommands.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlQuery>

namespace Lectern {

CommandLine::CommandLine() = default;

QStringList CommandLine::subcommands()
{
    return CliHelp::subcommands();
}

// Options every command takes may come first: `lectern --language de list`.
qsizetype CommandLine::firstWordIndex(const QStringList &arguments)
{
    qsizetype at = 1;
    for (bool skipped = true; skipped && at < arguments.size();) {
        skipped = arguments.at(at) == QLatin1StringView("--new"); // the one global flag
        if (skipped) {
            ++at;
            continue;
        }
        for (const QLatin1StringView option : {QLatin1StringView("--library"), QLatin1StringView("--language")}) {
            if (arguments.at(at) == option && at + 1 < arguments.size()) {
                at += 2;
                skipped = true;
            } else if (arguments.at(at).startsWith(option + u'=')) {
                at += 1;
                skipped = true;
            }
            if (skipped)
                break;
        }
    }
    return at;
}

// `lectern search -security`: a query may start with "-", as FTS5's
// exclusion does. Words after `search` that are none of its options go
// after "--", where the parser takes them as they are.
QStringList CommandLine::withDashedQueryLast(const QStringList &arguments)
{
    static const QStringList flags{QStringLiteral("--json"), QStringLiteral("-h"), QStringLiteral("--help")};
    static const QStringList withValue{QStringLiteral("--limit"), QStringLiteral("--library"), QStringLiteral("--language")};
    const qsizetype subcommand = firstWordIndex(arguments);
    QStringList kept = arguments.mid(0, subcommand + 1);
    QStringList query;
    for (qsizetype i = subcommand + 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const QString name = argument.section(QLatin1Char('='), 0, 0);
        if (argument == QLatin1StringView("--")) {
            query << arguments.mid(i + 1);
            break;
        }
        if (flags.contains(argument) || (withValue.contains(name) && argument.contains(QLatin1Char('=')))) {
            kept << argument;
        } else if (withValue.contains(argument)) {
            kept << argument << arguments.value(i + 1);
            ++i;
        } else if (argument.startsWith(QLatin1Char('-'))) {
            query << argument;
        } else {
            kept << argument;
        }
    }
    return kept << QStringLiteral("--") << query;
}

QString CommandLine::subcommandIn(const QStringList &arguments)
{
    const QString word = arguments.value(firstWordIndex(arguments));
    return subcommands().contains(word) ? word : QString();
}

bool CommandLine::handles(const QStringList &arguments)
{
    const qsizetype at = firstWordIndex(arguments);
    if (arguments.size() <= at)
        return false;
    const QString first = arguments.at(at);
    if (first.startsWith(QLatin1StringView("lectern:"), Qt::CaseInsensitive))
        return false; // a lectern:// link opens the window at a claim
    // A word that is neither an option nor a file to open is a subcommand,
    // known or not: unknown ones deserve a message, not a window.
    if (subcommands().contains(first) || (!first.startsWith(QLatin1Char('-')) && !QFileInfo::exists(first)))
        return true;
    for (const QString &argument : arguments.mid(1)) {
        if (argument == QLatin1StringView("--version") || argument == QLatin1StringView("-v") || argument == QLatin1StringView("--help")
            || argument == QLatin1StringView("-h"))
            return true;
    }
    return false;
}

QString CommandLine::versionText()
{
    return QStringLiteral("lectern %1 (Qt %2)").arg(QStringLiteral(LECTERN_VERSION), QString::fromLatin1(qVersion()));
}

int CommandLine::run(const QStringList &arguments)
{
    return m_context.finish(runCommand(arguments));
}

int CommandLine::runCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    // Every option of every subcommand; which ones a subcommand takes is in CliHelp.
    parser.addOptions({
        {QStringLiteral("library"), tr("The library database."), QStringLiteral("path")},
        {QStringLiteral("new"), tr("Start a new, empty library where a damaged one was moved aside.")},
        {QStringLiteral("language"), tr("The language of messages and help."), QStringLiteral("code")},
        {QStringLiteral("json"), tr("Print JSON.")},
        {QStringLiteral("limit"), tr("At most N results."), QStringLiteral("n"), QStringLiteral("20")},
        {QStringLiteral("max-size"), tr("Largest file to import, in MB."), QStringLiteral("mb")},
        {QStringLiteral("encoding"), tr("Read text files in this encoding instead of the detected one."), QStringLiteral("name")},
        {QStringLiteral("quote"), tr("The text of the passage to mark."), QStringLiteral("text")},
        {QStringLiteral("occurrence"), tr("Which occurrence of the quote, from 1."), QStringLiteral("n")},
        {QStringLiteral("range"), tr("The passage as START:END offsets in the article's text."), QStringLiteral("start:end")},
        {QStringLiteral("tag"), tr("Tag paths or names, separated by commas."), QStringLiteral("tags")},
        {QStringLiteral("stance"), tr("supports, opposes or neutral."), QStringLiteral("stance")},
        {QStringLiteral("kind"), tr("claim, evidence or counter-claim."), QStringLiteral("kind")},
        {QStringLiteral("speaker"), tr("Who makes the claim."), QStringLiteral("name")},
        {QStringLiteral("note"), tr("A note on the claim."), QStringLiteral("text")},
        {QStringLiteral("status"), tr("anchored or orphan."), QStringLiteral("status")},
        {QStringLiteral("all"), tr("Every article.")},
        {QStringLiteral("topic"), tr("Only articles with this topic."), QStringLiteral("topic")},
        {QStringLiteral("parent"), tr("The tag to nest under."), QStringLiteral("tag")},
        {QStringLiteral("color"), tr("A colour as #RRGGBB."), QStringLiteral("color")},
        {QStringLiteral("description"), tr("What the tag is for."), QStringLiteral("text")},
        {QStringLiteral("yes"), tr("Delete even when claims carry the tag.")},
        {QStringLiteral("format"), tr("md, html, pdf, odt, csv or json."), QStringLiteral("format")},
        {QStringLiteral("article"), tr("Article ids, separated by commas."), QStringLiteral("ids")},
        {{QStringLiteral("o"), QStringLiteral("output")}, tr("The file to write."), QStringLiteral("file")},
        {QStringLiteral("bom"), tr("Start a CSV file with a byte order mark.")},
        {QStringLiteral("title"), tr("The article's title."), QStringLiteral("text")},
        {QStringLiteral("byline"), tr("Who wrote the article."), QStringLiteral("names")},
        {QStringLiteral("site"), tr("Where the article was published."), QStringLiteral("name")},
        {QStringLiteral("published"), tr("When it was published, as an ISO 8601 date."), QStringLiteral("date")},
        {QStringLiteral("url"), tr("The article's web address."), QStringLiteral("url")},
        {QStringLiteral("topics"), tr("Topics, separated by commas."), QStringLiteral("topics")},
        {{QStringLiteral("v"), QStringLiteral("version")}, tr("Print the version.")},
        {{QStringLiteral("h"), QStringLiteral("help")}, tr("Print help.")},
    });
    if (!parser.parse(arguments) && (subcommandIn(arguments) != QLatin1StringView("search") || !parser.parse(withDashedQueryLast(arguments))))
        return m_context.usage(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    const QString subcommand = positional.value(0);
    if (parser.isSet(QStringLiteral("version"))) {
        m_context.out() << versionText() << '\n';
        return Success;
    }
    if (subcommand == QLatin1StringView("help")) {
        // `help --help` explains help itself, as `tags --help` explains tags.
        const bool aboutHelp = positional.size() == 1 && parser.isSet(QStringLiteral("help"));
        return CliHelp::print(m_context, aboutHelp ? subcommand : positional.value(1), positional.value(2));
    }
    if (parser.isSet(QStringLiteral("help"))) {
        const QString action = positional.value(1);
        return CliHelp::print(m_context, subcommand, CliHelp::actions(subcommand).contains(action) ? action : QString());
    }
    if (!subcommands().contains(subcommand))
        return m_context.usage(tr("unknown subcommand '%1'").arg(subcommand));

    QStringList rest = positional.mid(1);
    QString action;
    const QStringList actions = CliHelp::actions(subcommand);
    if (!actions.isEmpty()) {
        if (!rest.isEmpty() && actions.contains(rest.first()))
            action = rest.takeFirst();
        else if (!rest.isEmpty())
            return m_context.usage(CliHelp::unknownAction(subcommand, rest.first()));
        else if (CliHelp::needsAction(subcommand))
            return m_context.usage(tr("%1 needs an action: %2").arg(subcommand, actions.join(QStringLiteral(", "))));
    }
    // An option another subcommand takes is a mistake here: ignoring it would
    // do something other than what was asked (`claims --quote x` listing all).
    const QStringList allowed = CliHelp::options(subcommand, action) + QStringList{QStringLiteral("library"), QStringLiteral("new"), QStringLiteral("language")};
    for (const QString &name : parser.optionNames()) {
        if (!allowed.contains(name)) {
            const QString command = action.isEmpty() ? subcommand : subcommand + QLatin1Char(' ') + action;
            return m_context.usage(tr("%1 does not take --%2").arg(command, name));
        }
    }
    m_context.setLibraryPath(parser.value(QStringLiteral("library")));
    m_context.setNewLibraryAllowed(parser.isSet(QStringLiteral("new")));

    if (subcommand == QLatin1StringView("annotate"))
        return ClaimCommands(m_context, parser).annotate(rest);
    if (subcommand == QLatin1StringView("claims"))
        return ClaimCommands(m_context, parser).list(rest);
    if (subcommand == QLatin1StringView("claim"))
        return action == QLatin1StringView("edit") ? ClaimCommands(m_context, parser).edit(rest) : ClaimCommands(m_context, parser).remove(rest);
    if (subcommand == QLatin1StringView("tags"))
        return TagCommands(m_context, parser).run(action, rest);
    if (subcommand == QLatin1StringView("export"))
        return ExportCommands(m_context, parser).exportNotes(rest);
    if (subcommand == QLatin1StringView("import-annotations"))
        return ExportCommands(m_context, parser).importAnnotations(rest);
    if (subcommand == QLatin1StringView("suggest"))
        return SuggestCommands(m_context, parser).run(rest);
    if (subcommand == QLatin1StringView("summary"))
        return SummaryCommands(m_context, parser).summary(rest);
    if (subcommand == QLatin1StringView("related"))
        return SummaryCommands(m_context, parser).related(rest);
    if (subcommand == QLatin1StringView("backup"))
        return BackupCommands(m_context).run(action, rest);
    if (subcommand == QLatin1StringView("delete"))
        return ArticleCommands(m_context, parser).moveToTrash(rest);
    if (subcommand == QLatin1StringView("restore"))
        return ArticleCommands(m_context, parser).restore(rest);
    if (subcommand == QLatin1StringView("trash"))
        return ArticleCommands(m_context, parser).trash(action, rest);
    if (subcommand == QLatin1StringView("edit"))
        return ArticleCommands(m_context, parser).edit(rest);

    if (const int code = checkArticleArguments(subcommand, rest, parser))
        return code;
    const bool asJson = parser.isSet(QStringLiteral("json"));
    if (subcommand == QLatin1StringView("import")) {
        const qint64 maxBytes =
            parser.isSet(QStringLiteral("max-size")) ? parser.value(QStringLiteral("max-size")).toLongLong() * 1024 * 1024 : FileImporter::defaultMaxFileSize;
        return runImport(rest, asJson, maxBytes, parser.value(QStringLiteral("encoding")).toLatin1());
    }
    if (subcommand == QLatin1StringView("list"))
        return runList(asJson, parser.value(QStringLiteral("topic")));
    if (subcommand == QLatin1StringView("search"))
        return runSearch(rest.first(), asJson, parser.value(QStringLiteral("limit")).toInt());
    return runShow(rest.first(), asJson);
}

int CommandLine::checkArticleArguments(const QString &subcommand, const QStringList &rest, const QCommandLineParser &parser)
{
    if (subcommand == QLatin1StringView("import") && rest.isEmpty())
        return m_context.usage(tr("import needs at least one file or folder"));
    if ((subcommand == QLatin1StringView("search") || subcommand == QLatin1StringView("show")) && rest.size() != 1)
        return m_context.usage(tr("%1 needs exactly one argument").arg(subcommand));
    if (subcommand == QLatin1StringView("list") && !rest.isEmpty())
        return m_context.usage(tr("list takes no arguments"));
    bool limitOk = false;
    const int maxResults = parser.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || maxResults <= 0)
        return m_context.usage(tr("--limit needs a positive number"));
    if (parser.isSet(QStringLiteral("max-size"))) {
        bool ok = false;
        const qint64 megabytes = parser.value(QStringLiteral("max-size")).toLongLong(&ok);
        // A terabyte: far past any article, and no overflow in bytes.
        constexpr qint64 largestMegabytes = 1024 * 1024;
        if (!ok || megabytes <= 0)
            return m_context.usage(tr("--max-size needs a positive number of megabytes"));
        if (megabytes > largestMegabytes)
            return m_context.usage(tr("--max-size needs a positive number of megabytes, at most %1").arg(largestMegabytes));
    }
    if (parser.isSet(QStringLiteral("encoding")) && !TextDecoder::isKnownEncoding(parser.value(QStringLiteral("encoding")).toLatin1()))
        return m_context.usage(tr("--encoding: unknown encoding '%1'").arg(parser.value(QStringLiteral("encoding"))));
    return Success;
}

int CommandLine::runImport(const QStringList &paths, bool asJson, qint64 maxSize, const QByteArray &encoding)
{
    Database *database = m_context.database();
    if (!database)
        return ItemFailed;
    LibraryStore store(*database);
    const ClaimStore claims(*database);
    FileImporter importer(maxSize);
    importer.setEncoding(encoding);
    BatchImport batch(store, importer);
    const QList<BatchImport::Item> items = batch.run(BatchImport::expand(paths));
    QJsonArray array;
    for (const BatchImport::Item &item : items) {
        // A new version moved the article's claims onto the new text; say
        // how many that left in place and how many now need a person to look.
        const int claimCount = item.ok ? claims.countForArticle(item.outcome.articleId) : 0;
        if (asJson) {
            static const char *const statuses[] = {"added", "new-version", "duplicate"};
            QJsonObject entry{{QStringLiteral("path"), item.path}, {QStringLiteral("ok"), item.ok}};
            if (item.ok) {
                entry.insert(QStringLiteral("status"), QLatin1StringView(statuses[int(item.outcome.status)]));
                entry.insert(QStringLiteral("id"), item.outcome.articleId);
                entry.insert(QStringLiteral("title"), item.outcome.title);
                entry.insert(QStringLiteral("version"), item.outcome.version);
                entry.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(item.warnings));
                entry.insert(QStringLiteral("claims"), claimCount);
                entry.insert(QStringLiteral("stayed_claims"), item.outcome.stayedClaims);
                entry.insert(QStringLiteral("moved_claims"), item.outcome.movedClaims);
                entry.insert(QStringLiteral("orphaned_claims"), item.outcome.orphanedClaims);
            } else {
                entry.insert(QStringLiteral("error"), item.error);
            }
            array.append(entry);
        }
        if (!item.ok) {
            m_context.err() << item.message() << '\n';
        } else if (!asJson) {
            m_context.out() << item.message();
            if (item.outcome.status == StoreOutcome::Status::NewVersion && claimCount > 0)
                m_context.out() << QStringLiteral(" \u2014 ")
                                << tr("claims: %1 stayed, %2 moved, %3 orphaned")
                                       .arg(item.outcome.stayedClaims)
                                       .arg(item.outcome.movedClaims)
                                       .arg(item.outcome.orphanedClaims);
            m_context.out() << '\n';
        }
        for (const QString &warning : item.warnings)
            m_context.err() << tr("%1: warning: %2").arg(item.path, warning) << '\n';
    }
    const int failed = BatchImport::failures(items);
    if (asJson)
        m_context.printJson(array);
    else if (failed > 0)
        m_context.err() << tr("%n file(s) failed", nullptr, failed) << '\n';
    return failed > 0 ? ItemFailed : Success;
}

int CommandLine::runList(bool asJson, const QString &topic)
{
    Database *database = m_context.database();
    if (!database)
        return ItemFailed;
    QSqlQuery query(database->connection());
    query.prepare(QStringLiteral("SELECT id, title, site, published, byline, source, language, format FROM articles WHERE trashed IS NULL")
                  + (topic.isEmpty() ? QString() : QStringLiteral(" AND ") + LibraryModel::topicCondition()) + QStringLiteral(" ORDER BY id"));
    if (!topic.isEmpty())
        LibraryModel::bindTopic(query, topic);
    query.exec();
    QJsonArray array;
    while (query.next()) {
        if (asJson) {
            array.append(QJsonObject{{QStringLiteral("id"), query.value(0).toLongLong()},
                                     {QStringLiteral("title"), query.value(1).toString()},
                                     {QStringLiteral("site"), query.value(2).toString()},
                                     {QStringLiteral("published"), query.value(3).toString()},
                                     {QStringLiteral("byline"), query.value(4).toString()},
                                     {QStringLiteral("source"), query.value(5).toString()},
                                     {QStringLiteral("language"), query.value(6).toString()},
                                     {QStringLiteral("format"), query.value(7).toString()}});
        } else {
            m_context.out() << query.value(0).toLongLong() << '\t' << query.value(1).toString() << '\t' << query.value(2).toString() << '\t'
                            << query.value(3).toString().left(10) << '\n';
        }
    }
    if (asJson)
        m_context.printJson(array);
    return Success;
}

int CommandLine::runSearch(const QString &query, bool asJson, int limit)
{
    Database *database = m_context.database();
    if (!database)
        return ItemFailed;
    const QList<SearchHit> hits = SearchEngine(*database).search(query, limit);
    QJsonArray array;
    for (const SearchHit &hit : hits) {
        if (asJson)
            array.append(ArticleJson::hit(hit));
        else
            m_context.out() << hit.articleId << '\t' << hit.title << '\t' << SearchEngine::markedSnippet(hit.snippet, QStringLiteral("["), QStringLiteral("]"))
                            << '\n';
    }
    if (asJson)
        m_context.printJson(array);
    return Success;
}

int CommandLine::runShow(const QString &id, bool asJson)
{
    Database *database = m_context.database();
    if (!database)
        return ItemFailed;
    bool ok = false;
    const qint64 articleId = id.toLongLong(&ok);
    const std::optional<Article> article = ok ? LibraryStore(*database).article(articleId) : std::nullopt;
    if (!article)
        return m_context.failed(tr("there is no article with id '%1'").arg(id));
    if (asJson) {
        m_context.printJson(ArticleJson::full(*article));
        return Success;
    }
    QTextStream &out = m_context.out();
    out << tr("Title: %1").arg(article->title) << '\n';
    const std::pair<const char *, QString> fields[] = {{QT_TRANSLATE_NOOP("Lectern::CommandLine", "Byline: %1"), article->byline},
                                                       {QT_TRANSLATE_NOOP("Lectern::CommandLine", "Site: %1"), article->site},
                                                       {QT_TRANSLATE_NOOP("Lectern::CommandLine", "Published: %1"), article->published},
                                                       {QT_TRANSLATE_NOOP("Lectern::CommandLine", "Source: %1"), article->source},
                                                       {QT_TRANSLATE_NOOP("Lectern::CommandLine", "Address: %1"), article->address},
                                                       {QT_TRANSLATE_NOOP("Lectern::CommandLine", "Language: %1"), article->language},
                                                       {QT_TRANSLATE_NOOP("Lectern::CommandLine", "Encoding: %1"), article->encoding}};
    for (const auto &[label, value] : fields) {
        if (!value.isEmpty())
            out << tr(label).arg(value) << '\n';
    }
    out << tr("Version: %1").arg(article->version) << "\n\n" << article->canonicalText() << '\n';
    return Success;
}

} // namespace Lectern
