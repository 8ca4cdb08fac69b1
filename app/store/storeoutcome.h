// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lectern {

/// What adding an article did to the library.
struct StoreOutcome {
    enum class Status {
        Added, ///< a new article
        NewVersion, ///< a changed text of an article from the same source
        Duplicate, ///< the same text is already there: nothing written
    };
    Status status = Status::Added;
    qint64 articleId = 0;
    int version = 0;
    QString title; ///< of the article in the library (the existing one for a duplicate)
    int orphanedClaims = 0; ///< claims a new version could not place again
    int stayedClaims = 0; ///< claims whose words a new version kept at the same offsets
    int movedClaims = 0; ///< claims a new version placed at other offsets or on slightly changed words
};

} // namespace Lectern
