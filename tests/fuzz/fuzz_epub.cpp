// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzsupport.h"
#include "import/epubimporter.h"
#include "import/zipreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool loaded = Lectern::Fuzz::requirePlugin<Lectern::ZipReader>("fuzz_epub", QStringLiteral("lectern_zipreader"));
    Q_UNUSED(loaded);
    static const Lectern::EpubImporter importer{};
    return Lectern::Fuzz::importOnce(importer, data, size, QStringLiteral("fuzz.epub"));
}
