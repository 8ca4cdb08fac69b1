// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startupprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace Lectern {

namespace {
const char variable[] = "LECTERN_EXIT_AFTER_PAINT";

qint64 residentKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
} // namespace

void StartupProbe::watch(QWidget *window)
{
    if (!qEnvironmentVariableIsSet(variable))
        return;
    window->installEventFilter(new StartupProbe(window, qEnvironmentVariableIntValue(variable)));
}

StartupProbe::StartupProbe(QWidget *window, int idleMs)
    : QObject(window)
    , m_idleMs(idleMs)
{
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    // The filter sees the paint event before the window draws; the frame is
    // complete (children painted, back store flushed) once control returns
    // to the event loop.
    if (event->type() == QEvent::Paint && !m_seen) {
        m_seen = true;
        QTimer::singleShot(0, this, &StartupProbe::painted);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::painted()
{
    std::printf("first-paint\n");
    std::fflush(stdout);
    QTimer::singleShot(m_idleMs, this, [] {
        std::printf("rss-kb %lld\n", residentKilobytes());
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
}

} // namespace Lectern
