// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimchartsview.h"

#include "annotation/claimstatistics.h"
#include "annotation/taxonomy.h"
#include "chartcanvas.h"
#include "chartplugin.h"
#include "plugin/pluginlibrary.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>

namespace Lectern {

ClaimChartsView::ClaimChartsView(Taxonomy *taxonomy, QWidget *parent)
    : QWidget(parent)
    , m_taxonomy(taxonomy)
{
    auto *layout = new QGridLayout(this);
    QString error;
    const ChartPlugin *charts = PluginLibrary::load<ChartPlugin>(QStringLiteral("lectern_charts"), &error);
    if (!charts) {
        auto *missing = new QLabel(tr("Charts cannot be shown: %1.").arg(error), this);
        missing->setWordWrap(true);
        missing->setAlignment(Qt::AlignCenter);
        layout->addWidget(missing, 0, 0);
        return;
    }
    m_perTag = charts->createCanvas(tr("Claims per tag"), this);
    m_overTime = charts->createCanvas(tr("Claims per tag by year of publication"), this);
    m_stances = charts->createCanvas(tr("Stances per tag"), this);
    layout->addWidget(m_perTag->widget(), 0, 0);
    layout->addWidget(m_stances->widget(), 0, 1);
    layout->addWidget(m_overTime->widget(), 1, 0, 1, 2);
}

ChartCanvas *ClaimChartsView::perTagChart() const
{
    return m_perTag;
}

ChartCanvas *ClaimChartsView::stanceChart() const
{
    return m_stances;
}

void ClaimChartsView::setStatistics(const ClaimStatistics &statistics)
{
    if (!m_perTag)
        return;
    plotPerTag(statistics);
    plotOverTime(statistics);
    plotStances(statistics);
    m_statistics = statistics;
}

void ClaimChartsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The stances are drawn in shades of the text colour.
    if (event->type() == QEvent::PaletteChange && m_stances && m_statistics)
        plotStances(*m_statistics);
}

void ClaimChartsView::plotPerTag(const ClaimStatistics &statistics)
{
    // One set per tag, so each bar has its tag's colour and a legend entry.
    QList<ChartSeries> tags;
    for (const qint64 tag : statistics.tags)
        tags.append({m_taxonomy->path(tag), m_taxonomy->color(tag), {statistics.perTag.value(tag)}});
    m_perTag->plot(ChartCanvas::Kind::Bars, {tr("Claims")}, tags);
}

void ClaimChartsView::plotOverTime(const ClaimStatistics &statistics)
{
    const QStringList years = statistics.perYear.keys();
    QList<ChartSeries> lines;
    for (const qint64 tag : statistics.tags) {
        ChartSeries line{m_taxonomy->path(tag), m_taxonomy->color(tag), {}};
        for (const QString &year : years)
            line.values.append(statistics.perYear.value(year).value(tag));
        lines.append(line);
    }
    m_overTime->plot(ChartCanvas::Kind::Lines, years, lines);
}

void ClaimChartsView::plotStances(const ClaimStatistics &statistics)
{
    // Shades of the text colour and a hatch: any hue could be a tag's.
    const QColor ink = palette().color(QPalette::WindowText);
    const QColor base = palette().color(QPalette::Base);
    const QColor faint = QColor::fromRgbF((ink.redF() + base.redF()) / 2, (ink.greenF() + base.greenF()) / 2, (ink.blueF() + base.blueF()) / 2);
    const std::tuple<Claim::Stance, QColor, Qt::BrushStyle> stances[] = {
        {Claim::Stance::Supports, ink, Qt::SolidPattern},
        {Claim::Stance::Opposes, ink, Qt::BDiagPattern},
        {Claim::Stance::Neutral, faint, Qt::SolidPattern},
    };
    QStringList names;
    for (const qint64 tag : statistics.tags)
        names << m_taxonomy->path(tag);
    QList<ChartSeries> sets;
    for (const auto &[stance, color, pattern] : stances) {
        ChartSeries set{Claim::stanceName(stance), color, {}, pattern};
        for (const qint64 tag : statistics.tags)
            set.values.append(statistics.claimsByStance.value(tag).at(size_t(stance)));
        sets.append(set);
    }
    m_stances->plot(ChartCanvas::Kind::Bars, names, sets);
}

} // namespace Lectern
