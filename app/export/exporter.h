// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportdata.h"

#include <QCoreApplication>
#include <QList>

#include <memory>
#include <optional>

class QIODevice;

namespace Lectern {

/// Choices that only some formats use.
struct ExportOptions {
    bool csvByteOrderMark = false; ///< for spreadsheet programs that guess the encoding
    bool embedArticles = true; ///< JSON: each article's text, so another library can take the notes without it
};

/// One output format. Every format writes the same ExportData; the file
/// itself is written by save() through QSaveFile, so an error leaves the
/// previous file (or none) in place, never half of a new one.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Exporter)
public:
    enum class Format { Markdown, Html, Pdf, Odt, Csv, Json };

    virtual ~Exporter();
    virtual Format format() const = 0;
    /// Writes the export to device; false with error when it cannot, or when progress cancelled.
    virtual bool write(const ExportData &data, QIODevice *device, QString *error) const = 0;

    void setOptions(const ExportOptions &options) { m_options = options; }
    const ExportOptions &options() const { return m_options; }
    void setProgress(const ExportProgress &progress) { m_progress = progress; }

    /// Writes path atomically; the error names the file and the reason.
    bool save(const ExportData &data, const QString &path, QString *error) const;

    static std::unique_ptr<Exporter> create(Format format, const ExportOptions &options = {});
    static QList<Format> formats();
    /// "md", "html", "pdf", "odt", "csv", "json": command line and file suffix.
    static QString key(Format format);
    static std::optional<Format> fromKey(const QString &key);
    /// "Markdown", "Web Annotation (JSON-LD)"…: for people.
    static QString name(Format format);
    /// Whether the output is text a preview can show as it is.
    static bool isText(Format format);

protected:
    Exporter() = default;
    /// After each article: false when the user cancelled.
    bool advance(int done, int total, QString *error) const;
    static bool writeBytes(QIODevice *device, const QByteArray &bytes, QString *error);

private:
    ExportOptions m_options;
    ExportProgress m_progress;
};

} // namespace Lectern
