// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textanchor.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Lectern {

/// A passage of an article the reader marked as a claim: where it is (a W3C
/// position and quote selector), how it is tagged, and what they noted.
struct Claim
{
    enum class Stance { Neutral, Supports, Opposes };
    enum class Kind { Claim, Evidence, CounterClaim };
    enum class Status { Anchored, Orphan };

    qint64 id = 0;
    /// Global id (a UUID): the same claim in every library and export. Given
    /// by the store when the claim is first saved.
    QString uid;
    qint64 articleId = 0;
    TextAnchor anchor;
    QList<qint64> tagIds;
    Stance stance = Stance::Neutral;
    Kind kind = Kind::Claim;
    QString speaker;
    QString note;
    QDateTime created;
    QDateTime modified;
    Status status = Status::Anchored;
    double confidence = 1.0;

    int start() const { return anchor.start; }
    int end() const { return anchor.end; }
    bool isOrphan() const { return status == Status::Orphan; }
    bool overlaps(int from, int to) const { return anchor.start < to && from < anchor.end; }

    // Stable names for the database, the command line and JSON.
    static QString stanceKey(Stance stance);
    static std::optional<Stance> stanceFromKey(const QString &key);
    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(const QString &key);
    static QString statusKey(Status status);
    static Status statusFromKey(const QString &key);
    // Translated names for people.
    static QString stanceName(Stance stance);
    static QString kindName(Kind kind);
};

} // namespace Lectern
