// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../cli/lecternprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Lectern;

namespace {
// The translation a .ts file gives a source text in a context, %1 filled in.
QString translated(const QString &language, const QString &context, const QString &source)
{
    QFile file(QStringLiteral(LECTERN_SOURCE_DIR "/translations/lectern_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    QString currentContext, currentSource;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1StringView("name"))
            currentContext = xml.readElementText();
        else if (xml.name() == QLatin1StringView("source"))
            currentSource = xml.readElementText();
        else if (xml.name() == QLatin1StringView("translation") && currentContext == context && currentSource == source)
            return xml.readElementText();
    }
    return {};
}

QProcessEnvironment withLanguage(const QString &language)
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("LANGUAGE"), language);
    return environment;
}
} // namespace

// The command line speaks the language the window does; JSON stays English.
class CliLanguageTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void errorsFollowTheChosenLanguage_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("languageVariable");
        QTest::addColumn<QString>("expectedLanguage");
        QTest::newRow("--language de") << QStringList{QStringLiteral("--language"), QStringLiteral("de")} << QString() << QStringLiteral("de");
        QTest::newRow("--language=ja") << QStringList{QStringLiteral("--language=ja")} << QString() << QStringLiteral("ja");
        QTest::newRow("LANGUAGE=fr") << QStringList() << QStringLiteral("fr") << QStringLiteral("fr");
        QTest::newRow("LANGUAGE=it:en") << QStringList() << QStringLiteral("it:en") << QStringLiteral("it");
        QTest::newRow("--language en beats LANGUAGE=de")
            << QStringList{QStringLiteral("--language"), QStringLiteral("en")} << QStringLiteral("de") << QString();
        QTest::newRow("system default") << QStringList() << QString() << QString();
    }
    void errorsFollowTheChosenLanguage()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, languageVariable);
        QFETCH(QString, expectedLanguage);
        const QString source = QStringLiteral("unknown subcommand '%1'");
        const QString message = expectedLanguage.isEmpty() ? source : translated(expectedLanguage, QStringLiteral("Lectern::CommandLine"), source);
        QVERIFY2(expectedLanguage.isEmpty() || (!message.isEmpty() && message != source), "the .ts file lacks the message");
        // Options may come before the subcommand or after it.
        for (const bool optionsFirst : {true, false}) {
            const QStringList arguments =
                optionsFirst ? options + QStringList{QStringLiteral("frobnicate")} : QStringList{QStringLiteral("frobnicate")} + options;
            const LecternRun run = runLectern(arguments, languageVariable.isEmpty() ? QProcessEnvironment() : withLanguage(languageVariable));
            QCOMPARE(run.code, 2);
            QVERIFY2(run.err.startsWith(QStringLiteral("lectern: ") + message.arg(QStringLiteral("frobnicate"))), qPrintable(run.err));
        }
    }

    void helpIsTranslated()
    {
        const QString subcommands = translated(QStringLiteral("de"), QStringLiteral("Lectern::CommandLine"), QStringLiteral("Subcommands:"));
        QVERIFY(!subcommands.isEmpty());
        const LecternRun german = runLectern({QStringLiteral("--language"), QStringLiteral("de"), QStringLiteral("--help")});
        QCOMPARE(german.code, 0);
        QVERIFY2(german.out.contains(subcommands), qPrintable(german.out));
        QVERIFY(!german.out.contains(QStringLiteral("Subcommands:")));
        const LecternRun english = runLectern({QStringLiteral("--help")});
        QVERIFY(english.out.contains(QStringLiteral("Subcommands:")));
    }

    void outputIsTranslatedButJsonKeysAreNot()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(QStringLiteral("library.sqlite"));
        const QString sample = QStringLiteral(LECTERN_SOURCE_DIR "/resources/samples/open-weights-security.txt");
        const QStringList german{QStringLiteral("--language"), QStringLiteral("de"), QStringLiteral("--library"), library};
        const LecternRun import = runLectern(german + QStringList{QStringLiteral("import"), sample});
        QCOMPARE(import.code, 0);
        const QString imported =
            translated(QStringLiteral("de"), QStringLiteral("Lectern::BatchImport"), QStringLiteral("%1: imported as article %2 “%3”"));
        QVERIFY(!imported.isEmpty());
        QVERIFY2(import.out.startsWith(imported.arg(sample, QStringLiteral("1"), QString()).section(u'„', 0, 0)), qPrintable(import.out));

        const LecternRun list = runLectern(german + QStringList{QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
        const QJsonArray articles = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(articles.size(), 1);
        const QJsonObject article = articles.first().toObject();
        for (const char *key : {"id", "title", "site", "published", "format"})
            QVERIFY2(article.contains(QLatin1StringView(key)), key);
    }
};

QTEST_GUILESS_MAIN(CliLanguageTest)
#include "tst_cli_language.moc"
