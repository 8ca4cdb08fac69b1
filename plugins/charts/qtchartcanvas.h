// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claims/chartcanvas.h"

#include <QChartView>

namespace Lectern {

/// A ChartCanvas on a QChartView: bar series with a set per series, or
/// line series with their points shown, on a category axis and a count axis.
class QtChartCanvas : public QChartView, public ChartCanvas
{
public:
    QtChartCanvas(const QString &title, QWidget *parent);

    QWidget *widget() override;
    void plot(Kind kind, const QStringList &categories, const QList<ChartSeries> &series) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    /// The chart draws with its own theme: made to follow the widget's palette.
    void applyPalette();
    void clear();
    void addAxes(const QStringList &categories, int largest);
    void plotBars(const QList<ChartSeries> &series);
    void plotLines(const QList<ChartSeries> &series);
};

} // namespace Lectern
