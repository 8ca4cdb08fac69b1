// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"
#include "mainwindowapplication.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Subcommands, --help and --version never need a display.
    if (Lectern::CommandLine::handles(arguments)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("lectern"));
        QCoreApplication::setOrganizationName(QStringLiteral("lectern"));
        QCoreApplication::setApplicationVersion(QStringLiteral(LECTERN_VERSION));
        return Lectern::CommandLine().run(QCoreApplication::arguments());
    }
    return Lectern::MainWindowApplication::run(argc, argv);
}
