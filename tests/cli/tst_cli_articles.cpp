// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lecternprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;
using namespace Qt::StringLiterals;

// Library management from the command line: the Trash and article details.
class CliArticlesTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_library;

    LecternRun lectern(QStringList arguments) { return runLectern(arguments << u"--library"_s << m_library); }

    QStringList listedIds()
    {
        QStringList ids;
        const QStringList lines = lectern({u"list"_s}).out.split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines)
            ids << line.section(u'\t', 0, 0);
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        m_library = m_dir.filePath(u"library-%1.sqlite"_s.arg(QLatin1StringView(QTest::currentTestFunction())));
        QCOMPARE(lectern({u"import"_s, QStringLiteral(LECTERN_SOURCE_DIR "/resources/samples")}).code, 0);
    }

    void deleteRestoreAndEmptyTheTrash()
    {
        QCOMPARE(listedIds().size(), 6);
        const LecternRun annotated = lectern({u"annotate"_s, u"2"_s, u"--range"_s, u"0:20"_s, u"--tag"_s, u"Security"_s});
        QCOMPARE(annotated.code, 0);

        const LecternRun deleted = lectern({u"delete"_s, u"2"_s, u"3"_s});
        QCOMPARE(deleted.code, 0);
        QVERIFY2(deleted.out.contains(u"moved to the Trash"_s), qPrintable(deleted.out));
        QCOMPARE(listedIds(), (QStringList {u"1"_s, u"4"_s, u"5"_s, u"6"_s}));
        QVERIFY(lectern({u"claims"_s}).out.isEmpty());
        QVERIFY(!lectern({u"search"_s, u"Orbitra"_s}).out.contains(u"2\t"_s));

        const LecternRun trash = lectern({u"trash"_s, u"--json"_s});
        QCOMPARE(trash.code, 0);
        const QJsonArray entries = QJsonDocument::fromJson(trash.out.toUtf8()).array();
        QCOMPARE(entries.size(), 2);
        QList<qint64> trashed;
        for (const QJsonValue &entry : entries) {
            trashed << entry[u"id"].toInteger();
            QVERIFY(!entry[u"trashed"].toString().isEmpty());
        }
        std::sort(trashed.begin(), trashed.end());
        QCOMPARE(trashed, (QList<qint64> {2, 3}));

        // Deleting again, or restoring what is not there, fails and says why.
        const LecternRun again = lectern({u"delete"_s, u"2"_s});
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(u"already in the Trash"_s), qPrintable(again.err));
        QCOMPARE(lectern({u"restore"_s, u"1"_s}).code, 1);

        QCOMPARE(lectern({u"restore"_s, u"2"_s}).code, 0);
        QCOMPARE(listedIds(), (QStringList {u"1"_s, u"2"_s, u"4"_s, u"5"_s, u"6"_s}));
        QVERIFY(!lectern({u"claims"_s}).out.isEmpty());
        QVERIFY(lectern({u"search"_s, u"Orbitra"_s}).out.startsWith(u"2\t"_s));

        const LecternRun emptied = lectern({u"trash"_s, u"empty"_s});
        QCOMPARE(emptied.code, 0);
        QVERIFY2(emptied.out.contains(u'1'), qPrintable(emptied.out));
        QVERIFY(lectern({u"trash"_s}).out.isEmpty());
        const LecternRun gone = lectern({u"show"_s, u"3"_s});
        QCOMPARE(gone.code, 1);
    }

    void editCorrectsDetails()
    {
        const LecternRun edited = lectern({u"edit"_s, u"1"_s, u"--title"_s, u"Open Weights Revisited"_s, u"--byline"_s, u"Ines Marlow"_s, u"--published"_s,
            u"2026-02-14"_s, u"--topics"_s, u"AI policy,security"_s, u"--url"_s, u"https://example.org/open"_s});
        QCOMPARE(edited.code, 0);
        const QJsonObject shown = QJsonDocument::fromJson(lectern({u"show"_s, u"1"_s, u"--json"_s}).out.toUtf8()).object();
        QCOMPARE(shown[u"title"].toString(), u"Open Weights Revisited"_s);
        QCOMPARE(shown[u"byline"].toString(), u"Ines Marlow"_s);
        QCOMPARE(shown[u"published"].toString(), u"2026-02-14"_s);
        QCOMPARE(shown[u"address"].toString(), u"https://example.org/open"_s);
        QCOMPARE(shown[u"tags"].toArray(), (QJsonArray {u"AI policy"_s, u"security"_s}));
        QVERIFY(lectern({u"search"_s, u"revisited"_s}).out.startsWith(u"1\t"_s));
        // An empty value clears a field; other fields stay.
        QCOMPARE(lectern({u"edit"_s, u"1"_s, u"--byline"_s, u""_s}).code, 0);
        const QJsonObject cleared = QJsonDocument::fromJson(lectern({u"show"_s, u"1"_s, u"--json"_s}).out.toUtf8()).object();
        QCOMPARE(cleared[u"byline"].toString(), QString());
        QCOMPARE(cleared[u"title"].toString(), u"Open Weights Revisited"_s);
    }

    void editRefusesWhatItCannotKeep_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("no change") << QStringList {u"edit"_s, u"1"_s} << 2 << u"edit needs at least one of"_s;
        QTest::newRow("no id") << QStringList {u"edit"_s, u"--title"_s, u"x"_s} << 2 << u"edit needs exactly one article id"_s;
        QTest::newRow("bad date") << QStringList {u"edit"_s, u"1"_s, u"--published"_s, u"last Tuesday"_s} << 2 << u"--published"_s;
        QTest::newRow("empty title") << QStringList {u"edit"_s, u"1"_s, u"--title"_s, u" "_s} << 1 << u"needs a title"_s;
        QTest::newRow("unknown article") << QStringList {u"edit"_s, u"99"_s, u"--title"_s, u"x"_s} << 1 << u"99"_s;
        QTest::newRow("delete without id") << QStringList {u"delete"_s} << 2 << u"delete needs at least one article id"_s;
        QTest::newRow("delete a word") << QStringList {u"delete"_s, u"two"_s} << 2 << u"'two' is not an article id"_s;
    }
    void editRefusesWhatItCannotKeep()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, fragment);
        const LecternRun run = lectern(arguments);
        QCOMPARE(run.code, code);
        QVERIFY2(run.err.contains(fragment), qPrintable(run.err));
        QCOMPARE(listedIds().size(), 6);
    }
};

QTEST_GUILESS_MAIN(CliArticlesTest)
#include "tst_cli_articles.moc"
