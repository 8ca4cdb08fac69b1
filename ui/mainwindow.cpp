// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "importexportflow.h"
#include "mainactions.h"
#include "windowsettings.h"
#include "dialogs/libraryrecovery.h"
#include "library/libraryactions.h"
#include "library/librarypane.h"
#include "library/readonlybanner.h"
#include "panel/sidepanel.h"
#include "reader/claimactions.h"
#include "reader/findbar.h"
#include "reader/readerview.h"
#include "reader/selectiontoolbar.h"
#include "reader/suggestionactions.h"
#include "reader/welcomepane.h"
#include "startup/fontdatabasewarmer.h"

#include "annotation/articleannotations.h"
#include "library/libraryedits.h"
#include "library/librarymodel.h"
#include "library/samplelibrary.h"
#include "search/searchresultsmodel.h"
#include "session/readingsession.h"
#include "store/database.h"
#include "store/librarywatcher.h"
#include "suggest/suggestionlearner.h"

#include <QCloseEvent>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace Lectern {

MainWindow::MainWindow(Database &database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_searchEngine(database)
    , m_session(new ReadingSession(database, this))
    , m_libraryModel(new LibraryModel(database, this))
    , m_searchModel(new SearchResultsModel(m_searchEngine, this))
    // The widgets need fonts: at start a worker may still be reading them.
    , m_libraryPane((FontDatabaseWarmer::waitForRunningWarmer(), new LibraryPane(m_libraryModel, m_searchModel, this)))
    , m_reader(new ReaderView(this))
    , m_sidePanel(new SidePanel(this))
    , m_claimActions(new ClaimActions(m_reader, m_session->annotations(), m_session->taxonomy(), this))
    , m_selectionToolBar(new SelectionToolBar(m_reader, m_claimActions))
    , m_findBar(new FindBar(m_reader, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setWindowTitle(tr("Lectern"));
    m_reader->setAnnotations(m_session->annotations(), m_session->taxonomy());
    m_sidePanel->attachLibrary(database);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_libraryPane);
    m_splitter->addWidget(createReaderColumn());
    m_splitter->addWidget(m_sidePanel);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    m_reader->viewport()->installEventFilter(this);
    createSuggestions();
    createLibraryManagement();
    connectImportExport();
    m_actions = new MainActions(this, m_libraryActions, m_libraryEdits, m_importExport);

    connect(m_libraryPane, &LibraryPane::articleActivated, this, &MainWindow::openArticle);
    connect(m_sidePanel, &SidePanel::restoreRemovedLineRequested, this, &MainWindow::restoreRemovedLine);
    connect(m_sidePanel, &SidePanel::articleActivated, this, [this](qint64 articleId) {
        openArticle(articleId);
    });
    connect(m_sidePanel, &SidePanel::passageActivated, this, [this](int start, int end) {
        m_reader->scrollToPosition(start);
        m_reader->selectRange(start, end);
    });
    connect(m_sidePanel, &SidePanel::topicActivated, m_libraryPane, &LibraryPane::setTopicFilter);
    connect(m_claimActions, &ClaimActions::status, this, [this](const QString &message) {
        statusBar()->showMessage(message, 4000);
    });
    ArticleAnnotations *annotations = m_session->annotations();
    connect(annotations, &ArticleAnnotations::writeFailed, this, [this](const QString &message) {
        QMessageBox::critical(this, tr("Claim Not Saved"), tr("%1\n\nLibrary: %2").arg(message, m_database.path()));
    });
    connect(annotations, &ArticleAnnotations::claimsChanged, this, [this, annotations] {
        m_libraryModel->updateClaimCount(annotations->articleId(), int(annotations->count()));
    });
    // What the command line writes while the window is open shows here.
    auto *watcher = new LibraryWatcher(database, this);
    connect(watcher, &LibraryWatcher::changed, this, &MainWindow::showChangesMadeElsewhere);
    watcher->start();
    WindowSettings::restore(this, m_splitter, m_sidePanel);
    updateStatus();
    if (const qint64 last = m_session->lastArticle(); last > 0)
        openArticle(last);
    else if (m_libraryModel->rowCount() > 0)
        openArticle(m_libraryModel->index(0, 0).data(LibraryModel::ArticleIdRole).toLongLong());
    m_starting = false;
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createReaderColumn()
{
    auto *readerColumn = new QWidget(this);
    auto *readerLayout = new QVBoxLayout(readerColumn);
    readerLayout->setContentsMargins(0, 0, 0, 0);
    readerLayout->setSpacing(0);
    m_readOnlyBanner = new ReadOnlyBanner(m_database, readerColumn);
    readerLayout->addWidget(m_readOnlyBanner);
    readerLayout->addWidget(m_reader, 1);
    m_welcome = new WelcomePane(readerColumn);
    readerLayout->addWidget(m_welcome, 1);
    connect(m_welcome, &WelcomePane::samplesRequested, this, &MainWindow::addSampleArticles);
    readerLayout->addWidget(m_findBar);
    return readerColumn;
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
    if (const std::optional<Article> article = m_session->article())
        m_sidePanel->showArticle(*article);
}

void MainWindow::showLibraryDamage(const QString &problem)
{
    m_database.makeReadOnly(tr("damage was found in it (%1)").arg(problem));
    m_readOnlyBanner->refresh();
    LibraryRecovery::offerRestart(this, m_database.path(), problem);
}

void MainWindow::setColorScheme(ColorScheme scheme)
{
    m_reader->setDarkMode(SchemePalette::apply(scheme));
}

void MainWindow::createLibraryManagement()
{
    m_libraryEdits = new LibraryEdits(m_database, this);
    m_libraryActions = new LibraryActions(m_libraryEdits, m_libraryPane, this);
    connect(m_libraryActions, &LibraryActions::openRequested, this, [this](qint64 articleId) {
        openArticle(articleId);
    });
    connect(m_libraryActions, &LibraryActions::status, this, [this](const QString &message) {
        statusBar()->showMessage(message, 6000);
    });
    connect(m_libraryEdits, &LibraryEdits::trashChanged, this, [this](const QList<qint64> &articleIds, bool trashed) {
        m_libraryModel->refresh();
        if (trashed && articleIds.contains(m_session->articleId()))
            closeArticle();
        updateStatus();
    });
    connect(m_libraryEdits, &LibraryEdits::detailsChanged, this, [this](qint64 articleId) {
        m_libraryModel->refresh();
        if (articleId == m_session->articleId())
            openArticle(articleId);
    });
    connect(m_libraryEdits, &LibraryEdits::writeFailed, this, [this](const QString &message) {
        QMessageBox::critical(this, tr("Library Not Changed"), tr("%1\n\nLibrary: %2").arg(message, m_database.path()));
    });
}

void MainWindow::connectImportExport()
{
    m_importExport = new ImportExportFlow(m_session, this);
    m_importExport->acceptDrops(this);
    connect(m_welcome, &WelcomePane::importRequested, m_importExport, &ImportExportFlow::chooseFilesToImport);
    connect(m_importExport, &ImportExportFlow::status, statusBar(), &QStatusBar::showMessage);
    connect(m_importExport, &ImportExportFlow::articlesImported, this, [this](qint64 firstArticle) {
        m_libraryModel->reload();
        updateStatus();
        if (firstArticle > 0)
            openArticle(firstArticle);
    });
    connect(m_importExport, &ImportExportFlow::annotationsImported, this, [this] {
        m_libraryModel->reload();
        if (m_session->articleId() > 0)
            openArticle(m_session->articleId());
        updateStatus();
    });
}

void MainWindow::closeArticle()
{
    m_session->close();
    m_libraryActions->setOpenArticle(0);
    m_reader->showArticle(Article());
    m_sidePanel->showArticle(Article());
    setWindowTitle(tr("Lectern"));
}

void MainWindow::createSuggestions()
{
    m_suggestionActions = new SuggestionActions(m_reader, m_session->suggestions(), m_session->taxonomy());
    m_reader->setSuggestions(m_session->suggestions());
    m_claimActions->setSuggestions(m_session->suggestions());
    m_pages = new ArticlePages(m_sidePanel, m_session, m_reader, m_claimActions, m_suggestionActions);
    connect(m_pages, &ArticlePages::status, statusBar(), &QStatusBar::showMessage);
    connect(m_suggestionActions, &SuggestionActions::status, this, [this](const QString &message) {
        statusBar()->showMessage(message, 4000);
    });
    connect(m_session->learner(), &SuggestionLearner::writeFailed, this, [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
    });
}

ClaimsBrowser *MainWindow::showClaimsBrowser()
{
    return m_actions->showClaimsBrowser();
}

void MainWindow::openArticle(qint64 articleId, bool atSearchMatch)
{
    // Where the reader was in the article it leaves.
    m_session->setReadingPosition(m_reader->topPosition());
    ReadingSession::Refusal refusal = ReadingSession::Refusal::None;
    const std::optional<Article> article = m_session->open(articleId, &refusal);
    if (refusal == ReadingSession::Refusal::Missing) {
        statusBar()->showMessage(tr("Article %1 is no longer in the library.").arg(articleId), 5000);
        return;
    }
    if (refusal == ReadingSession::Refusal::InTrash) {
        const QString title = m_session->store().article(articleId)->title;
        statusBar()->showMessage(tr("“%1” is in the Trash: restore it from File › Trash to read it.").arg(title), 6000);
        return;
    }
    m_libraryActions->setOpenArticle(articleId);
    m_welcome->hide();
    m_reader->show();
    m_libraryPane->showOpenArticle(articleId);
    m_reader->showArticle(*article);
    if (atSearchMatch)
        m_reader->revealFirstMatch(m_searchModel->terms());
    else if (const int position = m_session->readingPosition(); position > 0)
        m_reader->scrollToPosition(position);
    // A hidden window paints nothing: it fills the panel at once.
    m_sidePanelPending = true;
    if (!m_starting && !m_reader->viewport()->isVisible())
        fillSidePanel();
    setWindowTitle(tr("%1 — Lectern").arg(article->title));
}

void MainWindow::restoreRemovedLine(int index)
{
    // The panel may still list the previous article's lines until it fills.
    if (m_sidePanel->articleId() != m_session->articleId())
        return;
    QString error;
    if (!m_session->restoreRemovedLine(index, &error)) {
        QMessageBox::warning(this, tr("Cannot Restore the Line"), error);
        return;
    }
    openArticle(m_session->articleId());
    statusBar()->showMessage(tr("The line is back in the article (as a new text version)."), 5000);
}

void MainWindow::importPaths(const QStringList &paths)
{
    m_importExport->importPaths(paths);
}

bool MainWindow::openLink(const QString &url)
{
    const std::optional<LecternUrl> link = m_session->resolveLink(url);
    if (!link) {
        statusBar()->showMessage(tr("The link %1 does not lead to an article in this library.").arg(url), 8000);
        return false;
    }
    openArticle(link->articleId);
    if (link->claimId > 0)
        m_reader->revealClaim(link->claimId);
    return true;
}

void MainWindow::showChangesMadeElsewhere()
{
    m_libraryModel->refresh();
    if (m_session->articleId() > 0 && m_session->isInTrash(m_session->articleId()))
        closeArticle();
    m_session->reloadChangedElsewhere();
    m_actions->reloadClaimsBrowser();
    updateStatus();
}

void MainWindow::addSampleArticles()
{
    QStringList errors;
    const int added = SampleLibrary::import(m_session->store(), &errors);
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
    const bool empty = m_libraryModel->totalCount() == 0 && m_session->articleId() == 0;
    m_welcome->setVisible(empty);
    m_reader->setVisible(!empty);
    statusBar()->showMessage(tr("%n article(s) in the library", nullptr, int(m_libraryModel->totalCount())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_session->setReadingPosition(m_reader->topPosition());
    WindowSettings::save(this, m_splitter, m_sidePanel);
    event->accept();
}

} // namespace Lectern
