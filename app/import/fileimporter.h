// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importresult.h"

#include <QStringList>
#include <memory>

class QFile;

namespace Lectern {

class Importer;

/// Reads one file from disk and hands it to the importer for its format.
/// Checks what would make an importer's life miserable first: unreadable,
/// empty, too large, binary where text is expected.
class FileImporter
{
public:
    static constexpr qint64 defaultMaxFileSize = 200 * 1024 * 1024;

    explicit FileImporter(qint64 maxFileSize = defaultMaxFileSize);
    ~FileImporter();

    /// The error of a failed result is the reason alone; callers name the file.
    ImportResult importFile(const QString &path) const;
    /// The same checks and dispatch for bytes already in memory.
    ImportResult importData(const QByteArray &data, const QString &fileName) const;
    qint64 maxFileSize() const { return m_maxFileSize; }
    /// Text files are read in this encoding instead of the detected one;
    /// empty (the default) detects. Binary formats are unaffected.
    void setEncoding(const QByteArray &encoding) { m_encoding = encoding; }

    static QStringList supportedSuffixes();
    static bool isSupported(const QString &path);

private:
    const Importer &importerFor(const QString &fileName, const QByteArray &data) const;
    ImportResult parseAs(const Importer &importer, const QByteArray &data, const QString &fileName) const;
    /// Opens a regular file for reading; returns why it cannot, or "".
    static QString openRegularFile(const QString &path, QFile *file);
    static QString openByBytes(const QByteArray &native, QFile *file);
    qint64 m_maxFileSize;
    QByteArray m_encoding;
    struct Importers;
    std::unique_ptr<Importers> m_importers;
};

} // namespace Lectern
