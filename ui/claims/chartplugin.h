// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtPlugin>

class QString;
class QWidget;

namespace Lectern {

class ChartCanvas;

/// Makes charts. The charts plugin implements it with Qt Charts, and the
/// claims browser loads it when it first opens (PluginLibrary): Qt Charts
/// and the OpenGL libraries it links would otherwise load at every start.
class ChartPlugin
{
public:
    virtual ~ChartPlugin() = default;
    /// An empty chart with this title, owned by parent.
    virtual ChartCanvas *createCanvas(const QString &title, QWidget *parent) const = 0;
};

} // namespace Lectern

#define LecternChartPlugin_iid "org.lectern.ChartPlugin/1"
Q_DECLARE_INTERFACE(Lectern::ChartPlugin, LecternChartPlugin_iid)
