// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "articlejson.h"
#include "import/batchimport.h"
#include "import/fileimporter.h"
#include "search/searchengine.h"
#include "store/database.h"
#include "store/librarystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLibraryInfo>
#include <QSqlQuery>
#include <cstdio>

namespace Lectern {

namespace {
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Lectern::CommandLine", text, nullptr, n);
}

struct SubcommandHelp {
    const char *name;
    const char *synopsis;
    const char *description;
};

const SubcommandHelp subcommandHelp[] = {
    {"import", QT_TRANSLATE_NOOP("Lectern::CommandLine", "import [--json] [--max-size MB] PATH..."),
     QT_TRANSLATE_NOOP("Lectern::CommandLine", "Import files and folders (searched recursively): .txt, .md, .html, .epub, .pdf.")},
    {"list", QT_TRANSLATE_NOOP("Lectern::CommandLine", "list [--json]"), QT_TRANSLATE_NOOP("Lectern::CommandLine", "List the articles in the library.")},
    {"search", QT_TRANSLATE_NOOP("Lectern::CommandLine", "search [--json] [--limit N] QUERY"),
     QT_TRANSLATE_NOOP("Lectern::CommandLine", "Search the library: words, \"phrases\", prefix*, -excluded, OR.")},
    {"show", QT_TRANSLATE_NOOP("Lectern::CommandLine", "show [--json] ID"),
     QT_TRANSLATE_NOOP("Lectern::CommandLine", "Print an article's metadata and text (--json adds blocks, removed lines and the curated summary).")},
    {"help", QT_TRANSLATE_NOOP("Lectern::CommandLine", "help [SUBCOMMAND]"), QT_TRANSLATE_NOOP("Lectern::CommandLine", "Explain a subcommand.")},
};

QString json(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}
} // namespace

CommandLine::CommandLine()
    : m_out(stdout)
    , m_err(stderr)
{
}

QStringList CommandLine::subcommands()
{
    QStringList names;
    for (const SubcommandHelp &entry : subcommandHelp)
        names << QString::fromLatin1(entry.name);
    return names;
}

bool CommandLine::handles(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
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

int CommandLine::usage(const QString &message)
{
    m_err << "lectern: " << message << '\n' << tr("Try 'lectern --help'.") << '\n';
    return UsageError;
}

int CommandLine::help(const QString &subcommand)
{
    for (const SubcommandHelp &entry : subcommandHelp) {
        if (subcommand == QLatin1StringView(entry.name)) {
            m_out << "lectern " << tr(entry.synopsis) << "\n\n" << tr(entry.description) << '\n';
            m_out << '\n' << tr("Every subcommand takes --library PATH (default: $LECTERN_LIBRARY or the application data folder).") << '\n';
            return Success;
        }
    }
    if (!subcommand.isEmpty())
        return usage(tr("unknown subcommand '%1'").arg(subcommand));
    m_out << tr("Usage: lectern [--library PATH] [--screenshot FILE] [FILE...]   open the window") << '\n';
    m_out << tr("       lectern SUBCOMMAND [OPTIONS]                           work without a display") << "\n\n";
    m_out << tr("Subcommands:") << '\n';
    for (const SubcommandHelp &entry : subcommandHelp)
        m_out << "  " << tr(entry.synopsis).leftJustified(44) << ' ' << tr(entry.description) << '\n';
    m_out << '\n' << tr("Options:") << '\n';
    m_out << "  --library PATH   " << tr("the library database to use") << '\n';
    m_out << "  --json           " << tr("print one JSON document (an array for lists)") << '\n';
    m_out << "  --version, -v    " << tr("print the version") << '\n';
    m_out << "  --help, -h       " << tr("print this help") << '\n';
    m_out << '\n' << tr("Exit codes: 0 success, 1 some item failed (the rest was done), 2 usage error.") << '\n';
    return Success;
}

int CommandLine::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption library(QStringLiteral("library"), tr("The library database."), QStringLiteral("path"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N results."), QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption maxSize(QStringLiteral("max-size"), tr("Largest file to import, in MB."), QStringLiteral("mb"));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")}, tr("Print the version."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Print help."));
    parser.addOptions({library, jsonOption, limit, maxSize, version, helpOption});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    const QString subcommand = positional.value(0);
    if (parser.isSet(version)) {
        m_out << versionText() << '\n';
        return Success;
    }
    if (parser.isSet(helpOption) || subcommand == QLatin1StringView("help"))
        return help(subcommand == QLatin1StringView("help") ? positional.value(1) : subcommand);
    if (!subcommands().contains(subcommand))
        return usage(tr("unknown subcommand '%1'").arg(subcommand));

    const bool asJson = parser.isSet(jsonOption);
    const QStringList rest = positional.mid(1);
    if (subcommand == QLatin1StringView("import") && rest.isEmpty())
        return usage(tr("import needs at least one file or folder"));
    if ((subcommand == QLatin1StringView("search") || subcommand == QLatin1StringView("show")) && rest.size() != 1)
        return usage(tr("%1 needs exactly one argument").arg(subcommand));
    if (subcommand == QLatin1StringView("list") && !rest.isEmpty())
        return usage(tr("list takes no arguments"));
    bool limitOk = false;
    const int maxResults = parser.value(limit).toInt(&limitOk);
    if (!limitOk || maxResults <= 0)
        return usage(tr("--limit needs a positive number"));
    qint64 maxBytes = FileImporter::defaultMaxFileSize;
    if (parser.isSet(maxSize)) {
        bool ok = false;
        maxBytes = parser.value(maxSize).toLongLong(&ok) * 1024 * 1024;
        if (!ok || maxBytes <= 0)
            return usage(tr("--max-size needs a positive number of megabytes"));
    }

    Database database;
    if (!openLibrary(database, parser.isSet(library) ? parser.value(library) : Database::defaultPath()))
        return ItemFailed;
    if (subcommand == QLatin1StringView("import"))
        return runImport(database, rest, asJson, maxBytes);
    if (subcommand == QLatin1StringView("list"))
        return runList(database, asJson);
    if (subcommand == QLatin1StringView("search"))
        return runSearch(database, rest.first(), asJson, maxResults);
    return runShow(database, rest.first(), asJson);
}

bool CommandLine::openLibrary(Database &database, const QString &path)
{
    QString error;
    if (database.open(path, &error))
        return true;
    m_err << "lectern: " << error << '\n';
    return false;
}

int CommandLine::runImport(Database &database, const QStringList &paths, bool asJson, qint64 maxSize)
{
    LibraryStore store(database);
    FileImporter importer(maxSize);
    BatchImport batch(store, importer);
    const QList<BatchImport::Item> items = batch.run(BatchImport::expand(paths));
    QJsonArray array;
    for (const BatchImport::Item &item : items) {
        if (asJson) {
            static const char *const statuses[] = {"added", "new-version", "duplicate"};
            QJsonObject entry{{QStringLiteral("path"), item.path}, {QStringLiteral("ok"), item.ok}};
            if (item.ok) {
                entry.insert(QStringLiteral("status"), QLatin1StringView(statuses[int(item.outcome.status)]));
                entry.insert(QStringLiteral("id"), item.outcome.articleId);
                entry.insert(QStringLiteral("title"), item.outcome.title);
                entry.insert(QStringLiteral("version"), item.outcome.version);
                entry.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(item.warnings));
            } else {
                entry.insert(QStringLiteral("error"), item.error);
            }
            array.append(entry);
        }
        if (!item.ok)
            m_err << item.message() << '\n';
        else if (!asJson)
            m_out << item.message() << '\n';
        for (const QString &warning : item.warnings)
            m_err << tr("%1: warning: %2").arg(item.path, warning) << '\n';
    }
    const int failed = BatchImport::failures(items);
    if (asJson)
        m_out << json(array);
    else if (failed > 0)
        m_err << tr("%n file(s) failed", failed) << '\n';
    return failed > 0 ? ItemFailed : Success;
}

