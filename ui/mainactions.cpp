// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainactions.h"

#include "claims/claimsbrowser.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/shortcutsdialog.h"
#include "dialogs/tagsdialog.h"
#include "importexportflow.h"
#include "library/libraryactions.h"
#include "library/libraryedits.h"
#include "library/librarypane.h"
#include "maintoolbar.h"
#include "mainwindow.h"
#include "panel/sidepanel.h"
#include "reader/claimactions.h"
#include "reader/findbar.h"
#include "reader/readerview.h"
#include "reader/suggestionactions.h"
#include "settings/languagemenu.h"

#include "annotation/articleannotations.h"
#include "session/readingsession.h"
#include "store/database.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenuBar>
#include <QSettings>
#include <QStyle>
#include <QUndoGroup>

namespace Lectern {

namespace {
/// The desktop theme's icon where there is one, else the style's own.
QIcon themeIcon(const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QLatin1StringView(name), QApplication::style()->standardIcon(fallback));
}

QString savedFamily()
{
    return QSettings().value(QStringLiteral("view/fontFamily"), QStringLiteral("serif")).toString();
}

qreal savedLineHeight()
{
    return QSettings().value(QStringLiteral("view/lineHeight"), 150).toReal();
}
} // namespace

MainActions::MainActions(MainWindow *window, LibraryActions *libraryActions, LibraryEdits *libraryEdits, ImportExportFlow *flow)
    : QObject(window)
    , m_window(window)
    , m_libraryActions(libraryActions)
    , m_libraryEdits(libraryEdits)
    , m_flow(flow)
    , m_undoGroup(new QUndoGroup(this))
{
    createFileMenu();
    createEditMenu();
    m_toolBar = new MainToolBar(window->claimActions(), window->session()->taxonomy(), window);
    window->addToolBar(Qt::TopToolBarArea, m_toolBar);
    createViewMenu();
    createTagsMenu();
    m_toolBar->addWindowActions({window->findChild<QAction *>(QStringLiteral("importFiles")), window->findChild<QAction *>(QStringLiteral("exportNotes")),
        nullptr, window->findChild<QAction *>(QStringLiteral("claimsInLibrary")), window->suggestionActions()->toggleAction(),
        window->findChild<QAction *>(QStringLiteral("findInArticle"))});
    createHelpMenu();
}

ClaimsBrowser *MainActions::showClaimsBrowser()
{
    if (!m_claimsBrowser) {
        m_claimsBrowser = new ClaimsBrowser(m_window->session()->database(), m_window->session()->taxonomy(), m_window);
        connect(m_claimsBrowser, &ClaimsBrowser::articleActivated, m_window, [this](qint64 articleId) { m_window->openArticle(articleId); });
        connect(m_claimsBrowser, &ClaimsBrowser::claimActivated, m_window, [this](qint64 articleId, qint64 claimId) {
            if (articleId != m_window->session()->articleId())
                m_window->openArticle(articleId);
            m_window->reader()->revealClaim(claimId);
            m_window->raise();
            m_window->activateWindow();
        });
    } else {
        m_claimsBrowser->reload();
    }
    if (!m_claimsBrowser->isVisible())
        m_claimsBrowser->placeOver(m_window);
    m_claimsBrowser->show();
    m_claimsBrowser->raise();
    return m_claimsBrowser;
}

void MainActions::reloadClaimsBrowser()
{
    if (m_claimsBrowser && m_claimsBrowser->isVisible())
        m_claimsBrowser->reload();
}

void MainActions::createFileMenu()
{
    QMenu *file = m_window->menuBar()->addMenu(tr("&File"));
    QAction *importFiles
        = file->addAction(themeIcon("document-import", QStyle::SP_DialogOpenButton), tr("&Import Files…"), m_flow, &ImportExportFlow::chooseFilesToImport);
    importFiles->setObjectName(QStringLiteral("importFiles"));
    importFiles->setIconText(tr("Import"));
    importFiles->setShortcut(QKeySequence::Open);
    importFiles->setStatusTip(tr("Import articles: text, Markdown, HTML, EPUB or PDF files"));
    QAction *importFolder = file->addAction(tr("Import &Folder…"), m_flow, &ImportExportFlow::chooseFolderToImport);
    importFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    file->addSeparator();
    QAction *exportNotes
        = file->addAction(themeIcon("document-export", QStyle::SP_DialogSaveButton), tr("&Export Notes…"), m_flow, &ImportExportFlow::exportNotes);
    exportNotes->setObjectName(QStringLiteral("exportNotes"));
    exportNotes->setIconText(tr("Export"));
    exportNotes->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addAction(tr("Import &Annotations…"), m_flow, &ImportExportFlow::importAnnotations);
    file->addSeparator();
    file->addAction(m_libraryActions->showTrashAction());
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), m_window, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

