// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>

namespace Lectern {

/// Tag colours that readers with the common colour blindnesses can still
/// tell apart: Okabe and Ito's palette and two more, each pair at least
/// minimumDifference apart as seen with normal vision, protanopia,
/// deuteranopia and tritanopia (Machado, Oliveira and Fernandes 2009).
class TagPalette
{
public:
    /// CIE76 ΔE: about 2 is barely seen; 12 is plainly another colour.
    static constexpr double minimumDifference = 12.0;

    static QList<QColor> colours();
    /// The smallest ΔE between the two over the four kinds of vision.
    static double difference(const QColor &a, const QColor &b);
    static bool isDistinct(const QColor &colour, const QList<QColor> &taken);
    /// The first palette colour distinct from every taken one, or else the
    /// one farthest from its nearest.
    static QColor suggested(const QList<QColor> &taken);
};

} // namespace Lectern
