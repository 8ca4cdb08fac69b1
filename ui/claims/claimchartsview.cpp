// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimchartsview.h"

#include "annotation/claimstatistics.h"
#include "annotation/taxonomy.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLineSeries>
#include <QValueAxis>

namespace Lectern {

namespace {
QChartView *makeView(const QString &title, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

void reset(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

void attach(QChart *chart, QAbstractSeries *series, const QStringList &categories, int largest)
{
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, std::max(1, largest));
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}
} // namespace

ClaimChartsView::ClaimChartsView(Taxonomy *taxonomy, QWidget *parent)
    : QWidget(parent)
    , m_taxonomy(taxonomy)
    , m_perTag(makeView(tr("Claims per tag"), this))
    , m_overTime(makeView(tr("Claims per tag by year of publication"), this))
    , m_stances(makeView(tr("Stances per tag"), this))
{
    auto *layout = new QGridLayout(this);
    layout->addWidget(m_perTag, 0, 0);
    layout->addWidget(m_stances, 0, 1);
    layout->addWidget(m_overTime, 1, 0, 1, 2);
}

QChart *ClaimChartsView::perTagChart() const
{
    return m_perTag->chart();
}

QChart *ClaimChartsView::overTimeChart() const
{
    return m_overTime->chart();
}

QChart *ClaimChartsView::stanceChart() const
{
    return m_stances->chart();
}

void ClaimChartsView::setStatistics(const ClaimStatistics &statistics)
{
    fillPerTag(statistics);
    fillOverTime(statistics);
    fillStances(statistics);
}

void ClaimChartsView::fillPerTag(const ClaimStatistics &statistics)
{
    QChart *chart = m_perTag->chart();
    reset(chart);
    auto *series = new QBarSeries;
    QStringList names;
    int largest = 0;
    // One set per tag, so each bar has its tag's colour and a legend entry.
    for (const qint64 tag : statistics.tags) {
        auto *set = new QBarSet(m_taxonomy->path(tag));
        set->setColor(m_taxonomy->color(tag));
        *set << statistics.perTag.value(tag);
        series->append(set);
        largest = std::max(largest, statistics.perTag.value(tag));
    }
    names << tr("Claims");
    attach(chart, series, names, largest);
}

void ClaimChartsView::fillOverTime(const ClaimStatistics &statistics)
{
    QChart *chart = m_overTime->chart();
    reset(chart);
    const QStringList years = statistics.perYear.keys();
    if (years.isEmpty())
        return;
    int largest = 0;
    QList<QLineSeries *> lines;
    for (const qint64 tag : statistics.tags) {
        auto *line = new QLineSeries;
        line->setName(m_taxonomy->path(tag));
        line->setColor(m_taxonomy->color(tag));
        line->setPointsVisible(true);
        for (qsizetype i = 0; i < years.size(); ++i) {
            const int count = statistics.perYear.value(years.at(i)).value(tag);
            largest = std::max(largest, count);
            line->append(double(i), double(count));
        }
        lines << line;
    }
    auto *x = new QBarCategoryAxis;
    x->append(years);
    chart->addAxis(x, Qt::AlignBottom);
    auto *y = new QValueAxis;
    y->setRange(0, std::max(1, largest));
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *line : std::as_const(lines)) {
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
}

void ClaimChartsView::fillStances(const ClaimStatistics &statistics)
{
    QChart *chart = m_stances->chart();
    reset(chart);
    const std::pair<Claim::Stance, QColor> stances[] = {
        {Claim::Stance::Supports, QColor(0x00, 0x9e, 0x73)},
        {Claim::Stance::Opposes, QColor(0xd5, 0x5e, 0x00)},
        {Claim::Stance::Neutral, QColor(0x99, 0x99, 0x99)},
    };
    auto *series = new QBarSeries;
    QStringList names;
    for (const qint64 tag : statistics.tags)
        names << m_taxonomy->path(tag);
    int largest = 0;
    for (const auto &[stance, color] : stances) {
        auto *set = new QBarSet(Claim::stanceName(stance));
        set->setColor(color);
        for (const qint64 tag : statistics.tags) {
            const int count = statistics.claimsByStance.value(tag).at(size_t(stance));
            *set << count;
            largest = std::max(largest, count);
        }
        series->append(set);
    }
    attach(chart, series, names, largest);
}

} // namespace Lectern
