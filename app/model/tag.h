// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

namespace Lectern {

/// One code of the codebook. Claims refer to tags by id, so a rename carries
/// through everywhere at once. A parentId of 0 is a top-level tag.
struct Tag {
    qint64 id = 0;
    qint64 parentId = 0;
    QString name;
    QColor color;
    QString description;
    int position = 0;
};

} // namespace Lectern
