// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Lectern {

/// What re-anchoring did to an article's claims when a new version of its text came in.
struct ReanchorCounts {
    int stayed = 0; ///< the same words at the same offsets
    int moved = 0; ///< found elsewhere in the new text, or with their words slightly changed
    int orphaned = 0; ///< not found with enough confidence: they wait for review
};

} // namespace Lectern
