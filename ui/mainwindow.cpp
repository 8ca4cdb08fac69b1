// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "maintoolbar.h"
#include "dialogs/shortcutsdialog.h"
#include "settings/darkschemestyle.h"
#include "settings/languagemenu.h"
#include "startup/fontdatabasewarmer.h"

#include "annotation/articleannotations.h"
#include "annotation/claimsoutlinemodel.h"
#include "annotation/taxonomy.h"
#include "claims/claimsbrowser.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/exportdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/libraryrecovery.h"
#include "dialogs/tagsdialog.h"
#include "library/libraryactions.h"
#include "library/libraryedits.h"
#include "library/librarymodel.h"
#include "library/samplelibrary.h"
#include "library/librarypane.h"
#include "library/readonlybanner.h"
#include "panel/claimspane.h"
#include "panel/lazypage.h"
#include "panel/sidepanel.h"
#include "panel/suggestionspane.h"
#include "reader/claimactions.h"
#include "reader/claimhighlighter.h"
#include "reader/findbar.h"
#include "reader/readerview.h"
#include "reader/selectiontoolbar.h"
#include "reader/suggestionactions.h"
#include "reader/welcomepane.h"
#include "search/searchresultsmodel.h"
#include "store/database.h"
#include "export/annotationimporter.h"
#include "export/lecternurl.h"
#include "suggest/articlesuggestions.h"
#include "store/claimstore.h"
#include "store/librarywatcher.h"
#include "suggest/suggestionlearner.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QStyleFactory>
#include <QTimer>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace Lectern {

namespace {
/// The desktop theme's icon where there is one, else the style's own.
QIcon themeIcon(const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QLatin1StringView(name), QApplication::style()->standardIcon(fallback));
}
} // namespace

