// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommands.h"

#include "annotation/taxonomy.h"
#include "claimcommands.h"
#include "clicontext.h"
#include "commandline.h"
#include "export/annotationimporter.h"
#include "export/exportcollector.h"
#include "export/exporter.h"
#include "store/claimstore.h"
#include "indexing/librarystore.h"
#include "store/tagstore.h"
#include "suggest/suggestionlearner.h"
#include "tagcommands.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace Lectern {

namespace {
// Imported claims teach the suggestions, as claims made by hand do.
void learnFrom(Database &database, const QList<qint64> &claimIds)
{
    Taxonomy taxonomy(database);
    SuggestionLearner learner(database, &taxonomy);
    const ClaimStore claims(database);
    QList<Claim> imported;
    for (qint64 id : claimIds) {
        if (const std::optional<Claim> claim = claims.claim(id))
            imported << *claim;
    }
    learner.learnNewClaims(imported);
}
} // namespace

ExportCommands::ExportCommands(CliContext &context, const QCommandLineParser &parser)
    : m_context(context)
    , m_parser(parser)
{
}

bool ExportCommands::needsGuiApplication(const QStringList &arguments)
{
    return CommandLine::subcommandIn(arguments) == QLatin1StringView("export");
}

int ExportCommands::exportNotes(const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return m_context.usage(tr("export takes options only, not '%1'").arg(arguments.first()));
    const QString formatKey = m_parser.value(QStringLiteral("format"));
    if (formatKey.isEmpty())
        return m_context.usage(tr("export needs --format md, html, pdf, odt, csv or json"));
    const std::optional<Exporter::Format> format = Exporter::fromKey(formatKey);
    if (!format)
        return m_context.usage(tr("unknown format '%1' (choose from: md, html, pdf, odt, csv, json)").arg(formatKey));
    const QString output = m_parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return m_context.usage(tr("export needs -o FILE"));
    const QStringList articleValues = ClaimCommands::tagNames(m_parser.values(QStringLiteral("article")));
    if (m_parser.isSet(QStringLiteral("all")) && !articleValues.isEmpty())
        return m_context.usage(tr("give either --article or --all, not both"));
    QList<qint64> articleIds;
    for (const QString &value : articleValues) {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        if (!ok || id <= 0)
            return m_context.usage(tr("--article needs article ids, not '%1'").arg(value));
        articleIds << id;
    }
    ExportScope scope = articleIds.isEmpty() ? ExportScope::library() : articleIds.size() == 1 ? ExportScope::article(articleIds.first())
                                                                                               : ExportScope::articles(articleIds);
    if (m_parser.isSet(QStringLiteral("stance"))) {
        const QString value = m_parser.value(QStringLiteral("stance"));
        scope.stance = Claim::stanceFromKey(value);
        if (!scope.stance)
            return m_context.usage(tr("unknown stance '%1' (choose from: supports, opposes, neutral)").arg(value));
    }
    const QStringList tagNames = ClaimCommands::tagNames(m_parser.values(QStringLiteral("tag")));
    if (m_parser.isSet(QStringLiteral("tag")) && tagNames.isEmpty())
        return m_context.usage(tr("--tag needs at least one tag name"));

    Database *database = m_context.database();
    if (!database)
        return CliContext::ItemFailed;
    for (qint64 id : std::as_const(articleIds)) {
        if (!LibraryStore(*database).article(id))
            return m_context.failed(tr("there is no article with id '%1'").arg(id));
    }
    const Taxonomy taxonomy(*database);
    const TagStore tags(*database);
    for (const QString &name : tagNames) {
        const std::optional<qint64> tagId = TagCommands::find(m_context, taxonomy, name);
        if (!tagId)
            return CliContext::ItemFailed;
        for (qint64 nested : tags.withDescendants(*tagId)) {
            if (!scope.tagIds.contains(nested))
                scope.tagIds << nested;
        }
    }
    QString error;
    ExportCollector collector(*database);
    const std::optional<ExportData> data = collector.collect(scope, {}, &error);
    if (!data)
        return m_context.failed(error);
    ExportOptions options;
    options.csvByteOrderMark = m_parser.isSet(QStringLiteral("bom"));
    const std::unique_ptr<Exporter> exporter = Exporter::create(*format, options);
    if (!exporter->save(*data, output, &error))
        return m_context.failed(error);
    const QString path = QDir::toNativeSeparators(QFileInfo(output).absoluteFilePath());
    if (m_parser.isSet(QStringLiteral("json"))) {
        m_context.printJson(QJsonObject{{QStringLiteral("file"), path},
                                        {QStringLiteral("format"), Exporter::key(*format)},
                                        {QStringLiteral("articles"), data->articles.size()},
                                        {QStringLiteral("claims"), data->claimCount()}});
    } else {
        m_context.out() << tr("%1: exported %n claim(s)", nullptr, data->claimCount()).arg(path) << ' '
                        << tr("from %n article(s)", nullptr, int(data->articles.size())) << '\n';
    }
    return CliContext::Success;
}

int ExportCommands::importAnnotations(const QStringList &arguments)
{
    if (arguments.size() != 1)
        return m_context.usage(tr("import-annotations needs exactly one file"));
    Database *database = m_context.database();
    if (!database)
        return CliContext::ItemFailed;
    AnnotationImporter importer(*database);
    AnnotationImporter::Report report;
    QString error;
    if (!importer.importFile(arguments.first(), &report, &error))
        return m_context.failed(error);
    learnFrom(*database, report.claimIds);
    const QString path = QDir::toNativeSeparators(QFileInfo(arguments.first()).absoluteFilePath());
    if (m_parser.isSet(QStringLiteral("json"))) {
        QJsonArray ids;
        for (qint64 id : std::as_const(report.claimIds))
            ids.append(id);
        m_context.printJson(QJsonObject{{QStringLiteral("file"), path},
                                        {QStringLiteral("format"), report.format},
                                        {QStringLiteral("claims"), report.claims},
                                        {QStringLiteral("orphans"), report.orphans},
                                        {QStringLiteral("articles_added"), report.articlesAdded},
                                        {QStringLiteral("tags_added"), report.tagsAdded},
                                        {QStringLiteral("skipped"), report.skipped},
                                        {QStringLiteral("already_present"), report.alreadyPresent},
                                        {QStringLiteral("claim_ids"), ids}});
        return CliContext::Success;
    }
    m_context.out() << tr("%1: imported %n claim(s)", nullptr, report.claims).arg(path);
    if (report.orphans > 0)
        m_context.out() << ", " << tr("%n need(s) review", nullptr, report.orphans);
    if (report.articlesAdded > 0)
        m_context.out() << ", " << tr("%n article(s) added", nullptr, report.articlesAdded);
    if (report.tagsAdded > 0)
        m_context.out() << ", " << tr("%n tag(s) added", nullptr, report.tagsAdded);
    if (report.skipped > 0)
        m_context.out() << ", " << tr("%n without a passage skipped", nullptr, report.skipped);
    if (report.alreadyPresent > 0)
        m_context.out() << ", " << tr("%n already in the library skipped", nullptr, report.alreadyPresent);
    m_context.out() << '\n';
    return CliContext::Success;
}

} // namespace Lectern
