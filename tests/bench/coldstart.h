// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchrow.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>

/// Times `lectern` from process start to its first painted main window on a
/// copy of a generated library, beside lectern-bare-window started the same
/// way, and reads both processes' resident memory after they sit idle.
class ColdStart
{
public:
    ColdStart(const QString &binDir, const QString &workDir);

    bool run(const QString &library, QString *error);
    QList<BenchRow> rows() const { return m_rows; }

    // Each start takes well under 0.1 s, and this machine's starts vary by
    // several milliseconds from one to the next: enough runs for a steady median.
    static constexpr int runs = 21;
    static constexpr int idleMs = 3000;

private:
    struct Launch {
        double firstPaintMs = -1;
        qint64 residentKb = -1;
        QString error;
    };
    Launch launch(const QString &program, const QStringList &arguments, int idle) const;
    bool copyLibrary(const QString &library, QString *error) const;
    bool settleCopy(QString *error) const;

    QString m_binDir;
    QString m_workDir;
    QString m_library;
    QProcessEnvironment m_environment;
    QList<BenchRow> m_rows;
};
