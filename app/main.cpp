// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"
#include "cli/exportcommands.h"
#include "i18n/interfacelanguage.h"
#include "mainwindowapplication.h"
#include "store/corruptionwatch.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char **argv)
{
    // Before SQLite opens anything: damage met by any query is heard.
    Lectern::CorruptionWatch::install();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Subcommands, --help and --version never need a display.
    if (Lectern::CommandLine::handles(arguments)) {
        // PDF and ODT export lay out text, which needs fonts: a GUI
        // application on the offscreen platform, still no display.
        std::unique_ptr<QCoreApplication> app;
        if (Lectern::ExportCommands::needsGuiApplication(arguments)) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        QCoreApplication::setApplicationName(QStringLiteral("lectern"));
        QCoreApplication::setOrganizationName(QStringLiteral("lectern"));
        QCoreApplication::setApplicationVersion(QStringLiteral(LECTERN_VERSION));
        // Messages and help follow the window's language; JSON keys stay English.
        Lectern::InterfaceLanguage::install(*app, Lectern::InterfaceLanguage::fromArguments(arguments));
        return Lectern::CommandLine().run(QCoreApplication::arguments());
    }
    return Lectern::MainWindowApplication::run(argc, argv);
}
