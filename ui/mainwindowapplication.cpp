// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindowapplication.h"
#include "frontend.h"

#include "export/lecternurl.h"
#include "i18n/interfacelanguage.h"
#include "dialogs/libraryrecovery.h"
#include "mainwindow.h"
#include "startup/fontdatabasewarmer.h"
#include "startup/startupprobe.h"
#include "store/database.h"
#include "store/librarycheck.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QScopeGuard>
#include <QTimer>
#include <QUrl>

namespace Lectern {

namespace {
struct Options {
    QString library;
    QString screenshot;
    QStringList files;
};

Options parseOptions()
{
    QCommandLineParser parser;
    const QCommandLineOption library(QStringLiteral("library"), QApplication::translate("Lectern::MainWindowApplication", "The library database."),
                                     QStringLiteral("path"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("Lectern::MainWindowApplication", "Save a picture of the window once loaded, then quit."),
                                        QStringLiteral("file"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QApplication::translate("Lectern::MainWindowApplication", "Use this language (fr, de, it, ja, en...) instead of the system's."),
                                      QStringLiteral("code"));
    parser.addOptions({library, screenshot, language});
    parser.process(QApplication::arguments());
    return {parser.isSet(library) ? parser.value(library) : Database::defaultPath(), parser.value(screenshot), parser.positionalArguments()};
}

void saveScreenshot(MainWindow *window, const QString &file)
{
    // Let the side panel and layout settle before the picture is taken.
    QTimer::singleShot(400, window, [window, file] {
        const bool saved = window->grab().save(file);
        if (!saved)
            qWarning("lectern: could not save the screenshot to %s", qPrintable(file));
        QApplication::exit(saved ? 0 : 1);
    });
}
} // namespace

int MainWindowApplication::run(int &argc, char **argv)
{
    FontDatabaseWarmer fonts;
    QApplication app(argc, argv);
    fonts.applicationCreated();
    // Done before the application goes, whichever way run() returns.
    const auto fontsRead = qScopeGuard([&fonts] {
        fonts.wait();
    });
    QApplication::setApplicationName(QStringLiteral("lectern"));
    QApplication::setApplicationDisplayName(QStringLiteral("Lectern"));
    QApplication::setOrganizationName(QStringLiteral("lectern"));
    QApplication::setApplicationVersion(QStringLiteral(LECTERN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.lectern.Lectern"));
    // Before the parser, whose help text is translated too.
    InterfaceLanguage::install(app, InterfaceLanguage::fromArguments(QApplication::arguments()));
    const Options options = parseOptions();

    int code = 0;
    {
        Database database;
        if (!LibraryRecovery::open(database, options.library))
            return 1;
        MainWindow window(database);
        StartupProbe::watch(&window);
        LibraryCheck check(database.path());
        QObject::connect(&window, &MainWindow::firstPainted, &check, &LibraryCheck::start);
        // After the first frame: the SVG icon engine brings Qt SVG, and the
        // window manager takes a new icon whenever it is set.
        QObject::connect(&window, &MainWindow::firstPainted, qApp, [] {
            QApplication::setWindowIcon(QIcon(QStringLiteral(":/lectern/icons/lectern.svg")));
        });
        QObject::connect(&check, &LibraryCheck::damageFound, &window, &MainWindow::showLibraryDamage);
        window.show();
        // lectern:// links (from exported notes, through the desktop file's
        // scheme handler) open their claim; file URLs and paths are imported.
        QStringList paths;
        for (const QString &argument : options.files) {
            if (LecternUrl::isLecternUrl(argument))
                window.openLink(argument);
            else
                paths << (argument.startsWith(QLatin1StringView("file:")) ? QUrl(argument).toLocalFile() : argument);
        }
        if (!paths.isEmpty())
            window.importPaths(paths);
        if (!options.screenshot.isEmpty())
            saveScreenshot(&window, options.screenshot);
        code = QApplication::exec();
    }
    // Only now is the library closed: a new Lectern may move it aside.
    LibraryRecovery::restartIfRequested(options.library);
    return code;
}

int runWindow(int &argc, char **argv)
{
    return MainWindowApplication::run(argc, argv);
}

} // namespace Lectern
