// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemepalette.h"

#include "darkschemestyle.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace Lectern {

namespace {
QPalette darkPalette()
{
    QPalette palette(QColor(0x2b, 0x2b, 0x2b), QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xa8));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::ToolTipBase, QColor(0x33, 0x33, 0x33));
    palette.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::PlaceholderText, QColor(0x99, 0x99, 0x99));
    // WCAG: links and disabled text 4.5:1 on these backgrounds, box outlines 3:1.
    palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    palette.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0x9e, 0x9e, 0x9e));
    palette.setColor(QPalette::Disabled, QPalette::Button, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::Mid, QColor(0x8c, 0x8c, 0x8c)); // DarkSchemeStyle's rim
    return palette;
}
} // namespace

bool SchemePalette::apply(Scheme scheme)
{
    // Qt follows the desktop's scheme by itself; an override needs a palette
    // of our own, as not every platform theme honours setColorScheme().
    const QPalette palette = scheme == Scheme::Dark ? darkPalette() : QApplication::style()->standardPalette();
    // Before the palette: a new style brings its own.
    const auto *proxied = qobject_cast<DarkSchemeStyle *>(QApplication::style());
    if (scheme == Scheme::Dark && !proxied) {
        if (QStyle *base = QStyleFactory::create(QApplication::style()->name()))
            QApplication::setStyle(new DarkSchemeStyle(base));
    } else if (scheme != Scheme::Dark && proxied) {
        QApplication::setStyle(QStyleFactory::create(proxied->baseStyle()->name()));
    }
    if (scheme == Scheme::System)
        QApplication::setPalette(QPalette());
    else
        QApplication::setPalette(palette);
    return QApplication::palette().color(QPalette::Base).lightness() < 128;
}

} // namespace Lectern
