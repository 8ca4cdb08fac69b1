// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdialog.h"

#include "import/fileimporter.h"
#include "import/importjob.h"

#include <QFileInfo>
#include <QSettings>

namespace Lectern {

ImportDialog::ImportDialog(const QString &libraryPath, const QStringList &paths, QWidget *parent)
    : QProgressDialog(parent)
    , m_job(new ImportJob(libraryPath, paths, QSettings().value(QStringLiteral("import/maxFileSizeMB"), 200).toLongLong() * 1024 * 1024, this))
{
    setWindowTitle(tr("Importing Articles"));
    setLabelText(tr("Looking for articles…"));
    setMinimumDuration(300);
    setAutoClose(false);
    setAutoReset(false);
    setAttribute(Qt::WA_DeleteOnClose);
    connect(this, &QProgressDialog::canceled, m_job, &ImportJob::cancel);
    connect(m_job, &ImportJob::progressed, this, [this](int done, int total, const QString &path) {
        setMaximum(total);
        setValue(done);
        if (!path.isEmpty())
            setLabelText(tr("Importing %1 (%2 of %3)…").arg(QFileInfo(path).fileName()).arg(done + 1).arg(total));
    });
    connect(m_job, &ImportJob::finished, this, &ImportDialog::onFinished);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::start()
{
    m_job->start();
}

QString ImportDialog::summary(const QList<BatchImport::Item> &items, bool cancelled)
{
    int added = 0;
    int updated = 0;
    int duplicates = 0;
    QStringList failures;
    for (const BatchImport::Item &item : items) {
        if (!item.ok) {
            failures << item.message();
            continue;
        }
        added += item.outcome.status == StoreOutcome::Status::Added;
        updated += item.outcome.status == StoreOutcome::Status::NewVersion;
        duplicates += item.outcome.status == StoreOutcome::Status::Duplicate;
    }
    QStringList lines;
    lines << tr("%n article(s) imported.", nullptr, added);
    if (updated > 0)
        lines << tr("%n article(s) updated with a new text version.", nullptr, updated);
    if (duplicates > 0)
        lines << tr("%n file(s) already in the library.", nullptr, duplicates);
    if (cancelled)
        lines << tr("Import cancelled; files not yet read were left out.");
    if (!failures.isEmpty())
        lines << tr("%n file(s) could not be imported:", nullptr, int(failures.size())) << failures;
    return lines.join(QLatin1Char('\n'));
}

void ImportDialog::onFinished(const QList<BatchImport::Item> &items, bool cancelled)
{
    qint64 first = 0;
    for (const BatchImport::Item &item : items) {
        if (item.ok && first == 0)
            first = item.outcome.articleId;
    }
    Q_EMIT imported(first);
    const QString text = summary(items, cancelled);
    Q_EMIT finished(text);
    if (BatchImport::failures(items) == 0) {
        close();
        return;
    }
    // Failures stay on the progress dialog's last page, each file with its
    // reason, until the reader closes it: one window, not a box on top of it.
    disconnect(this, &QProgressDialog::canceled, m_job, &ImportJob::cancel);
    setWindowTitle(tr("Import Finished"));
    setMaximum(1);
    setValue(1);
    setLabelText(tr("Some files could not be imported.") + QLatin1Char('\n') + text);
    setCancelButtonText(tr("&Close"));
    connect(this, &QProgressDialog::canceled, this, &QWidget::close);
    show();
}

} // namespace Lectern
