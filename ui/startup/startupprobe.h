// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace Lectern {

/// For the start-up benchmark: when LECTERN_EXIT_AFTER_PAINT=MS is set, prints
/// "first-paint" the moment the window's first frame is painted, waits MS
/// milliseconds idle, prints "rss-kb N" (VmRSS from /proc) and quits. The
/// benchmark times the process from start to the first line, so start-up
/// costs outside main() count too.
class StartupProbe : public QObject
{
    Q_OBJECT
public:
    /// Does nothing unless the variable is set.
    static void watch(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    StartupProbe(QWidget *window, int idleMs);
    void painted();

    int m_idleMs = 0;
    bool m_seen = false;
};

} // namespace Lectern
