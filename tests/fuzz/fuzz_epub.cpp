// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzsupport.h"
#include "import/epubimporter.h"
#include "import/zipreader.h"
#include "plugin/pluginlibrary.h"

namespace {
// Without the zipreader plugin every input would fail the same way and
// the archive code would go unfuzzed: better to stop at once.
bool requireZipReader()
{
    QString error;
    if (!Lectern::PluginLibrary::load<Lectern::ZipReader>(QStringLiteral("lectern_zipreader"), &error))
        qFatal("fuzz_epub: %s", qPrintable(error));
    return true;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool loaded = requireZipReader();
    Q_UNUSED(loaded);
    static const Lectern::EpubImporter importer{};
    return Lectern::Fuzz::importOnce(importer, data, size, QStringLiteral("fuzz.epub"));
}