MainWindow::MainWindow(Database &database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_store(database)
    , m_searchEngine(database)
    , m_libraryModel(new LibraryModel(database, this))
    , m_searchModel(new SearchResultsModel(m_searchEngine, this))
    , m_taxonomy(new Taxonomy(database, this))
    , m_annotations(new ArticleAnnotations(database, this))
    , m_claimsModel(new ClaimsOutlineModel(m_annotations, m_taxonomy, this))
    , m_learner(new SuggestionLearner(database, m_taxonomy, this))
    , m_suggestions(new ArticleSuggestions(database, m_annotations, m_learner, this))
    // The widgets need fonts: at start a worker may still be reading them.
    , m_libraryPane((FontDatabaseWarmer::waitForRunningWarmer(), new LibraryPane(m_libraryModel, m_searchModel, this)))
    , m_reader(new ReaderView(this))
    , m_sidePanel(new SidePanel(this))
    , m_claimActions(new ClaimActions(m_reader, m_annotations, m_taxonomy, this))
    , m_claimsPage(new LazyPage(
          [this](QWidget *parent) {
              return createClaimsPane(parent);
          },
          this))
    , m_selectionToolBar(new SelectionToolBar(m_reader, m_claimActions))
    , m_findBar(new FindBar(m_reader, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setWindowTitle(tr("Lectern"));
    setAcceptDrops(true);
    m_reader->setAnnotations(m_annotations, m_taxonomy);
    m_sidePanel->insertTab(1, m_claimsPage, tr("Claims"));
    m_sidePanel->setTabToolTip(1, tr("The claims marked in this article, with their tags and notes"));
    m_sidePanel->attachLibrary(database);
    auto *readerColumn = new QWidget(this);
    auto *readerLayout = new QVBoxLayout(readerColumn);
    readerLayout->setContentsMargins(0, 0, 0, 0);
    readerLayout->setSpacing(0);
    m_readOnlyBanner = new ReadOnlyBanner(database, readerColumn);
    readerLayout->addWidget(m_readOnlyBanner);
    readerLayout->addWidget(m_reader, 1);
    m_welcome = new WelcomePane(readerColumn);
    readerLayout->addWidget(m_welcome, 1);
    connect(m_welcome, &WelcomePane::samplesRequested, this, &MainWindow::addSampleArticles);
    connect(m_welcome, &WelcomePane::importRequested, this, &MainWindow::chooseFilesToImport);
    readerLayout->addWidget(m_findBar);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_libraryPane);
    m_splitter->addWidget(readerColumn);
    m_splitter->addWidget(m_sidePanel);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    m_reader->viewport()->installEventFilter(this);
    createSuggestions();
    createLibraryManagement();
    createMenus();

    connect(m_libraryPane, &LibraryPane::articleActivated, this, &MainWindow::openArticle);
    connect(m_sidePanel, &SidePanel::restoreRemovedLineRequested, this, &MainWindow::restoreRemovedLine);
    connect(m_sidePanel, &SidePanel::articleActivated, this, [this](qint64 articleId) {
        openArticle(articleId);
    });
    connect(m_sidePanel, &SidePanel::passageActivated, this, [this](int start, int end) {
        m_reader->scrollToPosition(start);
        m_reader->selectRange(start, end);
    });
    connect(m_sidePanel, &SidePanel::topicActivated, this, [this](const QString &topic) {
        m_libraryPane->setTopicFilter(topic);
    });
    connect(m_claimActions, &ClaimActions::status, this, [this](const QString &message) {
        statusBar()->showMessage(message, 4000);
    });
    connect(m_annotations, &ArticleAnnotations::writeFailed, this, [this](const QString &message) {
        QMessageBox::critical(this, tr("Claim Not Saved"), tr("%1\n\nLibrary: %2").arg(message, m_database.path()));
    });
    // Merges and deletes rewrite claims' tags: show what the library holds.
    connect(m_taxonomy, &Taxonomy::changed, m_annotations, &ArticleAnnotations::reload);
    connect(m_annotations, &ArticleAnnotations::claimsChanged, this, [this] {
        m_libraryModel->updateClaimCount(m_annotations->articleId(), int(m_annotations->count()));
    });
    // What the command line writes while the window is open shows here.
    auto *watcher = new LibraryWatcher(database, this);
    connect(watcher, &LibraryWatcher::changed, this, &MainWindow::showChangesMadeElsewhere);
    watcher->start();
    restoreSettings();
    updateStatus();
    if (const qint64 last = QSettings().value(QStringLiteral("reader/lastArticle")).toLongLong();
        last > 0 && m_store.article(last) && !m_libraryEdits->isInTrash(last))
        openArticle(last);
    else if (m_libraryModel->rowCount() > 0)
        openArticle(m_libraryModel->index(0, 0).data(LibraryModel::ArticleIdRole).toLongLong());
    m_starting = false;
}

ClaimsPane *MainWindow::claimsPane() const
{
    return static_cast<ClaimsPane *>(m_claimsPage->content());
}

SuggestionsPane *MainWindow::suggestionsPane() const
{
    return static_cast<SuggestionsPane *>(m_suggestionsPage->content());
}

ClaimsPane *MainWindow::createClaimsPane(QWidget *parent)
{
    auto *pane = new ClaimsPane(m_claimsModel, m_taxonomy, parent);
    connect(pane, &ClaimsPane::claimActivated, m_reader, &ReaderView::revealClaim);
    connect(pane, &ClaimsPane::editRequested, this, [this](qint64 claimId) {
        m_claimActions->editClaim(claimId, true);
    });
    connect(pane, &ClaimsPane::removeRequested, m_annotations, &ArticleAnnotations::removeClaim);
    connect(pane, &ClaimsPane::reattachRequested, this, &MainWindow::reattachClaim);
    return pane;
}

SuggestionsPane *MainWindow::createSuggestionsPane(QWidget *parent)
{
    auto *pane = new SuggestionsPane(m_suggestions, m_taxonomy, m_suggestionActions->toggleAction(), parent);
    connect(pane, &SuggestionsPane::suggestionActivated, this, [this](int start, int end) {
        m_reader->selectRange(end, end);
        m_reader->ensureCursorVisible();
        m_reader->selectRange(start, start);
        m_reader->ensureCursorVisible();
        m_reader->setFocus();
    });
    return pane;
}

bool MainWindow::event(QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // The frame is complete once control is back in the event loop.
        QTimer::singleShot(0, this, &MainWindow::firstPainted);
    }
    return QMainWindow::event(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && m_sidePanelPending && watched == m_reader->viewport())
        QTimer::singleShot(0, this, &MainWindow::fillSidePanel);
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::fillSidePanel()
{
    if (!m_sidePanelPending)
        return;
    m_sidePanelPending = false;
    if (const std::optional<Article> article = m_store.article(m_currentArticle))
        m_sidePanel->showArticle(*article);
}

void MainWindow::showLibraryDamage(const QString &problem)
{
    m_database.makeReadOnly(tr("damage was found in it (%1)").arg(problem));
    m_readOnlyBanner->refresh();
    LibraryRecovery::offerRestart(this, m_database.path(), problem);
}

MainWindow::~MainWindow() = default;

void MainWindow::createLibraryManagement()
{
    m_libraryEdits = new LibraryEdits(m_database, this);
    m_libraryActions = new LibraryActions(m_libraryEdits, m_libraryPane, this);
    m_undoGroup = new QUndoGroup(this);
    connect(m_libraryActions, &LibraryActions::openRequested, this, [this](qint64 articleId) {
        openArticle(articleId);
    });
    connect(m_libraryActions, &LibraryActions::status, this, [this](const QString &message) {
        statusBar()->showMessage(message, 6000);
    });
    connect(m_libraryEdits, &LibraryEdits::trashChanged, this, [this](const QList<qint64> &articleIds, bool trashed) {
        m_libraryModel->refresh();
        if (trashed && articleIds.contains(m_currentArticle))
            closeArticle();
        updateStatus();
    });
    connect(m_libraryEdits, &LibraryEdits::detailsChanged, this, [this](qint64 articleId) {
        m_libraryModel->refresh();
        if (articleId == m_currentArticle)
            openArticle(articleId);
    });
    connect(m_libraryEdits, &LibraryEdits::writeFailed, this, [this](const QString &message) {
        QMessageBox::critical(this, tr("Library Not Changed"), tr("%1\n\nLibrary: %2").arg(message, m_database.path()));
    });
}

void MainWindow::closeArticle()
{
    m_currentArticle = 0;
    m_libraryActions->setOpenArticle(0);
    m_annotations->load(0, QString());
    m_reader->showArticle(Article());
    m_sidePanel->showArticle(Article());
    setWindowTitle(tr("Lectern"));
    QSettings().remove(QStringLiteral("reader/lastArticle"));
}

void MainWindow::createSuggestions()
{
    m_learner->watch(m_annotations);
    m_suggestionActions = new SuggestionActions(m_reader, m_suggestions, m_taxonomy);
    m_reader->setSuggestions(m_suggestions);
    m_claimActions->setSuggestions(m_suggestions);
    m_suggestionsPage = new LazyPage(
        [this](QWidget *parent) {
            return createSuggestionsPane(parent);
        },
        this);
    m_sidePanel->insertTab(2, m_suggestionsPage, tr("Suggestions"));
    m_sidePanel->setTabToolTip(2, tr("Sentences that read like claims, to accept or reject"));
    connect(m_suggestionActions, &SuggestionActions::status, this, [this](const QString &message) {
        statusBar()->showMessage(message, 4000);
    });
    connect(m_learner, &SuggestionLearner::writeFailed, this, [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *importFiles = file->addAction(themeIcon("document-import", QStyle::SP_DialogOpenButton), tr("&Import Files…"), this, &MainWindow::chooseFilesToImport);
    importFiles->setObjectName(QStringLiteral("importFiles"));
    importFiles->setIconText(tr("Import"));
    importFiles->setShortcut(QKeySequence::Open);
    importFiles->setStatusTip(tr("Import articles: text, Markdown, HTML, EPUB or PDF files"));
    QAction *importFolder = file->addAction(tr("Import &Folder…"), this, &MainWindow::chooseFolderToImport);
    importFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    file->addSeparator();
    QAction *exportNotes = file->addAction(themeIcon("document-export", QStyle::SP_DialogSaveButton), tr("&Export Notes…"), this, &MainWindow::exportNotes);
    exportNotes->setObjectName(QStringLiteral("exportNotes"));
    exportNotes->setIconText(tr("Export"));
    exportNotes->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addAction(tr("Import &Annotations…"), this, &MainWindow::importAnnotations);
    file->addSeparator();
    file->addAction(m_libraryActions->showTrashAction());
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // One Undo for two histories: the library's when the list has focus, else the article's.
    m_undoGroup->addStack(m_annotations->undoStack());
    m_undoGroup->addStack(m_libraryEdits->undoStack());
    m_undoGroup->setActiveStack(m_annotations->undoStack());
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && now->window() == this)
            m_undoGroup->setActiveStack(m_libraryPane->isAncestorOf(now) ? m_libraryEdits->undoStack() : m_annotations->undoStack());
    });
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addActions({undo, redo});
    edit->addSeparator();
    QAction *copy = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"), m_reader, &ReaderView::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    QAction *selectAll = edit->addAction(tr("Select &All"), m_reader, &ReaderView::selectAllText);
    selectAll->setShortcut(QKeySequence::SelectAll);
    edit->addSeparator();
    edit->addActions({m_libraryActions->editDetailsAction(), m_libraryActions->moveToTrashAction()});
    edit->addSeparator();
    QAction *search = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Search Library"), m_libraryPane, &LibraryPane::focusSearch);
    search->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)});
    QAction *find = edit->addAction(themeIcon("edit-find", QStyle::SP_FileDialogContentsView), tr("&Find in Article…"), m_findBar, &FindBar::activate);
    find->setObjectName(QStringLiteral("findInArticle"));
    find->setIconText(tr("Find"));
    find->setShortcut(QKeySequence::Find);
    QAction *findNext = edit->addAction(tr("Find &Next"), m_findBar, &FindBar::findNext);
    findNext->setShortcut(QKeySequence::FindNext);
    QAction *findPrevious = edit->addAction(tr("Find Pre&vious"), m_findBar, &FindBar::findPrevious);
    findPrevious->setShortcut(QKeySequence::FindPrevious);

    m_toolBar = new MainToolBar(m_claimActions, m_taxonomy, this);
    addToolBar(Qt::TopToolBarArea, m_toolBar);
    createViewMenu();
    createTagsMenu();
    m_toolBar->addWindowActions({importFiles, exportNotes, nullptr, findChild<QAction *>(QStringLiteral("claimsInLibrary")), m_suggestionActions->toggleAction(), find});

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Lectern"), this, [this] {
        AboutDialog(m_database, this).exec();
    });
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
    auto *shortcuts = new QAction(tr("&Keyboard Shortcuts…"), help);
    connect(shortcuts, &QAction::triggered, this, [this] {
        ShortcutsDialog(this, this).exec();
    });
    help->insertAction(about, shortcuts);
    help->insertSeparator(about);
}

