// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowsettings.h"

#include "panel/sidepanel.h"

#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

namespace Lectern {

void WindowSettings::restore(QMainWindow *window, QSplitter *splitter, SidePanel *panel)
{
    QSettings settings;
    if (!window->restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        window->resize(1400, 900);
    window->restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        splitter->setSizes({330, 740, 330});
    panel->setCurrentIndex(settings.value(QStringLiteral("window/sideTab"), 0).toInt());
}

void WindowSettings::save(const QMainWindow *window, const QSplitter *splitter, const SidePanel *panel)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), window->saveGeometry());
    settings.setValue(QStringLiteral("window/state"), window->saveState());
    settings.setValue(QStringLiteral("window/splitter"), splitter->saveState());
    settings.setValue(QStringLiteral("window/sideTab"), panel->currentIndex());
}

} // namespace Lectern
