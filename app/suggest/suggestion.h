// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lectern {

/// A sentence the suggester thinks is a claim: where it is in the
/// canonical text, the tag it proposes and how sure it is.
struct Suggestion {
    int start = 0;
    int end = 0;
    qint64 tagId = 0;
    /// P(claim) × P(tag | claim), from 0 to 1.
    double confidence = 0;
    double claimProbability = 0;
    QString speaker;
    QString text;

    bool contains(int position) const { return position >= start && position < end; }
    bool overlaps(int from, int to) const { return start < to && from < end; }
};

} // namespace Lectern
