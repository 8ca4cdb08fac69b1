// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "qtchartplugin.h"

#include "qtchartcanvas.h"

namespace Lectern {

ChartCanvas *QtChartPlugin::createCanvas(const QString &title, QWidget *parent) const
{
    return new QtChartCanvas(title, parent);
}

} // namespace Lectern
