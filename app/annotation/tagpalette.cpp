// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagpalette.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace Lectern {

namespace {
const char *const palette[] = {"#D55E00", "#0072B2", "#009E73", "#E69F00", "#CC79A7", "#56B4E9", "#F0E442", "#7F3C8D", "#666666"};

using Matrix = std::array<std::array<double, 3>, 3>;
using Triple = std::array<double, 3>;

// Machado et al. 2009, severity 1, on linear RGB.
const Matrix visions[] = {
    {{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}}, {{{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}}, // protanopia
    {{{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}}, // deuteranopia
    {{{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}}}, // tritanopia
};

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

Triple seenAs(const QColor &colour, const Matrix &vision)
{
    const Triple rgb {linear(colour.redF()), linear(colour.greenF()), linear(colour.blueF())};
    Triple seen {};
    for (int row = 0; row < 3; ++row)
        seen[row] = std::clamp(vision[row][0] * rgb[0] + vision[row][1] * rgb[1] + vision[row][2] * rgb[2], 0.0, 1.0);
    return seen;
}

// Linear sRGB to CIELAB (D65).
Triple lab(const Triple &rgb)
{
    const double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
    const double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    const double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
    const auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}
} // namespace

QList<QColor> TagPalette::colours()
{
    QList<QColor> list;
    for (const char *name : palette)
        list << QColor::fromString(QLatin1StringView(name));
    return list;
}

double TagPalette::difference(const QColor &a, const QColor &b)
{
    double smallest = std::numeric_limits<double>::max();
    for (const Matrix &vision : visions) {
        const Triple one = lab(seenAs(a, vision));
        const Triple two = lab(seenAs(b, vision));
        smallest = std::min(smallest, std::hypot(one[0] - two[0], one[1] - two[1], one[2] - two[2]));
    }
    return smallest;
}

bool TagPalette::isDistinct(const QColor &colour, const QList<QColor> &taken)
{
    return std::all_of(taken.cbegin(), taken.cend(), [&](const QColor &other) { return difference(colour, other) >= minimumDifference; });
}

QColor TagPalette::suggested(const QList<QColor> &taken)
{
    QColor best;
    double bestDistance = -1;
    for (const QColor &candidate : colours()) {
        double nearest = std::numeric_limits<double>::max();
        for (const QColor &other : taken)
            nearest = std::min(nearest, difference(candidate, other));
        if (nearest >= minimumDifference)
            return candidate;
        if (nearest > bestDistance) {
            bestDistance = nearest;
            best = candidate;
        }
    }
    return best;
}

} // namespace Lectern
