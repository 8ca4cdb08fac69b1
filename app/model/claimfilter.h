// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claim.h"

#include <QList>

#include <optional>

namespace Lectern {

/// Which claims to list: of one article or all, narrowed by tag (with its
/// sub-tags), stance, anchor status and text in the quote, speaker or note.
struct ClaimFilter {
    qint64 articleId = 0;
    QList<qint64> tagIds;
    std::optional<Claim::Stance> stance;
    std::optional<Claim::Status> status;
    QString text;
    int limit = -1;
};

} // namespace Lectern
