// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/shortcutsdialog.h"
#include "library/samplelibrary.h"
#include "mainwindow.h"
#include "store/database.h"
#include "indexing/librarystore.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>

#include <algorithm>
#include <QTest>
#include <QTextEdit>

using namespace Lectern;

namespace {
// A control a keyboard or screen-reader user reaches on its own.
bool isInteractive(const QWidget *widget)
{
    if (qobject_cast<const QAbstractSlider *>(widget) && widget->focusPolicy() == Qt::NoFocus)
        return false; // scroll bars: part of their view
    return widget->focusPolicy() != Qt::NoFocus
        && (qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QComboBox *>(widget)
            || qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QAbstractScrollArea *>(widget)
            || qobject_cast<const QTabBar *>(widget));
}

QString accessibleText(QWidget *widget, QAccessible::Text which)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(which) : QString();
}

QString describe(const QWidget *widget)
{
    return QStringLiteral("%1 (%2, parent %3)")
        .arg(widget->objectName(), QString::fromLatin1(widget->metaObject()->className()),
             QString::fromLatin1(widget->parentWidget()->metaObject()->className()));
}
} // namespace

class AccessibilityTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("library.sqlite")), &error), qPrintable(error));
        LibraryStore store(m_db);
        QStringList errors;
        QVERIFY(SampleLibrary::importIfEmpty(store, &errors) > 0);
    }

    // A screen reader says a control's name, then its description: what it
    // is for and how to use it. Both come from the window's real controls.
    void everyControlHasAnAccessibleNameAndDescription()
    {
        MainWindow window(m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSet<QWidget *> seen;
        QStringList unnamed, undescribed;
        const auto walk = [&] {
            for (QWidget *widget : window.findChildren<QWidget *>()) {
                if (!widget->isVisibleTo(&window) || !isInteractive(widget) || seen.contains(widget))
                    continue;
                seen.insert(widget);
                if (accessibleText(widget, QAccessible::Name).trimmed().isEmpty())
                    unnamed << describe(widget);
                // Qt gives a tab bar itself no description: each tab has one.
                if (qobject_cast<QTabBar *>(widget)) {
                    QAccessibleInterface *bar = QAccessible::queryAccessibleInterface(widget);
                    for (int i = 0; i < bar->childCount(); ++i) {
                        QAccessibleInterface *tab = bar->child(i);
                        if (tab->role() == QAccessible::PageTab && tab->text(QAccessible::Description).trimmed().isEmpty())
                            undescribed << describe(widget) + QStringLiteral(" tab ") + tab->text(QAccessible::Name);
                    }
                } else if (accessibleText(widget, QAccessible::Description).trimmed().isEmpty()) {
                    undescribed << describe(widget) + QStringLiteral(" ") + accessibleText(widget, QAccessible::Name);
                }
            }
        };
        // Every page of every tab widget (the side panel's), each in turn.
        walk();
        for (QTabWidget *tabs : window.findChildren<QTabWidget *>()) {
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                walk();
            }
        }
        QVERIFY2(seen.size() >= 10, "the walk found too few controls to mean anything");
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("controls without an accessible name:\n") + unnamed.join(u'\n')));
        QVERIFY2(undescribed.isEmpty(), qPrintable(QStringLiteral("controls without an accessible description:\n") + undescribed.join(u'\n')));
    }

    void shortcutsDialogListsEveryMenuShortcut()
    {
        MainWindow window(m_db);
        const QList<QStringList> rows = ShortcutsDialog::shortcutsOf(&window);
        QStringList listed;
        for (const QStringList &row : rows)
            listed << row.at(1);
        int menuShortcuts = 0;
        const auto walk = [&](auto &&self, const QMenu *menu) -> void {
            for (const QAction *action : menu->actions()) {
                if (action->menu()) {
                    self(self, action->menu());
                    continue;
                }
                for (const QKeySequence &key : action->shortcuts()) {
                    ++menuShortcuts;
                    const QString text = key.toString(QKeySequence::NativeText);
                    QVERIFY2(std::any_of(listed.cbegin(), listed.cend(), [&](const QString &keys) { return keys.split(QStringLiteral(", ")).contains(text); }),
                             qPrintable(action->text() + QStringLiteral(" (") + text + QStringLiteral(") is missing from the list")));
                }
            }
        };
        for (const QAction *top : window.menuBar()->actions()) {
            if (top->menu())
                walk(walk, top->menu());
        }
        QVERIFY(menuShortcuts >= 10);
        // Rows name the menu they come from: "Edit › Find in Article".
        QVERIFY(std::any_of(rows.cbegin(), rows.cend(), [](const QStringList &row) {
            return row.at(0) == QStringLiteral("Edit › Find in Article") && row.at(1) == QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText);
        }));
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
};

QTEST_MAIN(AccessibilityTest)
#include "tst_accessibility.moc"
