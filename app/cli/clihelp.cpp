// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clihelp.h"

#include "clicontext.h"

namespace Lectern {

namespace {
struct Entry {
    const char *name;
    const char *action; ///< "" for the subcommand itself
    const char *options; ///< space-separated long option names
    const char *synopsis;
    const char *description;
};

const Entry entries[] = {
    {"import", "", "json max-size encoding", QT_TRANSLATE_NOOP("Lectern::CommandLine", "import [--json] [--max-size MB] [--encoding NAME] PATH..."),
     QT_TRANSLATE_NOOP("Lectern::CommandLine",
                       "Import files and folders (searched recursively): .txt, .md, .html, .epub, .pdf. A changed file from the same path becomes a new "
                       "version of its article; its claims are placed on the new text, and those that cannot be are marked for review. "
                       "--encoding reads text files in the named encoding (windows-1251, Shift_JIS, ...) instead of the one detected.")},
    {"list", "", "json topic", QT_TRANSLATE_NOOP("Lectern::CommandLine", "list [--json] [--topic TOPIC]"),
     QT_TRANSLATE_NOOP("Lectern::CommandLine", "List the articles in the library; --topic only those whose curated summary or source names the topic.")},
    {"search", "", "json limit", QT_TRANSLATE_NOOP("Lectern::CommandLine", "search [--json] [--limit N] QUERY"),
     QT_TRANSLATE_NOOP("Lectern::CommandLine", "Search the library: words, \"phrases\", prefix*, -excluded, OR.")},
    {"show", "", "json", QT_TRANSLATE_NOOP("Lectern::CommandLine", "show [--json] ID"),
     QT_TRANSLATE_NOOP("Lectern::CommandLine", "Print an article's metadata and text (--json adds blocks, removed lines and the curated summary).")},
    {"edit", "", "title byline site published url topics",
     QT_TRANSLATE_NOOP("Lectern::CommandLine", "edit ID [--title TEXT] [--byline NAMES] [--site NAME] [--published DATE] [--url URL] [--topics T1,T2...]"),
     QT_TRANSLATE_NOOP("Lectern::CommandLine",
                       "Correct an article's details; its text, versions and claims stay as they are. An empty value clears a field (but a title "
                       "is needed); --topics replaces the article's topics.")},
    {"delete", "", "", QT_TRANSLATE_NOOP("Lectern::CommandLine", "delete ID..."),
     QT_TRANSLATE_NOOP("Lectern::CommandLine",
                       "Move articles to the Trash, with their claims: they leave the list, search and exports until restored. All or nothing.")},
    {"restore", "", "", QT_TRANSLATE_NOOP("Lectern::CommandLine", "restore ID..."),
     QT_TRANSLATE_NOOP("Lectern::CommandLine", "Bring articles back from the Trash, with their claims.")},
    {"trash", "", "json", QT_TRANSLATE_NOOP("Lectern::CommandLine", "trash [--json]"),
     QT_TRANSLATE_NOOP("Lectern::CommandLine", "List the articles in the Trash, most recently deleted first: id, when deleted, claims, title.")},
    {"trash", "empty", "", QT_TRANSLATE_NOOP("Lectern::CommandLine", "trash empty"),
     QT_TRANSLATE_NOOP("Lectern::CommandLine", "Delete the articles in the Trash for good, with their claims.")},
    {"annotate", "", "json quote occurrence range tag stance kind speaker note",
     QT_TRANSLATE_NOOP("Lectern::CommandLine",
                       "annotate ID (--quote TEXT [--occurrence N] | --range START:END) --tag TAG[,TAG...] [--stance supports|opposes|neutral] "
                       "[--kind claim|evidence|counter-claim] [--speaker NAME] [--note TEXT] [--json]"),
     QT_TRANSLATE_NOOP("Lectern::CommandLine",
                       "Mark a passage of an article as a claim and print its id. --quote finds the text (--occurrence N picks the Nth of several); "
                       "--range takes UTF-16 offsets in the article's text (see show --json). A TAG is a path such as Security/Misuse or a unique name.")},
    {"claims", "", "json all tag stance status",
     QT_TRANSLATE_NOOP("Lectern::CommandLine", "claims [ID | --all] [--tag TAG] [--stance S] [--status anchored|orphan] [--json]"),
     QT_TRANSLATE_NOOP("Lectern::CommandLine",
                       "List the claims of one article or of all (the default), one per line: id, article, start, end, status, stance, kind, tags, "
                       "speaker, quote, note. --tag includes the tags nested under it.")},
    {"claim", "edit", "json tag stance kind speaker note",
     QT_TRANSLATE_NOOP("Lectern::CommandLine", "claim edit CLAIM [--tag TAG[,TAG...]] [--stance S] [--kind K] [--speaker NAME] [--note TEXT] [--json]"),
     QT_TRANSLATE_NOOP("Lectern::CommandLine", "Change a claim: --tag replaces its tags; an empty --speaker or --note clears it.")},
    {"claim", "delete", "", QT_TRANSLATE_NOOP("Lectern::CommandLine", "claim delete CLAIM"), QT_TRANSLATE_NOOP("Lectern::CommandLine", "Delete a claim.")},
    {"tags", "", "json", QT_TRANSLATE_NOOP("Lectern::CommandLine", "tags [--json]"),
     QT_TRANSLATE_NOOP("Lectern::CommandLine", "Print the codebook as a tree, with each tag's colour and how many claims carry it (or a tag nested under it).")},
    {"tags", "add", "json parent color description",
     QT_TRANSLATE_NOOP("Lectern::CommandLine", "tags add NAME [--parent TAG] [--color #RRGGBB] [--description TEXT] [--json]"),
     QT_TRANSLATE_NOOP("Lectern::CommandLine", "Add a tag, at the top level or nested under --parent.")},
    {"tags", "rename", "", QT_TRANSLATE_NOOP("Lectern::CommandLine", "tags rename TAG NEWNAME"),
     QT_TRANSLATE_NOOP("Lectern::CommandLine", "Rename a tag; its claims keep it.")},
    {"tags", "merge", "", QT_TRANSLATE_NOOP("Lectern::CommandLine", "tags merge FROM INTO"),
     QT_TRANSLATE_NOOP("Lectern::CommandLine", "Move the claims of FROM (and of the tags nested under it) to INTO, then delete FROM.")},
    {"tags", "delete", "yes", QT_TRANSLATE_NOOP("Lectern::CommandLine", "tags delete TAG [--yes]"),
     QT_TRANSLATE_NOOP("Lectern::CommandLine",
                       "Delete a tag and the tags nested under it; claims keep their other tags. Refuses when claims carry it, unless --yes is given.")},
    {"export", "", "json format article all tag stance o output bom",
     QT_TRANSLATE_NOOP("Lectern::CommandLine", "export --format md|html|pdf|odt|csv|json [--article ID[,ID...] | --all] [--tag TAG] [--stance S] [--bom] -o FILE [--json]"),
     QT_TRANSLATE_NOOP("Lectern::CommandLine",
                       "Export claims with their tags and notes: Markdown notes, an HTML page (or PDF, ODT) with the highlights, CSV (--bom for "
                       "spreadsheets) or W3C Web Annotation JSON-LD. Without --article, every article with claims; --tag includes nested tags.")},
    {"import-annotations", "", "json", QT_TRANSLATE_NOOP("Lectern::CommandLine", "import-annotations [--json] FILE"),
     QT_TRANSLATE_NOOP("Lectern::CommandLine",
                       "Import notes from a Lectern JSON export (adding the articles it carries) or a Hypothesis JSON export (on articles already in "
                       "the library, matched by URL). All or nothing: a wrong entry is named and nothing is changed.")},
    {"suggest", "", "json", QT_TRANSLATE_NOOP("Lectern::CommandLine", "suggest [--json] FILE|ID"),
     QT_TRANSLATE_NOOP("Lectern::CommandLine",
                       "Print the sentences of a file (read, not imported) or an article that read like claims, one per line: start, end, tag, "
                       "confidence, speaker, sentence. Uses what the library learned from your tagging; runs offline.")},
    {"summary", "", "json", QT_TRANSLATE_NOOP("Lectern::CommandLine", "summary [--json] ID"),
     QT_TRANSLATE_NOOP("Lectern::CommandLine",
                       "Print an article's curated summary, or else a generated one: its 3 to 5 most central sentences (TextRank), with their "
                       "START:END offsets in the text, and its key terms. With --json, \"generated\" is false for the curated card and true for "
                       "Lectern's sentences.")},
    {"related", "", "json limit", QT_TRANSLATE_NOOP("Lectern::CommandLine", "related [--json] [--limit N] ID"),
     QT_TRANSLATE_NOOP("Lectern::CommandLine",
                       "List the library's articles most related to an article, one per line: id, title, score, and why (shared topics, claim tags, "
                       "similar terms, same author or site); then the titles its curated card names, found in the library or not.")},
    {"backup", "", "", QT_TRANSLATE_NOOP("Lectern::CommandLine", "backup"),
     QT_TRANSLATE_NOOP("Lectern::CommandLine",
                       "List the library's backups, newest first: file, time, size. One is made before every upgrade and at most once a day.")},
    {"backup", "create", "", QT_TRANSLATE_NOOP("Lectern::CommandLine", "backup create"), QT_TRANSLATE_NOOP("Lectern::CommandLine", "Make a backup now and print its file.")},
    {"backup", "restore", "", QT_TRANSLATE_NOOP("Lectern::CommandLine", "backup restore FILE"),
     QT_TRANSLATE_NOOP("Lectern::CommandLine", "Put a backup in the library's place; the library it replaces is kept beside it. Quit Lectern first.")},
    {"backup", "salvage", "", QT_TRANSLATE_NOOP("Lectern::CommandLine", "backup salvage DAMAGED-FILE"),
     QT_TRANSLATE_NOOP("Lectern::CommandLine",
                       "Read what can still be read from a damaged library file and add its claims, with their articles and tags, to the library; claims "
                       "already there are skipped. Run it after backup restore to bring back the claims made since the backup.")},
    {"help", "", "", QT_TRANSLATE_NOOP("Lectern::CommandLine", "help [SUBCOMMAND [ACTION]]"), QT_TRANSLATE_NOOP("Lectern::CommandLine", "Explain a subcommand.")},
};

const Entry *find(const QString &subcommand, const QString &action)
{
    for (const Entry &entry : entries) {
        if (subcommand == QLatin1StringView(entry.name) && action == QLatin1StringView(entry.action))
            return &entry;
    }
    return nullptr;
}
} // namespace

QStringList CliHelp::subcommands()
{
    QStringList names;
    for (const Entry &entry : entries) {
        const QString name = QString::fromLatin1(entry.name);
        if (!names.contains(name))
            names << name;
    }
    return names;
}

QStringList CliHelp::actions(const QString &subcommand)
{
    QStringList names;
    for (const Entry &entry : entries) {
        if (subcommand == QLatin1StringView(entry.name) && *entry.action != '\0')
            names << QString::fromLatin1(entry.action);
    }
    return names;
}

bool CliHelp::needsAction(const QString &subcommand)
{
    return !actions(subcommand).isEmpty() && !find(subcommand, QString());
}

QStringList CliHelp::options(const QString &subcommand, const QString &action)
{
    const Entry *entry = find(subcommand, action);
    return entry ? QString::fromLatin1(entry->options).split(QLatin1Char(' '), Qt::SkipEmptyParts) : QStringList();
}

QString CliHelp::unknownAction(const QString &subcommand, const QString &action)
{
    return tr("unknown %1 action '%2' (choose from: %3)").arg(subcommand, action, actions(subcommand).join(QStringLiteral(", ")));
}

int CliHelp::print(CliContext &context, const QString &subcommand, const QString &action)
{
    QTextStream &out = context.out();
    if (!subcommand.isEmpty()) {
        if (!subcommands().contains(subcommand))
            return context.usage(tr("unknown subcommand '%1'").arg(subcommand));
        if (!action.isEmpty() && !actions(subcommand).contains(action))
            return context.usage(unknownAction(subcommand, action));
        bool first = true;
        for (const Entry &entry : entries) {
            // `help tags` explains the listing and every action; `help tags add` only that one.
            if (subcommand != QLatin1StringView(entry.name) || (!action.isEmpty() && action != QLatin1StringView(entry.action)))
                continue;
            out << (first ? "" : "\n") << "lectern " << tr(entry.synopsis) << "\n\n" << tr(entry.description) << '\n';
            first = false;
        }
        out << '\n' << tr("Every subcommand takes --library PATH (default: $LECTERN_LIBRARY or the application data folder).") << '\n';
        return CliContext::Success;
    }
    out << tr("Usage: lectern [--library PATH] [--screenshot FILE] [FILE...]   open the window") << '\n';
    out << tr("       lectern SUBCOMMAND [OPTIONS]                           work without a display") << "\n\n";
    out << tr("Subcommands:") << '\n';
    for (const Entry &entry : entries)
        out << "  " << tr(entry.synopsis) << "\n      " << tr(entry.description) << '\n';
    out << '\n' << tr("Options:") << '\n';
    out << "  --library PATH   " << tr("the library database to use") << '\n';
    out << "  --new            " << tr("start a new, empty library where a damaged one was moved aside") << '\n';
    out << "  --language CODE  " << tr("the interface language: fr, de, it, ja or en (JSON keys stay English)") << '\n';
    out << "  --json           " << tr("print one JSON document (an array for lists)") << '\n';
    out << "  --version, -v    " << tr("print the version") << '\n';
    out << "  --help, -h       " << tr("print this help") << '\n';
    out << '\n' << tr("Exit codes: 0 success, 1 some item failed (the rest was done), 2 usage error.") << '\n';
    return CliContext::Success;
}

} // namespace Lectern
