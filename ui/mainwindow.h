// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/searchengine.h"
#include "store/librarystore.h"

#include <QMainWindow>

class QSplitter;

namespace Lectern {

class Database;
class LibraryModel;
class LibraryPane;
class ReaderView;
class SearchResultsModel;
class SidePanel;

/// Library on the left, the reader in the middle, the side panel on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Database &database, QWidget *parent = nullptr);
    ~MainWindow() override;

    void importPaths(const QStringList &paths);
    void openArticle(qint64 articleId, bool atSearchMatch = false);
    qint64 currentArticleId() const { return m_currentArticle; }

    LibraryPane *libraryPane() const { return m_libraryPane; }
    ReaderView *reader() const { return m_reader; }
    SidePanel *sidePanel() const { return m_sidePanel; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void restoreSettings();
    void saveSettings() const;
    void chooseFilesToImport();
    void chooseFolderToImport();
    void restoreRemovedLine(int index);
    void updateStatus();

    Database &m_database;
    LibraryStore m_store;
    SearchEngine m_searchEngine;
    LibraryModel *m_libraryModel;
    SearchResultsModel *m_searchModel;
    LibraryPane *m_libraryPane;
    ReaderView *m_reader;
    SidePanel *m_sidePanel;
    QSplitter *m_splitter;
    qint64 m_currentArticle = 0;
};

} // namespace Lectern
