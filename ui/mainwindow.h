// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/searchengine.h"
#include "indexing/librarystore.h"

#include <QMainWindow>

class QSplitter;
class QUndoGroup;

namespace Lectern {

class ArticleAnnotations;
class ArticleSuggestions;
class ClaimActions;
class ClaimsBrowser;
class ClaimsOutlineModel;
class ClaimsPane;
class Database;
class FindBar;
class LazyPage;
class LibraryActions;
class LibraryEdits;
class LibraryModel;
class LibraryPane;
class MainToolBar;
class ReadOnlyBanner;
class ReaderView;
class SearchResultsModel;
class SelectionToolBar;
class SidePanel;
class SuggestionActions;
class SuggestionLearner;
class SuggestionsPane;
class Taxonomy;
class WelcomePane;

/// Library on the left, the reader in the middle, the side panel on the right.
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
    qint64 currentArticleId() const { return m_currentArticle; }

    LibraryPane *libraryPane() const { return m_libraryPane; }
    ReaderView *reader() const { return m_reader; }
    SidePanel *sidePanel() const { return m_sidePanel; }
    ArticleAnnotations *annotations() const { return m_annotations; }
    Taxonomy *taxonomy() const { return m_taxonomy; }
    ClaimActions *claimActions() const { return m_claimActions; }
    ClaimsPane *claimsPane() const;
    FindBar *findBar() const { return m_findBar; }
    ArticleSuggestions *suggestions() const { return m_suggestions; }
    SuggestionActions *suggestionActions() const { return m_suggestionActions; }
    SuggestionsPane *suggestionsPane() const;
    /// The library-wide claims window (View ▸ Claims in Library), made on first use.
    ClaimsBrowser *showClaimsBrowser();

    enum class ColorScheme { System, Light, Dark };
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
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createSuggestions();
    void createLibraryManagement();
    /// After the open article went to the Trash: the reader shows none.
    void closeArticle();
    void addSampleArticles();
    void createMenus();
    void createViewMenu();
    void createTagsMenu();
    void manageTags();
    void reattachClaim(qint64 claimId);
    void saveReadingPosition();
    void applyTypography(const QString &family, qreal lineHeight);
    void restoreSettings();
    void saveSettings() const;
    void chooseFilesToImport();
    void chooseFolderToImport();
    void exportNotes();
    void importAnnotations();
    void restoreRemovedLine(int index);
    void updateStatus();
    /// Another process (the command line) wrote to the library.
    void showChangesMadeElsewhere();
    void fillSidePanel();
    ClaimsPane *createClaimsPane(QWidget *parent);
    SuggestionsPane *createSuggestionsPane(QWidget *parent);

    Database &m_database;
    LibraryStore m_store;
    SearchEngine m_searchEngine;
    // The models before the widgets: they need no fonts, which a worker
    // may still be reading at start (FontDatabaseWarmer).
    LibraryModel *m_libraryModel;
    SearchResultsModel *m_searchModel;
    Taxonomy *m_taxonomy;
    ArticleAnnotations *m_annotations;
    ClaimsOutlineModel *m_claimsModel;
    // The model learns from every claim tagged here; suggestions show on request.
    SuggestionLearner *m_learner;
    ArticleSuggestions *m_suggestions;
    LibraryPane *m_libraryPane;
    ReaderView *m_reader;
    SidePanel *m_sidePanel;
    ClaimActions *m_claimActions;
    LazyPage *m_claimsPage;
    SelectionToolBar *m_selectionToolBar;
    WelcomePane *m_welcome = nullptr;
    FindBar *m_findBar;
    SuggestionActions *m_suggestionActions = nullptr;
    LazyPage *m_suggestionsPage = nullptr;
    LibraryEdits *m_libraryEdits = nullptr;
    LibraryActions *m_libraryActions = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QMenu *m_tagsMenu = nullptr;
    MainToolBar *m_toolBar = nullptr;
    ClaimsBrowser *m_claimsBrowser = nullptr;
    QSplitter *m_splitter;
    ReadOnlyBanner *m_readOnlyBanner = nullptr;
    qint64 m_currentArticle = 0;
    // An opened article fills the side panel once its text is painted:
    // related articles and the summary are not needed to draw it.
    bool m_starting = true;
    bool m_sidePanelPending = false;
    bool m_painted = false;
};

} // namespace Lectern