void MainActions::createEditMenu()
{
    QMenu *edit = m_window->menuBar()->addMenu(tr("&Edit"));
    // One Undo for two histories: the library's when the list has focus, else the article's.
    QUndoStack *articleHistory = m_window->session()->undoStack();
    m_undoGroup->addStack(articleHistory);
    m_undoGroup->addStack(m_libraryEdits->undoStack());
    m_undoGroup->setActiveStack(articleHistory);
    connect(qApp, &QApplication::focusChanged, this, [this, articleHistory](QWidget *, QWidget *now) {
        if (now && now->window() == m_window)
            m_undoGroup->setActiveStack(m_window->libraryPane()->isAncestorOf(now) ? m_libraryEdits->undoStack() : articleHistory);
    });
    QAction *undo = m_undoGroup->createUndoAction(m_window, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(m_window, tr("&Redo"));
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addActions({undo, redo});
    edit->addSeparator();
    ReaderView *reader = m_window->reader();
    QAction *copy = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"), reader, &ReaderView::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    QAction *selectAll = edit->addAction(tr("Select &All"), reader, &ReaderView::selectAllText);
    selectAll->setShortcut(QKeySequence::SelectAll);
    edit->addSeparator();
    edit->addActions({m_libraryActions->editDetailsAction(), m_libraryActions->moveToTrashAction()});
    edit->addSeparator();
    QAction *search = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Search Library"), m_window->libraryPane(), &LibraryPane::focusSearch);
    search->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)});
    FindBar *findBar = m_window->findBar();
    QAction *find = edit->addAction(themeIcon("edit-find", QStyle::SP_FileDialogContentsView), tr("&Find in Article…"), findBar, &FindBar::activate);
    find->setObjectName(QStringLiteral("findInArticle"));
    find->setIconText(tr("Find"));
    find->setShortcut(QKeySequence::Find);
    QAction *findNext = edit->addAction(tr("Find &Next"), findBar, &FindBar::findNext);
    findNext->setShortcut(QKeySequence::FindNext);
    QAction *findPrevious = edit->addAction(tr("Find Pre&vious"), findBar, &FindBar::findPrevious);
    findPrevious->setShortcut(QKeySequence::FindPrevious);
}

void MainActions::createViewMenu()
{
    QMenu *view = m_window->menuBar()->addMenu(tr("&View"));
    ReaderView *reader = m_window->reader();
    QAction *zoomIn = view->addAction(tr("Zoom &In"), reader, &ReaderView::zoomInText);
    zoomIn->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn});
    QAction *zoomOut = view->addAction(tr("Zoom &Out"), reader, &ReaderView::zoomOutText);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *zoomReset = view->addAction(tr("&Reset Zoom"), reader, &ReaderView::resetZoom);
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    view->addSeparator();
    QAction *claims
        = view->addAction(themeIcon("view-list-details", QStyle::SP_FileDialogDetailedView), tr("&Claims in Library…"), this, &MainActions::showClaimsBrowser);
    claims->setObjectName(QStringLiteral("claimsInLibrary"));
    claims->setIconText(tr("Claims"));
    claims->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    view->addSeparator();
    QAction *showLibrary = view->addAction(tr("Show &Library"));
    showLibrary->setCheckable(true);
    showLibrary->setChecked(true);
    showLibrary->setShortcut(QKeySequence(Qt::Key_F8));
    connect(showLibrary, &QAction::toggled, m_window->libraryPane(), &QWidget::setVisible);
    QAction *showPanel = view->addAction(tr("Show Side &Panel"));
    showPanel->setCheckable(true);
    showPanel->setChecked(true);
    showPanel->setShortcut(QKeySequence(Qt::Key_F9));
    connect(showPanel, &QAction::toggled, m_window->sidePanel(), &QWidget::setVisible);
    view->addAction(m_toolBar->toggleViewAction());
    QAction *fullScreen = view->addAction(tr("&Full Screen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(fullScreen, &QAction::toggled, this,
        [this](bool on) { m_window->setWindowState(on ? m_window->windowState() | Qt::WindowFullScreen : m_window->windowState() & ~Qt::WindowFullScreen); });
    view->addSeparator();
    SuggestionActions *suggestions = m_window->suggestionActions();
    view->addActions({suggestions->toggleAction(), suggestions->acceptAction(), suggestions->rejectAction()});

    view->addSeparator();
    view->addMenu(new LanguageMenu(view));
    const SchemePalette::Scheme saved = createSchemeMenu(view);
    createTypographyMenus(view);
    m_window->setColorScheme(saved);
}

