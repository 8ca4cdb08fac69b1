// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claim.h"

#include <QList>

namespace Lectern {

/// What the reader needs to draw a claim: where it is and its tags. An
/// article opens with these alone; the rest of each claim (quote, note,
/// speaker, times) is read when something first asks for it.
struct Highlight {
    qint64 id = 0;
    int start = 0;
    int end = 0;
    bool placed = true; // false for an orphan, which is drawn nowhere
    QList<qint64> tagIds;

    static Highlight of(const Claim &claim) { return {claim.id, claim.start(), claim.end(), !claim.isOrphan(), claim.tagIds}; }
    bool overlaps(int from, int to) const { return start < to && from < end; }
};

} // namespace Lectern
