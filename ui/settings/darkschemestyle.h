// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace Lectern {

/// Lectern's own dark scheme on a style that outlines check boxes and
/// radio buttons a shade off the window (Fusion): a light rim keeps an
/// unchecked box at 3:1 against the window (WCAG 1.4.11).
class DarkSchemeStyle : public QProxyStyle
{
    Q_OBJECT
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget = nullptr) const override;
};

} // namespace Lectern
