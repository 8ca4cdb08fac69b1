// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotation/tagpalette.h"

#include <QTest>

using namespace Lectern;

class TagPaletteTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void paletteColoursStayApartForEveryVision()
    {
        const QList<QColor> colours = TagPalette::colours();
        QVERIFY(colours.size() >= 8);
        for (int i = 0; i < colours.size(); ++i) {
            for (int j = i + 1; j < colours.size(); ++j)
                QVERIFY2(TagPalette::difference(colours[i], colours[j]) >= TagPalette::minimumDifference,
                    qPrintable(colours[i].name() + QLatin1Char(' ') + colours[j].name()));
        }
    }

    void differenceSeesWhatColourBlindReadersConfuse_data()
    {
        QTest::addColumn<QColor>("a");
        QTest::addColumn<QColor>("b");
        QTest::addColumn<bool>("distinct");
        // A chart library's default red and green: far apart for most eyes, one colour with deuteranopia.
        QTest::newRow("red and green") << QColor(0xD6, 0x27, 0x28) << QColor(0x2C, 0xA0, 0x2C) << false;
        // Orange and green merge with protanopia.
        QTest::newRow("orange and green") << QColor(0xFF, 0x7F, 0x0E) << QColor(0x2C, 0xA0, 0x2C) << false;
        QTest::newRow("one colour") << QColor(0x00, 0x72, 0xB2) << QColor(0x00, 0x72, 0xB2) << false;
        QTest::newRow("vermillion and blue") << QColor(0xD5, 0x5E, 0x00) << QColor(0x00, 0x72, 0xB2) << true;
    }
    void differenceSeesWhatColourBlindReadersConfuse()
    {
        QFETCH(QColor, a);
        QFETCH(QColor, b);
        QFETCH(bool, distinct);
        QCOMPARE(TagPalette::isDistinct(a, {b}), distinct);
        QCOMPARE(TagPalette::difference(a, b), TagPalette::difference(b, a));
    }

    void suggestionSkipsTakenColoursAndTheirLookalikes()
    {
        const QList<QColor> palette = TagPalette::colours();
        QCOMPARE(TagPalette::suggested({}), palette.first());
        QCOMPARE(TagPalette::suggested({palette.first()}), palette.at(1));
        // Near the first colour is as good as taking it.
        QCOMPARE(TagPalette::suggested({QColor(0xD8, 0x60, 0x04)}), palette.at(1));
        // With every colour taken, the one farthest from its nearest.
        QList<QColor> all = palette;
        const QColor suggested = TagPalette::suggested(all);
        QVERIFY(palette.contains(suggested));
    }
};

QTEST_APPLESS_MAIN(TagPaletteTest)
#include "tst_tagpalette.moc"
