// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/utf8.h"

#include <QStringEncoder>
#include <QTest>

using namespace Lectern;
using namespace Qt::StringLiterals;

class Utf8Test : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodesAsQtDoesInExactlyItsSize_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("ASCII") << u"export controls"_s;
        QTest::newRow("accents") << u"Régulateur économique, Straße"_s;
        QTest::newRow("Japanese") << u"輸出管理の議論"_s;
        QTest::newRow("beyond the BMP") << u"chip 🔬 𝔸"_s;
        // Unlike QString::toUtf8's '?', the encoder writes U+FFFD; either
        // keeps the UTF-16 offsets of what follows.
        QTest::newRow("lone high surrogate") << QString(QChar(0xD83D)) + u"x"_s;
        QTest::newRow("lone low surrogate at the end") << u"x"_s + QChar(0xDC00);
        QTest::newRow("high surrogate last") << u"x"_s + QChar(0xD83D);
    }

    void encodesAsQtDoesInExactlyItsSize()
    {
        QFETCH(QString, text);
        const QByteArray utf8 = Utf8::encode(text);
        QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
        const QByteArray expected = encoder(text);
        QCOMPARE(utf8, expected);
        QVERIFY2(utf8.capacity() <= utf8.size() + 1, qPrintable(u"capacity %1 for %2 bytes"_s.arg(utf8.capacity()).arg(utf8.size())));
    }

    void aLongTextIsNotHeldThreeTimesOver()
    {
        const QString text = u"harbour wind é "_s.repeated(100000);
        QVERIFY(text.toUtf8().capacity() > 2 * text.size()); // what this avoids
        QVERIFY(Utf8::encode(text).capacity() <= text.size() * 2);
    }
};

QTEST_GUILESS_MAIN(Utf8Test)
#include "tst_utf8.moc"
