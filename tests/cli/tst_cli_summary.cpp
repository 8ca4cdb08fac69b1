// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lecternprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

namespace {
// Articles written for this test: two on harbour turbines, one on bread.
const QByteArray turbines = "Harbour turbines pay their way\n"
                            "A test article for the summary and related commands.\n"
                            "\n"
                            "The harbour turbines under the breakwater sell tidal power to the grid on long contracts.\n"
                            "\n"
                            "Divers cleaned barnacles off the harbour turbines every month during the first winter.\n"
                            "\n"
                            "The grid operator likes tidal power because the tides can be forecast for years.\n"
                            "\n"
                            "A brass band played at the opening while the mayor cut a ribbon on the quay.\n";
const QByteArray tides = "Tides on the grid\n"
                         "Another test article.\n"
                         "\n"
                         "Tidal power from harbour turbines reaches the grid at hours the tides decide.\n"
                         "\n"
                         "Operators sign long contracts for tidal power because it is predictable.\n";
const QByteArray bread = "Sourdough at home\n"
                         "A third test article.\n"
                         "\n"
                         "Feed the starter with rye flour and keep the dough warm overnight before baking.\n";
} // namespace

#define VERIFY_RUN(run) QVERIFY2((run).code == 0, qPrintable(QStringLiteral("exit %1: %2").arg((run).code).arg((run).err)))

class CliSummaryTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_library;

    QStringList withLibrary(QStringList arguments) const { return arguments << QStringLiteral("--library") << m_library; }

