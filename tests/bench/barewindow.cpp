// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// lectern-bare-window: the reference for Lectern's cold start. A Qt Widgets
// main window of the same size with a menu bar, three panes and a status
// bar, and nothing behind them, timed by the same StartupProbe.
#include "startup/startupprobe.h"

#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QMainWindow>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTextEdit>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("&File"))->addAction(QStringLiteral("&Quit"), &window, &QWidget::close);
    auto *splitter = new QSplitter(&window);
    splitter->addWidget(new QListView(splitter));
    auto *text = new QTextEdit(splitter);
    text->setPlainText(QStringLiteral("A bare window."));
    splitter->addWidget(text);
    splitter->addWidget(new QLabel(QStringLiteral("Side"), splitter));
    window.setCentralWidget(splitter);
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1400, 900);
    Lectern::StartupProbe::watch(&window);
    window.show();
    return QApplication::exec();
}
