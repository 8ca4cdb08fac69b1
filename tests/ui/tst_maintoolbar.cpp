// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/testlibrary.h"

#include "annotation/articleannotations.h"
#include "annotation/taxonomy.h"
#include "mainwindow.h"
#include "reader/readerview.h"
#include "session/readingsession.h"

#include <QAction>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace Lectern;
using namespace Qt::StringLiterals;

class MainToolBarTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() { QSettings().clear(); }

    void offersTheEverydayActions()
    {
        TestLibrary library;
        MainWindow window(library.database());
        QToolBar *bar = toolBar(window);
        QVERIFY(bar);
        QVERIFY(bar->isMovable());
        QCOMPARE(bar->toolButtonStyle(), Qt::ToolButtonTextUnderIcon);
        const QStringList names = actionNames(bar);
        for (const QString &name : {u"importFiles"_s, u"exportNotes"_s, u"claimsInLibrary"_s, u"suggestClaims"_s, u"findInArticle"_s})
            QVERIFY2(names.contains(name), qPrintable(name + u" missing from "_s + names.join(u' ')));
        QVERIFY(window.findChild<QAction *>(u"suggestClaims"_s)->isCheckable());
        for (QAction *action : bar->actions()) {
            if (!action->isSeparator())
                QVERIFY2(!action->icon().isNull(), qPrintable(action->objectName()));
        }
        // Hideable from the View menu, like any toolbar.
        QVERIFY(menuActions(window).contains(bar->toggleViewAction()));
    }

    void oneButtonPerTagShowsItsColourAndKey()
    {
        TestLibrary library;
        MainWindow window(library.database());
        Taxonomy *taxonomy = window.session()->taxonomy();
        QList<QAction *> buttons = tagButtons(window);
        const QList<qint64> tags = taxonomy->shortcutTags();
        QCOMPARE(buttons.size(), tags.size());
        QVERIFY(!tags.isEmpty());
        for (int i = 0; i < tags.size(); ++i) {
            QAction *button = buttons.at(i);
            QCOMPARE(button->data().toLongLong(), tags.at(i));
            QVERIFY2(button->text().contains(taxonomy->tag(tags.at(i))->name), qPrintable(button->text()));
            QVERIFY2(button->toolTip().contains(QString::number(i + 1)), qPrintable(button->toolTip()));
            const QImage icon = button->icon().pixmap(24, 24).toImage();
            QCOMPARE(icon.pixelColor(3, 12).rgb(), taxonomy->color(tags.at(i)).rgb());
        }
        QString error;
        QVERIFY2(taxonomy->addTag(u"Labour"_s, 0, QColor(0x11, 0x77, 0x33), {}, &error), qPrintable(error));
        QCOMPARE(tagButtons(window).size(), tags.size() + 1);
    }

    void aTagButtonTagsTheSelection()
    {
        TestLibrary library;
        const QString text = u"Lighthouse keepers insist that automation has made the coast more dangerous."_s;
        const qint64 articleId = library.addArticle(u"Lighthouses"_s, {text});
        MainWindow window(library.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openArticle(articleId);
        const int start = int(text.indexOf(u"automation"));
        window.reader()->selectRange(start, start + 10);
        QAction *second = tagButtons(window).at(1);
        QWidget *button = toolBar(window)->widgetForAction(second);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(window.session()->annotations()->count(), 1);
        QCOMPARE(window.session()->annotations()->claims().first().tagIds, QList<qint64> {second->data().toLongLong()});
        QCOMPARE(window.session()->annotations()->claims().first().anchor.exact, u"automation"_s);
    }

    void suggestClaimsAndHidingAreRemembered()
    {
        TestLibrary library;
        {
            MainWindow window(library.database());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QAction *suggest = window.findChild<QAction *>(u"suggestClaims"_s);
            QVERIFY(suggest->isCheckable());
            QVERIFY(!suggest->isChecked());
            suggest->trigger();
            toolBar(window)->toggleViewAction()->trigger();
            QVERIFY(toolBar(window)->isHidden());
            window.close();
        }
        MainWindow again(library.database());
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(again.findChild<QAction *>(u"suggestClaims"_s)->isChecked());
        QVERIFY(toolBar(again)->isHidden());
    }

private:
    static QToolBar *toolBar(const MainWindow &window) { return window.findChild<QToolBar *>(u"mainToolBar"_s); }

    static QStringList actionNames(const QToolBar *bar)
    {
        QStringList names;
        for (const QAction *action : bar->actions())
            names << action->objectName();
        return names;
    }

    static QList<QAction *> tagButtons(const MainWindow &window)
    {
        QList<QAction *> buttons;
        for (QAction *action : toolBar(window)->actions()) {
            if (action->objectName() == u"tagButton"_s)
                buttons << action;
        }
        return buttons;
    }

    static QList<QAction *> menuActions(const MainWindow &window)
    {
        QList<QAction *> all;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->menu())
                all << menu->menu()->actions();
        }
        return all;
    }
};

QTEST_MAIN(MainToolBarTest)
#include "tst_maintoolbar.moc"
