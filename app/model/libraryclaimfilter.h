// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claim.h"

#include <optional>

namespace Lectern {

/// What the library-wide claims view shows; empty fields match everything.
struct LibraryClaimFilter {
    QString text; ///< in the quote, note, speaker or article title
    qint64 tagId = 0; ///< with the tags nested under it
    std::optional<Claim::Stance> stance;
    std::optional<Claim::Kind> kind;
    QString speaker;
    QString site;
    QString from; ///< ISO date prefix, e.g. "2025" or "2025-03"
    QString to;

    friend bool operator==(const LibraryClaimFilter &, const LibraryClaimFilter &) = default;
};

} // namespace Lectern
