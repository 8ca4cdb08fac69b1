// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarysalvage.h"

#include "export/annotationimporter.h"
#include "export/exportcollector.h"
#include "export/exporter.h"
#include "store/database.h"
#include "store/sqliterecovery.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

namespace Lectern {

LibrarySalvage::LibrarySalvage(Database &library)
    : m_library(library)
{
}

bool LibrarySalvage::salvage(const QString &damagedPath, Report *report, QString *error)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(damagedPath).absoluteFilePath());
    if (!QFileInfo(damagedPath).isFile()) {
        *error = tr("Cannot salvage “%1”: there is no such file").arg(shown);
        return false;
    }
    QTemporaryDir work;
    if (!work.isValid()) {
        *error = tr("Cannot salvage “%1”: no temporary folder (%2)").arg(shown, work.errorString());
        return false;
    }
    const QString recoveredPath = work.filePath(QStringLiteral("recovered.sqlite"));
    if (!SqliteRecovery::recover(damagedPath, recoveredPath, error))
        return false;

    // The recovered file is a library of the same schema; its claims leave it
    // as a Web Annotation export with the articles' text, the one format that
    // carries everything a claim holds and that the importer merges by global id.
    QByteArray annotations;
    {
        Database recovered;
        QString problem;
        if (!recovered.open(recoveredPath, &problem, Database::Access::ReadWrite, Database::Check::None)) {
            *error = tr("Cannot salvage “%1”: what could be read is not a library (%2)").arg(shown, problem);
            return false;
        }
        ExportCollector collector(recovered);
        const std::optional<ExportData> data = collector.collect(ExportScope::library(), {}, &problem);
        if (!data) {
            *error = tr("Cannot salvage “%1”: %2").arg(shown, problem);
            return false;
        }
        *report = Report();
        report->claimsFound = collector.claimsFound();
        QBuffer buffer(&annotations);
        buffer.open(QIODevice::WriteOnly);
        if (!Exporter::create(Exporter::Format::Json)->write(*data, &buffer, &problem)) {
            *error = tr("Cannot salvage “%1”: %2").arg(shown, problem);
            return false;
        }
    }
    if (report->claimsFound == 0)
        return true;
    AnnotationImporter::Report imported;
    if (!AnnotationImporter(m_library).importData(annotations, shown, &imported, error))
        return false;
    report->claimsAdded = imported.claims;
    report->alreadyPresent = imported.alreadyPresent;
    report->articlesAdded = imported.articlesAdded;
    report->tagsAdded = imported.tagsAdded;
    report->orphans = imported.orphans;
    return true;
}

QString LibrarySalvage::summary(const Report &report)
{
    QStringList sentences {tr("%n claim(s) could be read from the damaged file.", nullptr, report.claimsFound),
                           tr("%n claim(s) added to the library.", nullptr, report.claimsAdded),
                           tr("%n claim(s) already in it.", nullptr, report.alreadyPresent)};
    if (report.articlesAdded > 0)
        sentences << tr("%n article(s) added with them.", nullptr, report.articlesAdded);
    if (report.tagsAdded > 0)
        sentences << tr("%n tag(s) added with them.", nullptr, report.tagsAdded);
    if (report.orphans > 0)
        sentences << tr("%n claim(s) did not find their passage and need placing again.", nullptr, report.orphans);
    return sentences.join(QLatin1Char(' '));
}

} // namespace Lectern
