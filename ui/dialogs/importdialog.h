// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/batchimport.h"

#include <QProgressDialog>

namespace Lectern {

class ImportJob;

/// Progress with Cancel while an ImportJob works, then a summary that names
/// every file that failed and why.
class ImportDialog : public QProgressDialog
{
    Q_OBJECT
public:
    ImportDialog(const QString &libraryPath, const QStringList &paths, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void start();
    static QString summary(const QList<BatchImport::Item> &items, bool cancelled);

Q_SIGNALS:
    /// firstArticle: the first article added or updated, 0 when none.
    void imported(qint64 firstArticle);
    /// The import's summary, for the status bar; with failures the dialog
    /// also shows it until closed.
    void finished(const QString &summary);

private:
    void onFinished(const QList<BatchImport::Item> &items, bool cancelled);

    ImportJob *m_job;
};

} // namespace Lectern