int CommandLine::runList(Database &database, bool asJson)
{
    QSqlQuery query(QStringLiteral("SELECT id, title, site, published, byline, source, language, format FROM articles ORDER BY id"), database.connection());
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
            m_out << query.value(0).toLongLong() << '\t' << query.value(1).toString() << '\t' << query.value(2).toString() << '\t'
                  << query.value(3).toString().left(10) << '\n';
        }
    }
    if (asJson)
        m_out << json(array);
    return Success;
}

int CommandLine::runSearch(Database &database, const QString &query, bool asJson, int limit)
{
    const QList<SearchHit> hits = SearchEngine(database).search(query, limit);
    QJsonArray array;
    for (const SearchHit &hit : hits) {
        if (asJson)
            array.append(ArticleJson::hit(hit));
        else
            m_out << hit.articleId << '\t' << hit.title << '\t' << SearchEngine::markedSnippet(hit.snippet, QStringLiteral("["), QStringLiteral("]")) << '\n';
    }
    if (asJson)
        m_out << json(array);
    return Success;
}

int CommandLine::runShow(Database &database, const QString &id, bool asJson)
{
    bool ok = false;
    const qint64 articleId = id.toLongLong(&ok);
    const std::optional<Article> article = ok ? LibraryStore(database).article(articleId) : std::nullopt;
    if (!article) {
        m_err << "lectern: " << tr("there is no article with id '%1'").arg(id) << '\n';
        return ItemFailed;
    }
    if (asJson) {
        m_out << json(ArticleJson::full(*article));
        return Success;
    }
    m_out << tr("Title: %1").arg(article->title) << '\n';
    const std::pair<const char *, QString> fields[] = {{QT_TRANSLATE_NOOP("Lectern::CommandLine", "Byline: %1"), article->byline},
                                                       {QT_TRANSLATE_NOOP("Lectern::CommandLine", "Site: %1"), article->site},
                                                       {QT_TRANSLATE_NOOP("Lectern::CommandLine", "Published: %1"), article->published},
                                                       {QT_TRANSLATE_NOOP("Lectern::CommandLine", "Source: %1"), article->source},
                                                       {QT_TRANSLATE_NOOP("Lectern::CommandLine", "Language: %1"), article->language}};
    for (const auto &[label, value] : fields) {
        if (!value.isEmpty())
            m_out << tr(label).arg(value) << '\n';
    }
    m_out << tr("Version: %1").arg(article->version) << "\n\n" << article->canonicalText() << '\n';
    return Success;
}

} // namespace Lectern
