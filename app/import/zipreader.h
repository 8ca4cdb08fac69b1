// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ziparchive.h"

#include <QtPlugin>

#include <memory>

namespace Lectern {

/// Opens ZIP archives (EPUB books). The zipreader plugin implements it with
/// KArchive, and Lectern loads it at the first book (PluginLibrary):
/// KArchive brings libcrypto, bz2 and lzma, which would add about 1.3 ms
/// to every start of the program.
class ZipReader
{
public:
    virtual ~ZipReader() = default;
    /// The archive these bytes hold; nullptr when they hold no ZIP archive,
    /// or one without a single entry. Safe to call from any thread.
    virtual std::unique_ptr<ZipArchive> open(const QByteArray &data) const = 0;
};

} // namespace Lectern

#define LecternZipReader_iid "org.lectern.ZipReader/1"
Q_DECLARE_INTERFACE(Lectern::ZipReader, LecternZipReader_iid)
