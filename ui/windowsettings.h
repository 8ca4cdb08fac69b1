// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QMainWindow;
class QSplitter;

namespace Lectern {

class SidePanel;

/// The window's size, place, splitter and side panel tab, kept from one run to the next.
class WindowSettings
{
public:
    static void restore(QMainWindow *window, QSplitter *splitter, SidePanel *panel);
    static void save(const QMainWindow *window, const QSplitter *splitter, const SidePanel *panel);
};

} // namespace Lectern
