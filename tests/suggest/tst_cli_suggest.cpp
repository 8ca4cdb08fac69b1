// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../cli/lecternprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

namespace {
const QByteArray articleText = "Chips, Weights and Markets\n"
                               "A test article written for the suggest command.\n"
                               "\n"
                               "According to the cyber agency, leaked model weights will hand criminals a weapon they cannot be denied.\n"
                               "\n"
                               "The hearing was adjourned after two hours on Thursday.\n"
                               "\n"
                               "Tariffs on imported chips will raise prices for every phone maker and for every buyer.\n";
} // namespace

class CliSuggestTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void suggestsForAFileAndAnArticle()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(QStringLiteral("library.sqlite"));
        const QString path = dir.filePath(QStringLiteral("chips.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(articleText);
        file.close();

        const LecternRun fromFile = runLectern({QStringLiteral("suggest"), path, QStringLiteral("--json"), QStringLiteral("--library"), library});
        QCOMPARE(fromFile.code, 0);
        const QJsonArray suggestions = QJsonDocument::fromJson(fromFile.out.toUtf8()).array();
        QCOMPARE(suggestions.size(), 2);
        const QJsonObject first = suggestions.at(0).toObject();
        QCOMPARE(first.value(QLatin1StringView("tag")).toString(), QStringLiteral("Security"));
        QCOMPARE(first.value(QLatin1StringView("speaker")).toString(), QStringLiteral("the cyber agency"));
        QVERIFY(first.value(QLatin1StringView("sentence")).toString().startsWith(QLatin1StringView("According to")));
        const double confidence = first.value(QLatin1StringView("confidence")).toDouble();
        QVERIFY(confidence > 0 && confidence <= 1);
        QCOMPARE(suggestions.at(1).toObject().value(QLatin1StringView("tag")).toString(), QStringLiteral("Competition"));

        // The same article from the library, as tab-separated lines; a claim hides its suggestion.
        QCOMPARE(runLectern({QStringLiteral("import"), path, QStringLiteral("--library"), library}).code, 0);
        const LecternRun plain = runLectern({QStringLiteral("suggest"), QStringLiteral("1"), QStringLiteral("--library"), library});
        QCOMPARE(plain.code, 0);
        QStringList lines = plain.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QStringList fields = lines.first().split(u'\t');
        QCOMPARE(fields.size(), 6);
        QCOMPARE(fields.at(2), QStringLiteral("Security"));
        QCOMPARE(runLectern({QStringLiteral("annotate"), QStringLiteral("1"), QStringLiteral("--range"), fields.at(0) + u':' + fields.at(1),
                             QStringLiteral("--tag"), QStringLiteral("Security"), QStringLiteral("--library"), library})
                     .code,
                 0);
        lines = runLectern({QStringLiteral("suggest"), QStringLiteral("1"), QStringLiteral("--library"), library}).out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines.first().contains(QLatin1StringView("Competition")));
    }

    void badInputIsReported()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(QStringLiteral("library.sqlite"));
        const LecternRun missing = runLectern({QStringLiteral("suggest"), dir.filePath(QStringLiteral("nothing.txt")), QStringLiteral("--library"), library});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains(QLatin1StringView("nothing.txt: no such file")));
        const LecternRun noArticle = runLectern({QStringLiteral("suggest"), QStringLiteral("42"), QStringLiteral("--library"), library});
        QCOMPARE(noArticle.code, 1);
        QVERIFY(noArticle.err.contains(QLatin1StringView("no article with id '42'")));
        const QString empty = dir.filePath(QStringLiteral("empty.txt"));
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const LecternRun emptyFile = runLectern({QStringLiteral("suggest"), empty, QStringLiteral("--library"), library});
        QCOMPARE(emptyFile.code, 1);
        QVERIFY(emptyFile.err.contains(empty));
        QCOMPARE(runLectern({QStringLiteral("suggest"), QStringLiteral("--library"), library}).code, 2);
        QCOMPARE(runLectern({QStringLiteral("suggest"), QStringLiteral("1"), QStringLiteral("--tag"), QStringLiteral("x")}).code, 2);
    }
};

QTEST_GUILESS_MAIN(CliSuggestTest)
#include "tst_cli_suggest.moc"
