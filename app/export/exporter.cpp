// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"

#include "csvexporter.h"
#include "exporttarget.h"
#include "htmlexporter.h"
#include "markdownexporter.h"
#include "textdocumentexporter.h"
#include "webannotationexporter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Lectern {

Exporter::~Exporter() = default;

std::unique_ptr<Exporter> Exporter::create(Format format, const ExportOptions &options)
{
    std::unique_ptr<Exporter> exporter;
    switch (format) {
    case Format::Markdown:
        exporter = std::make_unique<MarkdownExporter>();
        break;
    case Format::Html:
        exporter = std::make_unique<HtmlExporter>();
        break;
    case Format::Pdf:
    case Format::Odt:
        exporter = std::make_unique<TextDocumentExporter>(format);
        break;
    case Format::Csv:
        exporter = std::make_unique<CsvExporter>();
        break;
    case Format::Json:
        exporter = std::make_unique<WebAnnotationExporter>();
        break;
    }
    exporter->setOptions(options);
    return exporter;
}

QList<Exporter::Format> Exporter::formats()
{
    return {Format::Markdown, Format::Html, Format::Pdf, Format::Odt, Format::Csv, Format::Json};
}

QString Exporter::key(Format format)
{
    switch (format) {
    case Format::Markdown:
        return QStringLiteral("md");
    case Format::Html:
        return QStringLiteral("html");
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Odt:
        return QStringLiteral("odt");
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Json:
        break;
    }
    return QStringLiteral("json");
}

std::optional<Exporter::Format> Exporter::fromKey(const QString &key)
{
    for (Format format : formats()) {
        if (key.compare(Exporter::key(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    if (key.compare(QLatin1StringView("markdown"), Qt::CaseInsensitive) == 0)
        return Format::Markdown;
    return std::nullopt;
}

QString Exporter::name(Format format)
{
    switch (format) {
    case Format::Markdown:
        return tr("Markdown");
    case Format::Html:
        return tr("HTML page");
    case Format::Pdf:
        return tr("PDF");
    case Format::Odt:
        return tr("OpenDocument text");
    case Format::Csv:
        return tr("CSV spreadsheet");
    case Format::Json:
        break;
    }
    return tr("Web Annotation (JSON-LD)");
}

bool Exporter::isText(Format format)
{
    return format != Format::Pdf && format != Format::Odt;
}

bool Exporter::advance(int done, int total, QString *error) const
{
    if (!m_progress || m_progress(done, total))
        return true;
    *error = tr("The export was cancelled.");
    return false;
}

bool Exporter::writeBytes(QIODevice *device, const QByteArray &bytes, QString *error)
{
    if (device->write(bytes) == bytes.size())
        return true;
    *error = device->errorString();
    return false;
}

bool Exporter::save(const ExportData &data, const QString &path, QString *error) const
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (const QString reason = ExportTarget::refusal(path); !reason.isEmpty()) {
        *error = tr("Cannot write “%1”: %2").arg(shown, reason);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write “%1”: %2").arg(shown, file.errorString());
        return false;
    }
    QString reason;
    if (!write(data, &file, &reason)) {
        file.cancelWriting();
        *error = tr("Cannot write “%1”: %2").arg(shown, reason);
        return false;
    }
    if (!file.commit()) {
        *error = tr("Cannot write “%1”: %2").arg(shown, file.errorString());
        return false;
    }
    return true;
}

} // namespace Lectern