ClaimsBrowser *MainWindow::showClaimsBrowser()
{
    if (!m_claimsBrowser) {
        m_claimsBrowser = new ClaimsBrowser(m_database, m_taxonomy, this);
        connect(m_claimsBrowser, &ClaimsBrowser::articleActivated, this, [this](qint64 articleId) {
            openArticle(articleId);
        });
        connect(m_claimsBrowser, &ClaimsBrowser::claimActivated, this, [this](qint64 articleId, qint64 claimId) {
            if (articleId != m_currentArticle)
                openArticle(articleId);
            m_reader->revealClaim(claimId);
            raise();
            activateWindow();
        });
    } else {
        m_claimsBrowser->reload();
    }
    if (!m_claimsBrowser->isVisible())
        m_claimsBrowser->placeOver(this);
    m_claimsBrowser->show();
    m_claimsBrowser->raise();
    return m_claimsBrowser;
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = view->addAction(tr("Zoom &In"), m_reader, &ReaderView::zoomInText);
    zoomIn->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn});
    QAction *zoomOut = view->addAction(tr("Zoom &Out"), m_reader, &ReaderView::zoomOutText);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *zoomReset = view->addAction(tr("&Reset Zoom"), m_reader, &ReaderView::resetZoom);
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    view->addSeparator();
    QAction *claims = view->addAction(themeIcon("view-list-details", QStyle::SP_FileDialogDetailedView), tr("&Claims in Library…"), this, &MainWindow::showClaimsBrowser);
    claims->setObjectName(QStringLiteral("claimsInLibrary"));
    claims->setIconText(tr("Claims"));
    claims->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    view->addSeparator();
    QAction *showLibrary = view->addAction(tr("Show &Library"));
    showLibrary->setCheckable(true);
    showLibrary->setChecked(true);
    showLibrary->setShortcut(QKeySequence(Qt::Key_F8));
    connect(showLibrary, &QAction::toggled, m_libraryPane, &QWidget::setVisible);
    QAction *showPanel = view->addAction(tr("Show Side &Panel"));
    showPanel->setCheckable(true);
    showPanel->setChecked(true);
    showPanel->setShortcut(QKeySequence(Qt::Key_F9));
    connect(showPanel, &QAction::toggled, m_sidePanel, &QWidget::setVisible);
    view->addAction(m_toolBar->toggleViewAction());
    QAction *fullScreen = view->addAction(tr("&Full Screen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });
    view->addSeparator();
    view->addActions({m_suggestionActions->toggleAction(), m_suggestionActions->acceptAction(), m_suggestionActions->rejectAction()});

    view->addSeparator();
    view->addMenu(new LanguageMenu(view));
    QMenu *scheme = view->addMenu(tr("&Colours"));
    auto *schemes = new QActionGroup(scheme);
    const QList<std::pair<QString, ColorScheme>> choices = {{tr("Follow the &System"), ColorScheme::System},
                                                            {tr("&Light"), ColorScheme::Light},
                                                            {tr("&Dark"), ColorScheme::Dark}};
    const auto saved = ColorScheme(QSettings().value(QStringLiteral("view/colorScheme"), 0).toInt());
    for (const auto &[label, value] : choices) {
        QAction *action = scheme->addAction(label, this, [this, value] {
            QSettings().setValue(QStringLiteral("view/colorScheme"), int(value));
            setColorScheme(value);
        });
        action->setCheckable(true);
        action->setChecked(value == saved);
        schemes->addAction(action);
    }
    QMenu *font = view->addMenu(tr("&Typeface"));
    auto *fonts = new QActionGroup(font);
    const QString family = QSettings().value(QStringLiteral("view/fontFamily"), QStringLiteral("serif")).toString();
    for (const auto &[label, value] : {std::pair{tr("&Serif"), QStringLiteral("serif")}, std::pair{tr("S&ans Serif"), QStringLiteral("sans-serif")}}) {
        QAction *action = font->addAction(label, this, [this, value] {
            QSettings().setValue(QStringLiteral("view/fontFamily"), value);
            applyTypography(value, QSettings().value(QStringLiteral("view/lineHeight"), 150).toReal());
        });
        action->setCheckable(true);
        action->setChecked(family == value);
        fonts->addAction(action);
    }
    QMenu *spacing = view->addMenu(tr("Line &Spacing"));
    auto *spacings = new QActionGroup(spacing);
    const qreal lineHeight = QSettings().value(QStringLiteral("view/lineHeight"), 150).toReal();
    for (const auto &[label, value] : {std::pair{tr("&Compact"), 125.0}, std::pair{tr("&Comfortable"), 150.0}, std::pair{tr("&Airy"), 180.0}}) {
        QAction *action = spacing->addAction(label, this, [this, value] {
            QSettings().setValue(QStringLiteral("view/lineHeight"), value);
            applyTypography(QSettings().value(QStringLiteral("view/fontFamily"), QStringLiteral("serif")).toString(), value);
        });
        action->setCheckable(true);
        action->setChecked(qFuzzyCompare(lineHeight, value));
        spacings->addAction(action);
    }
    applyTypography(family, lineHeight);
    setColorScheme(saved);
}

void MainWindow::applyTypography(const QString &family, qreal lineHeight)
{
    ArticleDocument::Style style = m_reader->typography();
    style.bodyFont.setFamily(family);
    style.bodyFont.setStyleHint(family == QLatin1StringView("serif") ? QFont::Serif : QFont::SansSerif);
    style.lineHeightPercent = lineHeight;
    m_reader->setTypography(style);
}

void MainWindow::setColorScheme(ColorScheme scheme)
{
    // Qt follows the desktop's scheme by itself; an override needs a palette
    // of our own, as not every platform theme honours setColorScheme().
    QPalette palette = QApplication::style()->standardPalette();
    if (scheme == ColorScheme::Dark) {
        palette = QPalette(QColor(0x2b, 0x2b, 0x2b), QColor(0x1e, 0x1e, 0x1e));
        palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        palette.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xa8));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        palette.setColor(QPalette::ToolTipBase, QColor(0x33, 0x33, 0x33));
        palette.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
        palette.setColor(QPalette::PlaceholderText, QColor(0x99, 0x99, 0x99));
        // WCAG: links and disabled text 4.5:1 on these backgrounds, box outlines 3:1.
        palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
        palette.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
        for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            palette.setColor(QPalette::Disabled, role, QColor(0x9e, 0x9e, 0x9e));
        palette.setColor(QPalette::Disabled, QPalette::Button, QColor(0x2b, 0x2b, 0x2b));
        palette.setColor(QPalette::Mid, QColor(0x8c, 0x8c, 0x8c)); // DarkSchemeStyle's rim
    }
    // Before the palette: a new style brings its own.
    const auto *proxied = qobject_cast<DarkSchemeStyle *>(QApplication::style());
    if (scheme == ColorScheme::Dark && !proxied) {
        if (QStyle *base = QStyleFactory::create(QApplication::style()->name()))
            QApplication::setStyle(new DarkSchemeStyle(base));
    } else if (scheme != ColorScheme::Dark && proxied) {
        QApplication::setStyle(QStyleFactory::create(proxied->baseStyle()->name()));
    }
    if (scheme == ColorScheme::System)
        QApplication::setPalette(QPalette());
    else
        QApplication::setPalette(palette);
    const QColor base = QApplication::palette().color(QPalette::Base);
    m_reader->setDarkMode(base.lightness() < 128);
}

