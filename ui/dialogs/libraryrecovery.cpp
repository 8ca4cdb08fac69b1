// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryrecovery.h"

#include "store/database.h"
#include "store/librarybackups.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace Lectern {

bool LibraryRecovery::open(Database &database, const QString &path)
{
    QString error;
    if (database.open(path, &error))
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
    box.exec();
    if (box.clickedButton() == restore && restore) {
        if (!LibraryBackups::restore(backup->absoluteFilePath(), path, &error)) {
            QMessageBox::critical(nullptr, tr("Cannot Restore the Backup"), error);
            return false;
        }
    } else if (box.clickedButton() != empty) {
        return false;
    }
    if (!database.open(path, &error)) {
        QMessageBox::critical(nullptr, tr("Cannot Open the Library"), error);
        return false;
    }
    return true;
}

} // namespace Lectern
