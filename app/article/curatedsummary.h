// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QStringList>

namespace Lectern {

/// The sections of a curated summary card, as its curator wrote them.
struct CuratedSummary {
    QString summary;
    QString keyTakeaway;
    QStringList keyInsights;
    QStringList principles;
    QStringList inPractice;
    QStringList topics;
    QStringList bestFor;
    QStringList related;
    QString relatedHeading; ///< e.g. "Related on Example Digest"
    QString attribution; ///< the original publisher, e.g. "Example Times"

    bool isEmpty() const;
    QJsonObject toJson() const;
    static CuratedSummary fromJson(const QJsonObject &object);

    friend bool operator==(const CuratedSummary &, const CuratedSummary &) = default;
};

} // namespace Lectern
