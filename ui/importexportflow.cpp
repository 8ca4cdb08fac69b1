// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexportflow.h"

#include "dialogs/exportdialog.h"
#include "dialogs/importdialog.h"
#include "session/readingsession.h"
#include "store/database.h"

#include <QDropEvent>
#include <QFileDialog>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>

namespace Lectern {

namespace {
const QString lastFolderKey = QStringLiteral("import/lastFolder");
} // namespace

ImportExportFlow::ImportExportFlow(ReadingSession *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{
}

void ImportExportFlow::importPaths(const QStringList &paths)
{
    auto *dialog = new ImportDialog(m_session->database().path(), paths, m_window);
    connect(dialog, &ImportDialog::imported, this, &ImportExportFlow::articlesImported);
    connect(dialog, &ImportDialog::finished, this,
        [this](const QString &summary) { Q_EMIT status(QString(summary).replace(QLatin1Char('\n'), QLatin1Char(' ')), 10000); });
    dialog->start();
}

void ImportExportFlow::acceptDrops(QWidget *target)
{
    target->setAcceptDrops(true);
    target->installEventFilter(this);
}

bool ImportExportFlow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::DragEnter) {
        auto *enter = static_cast<QDragEnterEvent *>(event);
        if (enter->mimeData()->hasUrls())
            enter->acceptProposedAction();
        return true;
    }
    if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        QStringList paths;
        const QList<QUrl> urls = drop->mimeData()->urls();
        for (const QUrl &url : urls) {
            if (url.isLocalFile())
                paths << url.toLocalFile();
        }
        if (!paths.isEmpty()) {
            drop->acceptProposedAction();
            importPaths(paths);
        }
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void ImportExportFlow::chooseFilesToImport()
{
    QSettings settings;
    const QString folder = settings.value(lastFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QStringList files = QFileDialog::getOpenFileNames(
        m_window, tr("Import Articles"), folder, tr("Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.epub *.pdf);;All files (*)"));
    if (files.isEmpty())
        return;
    settings.setValue(lastFolderKey, QFileInfo(files.first()).absolutePath());
    importPaths(files);
}

void ImportExportFlow::chooseFolderToImport()
{
    QSettings settings;
    const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Import a Folder of Articles"), settings.value(lastFolderKey).toString());
    if (folder.isEmpty())
        return;
    settings.setValue(lastFolderKey, folder);
    importPaths({folder});
}

void ImportExportFlow::exportNotes()
{
    ExportDialog dialog(m_session->database(), *m_session->taxonomy(), m_session->articleId(), m_window);
    dialog.exec();
}

void ImportExportFlow::importAnnotations()
{
    const QString file = QFileDialog::getOpenFileName(
        m_window, tr("Import Annotations"), QSettings().value(lastFolderKey).toString(), tr("Annotations (*.json *.jsonld);;All files (*)"));
    if (file.isEmpty())
        return;
    AnnotationImporter::Report report;
    QString error;
    if (!m_session->importAnnotations(file, &report, &error)) {
        QMessageBox::warning(m_window, tr("Cannot Import Annotations"), error);
        return;
    }
    Q_EMIT annotationsImported();
    QString message = tr("Imported %n claim(s)", nullptr, report.claims) + QStringLiteral("; ") + tr("%n need(s) review", nullptr, report.orphans);
    if (report.alreadyPresent > 0)
        message += QStringLiteral("; ") + tr("%n already in the library skipped", nullptr, report.alreadyPresent);
    Q_EMIT status(message, 8000);
}

} // namespace Lectern