void MainWindow::createTagsMenu()
{
    m_tagsMenu = menuBar()->addMenu(tr("&Tags"));
    const auto fill = [this] {
        m_tagsMenu->clear();
        m_claimActions->fillTagsMenu(m_tagsMenu);
        m_tagsMenu->addSeparator();
        m_tagsMenu->addAction(m_claimActions->noteAction());
        m_tagsMenu->addAction(m_claimActions->removeAction());
        m_tagsMenu->addAction(m_claimActions->stickyAction());
        m_tagsMenu->addSeparator();
        QAction *manage = m_tagsMenu->addAction(tr("&Manage Tags…"), this, &MainWindow::manageTags);
        manage->setStatusTip(tr("Add, rename, recolour, nest, merge and delete tags"));
        QAction *showRemoved = m_tagsMenu->addAction(tr("Show &Removed Lines"), m_sidePanel, &SidePanel::showRemovedLines);
        showRemoved->setStatusTip(tr("Lines the importer took out of the article as site boilerplate; each can be restored"));
    };
    connect(m_claimActions, &ClaimActions::tagActionsChanged, this, fill);
    fill();
}

void MainWindow::manageTags()
{
    QSet<qint64> before;
    for (const Tag &tag : m_taxonomy->tags())
        before.insert(tag.id);
    TagsDialog(m_taxonomy, this).exec();
    // Undo steps may name tags that a merge or delete took away.
    for (const Tag &tag : m_taxonomy->tags())
        before.remove(tag.id);
    if (!before.isEmpty())
        m_annotations->undoStack()->clear();
}

