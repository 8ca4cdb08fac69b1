// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/zipreader.h"
#include "plugin/pluginlibrary.h"

#include <KZip>

#include <QBuffer>
#include <QTest>

using namespace Lectern;
using namespace Qt::StringLiterals;

namespace {

// A ZIP in memory with these files, names written as given.
QByteArray zip(const QList<std::pair<QString, QByteArray>> &files)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    KZip archive(&buffer);
    if (!archive.open(QIODevice::WriteOnly))
        qFatal("cannot create a zip in memory");
    for (const auto &[name, data] : files) {
        if (!archive.writeFile(name, data))
            qFatal("cannot write %s", qPrintable(name));
    }
    archive.close();
    return bytes;
}

} // namespace

// The zipreader plugin only reports what the archive declares and reads
// within the bound it is given: EpubImporter judges names and sizes, so the
// plugin must hand it the names as stored and never read past the bound.
class ZipReaderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_reader = PluginLibrary::load<ZipReader>(QStringLiteral("lectern_zipreader"), &error);
        QVERIFY2(m_reader, qPrintable(error));
    }

    void notAnArchive_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("text") << QByteArray("Just some text, not an archive.");
        QTest::newRow("no entries") << zip({});
        QTest::newRow("cut short") << zip({{u"a.txt"_s, "hello"}}).left(20);
    }
    void notAnArchive()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!m_reader->open(bytes));
    }

    // Names as stored, even those the folder tree cleans to find files by.
    void filesKeepTheirStoredNames()
    {
        const std::unique_ptr<ZipArchive> archive = m_reader->open(zip({{u"OEBPS/a.txt"_s, "hello"}, {u"/etc/b.txt"_s, "x"}}));
        QVERIFY(archive);
        QMap<QString, qint64> sizes;
        for (const ZipArchive::File &file : archive->files())
            sizes.insert(file.storedPath, file.size);
        QCOMPARE(sizes, (QMap<QString, qint64>{{u"OEBPS/a.txt"_s, 5}, {u"/etc/b.txt"_s, 1}}));

        const std::optional<ZipArchive::File> cleaned = archive->file(u"etc/b.txt"_s);
        QVERIFY(cleaned);
        QCOMPARE(cleaned->storedPath, u"/etc/b.txt"_s);
        QVERIFY(archive->file(u"OEBPS/a.txt"_s));
        QVERIFY(!archive->file(u"OEBPS"_s)); // a folder is no file
        QVERIFY(!archive->file(u"OEBPS/missing.txt"_s));
    }

    void readStopsAtTheBound()
    {
        const QByteArray text = QByteArray("The supply boat came on the first calm day of March. ").repeated(2000);
        const std::unique_ptr<ZipArchive> archive = m_reader->open(zip({{u"a.txt"_s, text}}));
        QVERIFY(archive);
        const std::optional<ZipArchive::File> file = archive->file(u"a.txt"_s);
        QVERIFY(file);
        QCOMPARE(file->size, qint64(text.size()));
        const auto read = [&](qint64 maxBytes) { return archive->read(*file, maxBytes).value_or("(nothing)"); };
        QCOMPARE(read(10), text.left(10));
        QCOMPARE(read(100000), text.left(100000)); // more than one chunk
        QCOMPARE(read(text.size() + 1), text); // the data ends first
    }

private:
    ZipReader *m_reader = nullptr;
};

QTEST_GUILESS_MAIN(ZipReaderTest)
#include "tst_zipreader.moc"
