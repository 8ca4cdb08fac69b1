// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lectern {

/// Text a PDF draws twice or more over itself, as a shadow or a fake bold.
/// PDFium orders glyphs by position, so the copies interleave: "TThhee
/// ttiiddee". Qt PDF gives no glyph boxes to drop overlapping copies by, as
/// pdftotext does, so the copies are recognised in the text: a line in which
/// every run of one character repeats a whole number of times is read once.
class OverprintedText
{
public:
    static QString readOnce(const QString &line);
};

} // namespace Lectern
