// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "elidedtitle.h"

namespace Lectern {

QString ElidedTitle::of(const QString &line)
{
    const QString simplified = line.simplified();
    if (simplified.size() <= MaxLength)
        return simplified;
    qsizetype cut = simplified.lastIndexOf(QLatin1Char(' '), MaxLength);
    if (cut < MaxLength / 2)
        cut = MaxLength;
    return simplified.first(cut) + QChar(0x2026);
}

} // namespace Lectern
