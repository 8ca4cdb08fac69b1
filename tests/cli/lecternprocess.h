// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QStringList>

namespace Lectern {

/// What one run of the built lectern binary printed and returned.
struct LecternRun {
    int code = -1;
    QString out;
    QString err;
};

/// Runs the lectern binary without a display, as a script would.
inline LecternRun runLectern(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LECTERN_BINARY), arguments);
    if (!process.waitForFinished(60000))
        qFatal("lectern did not finish");
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace Lectern
