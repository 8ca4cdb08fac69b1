// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagswatch.h"

#include <QPainter>
#include <QPixmap>

namespace Lectern {

QIcon TagSwatch::icon(const QColor &colour, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(colour);
    painter.setPen(colour.darker(145));
    const qreal inset = size / 8 + 0.5;
    painter.drawRoundedRect(QRectF(inset, inset, size - 2 * inset, size - 2 * inset), size / 6.0, size / 6.0);
    return QIcon(pixmap);
}

QIcon TagSwatch::keyed(const QColor &colour, int key)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(0, 0, 32, 32), 6, 6);
    QFont font = painter.font();
    font.setPixelSize(20);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(colour.lightnessF() > 0.55 ? Qt::black : Qt::white);
    painter.drawText(QRectF(0, 0, 32, 32), Qt::AlignCenter, QString::number(key));
    return QIcon(pixmap);
}

} // namespace Lectern
