// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claim.h"

#include <QCoreApplication>

namespace Lectern {

QString Claim::stanceKey(Stance stance)
{
    switch (stance) {
    case Stance::Supports:
        return QStringLiteral("supports");
    case Stance::Opposes:
        return QStringLiteral("opposes");
    case Stance::Neutral:
        break;
    }
    return QStringLiteral("neutral");
}

std::optional<Claim::Stance> Claim::stanceFromKey(const QString &key)
{
    for (Stance stance : {Stance::Neutral, Stance::Supports, Stance::Opposes}) {
        if (key.compare(stanceKey(stance), Qt::CaseInsensitive) == 0)
            return stance;
    }
    return std::nullopt;
}

QString Claim::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Evidence:
        return QStringLiteral("evidence");
    case Kind::CounterClaim:
        return QStringLiteral("counter-claim");
    case Kind::Claim:
        break;
    }
    return QStringLiteral("claim");
}

std::optional<Claim::Kind> Claim::kindFromKey(const QString &key)
{
    for (Kind kind : {Kind::Claim, Kind::Evidence, Kind::CounterClaim}) {
        if (key.compare(kindKey(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString Claim::statusKey(Status status)
{
    return status == Status::Orphan ? QStringLiteral("orphan") : QStringLiteral("anchored");
}

Claim::Status Claim::statusFromKey(const QString &key)
{
    return key == QLatin1StringView("orphan") ? Status::Orphan : Status::Anchored;
}

QString Claim::stanceName(Stance stance)
{
    switch (stance) {
    case Stance::Supports:
        return QCoreApplication::translate("Lectern::Claim", "Supports");
    case Stance::Opposes:
        return QCoreApplication::translate("Lectern::Claim", "Opposes");
    case Stance::Neutral:
        break;
    }
    return QCoreApplication::translate("Lectern::Claim", "Neutral");
}

QString Claim::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Evidence:
        return QCoreApplication::translate("Lectern::Claim", "Evidence");
    case Kind::CounterClaim:
        return QCoreApplication::translate("Lectern::Claim", "Counter-claim");
    case Kind::Claim:
        break;
    }
    return QCoreApplication::translate("Lectern::Claim", "Claim");
}

} // namespace Lectern
