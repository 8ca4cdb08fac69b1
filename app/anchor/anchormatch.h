// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Lectern {

/// Where a highlight landed in a changed text, and how sure the Reanchorer is.
struct AnchorMatch
{
    enum class Status { Anchored, Orphan };
    Status status = Status::Orphan;
    /// For an orphan, the best guess when there was one (else -1), so a review can show it.
    int start = -1;
    int end = -1;
    double confidence = 0.0; // 0..1
    bool isAnchored() const { return status == Status::Anchored; }
};

} // namespace Lectern