void MainWindow::reattachClaim(qint64 claimId)
{
    const auto [start, end] = m_reader->selectedRange();
    if (start == end) {
        QMessageBox::information(this, tr("Re-attach Claim"), tr("First select the text this claim should mark, then press Re-attach."));
        return;
    }
    if (m_annotations->reattach(claimId, start, end))
        statusBar()->showMessage(tr("The claim is attached to the selected text."), 4000);
}

void MainWindow::saveReadingPosition()
{
    if (m_currentArticle > 0)
        m_store.setReadingPosition(m_currentArticle, m_reader->topPosition());
}

void MainWindow::openArticle(qint64 articleId, bool atSearchMatch)
{
    const std::optional<Article> article = m_store.article(articleId);
    if (!article) {
        statusBar()->showMessage(tr("Article %1 is no longer in the library.").arg(articleId), 5000);
        return;
    }
    if (m_libraryEdits->isInTrash(articleId)) {
        statusBar()->showMessage(tr("“%1” is in the Trash: restore it from File › Trash to read it.").arg(article->title), 6000);
        return;
    }
    saveReadingPosition();
    m_currentArticle = articleId;
    m_libraryActions->setOpenArticle(articleId);
    m_welcome->hide();
    m_reader->show();
    m_libraryPane->showOpenArticle(articleId);
    m_annotations->load(articleId, article->canonicalText());
    m_reader->showArticle(*article);
    if (atSearchMatch)
        m_reader->revealFirstMatch(m_searchModel->terms());
    else if (const int position = m_store.readingPosition(articleId); position > 0)
        m_reader->scrollToPosition(position);
    // A hidden window paints nothing: it fills the panel at once.
    m_sidePanelPending = true;
    if (!m_starting && !m_reader->viewport()->isVisible())
        fillSidePanel();
    setWindowTitle(tr("%1 — Lectern").arg(article->title));
    // Only when it changes: QSettings writes its file through at once
    // (two fdatasync calls), and at start the article is the one saved.
    QSettings settings;
    if (settings.value(QStringLiteral("reader/lastArticle")).toLongLong() != articleId)
        settings.setValue(QStringLiteral("reader/lastArticle"), articleId);
}

