// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation/claimstatistics.h"

#include <QWidget>

#include <optional>

namespace Lectern {

class ChartCanvas;
class Taxonomy;

/// Charts of the claims shown: claims per tag, per tag over the years of
/// publication, and stances side by side per tag. The charts plugin draws
/// them; without it the view says why there are no charts.
class ClaimChartsView : public QWidget
{
    Q_OBJECT
public:
    explicit ClaimChartsView(Taxonomy *taxonomy, QWidget *parent = nullptr);

    void setStatistics(const ClaimStatistics &statistics);
    /// nullptr when the charts plugin could not be loaded.
    ChartCanvas *perTagChart() const;
    ChartCanvas *stanceChart() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void plotPerTag(const ClaimStatistics &statistics);
    void plotOverTime(const ClaimStatistics &statistics);
    void plotStances(const ClaimStatistics &statistics);

    Taxonomy *m_taxonomy;
    ChartCanvas *m_perTag = nullptr;
    ChartCanvas *m_overTime = nullptr;
    ChartCanvas *m_stances = nullptr;
    std::optional<ClaimStatistics> m_statistics;
};

} // namespace Lectern
