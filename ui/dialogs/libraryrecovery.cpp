// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryrecovery.h"

#include "library/librarysalvage.h"
#include "store/database.h"
#include "store/librarybackups.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFutureWatcher>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QtConcurrentRun>

namespace Lectern {

bool LibraryRecovery::open(Database &database, const QString &path)
{
    QString error;
    if (database.open(path, &error, Database::Access::ReadWrite, Database::Check::UserWork))
        return true;
    if (database.damagedCopyPath().isEmpty()) {
        QMessageBox::critical(nullptr, tr("Cannot Open the Library"), error);
        return false;
    }
    const std::optional<QFileInfo> backup = LibraryBackups(path).newest();
    QMessageBox box(QMessageBox::Warning, tr("The Library Is Damaged"), error);
    QPushButton *restore = nullptr;
    if (backup) {
        box.setInformativeText(tr("Restore the newest backup, made %1? Changes made after it are not in it; the damaged file is kept.")
                                   .arg(QLocale().toString(backup->lastModified(), QLocale::LongFormat)));
        restore = box.addButton(tr("Restore Backup"), QMessageBox::AcceptRole);
    } else {
        box.setInformativeText(tr("There is no backup to restore. Lectern can start a new, empty library; the damaged file is kept."));
    }
    QPushButton *empty = box.addButton(tr("Start Empty Library"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(restore ? restore : empty);
    auto *salvage = new QCheckBox(tr("Bring back the claims the damaged file still holds"));
    salvage->setObjectName(QStringLiteral("salvageClaims"));
    salvage->setChecked(true);
    box.setCheckBox(salvage);
    box.exec();
    const QString damaged = database.damagedCopyPath();
    if (box.clickedButton() == restore && restore) {
        if (!LibraryBackups::restore(backup->absoluteFilePath(), path, &error)) {
            QMessageBox::critical(nullptr, tr("Cannot Restore the Backup"), error);
            return false;
        }
    } else if (box.clickedButton() == empty) {
        database.setNewLibraryAllowed(true);
    } else {
        return false;
    }
    if (!database.open(path, &error, Database::Access::ReadWrite, Database::Check::UserWork)) {
        QMessageBox::critical(nullptr, tr("Cannot Open the Library"), error);
        return false;
    }
    if (salvage->isChecked())
        salvageClaims(path, damaged);
    return true;
}

void LibraryRecovery::salvageClaims(const QString &path, const QString &damagedPath)
{
    struct Outcome {
        bool ok = false;
        LibrarySalvage::Report report;
        QString error;
    };
    // Connections belong to one thread: the worker opens its own.
    QFuture<Outcome> future = QtConcurrent::run([path, damagedPath] {
        Outcome outcome;
        Database library;
        if (library.open(path, &outcome.error, Database::Access::ReadWrite, Database::Check::None))
            outcome.ok = LibrarySalvage(library).salvage(damagedPath, &outcome.report, &outcome.error);
        return outcome;
    });
    QProgressDialog progress(tr("Reading the claims the damaged file still holds…"), QString(), 0, 0);
    progress.setWindowTitle(tr("Salvaging Claims"));
    progress.setMinimumDuration(500);
    QFutureWatcher<Outcome> watcher;
    QObject::connect(&watcher, &QFutureWatcher<Outcome>::finished, &progress, &QProgressDialog::reset);
    watcher.setFuture(future);
    if (!future.isFinished())
        progress.exec();
    const Outcome outcome = future.result();
    if (!outcome.ok) {
        QMessageBox::warning(nullptr, tr("Cannot Salvage the Claims"), outcome.error);
        return;
    }
    QMessageBox box(QMessageBox::Information, tr("Claims Salvaged"), LibrarySalvage::summary(outcome.report));
    box.setObjectName(QStringLiteral("salvageReport"));
    box.setInformativeText(tr("The damaged file stays where it is: %1").arg(QDir::toNativeSeparators(damagedPath)));
    box.exec();
}

void LibraryRecovery::offerRestart(QWidget *parent, const QString &path, const QString &problem)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("The Library Is Damaged"), tr("Lectern found damage in the library %1 (%2).").arg(path, problem),
                                QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("libraryDamage"));
    box->setInformativeText(tr("To keep what it holds safe, the library is now read-only. When Lectern next starts, it moves the damaged file aside, "
                               "unchanged, and offers the newest backup."));
    QPushButton *restart = box->addButton(tr("Restart Now"), QMessageBox::AcceptRole);
    box->addButton(tr("Later"), QMessageBox::RejectRole);
    box->setDefaultButton(restart);
    QObject::connect(restart, &QPushButton::clicked, qApp, [] {
        s_restartRequested = true;
        QApplication::closeAllWindows();
        QCoreApplication::quit();
    });
    box->open();
}

void LibraryRecovery::restartIfRequested(const QString &path)
{
    if (s_restartRequested && !QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--library"), path}))
        QMessageBox::critical(nullptr, tr("Cannot Restart Lectern"), tr("Start Lectern again to recover the library %1.").arg(path));
}

} // namespace Lectern