void MainWindow::restoreRemovedLine(int index)
{
    // The panel may still list the previous article's lines until it fills.
    if (m_sidePanel->articleId() != m_currentArticle)
        return;
    QString error;
    if (!m_store.restoreRemovedLine(m_currentArticle, index, &error)) {
        QMessageBox::warning(this, tr("Cannot Restore the Line"), error);
        return;
    }
    openArticle(m_currentArticle);
    statusBar()->showMessage(tr("The line is back in the article (as a new text version)."), 5000);
}

void MainWindow::importPaths(const QStringList &paths)
{
    auto *dialog = new ImportDialog(m_database.path(), paths, this);
    connect(dialog, &ImportDialog::imported, this, [this](qint64 firstArticle) {
        m_libraryModel->reload();
        updateStatus();
        if (firstArticle > 0)
            openArticle(firstArticle);
    });
    connect(dialog, &ImportDialog::finished, this, [this](const QString &summary) {
        statusBar()->showMessage(QString(summary).replace(QLatin1Char('\n'), QLatin1Char(' ')), 10000);
    });
    dialog->start();
}

bool MainWindow::openLink(const QString &url)
{
    std::optional<LecternUrl> link = LecternUrl::parse(url);
    // A link from another library finds its claim by global id; its ids are that library's.
    if (link && !link->claimUid.isEmpty()) {
        const ClaimStore claims(m_database);
        if (const std::optional<qint64> here = claims.claimWithGlobalId(link->claimUid))
            link = LecternUrl {claims.claim(*here)->articleId, *here, link->claimUid};
    }
    if (!link || !m_store.article(link->articleId)) {
        statusBar()->showMessage(tr("The link %1 does not lead to an article in this library.").arg(url), 8000);
        return false;
    }
    openArticle(link->articleId);
    if (link->claimId > 0)
        m_reader->revealClaim(link->claimId);
    return true;
}