private Q_SLOTS:
    void initTestCase()
    {
        m_library = m_dir.filePath(QStringLiteral("library.sqlite"));
        const std::pair<const char *, QByteArray> files[] = {{"turbines.txt", turbines}, {"tides.txt", tides}, {"bread.txt", bread}};
        for (const auto &[name, text] : files) {
            QFile file(m_dir.filePath(QString::fromLatin1(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        }
        QFile card(QStringLiteral(LECTERN_TEST_DATA "/cards/tidal-energy-card.txt"));
        QVERIFY(card.copy(m_dir.filePath(QStringLiteral("card.txt"))));
        for (const char *name : {"turbines.txt", "tides.txt", "bread.txt", "card.txt"})
            VERIFY_RUN(runLectern(withLibrary({QStringLiteral("import"), m_dir.filePath(QString::fromLatin1(name))})));
    }

    void summaryOfAnArticleWithoutCard()
    {
        const LecternRun run = runLectern(withLibrary({QStringLiteral("summary"), QStringLiteral("1")}));
        VERIFY_RUN(run);
        QVERIFY(run.out.contains(QStringLiteral("Generated summary")));
        QVERIFY(run.out.contains(QStringLiteral("not curated")));
        QVERIFY(run.out.contains(QStringLiteral("The harbour turbines under the breakwater sell tidal power to the grid on long contracts.")));
        QVERIFY(!run.out.contains(QStringLiteral("brass band")));
        QVERIFY(run.out.contains(QStringLiteral("Key terms: ")));

        const LecternRun json = runLectern(withLibrary({QStringLiteral("summary"), QStringLiteral("1"), QStringLiteral("--json")}));
        VERIFY_RUN(json);
        const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("id")).toInteger(), qint64(1));
        QVERIFY(object.value(QStringLiteral("generated")).isBool());
        QCOMPARE(object.value(QStringLiteral("generated")).toBool(), true);
        QVERIFY(!object.contains(QStringLiteral("sections")));
        QCOMPARE(object.value(QStringLiteral("method")).toString(), QStringLiteral("textrank"));
        QVERIFY(object.value(QStringLiteral("key_terms")).toArray().contains(QStringLiteral("turbines")));
        const QJsonArray sentences = object.value(QStringLiteral("sentences")).toArray();
        QCOMPARE(sentences.size(), 3);
        // Offsets point into the text `show --json` gives.
        const QJsonObject shown = QJsonDocument::fromJson(runLectern(withLibrary({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")})).out.toUtf8()).object();
        const QString text = shown.value(QStringLiteral("text")).toString();
        QVERIFY(!text.isEmpty());
        for (const QJsonValue &value : sentences) {
            const QJsonObject sentence = value.toObject();
            const int start = sentence.value(QStringLiteral("start")).toInt();
            const int end = sentence.value(QStringLiteral("end")).toInt();
            QCOMPARE(text.mid(start, end - start), sentence.value(QStringLiteral("text")).toString());
        }
    }

    void summaryOfACuratedCard()
    {
        const LecternRun run = runLectern(withLibrary({QStringLiteral("summary"), QStringLiteral("4")}));
        VERIFY_RUN(run);
        QVERIFY(run.out.startsWith(QStringLiteral("Curated summary of “Harbour Turbines Are Cheaper Than They Look”")));
        for (const QString &part : {QStringLiteral("Key takeaway"), QStringLiteral("- Sell what you can forecast."), QStringLiteral("Tidal power, Energy markets"),
                                    QStringLiteral("Originally published by The Example Harbour Gazette")})
            QVERIFY2(run.out.contains(part), qPrintable(part));
        QVERIFY(!run.out.contains(QStringLiteral("Generated summary")));

        // JSON: the curator's sections, flagged as not generated, and no sentences of Lectern's.
        const LecternRun json = runLectern(withLibrary({QStringLiteral("summary"), QStringLiteral("4"), QStringLiteral("--json")}));
        VERIFY_RUN(json);
        const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QVERIFY(object.value(QStringLiteral("generated")).isBool());
        QCOMPARE(object.value(QStringLiteral("generated")).toBool(), false);
        QVERIFY(!object.contains(QStringLiteral("sentences")));
        const QJsonObject sections = object.value(QStringLiteral("sections")).toObject();
        QCOMPARE(sections.value(QStringLiteral("topics")).toArray(), QJsonArray({QStringLiteral("Tidal power"), QStringLiteral("Energy markets"), QStringLiteral("Coastal infrastructure")}));
        QVERIFY(sections.value(QStringLiteral("attribution")).toString().startsWith(QStringLiteral("The Example Harbour Gazette")));
        QVERIFY(sections.value(QStringLiteral("principles")).toArray().contains(QStringLiteral("Sell what you can forecast.")));
    }

    void relatedListsSharedThingsAndWhy()
    {
        const LecternRun run = runLectern(withLibrary({QStringLiteral("related"), QStringLiteral("1")}));
        VERIFY_RUN(run);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        const QStringList first = lines.first().split(QLatin1Char('\t'));
        QCOMPARE(first.value(0), QStringLiteral("2"));
        QCOMPARE(first.value(1), QStringLiteral("Tides on the grid"));
        QVERIFY2(first.value(3).contains(QStringLiteral("Similar terms:")) && first.value(3).contains(QStringLiteral("tidal")), qPrintable(lines.first()));
        QVERIFY(!run.out.contains(QStringLiteral("Sourdough")));

        const LecternRun json = runLectern(withLibrary({QStringLiteral("related"), QStringLiteral("4"), QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("1")}));
        VERIFY_RUN(json);
        const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QVERIFY(object.value(QStringLiteral("related")).toArray().size() <= 1);
        const QJsonArray named = object.value(QStringLiteral("curated_related")).toArray();
        QCOMPARE(named.size(), 2);
        QCOMPARE(named.at(0).toObject().value(QStringLiteral("label")).toString(), QStringLiteral("Why Wind Farms Need Weather Forecasters"));
        QVERIFY(named.at(0).toObject().value(QStringLiteral("id")).isNull());
    }

    void listByTopic()
    {
        // The card names "Tidal power"; the other articles only use the words.
        const LecternRun run = runLectern(withLibrary({QStringLiteral("list"), QStringLiteral("--topic"), QStringLiteral("tidal  POWER"), QStringLiteral("--json")}));
        VERIFY_RUN(run);
        const QJsonArray articles = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(articles.size(), 1);
        QCOMPARE(articles.first().toObject().value(QStringLiteral("id")).toInt(), 4);
        const LecternRun none = runLectern(withLibrary({QStringLiteral("list"), QStringLiteral("--topic"), QStringLiteral("Sourdough")}));
        VERIFY_RUN(none);
        QCOMPARE(none.out, QString());
    }

    void badArguments()
    {
        LecternRun run = runLectern(withLibrary({QStringLiteral("summary"), QStringLiteral("99")}));
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(QStringLiteral("no article with id '99'")));
        run = runLectern(withLibrary({QStringLiteral("related")}));
        QCOMPARE(run.code, 2);
        run = runLectern(withLibrary({QStringLiteral("related"), QStringLiteral("1"), QStringLiteral("--limit"), QStringLiteral("0")}));
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains(QStringLiteral("--limit")));
        run = runLectern(withLibrary({QStringLiteral("summary"), QStringLiteral("1"), QStringLiteral("--limit"), QStringLiteral("3")}));
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains(QStringLiteral("summary does not take --limit")));
    }
};

QTEST_GUILESS_MAIN(CliSummaryTest)
#include "tst_cli_summary.moc"
