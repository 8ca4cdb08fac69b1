// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/claimcatalog.h"

#include <QHash>
#include <QMap>

#include <array>

namespace Lectern {

class Taxonomy;

/// Counts over a set of claims for the claims view's matrix and charts: per
/// tag, per tag and year of publication, per tag and stance (with the
/// articles on each side), and per article and tag.
struct ClaimStatistics {
    static constexpr int stanceCount = 3; ///< indexed by int(Claim::Stance)

    QList<qint64> tags; ///< tags carried by some claim, in codebook order
    QHash<qint64, int> perTag;
    QMap<QString, QHash<qint64, int>> perYear; ///< "2025" → tag → claims
    QHash<qint64, std::array<int, stanceCount>> claimsByStance;
    QHash<qint64, std::array<QList<int>, stanceCount>> articlesByStance; ///< article indexes, each once
    QList<int> articles; ///< article indexes with claims, in catalog order
    QHash<std::pair<int, qint64>, int> matrix; ///< (article index, tag) → claims

    static ClaimStatistics compute(const ClaimCatalog &catalog, const QList<int> &claims, const Taxonomy &taxonomy);
};

} // namespace Lectern
