// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "qtchartcanvas.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace Lectern {

QtChartCanvas::QtChartCanvas(const QString &title, QWidget *parent)
    : QChartView(new QChart, parent)
{
    chart()->setTitle(title);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    applyPalette();
}

void QtChartCanvas::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void QtChartCanvas::applyPalette()
{
    const QColor text = palette().color(QPalette::WindowText);
    chart()->setBackgroundBrush(palette().color(QPalette::Base));
    chart()->setTitleBrush(text);
    chart()->legend()->setLabelColor(text);
    QColor grid = text;
    grid.setAlphaF(0.2);
    for (QAbstractAxis *axis : chart()->axes()) {
        axis->setLabelsBrush(text);
        axis->setLinePenColor(text);
        axis->setGridLineColor(grid);
    }
}

QWidget *QtChartCanvas::widget()
{
    return this;
}

void QtChartCanvas::plot(Kind kind, const QStringList &categories, const QList<ChartSeries> &series)
{
    clear();
    if (categories.isEmpty())
        return;
    int largest = 0;
    for (const ChartSeries &one : series)
        largest = std::max(largest, one.values.isEmpty() ? 0 : *std::max_element(one.values.begin(), one.values.end()));
    addAxes(categories, largest);
    if (kind == Kind::Bars)
        plotBars(series);
    else
        plotLines(series);
}

void QtChartCanvas::clear()
{
    chart()->removeAllSeries();
    for (QAbstractAxis *axis : chart()->axes()) {
        chart()->removeAxis(axis);
        delete axis;
    }
}

void QtChartCanvas::addAxes(const QStringList &categories, int largest)
{
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart()->addAxis(x, Qt::AlignBottom);
    // Counts are whole: ticks every 1, 2, 5, 10, 20, … claims, at most five
    // steps, the top on a tick.
    int step = 1;
    for (int factor = 0; (std::max(1, largest) + step - 1) / step > 5; ++factor)
        step = (factor % 3 == 1 ? 5 : 2) * step / (factor % 3 == 1 ? 2 : 1);
    auto *y = new QValueAxis;
    y->setRange(0, (std::max(1, largest) + step - 1) / step * step);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(step);
    y->setLabelFormat(QStringLiteral("%d"));
    chart()->addAxis(y, Qt::AlignLeft);
    applyPalette();
}

void QtChartCanvas::plotBars(const QList<ChartSeries> &series)
{
    auto *bars = new QBarSeries;
    for (const ChartSeries &one : series) {
        auto *set = new QBarSet(one.name);
        set->setBrush(QBrush(one.color, one.pattern));
        set->setBorderColor(one.color);
        for (const int value : one.values)
            *set << value;
        bars->append(set);
    }
    chart()->addSeries(bars);
    for (QAbstractAxis *axis : chart()->axes())
        bars->attachAxis(axis);
}

void QtChartCanvas::plotLines(const QList<ChartSeries> &series)
{
    for (const ChartSeries &one : series) {
        auto *line = new QLineSeries;
        line->setName(one.name);
        line->setColor(one.color);
        line->setPointsVisible(true);
        for (qsizetype i = 0; i < one.values.size(); ++i)
            line->append(double(i), double(one.values.at(i)));
        chart()->addSeries(line);
        for (QAbstractAxis *axis : chart()->axes())
            line->attachAxis(axis);
    }
}

} // namespace Lectern
