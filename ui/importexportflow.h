// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMimeData;
class QWidget;

namespace Lectern {

class ReadingSession;

/// The ways articles and notes come in and go out of the window: files and
/// folders chosen or dropped, notes exported, annotations imported. It asks
/// with dialogs over window and says what came of it.
class ImportExportFlow : public QObject
{
    Q_OBJECT
public:
    ImportExportFlow(ReadingSession *session, QWidget *window);

    void importPaths(const QStringList &paths);
    /// Files and folders dropped on target are imported.
    void acceptDrops(QWidget *target);
    void chooseFilesToImport();
    void chooseFolderToImport();
    void exportNotes();
    void importAnnotations();

Q_SIGNALS:
    /// Articles came in; firstArticle (0: none) is the one to show.
    void articlesImported(qint64 firstArticle);
    /// Claims and tags came in from another tool's notes.
    void annotationsImported();
    void status(const QString &message, int timeout);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ReadingSession *m_session;
    QWidget *m_window;
};

} // namespace Lectern
