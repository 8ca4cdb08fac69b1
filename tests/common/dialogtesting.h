// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QDialog>
#include <QTest>
#include <QTimer>

#include <functional>

namespace Lectern {

/// Runs check on the next window of type T (a dialog, a message box, a
/// menu) once the modal loop that shows it runs. A dialog still open after
/// the check (a failed QVERIFY returns early) is rejected, so the test goes
/// on instead of waiting for ever.
template<typename T>
void whenDialogShows(const std::function<void(T *)> &check)
{
    QTimer::singleShot(0, [check] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *shown = qobject_cast<T *>(widget); shown && shown->isVisible()) {
                check(shown);
                if (auto *dialog = qobject_cast<QDialog *>(widget); dialog && dialog->isVisible())
                    dialog->reject();
                return;
            }
        }
        QFAIL("no such window showed");
    });
}

} // namespace Lectern
