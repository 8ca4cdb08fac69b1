// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "block.h"

namespace Lectern {

QString Block::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Heading:
        return QStringLiteral("heading");
    case Kind::ListItem:
        return QStringLiteral("list-item");
    case Kind::Quote:
        return QStringLiteral("quote");
    case Kind::Code:
        return QStringLiteral("code");
    case Kind::Table:
        return QStringLiteral("table");
    case Kind::Paragraph:
        break;
    }
    return QStringLiteral("paragraph");
}

Block::Kind Block::kindFromName(const QString &name)
{
    for (Kind kind : {Kind::Heading, Kind::ListItem, Kind::Quote, Kind::Code, Kind::Table}) {
        if (kindName(kind) == name)
            return kind;
    }
    return Kind::Paragraph;
}

} // namespace Lectern
