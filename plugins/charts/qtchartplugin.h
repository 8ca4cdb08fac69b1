// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claims/chartplugin.h"

#include <QObject>

namespace Lectern {

/// ChartPlugin by Qt Charts.
class QtChartPlugin : public QObject, public ChartPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID LecternChartPlugin_iid)
    Q_INTERFACES(Lectern::ChartPlugin)
public:
    ChartCanvas *createCanvas(const QString &title, QWidget *parent) const override;
};

} // namespace Lectern
