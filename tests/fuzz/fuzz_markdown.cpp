// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzsupport.h"
#include "import/markdownimporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Lectern::MarkdownImporter importer{};
    return Lectern::Fuzz::importOnce(importer, data, size, QStringLiteral("fuzz.md"));
}
