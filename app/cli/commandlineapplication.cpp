// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandlineapplication.h"

#include "commandline.h"
#include "exportcommands.h"
#include "i18n/interfacelanguage.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

namespace Lectern {

namespace {
QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}
} // namespace

bool CommandLineApplication::handles(int argc, char **argv)
{
    return CommandLine::handles(argumentsOf(argc, argv));
}

int CommandLineApplication::run(int &argc, char **argv)
{
    const QStringList arguments = argumentsOf(argc, argv);
    // PDF and ODT export lay out text, which needs fonts: a GUI
    // application on the offscreen platform, still no display.
    std::unique_ptr<QCoreApplication> app;
    if (ExportCommands::needsGuiApplication(arguments)) {
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
    InterfaceLanguage::install(*app, InterfaceLanguage::fromArguments(arguments));
    return CommandLine().run(QCoreApplication::arguments());
}

} // namespace Lectern
