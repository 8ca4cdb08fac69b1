// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "panel/articlepages.h"
#include "search/searchengine.h"
#include "settings/schemepalette.h"

#include <QMainWindow>

class QSplitter;

namespace Lectern {

class ClaimActions;
class ClaimsBrowser;
class ClaimsPane;
class Database;
class FindBar;
class ImportExportFlow;
class LibraryActions;
class LibraryEdits;
class LibraryModel;
class LibraryPane;
class MainActions;
class ReadOnlyBanner;
class ReaderView;
class ReadingSession;
class SearchResultsModel;
class SelectionToolBar;
class SidePanel;
class SuggestionActions;
class SuggestionsPane;
class WelcomePane;

/// Library on the left, the reader in the middle, the side panel on the
/// right: the widgets that show a ReadingSession, and their wiring. The
/// menus and toolbar are MainActions'.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Database &database, QWidget *parent = nullptr);
    ~MainWindow() override;

    void importPaths(const QStringList &paths);
    void openArticle(qint64 articleId, bool atSearchMatch = false);
    /// Opens a lectern://article/ID#claim-ID link at its article and claim.
    bool openLink(const QString &url);
    /// The open article, its claims and their undo history, the codebook, the suggestions.
    ReadingSession *session() const { return m_session; }

    LibraryPane *libraryPane() const { return m_libraryPane; }
    ReaderView *reader() const { return m_reader; }
    SidePanel *sidePanel() const { return m_sidePanel; }
    ClaimActions *claimActions() const { return m_claimActions; }
    ClaimsPane *claimsPane() const { return m_pages->claimsPane(); }
    FindBar *findBar() const { return m_findBar; }
    SuggestionActions *suggestionActions() const { return m_suggestionActions; }
    SuggestionsPane *suggestionsPane() const { return m_pages->suggestionsPane(); }
    /// The library-wide claims window (View ▸ Claims in Library), made on first use.
    ClaimsBrowser *showClaimsBrowser();

    using ColorScheme = SchemePalette::Scheme;
    void setColorScheme(ColorScheme scheme);

    /// Damage found after opening (LibraryCheck): stops writes, says so in
    /// the banner and offers to restart into the recovery.
    void showLibraryDamage(const QString &problem);

Q_SIGNALS:
    /// Once, when the first frame is on screen: the time for work the
    /// window does not need to show itself.
    void firstPainted();

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createReaderColumn();
    void createSuggestions();
    void createLibraryManagement();
    void connectImportExport();
    /// After the open article went to the Trash: the reader shows none.
    void closeArticle();
    void addSampleArticles();
    void restoreRemovedLine(int index);
    void updateStatus();
    /// Another process (the command line) wrote to the library.
    void showChangesMadeElsewhere();
    void fillSidePanel();

    Database &m_database;
    SearchEngine m_searchEngine;
    // The models before the widgets: they need no fonts, which a worker
    // may still be reading at start (FontDatabaseWarmer).
    ReadingSession *m_session;
    LibraryModel *m_libraryModel;
    SearchResultsModel *m_searchModel;
    LibraryPane *m_libraryPane;
    ReaderView *m_reader;
    SidePanel *m_sidePanel;
    ClaimActions *m_claimActions;
    SelectionToolBar *m_selectionToolBar;
    WelcomePane *m_welcome = nullptr;
    FindBar *m_findBar;
    SuggestionActions *m_suggestionActions = nullptr;
    ArticlePages *m_pages = nullptr;
    LibraryEdits *m_libraryEdits = nullptr;
    LibraryActions *m_libraryActions = nullptr;
    ImportExportFlow *m_importExport = nullptr;
    MainActions *m_actions = nullptr;
    QSplitter *m_splitter;
    ReadOnlyBanner *m_readOnlyBanner = nullptr;
    // An opened article fills the side panel once its text is painted:
    // related articles and the summary are not needed to draw it.
    bool m_starting = true;
    bool m_sidePanelPending = false;
    bool m_painted = false;
};

} // namespace Lectern
