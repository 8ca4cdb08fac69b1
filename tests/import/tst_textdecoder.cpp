// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/encodingdetector.h"
#include "import/fileimporter.h"
#include "import/textdecoder.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace {
QByteArray read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

const QString encodings = QStringLiteral(LECTERN_TEST_DATA "/text/encodings/");
} // namespace

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

    // Issue #24: legacy encodings became mojibake (everything was read as
    // Windows-1252) and UTF-16 without a BOM was refused as binary. Each
    // fixture is a known text saved in one encoding (NAME.ENCODING.txt).
    void detectsLegacyEncodings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expectedFile");
        QTest::addColumn<QString>("encoding");
        const QStringList files = QDir(encodings).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const QStringList parts = file.split(QLatin1Char('.'));
            if (parts.size() != 3 || parts.at(1) == QLatin1StringView("expected"))
                continue;
            QTest::newRow(qPrintable(file)) << file << parts.at(0) + QStringLiteral(".expected.txt") << parts.at(1);
        }
        QVERIFY(files.size() >= 20);
    }

    void detectsLegacyEncodings()
    {
        QFETCH(QString, file);
        QFETCH(QString, expectedFile);
        QFETCH(QString, encoding);
        const TextDecoder::Result result = TextDecoder::decode(read(encodings + file));
        QCOMPARE(result.text, QString::fromUtf8(read(encodings + expectedFile)));
        QCOMPARE(result.encoding.toLower(), encoding);
        QVERIFY(!result.hadInvalidBytes);
        QVERIFY2(!result.uncertain, qPrintable(result.warnings().join(u' ')));
    }

    // The importer behind the window and the command line: not refused as
    // binary, and the article says which encoding it was read in.
    void importsUtf16WithoutAByteOrderMark()
    {
        const ImportResult result = FileImporter().importData(read(encodings + QStringLiteral("russian.utf-16le.txt")), QStringLiteral("russian.txt"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.article.title, QStringLiteral("Береговая станция измеряет уровень воды"));
        QCOMPARE(result.article.encoding, QStringLiteral("UTF-16LE"));
        QVERIFY(result.article.warnings.isEmpty());
    }

    void theUserCanNameTheEncoding()
    {
        FileImporter importer;
        importer.setEncoding("KOI8-R");
        const QByteArray bytes = read(encodings + QStringLiteral("russian.koi8-r.txt"));
        const ImportResult result = importer.importData(bytes, QStringLiteral("russian.txt"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.article.encoding, QStringLiteral("KOI8-R"));
        QCOMPARE(result.article.title, QStringLiteral("Береговая станция измеряет уровень воды"));
        // A wrong choice is the user's to make: it wins over detection.
        importer.setEncoding("windows-1251");
        const ImportResult forced = importer.importData(bytes, QStringLiteral("russian.txt"));
        QCOMPARE(forced.article.encoding, QStringLiteral("windows-1251"));
        QVERIFY(forced.article.title != result.article.title);
    }

    // tst_badfiles: a text with a stray NUL is not UTF-16 (read so, its
    // letter pairs would make plausible-looking Han).
    void aStrayNulIsNotWideUnicode()
    {
        const QByteArray text = QByteArray("Lock keepers open the upper gate first, then the lower one.\n").repeated(20);
        QVERIFY(EncodingDetector::wideUnicode(text.left(300) + QByteArray(1, '\0') + text.mid(300)).isEmpty());
        QVERIFY(EncodingDetector::wideUnicode(text.left(301) + QByteArray(1, '\0') + text.mid(301)).isEmpty());
    }

    void aShortGuessIsFlaggedAsUncertain()
    {
        const TextDecoder::Result result = TextDecoder::decode(QByteArray("Stra\xDF""e"));
        QVERIFY(result.uncertain);
        QCOMPARE(result.warnings().size(), 1);
        QVERIFY(result.warnings().constFirst().contains(result.encoding));
    }
};

QTEST_GUILESS_MAIN(TextDecoderTest)
#include "tst_textdecoder.moc"