void MainWindow::exportNotes()
{
    ExportDialog dialog(m_database, *m_taxonomy, m_currentArticle, this);
    dialog.exec();
}

void MainWindow::importAnnotations()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import Annotations"), QSettings().value(QStringLiteral("import/lastFolder")).toString(),
                                                      tr("Annotations (*.json *.jsonld);;All files (*)"));
    if (file.isEmpty())
        return;
    AnnotationImporter::Report report;
    QString error;
    if (!AnnotationImporter(m_database).importFile(file, &report, &error)) {
        QMessageBox::warning(this, tr("Cannot Import Annotations"), error);
        return;
    }
    m_taxonomy->reload();
    QList<Claim> imported; // teach the suggestions, as claims made by hand do
    for (qint64 id : std::as_const(report.claimIds)) {
        if (const std::optional<Claim> claim = ClaimStore(m_database).claim(id))
            imported << *claim;
    }
    m_learner->learnNewClaims(imported);
    m_libraryModel->reload();
    if (m_currentArticle > 0)
        openArticle(m_currentArticle);
    updateStatus();
    QString message = tr("Imported %n claim(s)", nullptr, report.claims) + QStringLiteral("; ") + tr("%n need(s) review", nullptr, report.orphans);
    if (report.alreadyPresent > 0)
        message += QStringLiteral("; ") + tr("%n already in the library skipped", nullptr, report.alreadyPresent);
    statusBar()->showMessage(message, 8000);
}

