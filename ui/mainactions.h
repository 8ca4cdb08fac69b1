// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/schemepalette.h"

#include <QObject>

class QMenu;
class QUndoGroup;

namespace Lectern {

class ClaimsBrowser;
class ImportExportFlow;
class LibraryActions;
class LibraryEdits;
class MainToolBar;
class MainWindow;

/// The main window's menus and toolbar: every action of File, Edit, View,
/// Tags and Help, wired to the window's parts, and the view settings they
/// keep (colours, typeface, line spacing).
class MainActions : public QObject
{
    Q_OBJECT
public:
    MainActions(MainWindow *window, LibraryActions *libraryActions, LibraryEdits *libraryEdits, ImportExportFlow *flow);

    /// The library-wide claims window (View ▸ Claims in Library), made on first use.
    ClaimsBrowser *showClaimsBrowser();
    /// Reads the library's claims again, when the window shows.
    void reloadClaimsBrowser();

private:
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    /// Returns the scheme chosen last time, to apply once the menus are made.
    SchemePalette::Scheme createSchemeMenu(QMenu *view);
    void createTypographyMenus(QMenu *view);
    void createTagsMenu();
    void createHelpMenu();
    void applyTypography(const QString &family, qreal lineHeight);

    MainWindow *m_window;
    LibraryActions *m_libraryActions;
    LibraryEdits *m_libraryEdits;
    ImportExportFlow *m_flow;
    QUndoGroup *m_undoGroup;
    MainToolBar *m_toolBar = nullptr;
    QMenu *m_tagsMenu = nullptr;
    ClaimsBrowser *m_claimsBrowser = nullptr;
};

} // namespace Lectern
