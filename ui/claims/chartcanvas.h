// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace Lectern {

/// One bar set or line of a chart: a count per category.
struct ChartSeries {
    QString name;
    QColor color;
    QList<int> values;
    /// Bars only: a pattern tells series apart where colour must not.
    Qt::BrushStyle pattern = Qt::SolidPattern;
};

/// A chart drawn by the charts plugin (ChartPlugin), which owns the drawing
/// library: the claims browser only says what to plot.
class ChartCanvas
{
public:
    enum class Kind { Bars, Lines };

    virtual ~ChartCanvas() = default;
    /// The chart's widget; deleting it deletes the canvas.
    virtual QWidget *widget() = 0;
    /// Replaces what the chart shows: each series as a bar set or a line
    /// over the categories, against a count axis from zero. No categories
    /// leaves the chart empty.
    virtual void plot(Kind kind, const QStringList &categories, const QList<ChartSeries> &series) = 0;
};

} // namespace Lectern