SchemePalette::Scheme MainActions::createSchemeMenu(QMenu *view)
{
    using Scheme = SchemePalette::Scheme;
    QMenu *scheme = view->addMenu(tr("&Colours"));
    auto *schemes = new QActionGroup(scheme);
    const QList<std::pair<QString, Scheme>> choices = {{tr("Follow the &System"), Scheme::System}, {tr("&Light"), Scheme::Light}, {tr("&Dark"), Scheme::Dark}};
    const auto saved = Scheme(QSettings().value(QStringLiteral("view/colorScheme"), 0).toInt());
    for (const auto &[label, value] : choices) {
        QAction *action = scheme->addAction(label, this, [this, value] {
            QSettings().setValue(QStringLiteral("view/colorScheme"), int(value));
            m_window->setColorScheme(value);
        });
        action->setCheckable(true);
        action->setChecked(value == saved);
        schemes->addAction(action);
    }
    return saved;
}

void MainActions::createTypographyMenus(QMenu *view)
{
    QMenu *font = view->addMenu(tr("&Typeface"));
    auto *fonts = new QActionGroup(font);
    const QString family = savedFamily();
    for (const auto &[label, value] : {std::pair {tr("&Serif"), QStringLiteral("serif")}, std::pair {tr("S&ans Serif"), QStringLiteral("sans-serif")}}) {
        QAction *action = font->addAction(label, this, [this, value] {
            QSettings().setValue(QStringLiteral("view/fontFamily"), value);
            applyTypography(value, savedLineHeight());
        });
        action->setCheckable(true);
        action->setChecked(family == value);
        fonts->addAction(action);
    }
    QMenu *spacing = view->addMenu(tr("Line &Spacing"));
    auto *spacings = new QActionGroup(spacing);
    const qreal lineHeight = savedLineHeight();
    for (const auto &[label, value] : {std::pair {tr("&Compact"), 125.0}, std::pair {tr("&Comfortable"), 150.0}, std::pair {tr("&Airy"), 180.0}}) {
        QAction *action = spacing->addAction(label, this, [this, value] {
            QSettings().setValue(QStringLiteral("view/lineHeight"), value);
            applyTypography(savedFamily(), value);
        });
        action->setCheckable(true);
        action->setChecked(qFuzzyCompare(lineHeight, value));
        spacings->addAction(action);
    }
    applyTypography(family, lineHeight);
}

void MainActions::applyTypography(const QString &family, qreal lineHeight)
{
    ReaderView *reader = m_window->reader();
    ArticleDocument::Style style = reader->typography();
    style.bodyFont.setFamily(family);
    style.bodyFont.setStyleHint(family == QLatin1StringView("serif") ? QFont::Serif : QFont::SansSerif);
    style.lineHeightPercent = lineHeight;
    reader->setTypography(style);
}

void MainActions::createTagsMenu()
{
    m_tagsMenu = m_window->menuBar()->addMenu(tr("&Tags"));
    ClaimActions *claimActions = m_window->claimActions();
    const auto fill = [this, claimActions] {
        m_tagsMenu->clear();
        claimActions->fillTagsMenu(m_tagsMenu);
        m_tagsMenu->addSeparator();
        m_tagsMenu->addAction(claimActions->noteAction());
        m_tagsMenu->addAction(claimActions->removeAction());
        m_tagsMenu->addAction(claimActions->stickyAction());
        m_tagsMenu->addSeparator();
        // A tag merged or deleted there clears the undo steps that named it (ReadingSession).
        QAction *manage = m_tagsMenu->addAction(tr("&Manage Tags…"), this, [this] { TagsDialog(m_window->session()->taxonomy(), m_window).exec(); });
        manage->setStatusTip(tr("Add, rename, recolour, nest, merge and delete tags"));
        QAction *showRemoved = m_tagsMenu->addAction(tr("Show &Removed Lines"), m_window->sidePanel(), &SidePanel::showRemovedLines);
        showRemoved->setStatusTip(tr("Lines the importer took out of the article as site boilerplate; each can be restored"));
    };
    connect(claimActions, &ClaimActions::tagActionsChanged, this, fill);
    fill();
}

void MainActions::createHelpMenu()
{
    QMenu *help = m_window->menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts…"), this, [this] { ShortcutsDialog(m_window, m_window).exec(); });
    help->addSeparator();
    QAction *about = help->addAction(
        QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Lectern"), this, [this] { AboutDialog(m_window->session()->database(), m_window).exec(); });
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

} // namespace Lectern