void MainWindow::chooseFilesToImport()
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("import/lastFolder"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import Articles"), folder,
                                                            tr("Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.epub *.pdf);;All files (*)"));
    if (files.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/lastFolder"), QFileInfo(files.first()).absolutePath());
    importPaths(files);
}

void MainWindow::chooseFolderToImport()
{
    QSettings settings;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a Folder of Articles"),
                                                             settings.value(QStringLiteral("import/lastFolder")).toString());
    if (folder.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/lastFolder"), folder);
    importPaths({folder});
}

void MainWindow::showChangesMadeElsewhere()
{
    m_libraryModel->refresh();
    if (m_currentArticle > 0 && m_libraryEdits->isInTrash(m_currentArticle))
        closeArticle();
    if (!m_taxonomy->reloadIfChangedElsewhere()) // a reloaded codebook reloads the claims anyway
        m_annotations->reloadIfChangedElsewhere();
    if (m_claimsBrowser && m_claimsBrowser->isVisible())
        m_claimsBrowser->reload();
    updateStatus();
}

void MainWindow::addSampleArticles()
{
    QStringList errors;
    const int added = SampleLibrary::import(m_store, &errors);
    if (!errors.isEmpty())
        QMessageBox::warning(this, tr("Sample Articles"), errors.join(QLatin1Char('\n')));
    m_libraryModel->reload();
    updateStatus();
    if (added > 0 && m_libraryModel->rowCount() > 0)
        openArticle(m_libraryModel->index(0, 0).data(LibraryModel::ArticleIdRole).toLongLong());
}

void MainWindow::updateStatus()
{
    // An empty library offers the samples or an import; it never gets them unasked.
    const bool empty = m_libraryModel->totalCount() == 0 && m_currentArticle == 0;
    m_welcome->setVisible(empty);
    m_reader->setVisible(!empty);
    statusBar()->showMessage(tr("%n article(s) in the library", nullptr, int(m_libraryModel->totalCount())));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importPaths(paths);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1400, 900);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        m_splitter->setSizes({330, 740, 330});
    m_sidePanel->setCurrentIndex(settings.value(QStringLiteral("window/sideTab"), 0).toInt());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/sideTab"), m_sidePanel->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveReadingPosition();
    saveSettings();
    event->accept();
}

} // namespace Lectern
