// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "panel/lazypage.h"

#include <QLabel>
#include <QTabWidget>
#include <QTest>

using namespace Lectern;

// A page is built once: when its tab first shows it, or when asked for.
class LazyPageTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtWhenItsTabShows()
    {
        int built = 0;
        QTabWidget tabs;
        tabs.addTab(new QLabel(QStringLiteral("Summary")), QStringLiteral("Summary"));
        auto *page = new LazyPage([&built](QWidget *parent) {
            ++built;
            return new QLabel(QStringLiteral("Claims"), parent);
        });
        tabs.addTab(page, QStringLiteral("Claims"));
        tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tabs));
        QCOMPARE(built, 0);
        QVERIFY(!page->isBuilt());
        tabs.setCurrentWidget(page);
        QCOMPARE(built, 1);
        QVERIFY(page->content()->isVisible());
        tabs.setCurrentIndex(0);
        tabs.setCurrentWidget(page);
        QCOMPARE(built, 1);
    }

    void builtWhenAskedFor()
    {
        int built = 0;
        LazyPage page([&built](QWidget *parent) {
            ++built;
            return new QLabel(QStringLiteral("Suggestions"), parent);
        });
        QWidget *content = page.content();
        QCOMPARE(built, 1);
        QCOMPARE(content->parentWidget(), &page);
        QCOMPARE(page.content(), content);
        QCOMPARE(built, 1);
    }
};

QTEST_MAIN(LazyPageTest)
#include "tst_lazypage.moc"
