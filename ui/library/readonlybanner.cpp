// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readonlybanner.h"

#include "store/database.h"

namespace Lectern {

ReadOnlyBanner::ReadOnlyBanner(const Database &database, QWidget *parent)
    : QLabel(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("readOnlyBanner"));
    setWordWrap(true);
    setMargin(8);
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(0xfc, 0xe8, 0xb2));
    colours.setColor(QPalette::WindowText, QColor(0x3d, 0x2e, 0x00));
    setPalette(colours);
    setAccessibleName(tr("Read-only library"));
    refresh();
}

void ReadOnlyBanner::refresh()
{
    setText(tr("This library is read-only: %1. You can read and search it, but changes cannot be saved.").arg(m_database.readOnlyReason()));
    setVisible(m_database.isReadOnly());
}

} // namespace Lectern
