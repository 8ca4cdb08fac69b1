// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QChart;
class QChartView;

namespace Lectern {

class Taxonomy;
struct ClaimStatistics;

/// Qt Charts of the claims shown: claims per tag, per tag over the years
/// of publication, and stances side by side per tag.
class ClaimChartsView : public QWidget
{
    Q_OBJECT
public:
    explicit ClaimChartsView(Taxonomy *taxonomy, QWidget *parent = nullptr);

    void setStatistics(const ClaimStatistics &statistics);
    QChart *perTagChart() const;
    QChart *overTimeChart() const;
    QChart *stanceChart() const;

private:
    void fillPerTag(const ClaimStatistics &statistics);
    void fillOverTime(const ClaimStatistics &statistics);
    void fillStances(const ClaimStatistics &statistics);

    Taxonomy *m_taxonomy;
    QChartView *m_perTag;
    QChartView *m_overTime;
    QChartView *m_stances;
};

} // namespace Lectern
