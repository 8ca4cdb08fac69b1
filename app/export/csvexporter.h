// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"

namespace Lectern {

/// One row per claim, RFC 4180: comma separated, CRLF line ends, a field
/// with a comma, quote or line break in double quotes with quotes doubled.
/// UTF-8, with a byte order mark when ExportOptions asks for one.
class CsvExporter : public Exporter
{
public:
    Format format() const override { return Format::Csv; }
    bool write(const ExportData &data, QIODevice *device, QString *error) const override;

    QString render(const ExportData &data, QString *error) const;
    static QStringList columns();
    /// One field, quoted only when it has to be.
    static QString field(const QString &text);
};

} // namespace Lectern
