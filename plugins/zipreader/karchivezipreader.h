// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/zipreader.h"

#include <QObject>

namespace Lectern {

/// ZipReader by KArchive's KZip: the archive read in place from the bytes
/// given, files found through KArchive's folder tree.
class KArchiveZipReader : public QObject, public ZipReader
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID LecternZipReader_iid)
    Q_INTERFACES(Lectern::ZipReader)
public:
    std::unique_ptr<ZipArchive> open(const QByteArray &data) const override;
};

} // namespace Lectern
