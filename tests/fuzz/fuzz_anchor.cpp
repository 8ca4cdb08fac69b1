// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchor/reanchorer.h"
#include "fuzzsupport.h"

// Input: 2 bytes start and 2 bytes length (little-endian) of a passage in
// the old text, then the old text, a NUL, and the new text (UTF-8). The
// passage is described on the old text and placed again on the new one.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 4)
        return 0;
    const int start = data[0] | data[1] << 8;
    const int length = data[2] | data[3] << 8;
    const QByteArray rest = Lectern::Fuzz::bytes(data + 4, size - 4);
    const qsizetype split = rest.indexOf('\0');
    const QString oldText = QString::fromUtf8(split < 0 ? rest : rest.first(split));
    const QString newText = split < 0 ? QString() : QString::fromUtf8(rest.mid(split + 1));

    const Lectern::TextAnchor anchor = Lectern::TextAnchor::describe(oldText, start, start + length);
    if (anchor.start < 0 || anchor.end < anchor.start || anchor.end > oldText.size() || anchor.exact != oldText.mid(anchor.start, anchor.end - anchor.start))
        std::abort();
    const Lectern::AnchorMatch match = Lectern::Reanchorer(newText, int(oldText.size())).locate(anchor);
    if (match.isAnchored() && (match.start < 0 || match.end < match.start || match.end > newText.size()))
        std::abort();
    if (match.confidence < 0.0 || match.confidence > 1.0)
        std::abort();
    return 0;
}
