// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "dialogs/aboutdialog.h"
#include "dialogs/importdialog.h"
#include "library/librarymodel.h"
#include "library/librarypane.h"
#include "panel/sidepanel.h"
#include "reader/readerview.h"
#include "search/searchresultsmodel.h"
#include "store/database.h"

#include <QAction>
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

namespace Lectern {

MainWindow::MainWindow(Database &database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_store(database)
    , m_searchEngine(database)
    , m_libraryModel(new LibraryModel(database, this))
    , m_searchModel(new SearchResultsModel(m_searchEngine, this))
    , m_libraryPane(new LibraryPane(m_libraryModel, m_searchModel, this))
    , m_reader(new ReaderView(this))
    , m_sidePanel(new SidePanel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setWindowTitle(tr("Lectern"));
    setAcceptDrops(true);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_libraryPane);
    m_splitter->addWidget(m_reader);
    m_splitter->addWidget(m_sidePanel);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    createMenus();

    connect(m_libraryPane, &LibraryPane::articleActivated, this, &MainWindow::openArticle);
    connect(m_sidePanel, &SidePanel::restoreRemovedLineRequested, this, &MainWindow::restoreRemovedLine);
    restoreSettings();
    updateStatus();
    if (const qint64 last = QSettings().value(QStringLiteral("reader/lastArticle")).toLongLong(); last > 0 && m_store.article(last))
        openArticle(last);
    else if (m_libraryModel->rowCount() > 0)
        openArticle(m_libraryModel->index(0, 0).data(LibraryModel::ArticleIdRole).toLongLong());
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *importFiles = file->addAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import Files…"), this, &MainWindow::chooseFilesToImport);
    importFiles->setShortcut(QKeySequence::Open);
    importFiles->setStatusTip(tr("Import articles: text, Markdown, HTML, EPUB or PDF files"));
    QAction *importFolder = file->addAction(tr("Import &Folder…"), this, &MainWindow::chooseFolderToImport);
    importFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *copy = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"), m_reader, &ReaderView::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    QAction *selectAll = edit->addAction(tr("Select &All"), m_reader, &ReaderView::selectAllText);
    selectAll->setShortcut(QKeySequence::SelectAll);
    edit->addSeparator();
    QAction *search = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Search Library"), m_libraryPane, &LibraryPane::focusSearch);
    search->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = view->addAction(tr("Zoom &In"), m_reader, &ReaderView::zoomInText);
    zoomIn->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn});
    QAction *zoomOut = view->addAction(tr("Zoom &Out"), m_reader, &ReaderView::zoomOutText);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *zoomReset = view->addAction(tr("&Reset Zoom"), m_reader, &ReaderView::resetZoom);
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
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
    QAction *fullScreen = view->addAction(tr("&Full Screen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });

    QMenu *tags = menuBar()->addMenu(tr("&Tags"));
    QAction *showRemoved = tags->addAction(tr("Show &Removed Lines"), m_sidePanel, &SidePanel::showRemovedLines);
    showRemoved->setStatusTip(tr("Lines the importer took out of the article as site boilerplate; each can be restored"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Lectern"), this, [this] {
        AboutDialog(m_database, this).exec();
    });
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::openArticle(qint64 articleId, bool atSearchMatch)
{
    const std::optional<Article> article = m_store.article(articleId);
    if (!article) {
        statusBar()->showMessage(tr("Article %1 is no longer in the library.").arg(articleId), 5000);
        return;
    }
    m_currentArticle = articleId;
    m_reader->showArticle(*article);
    if (atSearchMatch)
        m_reader->revealFirstMatch(m_searchModel->terms());
    m_sidePanel->showArticle(*article);
    setWindowTitle(tr("%1 — Lectern").arg(article->title));
    QSettings().setValue(QStringLiteral("reader/lastArticle"), articleId);
}

void MainWindow::restoreRemovedLine(int index)
{
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
    dialog->start();
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

void MainWindow::updateStatus()
{
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
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

} // namespace Lectern
