// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../cli/lecternprocess.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

class CliExportTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_library;

    LecternRun run(QStringList arguments)
    {
        arguments << QStringLiteral("--library") << m_library;
        return runLectern(arguments);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_library = m_dir.filePath(QStringLiteral("library.sqlite"));
        QFile article(m_dir.filePath(QStringLiteral("harbour.txt")));
        QVERIFY(article.open(QIODevice::WriteOnly));
        article.write("Harbour Wind Farm Hearing\n\nSupporters argued that the turbines would bring 400 jobs to the port.\n\n"
                      "Opponents said the survey of seabirds was done in the wrong season.\n");
        article.close();
        QCOMPARE(run({QStringLiteral("import"), article.fileName()}).code, 0);
        const LecternRun annotated = run({QStringLiteral("annotate"), QStringLiteral("1"), QStringLiteral("--quote"), QStringLiteral("400 jobs"),
                                          QStringLiteral("--tag"), QStringLiteral("Competition"), QStringLiteral("--stance"), QStringLiteral("supports"),
                                          QStringLiteral("--note"), QStringLiteral("says who, \"exactly\"?")});
        QVERIFY2(annotated.code == 0, qPrintable(annotated.err));
        QCOMPARE(run({QStringLiteral("annotate"), QStringLiteral("1"), QStringLiteral("--quote"), QStringLiteral("the wrong season"), QStringLiteral("--tag"),
                      QStringLiteral("Security"), QStringLiteral("--stance"), QStringLiteral("opposes")})
                     .code,
                 0);
    }

    void exportsEveryFormatWithoutADisplay_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("md") << QStringLiteral("md") << QByteArray("---\ntitle: \"Harbour Wind Farm Hearing\"");
        QTest::newRow("html") << QStringLiteral("html") << QByteArray("<!DOCTYPE html>");
        QTest::newRow("pdf") << QStringLiteral("pdf") << QByteArray("%PDF-");
        QTest::newRow("odt") << QStringLiteral("odt") << QByteArray("PK");
        QTest::newRow("csv") << QStringLiteral("csv") << QByteArray("article_id,article,tags,");
        QTest::newRow("json") << QStringLiteral("json") << QByteArray("{\n  \"@context\"");
    }
    void exportsEveryFormatWithoutADisplay()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, start);
        const QString output = m_dir.filePath(QStringLiteral("notes.") + format);
        const LecternRun result = run({QStringLiteral("export"), QStringLiteral("--format"), format, QStringLiteral("--article"), QStringLiteral("1"),
                                       QStringLiteral("-o"), output, QStringLiteral("--json")});
        QVERIFY2(result.code == 0, qPrintable(result.err));
        const QJsonObject summary = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(summary.value(QStringLiteral("claims")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("format")).toString(), format);
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(file.readAll().startsWith(start), qPrintable(format));
    }

    // Issue #26: with an option before the subcommand, `export` ran without
    // a QGuiApplication and PDF and ODT aborted ("Must construct a QGuiApplication").
    void optionsBeforeTheSubcommandStillExportPdfAndOdt_data()
    {
        QTest::addColumn<QStringList>("leading");
        QTest::addColumn<QString>("format");
        const QStringList library{QStringLiteral("--library"), m_library};
        const QStringList both{QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--library=") + m_library};
        QTest::newRow("--library, pdf") << library << QStringLiteral("pdf");
        QTest::newRow("--library, odt") << library << QStringLiteral("odt");
        QTest::newRow("--language and --library=, pdf") << both << QStringLiteral("pdf");
    }
    void optionsBeforeTheSubcommandStillExportPdfAndOdt()
    {
        QFETCH(QStringList, leading);
        QFETCH(QString, format);
        const QString output = m_dir.filePath(QStringLiteral("leading.") + format);
        const LecternRun result = runLectern(leading + QStringList{QStringLiteral("export"), QStringLiteral("--format"), format, QStringLiteral("--all"),
                                                                   QStringLiteral("-o"), output});
        QVERIFY2(result.code == 0, qPrintable(result.err));
        QVERIFY(QFileInfo(output).size() > 0);
    }

    // Issue #25: this exited 0 and replaced the library with a CSV.
    void refusesToExportOverTheLibrary()
    {
        const LecternRun result = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--all"),
                                       QStringLiteral("-o"), m_library});
        QVERIFY(result.code != 0);
        QVERIFY2(result.err.contains(QStringLiteral("SQLite database")), qPrintable(result.err));
        QCOMPARE(run({QStringLiteral("claims"), QStringLiteral("--json")}).out.count(QStringLiteral("\"exact\"")), 2);
        QFile file(m_library);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(16).startsWith("SQLite format 3"));
    }

    void filtersByTagAndStance()
    {
        const QString output = m_dir.filePath(QStringLiteral("security.csv"));
        LecternRun result = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--all"), QStringLiteral("--tag"),
                                 QStringLiteral("security"), QStringLiteral("-o"), output});
        QVERIFY2(result.code == 0, qPrintable(result.err));
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QCOMPARE(csv.count("\r\n"), 2);
        QVERIFY(csv.contains("the wrong season"));
        result = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--stance"), QStringLiteral("supports"),
                      QStringLiteral("-o"), output, QStringLiteral("--bom")});
        QCOMPARE(result.code, 0);
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray supports = file.readAll();
        QVERIFY(supports.startsWith("\xEF\xBB\xBF"));
        QVERIFY(supports.contains("\"says who, \"\"exactly\"\"?\""));
        QVERIFY(!supports.contains("the wrong season"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString out = m_dir.filePath(QStringLiteral("x.md"));
        QTest::newRow("no format") << QStringList{QStringLiteral("export"), QStringLiteral("-o"), out} << 2 << QStringLiteral("--format");
        QTest::newRow("bad format") << QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("-o"), out} << 2
                                    << QStringLiteral("unknown format 'docx'");
        QTest::newRow("no output") << QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("md")} << 2 << QStringLiteral("-o FILE");
        QTest::newRow("both") << QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--all"),
                                             QStringLiteral("--article"), QStringLiteral("1"), QStringLiteral("-o"), out}
                              << 2 << QStringLiteral("not both");
        QTest::newRow("no article") << QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--article"),
                                                   QStringLiteral("99"), QStringLiteral("-o"), out}
                                    << 1 << QStringLiteral("no article with id '99'");
        QTest::newRow("unwritable") << QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("-o"),
                                                   m_library + QStringLiteral("/notes.md")}
                                    << 1 << m_library + QStringLiteral("/notes.md");
        QTest::newRow("import nothing") << QStringList{QStringLiteral("import-annotations")} << 2 << QStringLiteral("exactly one file");
        QTest::newRow("import missing") << QStringList{QStringLiteral("import-annotations"), m_dir.filePath(QStringLiteral("missing.json"))} << 1
                                        << m_dir.filePath(QStringLiteral("missing.json"));
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        const LecternRun result = run(arguments);
        QCOMPARE(result.code, code);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
    }

    void importsAnExportIntoAnotherLibrary()
    {
        const QString output = m_dir.filePath(QStringLiteral("all.json"));
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), output}).code, 0);
        QTemporaryDir other;
        const LecternRun result = runLectern({QStringLiteral("import-annotations"), output, QStringLiteral("--json"), QStringLiteral("--library"),
                                              other.filePath(QStringLiteral("library.sqlite"))});
        QVERIFY2(result.code == 0, qPrintable(result.err));
        const QJsonObject report = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("claims")).toInt(), 2);
        QCOMPARE(report.value(QStringLiteral("articles_added")).toInt(), 1);
        const LecternRun claims = runLectern({QStringLiteral("claims"), QStringLiteral("--all"), QStringLiteral("--library"), other.filePath(QStringLiteral("library.sqlite"))});
        QVERIFY(claims.out.contains(QStringLiteral("says who, \"exactly\"?")));
        QVERIFY(claims.out.contains(QStringLiteral("Security")));
    }
};

QTEST_MAIN(CliExportTest)
#include "tst_cli_export.moc"
