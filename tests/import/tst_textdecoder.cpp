// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/textdecoder.h"

#include <QTest>

using namespace Lectern;

class TextDecoderTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("declared");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<bool>("invalid");

        QTest::newRow("ascii") << QByteArray("plain words") << QByteArray() << QStringLiteral("plain words") << QStringLiteral("UTF-8") << false;
        QTest::newRow("utf-8") << QByteArray("H\xC3\xA9l\xC3\xA8ne") << QByteArray() << QStringLiteral("Hélène") << QStringLiteral("UTF-8") << false;
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBFHi") << QByteArray() << QStringLiteral("Hi") << QStringLiteral("UTF-8") << false;
        QTest::newRow("utf-16le bom") << QByteArray("\xFF\xFEH\0i\0", 6) << QByteArray() << QStringLiteral("Hi") << QStringLiteral("UTF-16LE") << false;
        QTest::newRow("utf-16be bom") << QByteArray("\xFE\xFF\0H\0i", 6) << QByteArray() << QStringLiteral("Hi") << QStringLiteral("UTF-16BE") << false;
        QTest::newRow("windows-1252") << QByteArray("caf\xE9 \x93quoted\x94") << QByteArray() << QStringLiteral("café \u201Cquoted\u201D")
                                      << QStringLiteral("windows-1252") << false;
        QTest::newRow("declared latin-1") << QByteArray("caf\xE9") << QByteArray("ISO-8859-1") << QStringLiteral("café") << QStringLiteral("ISO-8859-1")
                                          << false;
        QTest::newRow("mostly utf-8 with a bad byte") << QByteArray("H\xC3\xA9l\xC3\xA8ne \xFF!") << QByteArray() << QStringLiteral("Hélène \uFFFD!")
                                                      << QStringLiteral("UTF-8") << true;
    }
    void decode()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, declared);
        QFETCH(QString, text);
        QFETCH(QString, encoding);
        QFETCH(bool, invalid);
        const TextDecoder::Result result = TextDecoder::decode(bytes, declared);
        QCOMPARE(result.text, text);
        QCOMPARE(result.encoding, encoding);
        QCOMPARE(result.hadInvalidBytes, invalid);
    }
};

QTEST_GUILESS_MAIN(TextDecoderTest)
#include "tst_textdecoder.moc"
