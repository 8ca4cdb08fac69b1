// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lecternprocess.h"

#include <KZip>

#include <QBuffer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs the built `lectern` binary end to end against a temporary library.
class CliTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        m_library = m_dir->filePath(QStringLiteral("library.sqlite"));
    }

    void versionAndHelpNeedNoDisplay()
    {
        const Run version = lectern({QStringLiteral("--version")}, false);
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("lectern ")));
        const Run help = lectern({QStringLiteral("--help")}, false);
        QCOMPARE(help.code, 0);
        for (const char *subcommand : {"import", "list", "search", "show"})
            QVERIFY2(help.out.contains(QLatin1StringView(subcommand)), subcommand);
        QCOMPARE(lectern({QStringLiteral("help"), QStringLiteral("import")}, false).code, 0);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("fragment");
        const auto row = [](const char *name, const QStringList &arguments, const char *fragment) {
            QTest::newRow(name) << arguments << QString::fromUtf8(fragment);
        };
        row("unknown subcommand", {QStringLiteral("frobnicate")}, "unknown subcommand 'frobnicate'");
        row("help on unknown subcommand", {QStringLiteral("help"), QStringLiteral("frobnicate")}, "unknown subcommand 'frobnicate'");
        row("unknown option", {QStringLiteral("list"), QStringLiteral("--bogus")}, "Unknown option 'bogus'");
        row("option of another subcommand", {QStringLiteral("list"), QStringLiteral("--quote"), QStringLiteral("x")}, "list does not take --quote");
        row("import without paths", {QStringLiteral("import")}, "import needs at least one file or folder");
        row("show without id", {QStringLiteral("show")}, "show needs exactly one argument");
        row("list with an argument", {QStringLiteral("list"), QStringLiteral("x")}, "list takes no arguments");
        row("bad limit", {QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--limit"), QStringLiteral("zero")}, "--limit needs a positive number");
        row("bad max size", {QStringLiteral("import"), QStringLiteral("x.txt"), QStringLiteral("--max-size"), QStringLiteral("0")},
            "--max-size needs a positive number of megabytes");
        // Issue #25: this overflowed into a negative limit.
        row("huge max size", {QStringLiteral("import"), QStringLiteral("x.txt"), QStringLiteral("--max-size"), QStringLiteral("99999999999999")},
            "--max-size needs a positive number of megabytes, at most 1048576");
        row("unknown encoding", {QStringLiteral("import"), QStringLiteral("x.txt"), QStringLiteral("--encoding"), QStringLiteral("klingon-8")},
            "--encoding: unknown encoding 'klingon-8'");
        row("summary without id", {QStringLiteral("summary")}, "summary needs exactly one article id");
        row("suggest without argument", {QStringLiteral("suggest")}, "suggest needs exactly one file or article id");
        row("export without format", {QStringLiteral("export"), QStringLiteral("-o"), QStringLiteral("x.md")}, "export needs --format");
        row("export to an unknown format", {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("doc"), QStringLiteral("-o"), QStringLiteral("x.doc")},
            "unknown format 'doc'");
        row("export without file", {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("md")}, "export needs -o FILE");
        row("import-annotations without file", {QStringLiteral("import-annotations")}, "import-annotations needs exactly one file");
        row("backup with an argument", {QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("now")}, "backup create takes no arguments");
        row("backup restore without file", {QStringLiteral("backup"), QStringLiteral("restore")}, "backup restore needs the backup file");
        row("unknown backup action", {QStringLiteral("backup"), QStringLiteral("frob")}, "unknown backup action 'frob'");
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, fragment);
        const Run run = lectern(arguments);
        QCOMPARE(run.code, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.startsWith(QStringLiteral("lectern: ")) && run.err.contains(fragment), qPrintable(run.err));
        // A usage error is found before the library is opened: nothing was created.
        QVERIFY(!QFileInfo::exists(m_library));
    }

    // Issue #25: --library in a folder that does not exist made the folder
    // and a new, empty library there (a typo's library).
    void aLibraryInAMissingFolderIsAnError()
    {
        const QString folder = m_dir->filePath(QStringLiteral("no-such-folder"));
        const Run run = lectern({QStringLiteral("list"), QStringLiteral("--library"), folder + QStringLiteral("/library.sqlite")}, false);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("does not exist")) && run.err.contains(folder), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(folder));
    }

    // Unknown ids and files in every subcommand that takes one: exit code 1,
    // the id or file named on stderr, nothing on stdout.
    void unknownItems_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("fragment");
        const QString missing = QStringLiteral("/nonexistent/notes.json");
        QTest::newRow("show") << QStringList{QStringLiteral("show"), QStringLiteral("42")} << QStringLiteral("there is no article with id '42'");
        QTest::newRow("show, not a number") << QStringList{QStringLiteral("show"), QStringLiteral("first")} << QStringLiteral("there is no article with id 'first'");
        QTest::newRow("summary") << QStringList{QStringLiteral("summary"), QStringLiteral("42")} << QStringLiteral("there is no article with id '42'");
        QTest::newRow("related") << QStringList{QStringLiteral("related"), QStringLiteral("42")} << QStringLiteral("there is no article with id '42'");
        QTest::newRow("suggest") << QStringList{QStringLiteral("suggest"), QStringLiteral("42")} << QStringLiteral("there is no article with id '42'");
        QTest::newRow("suggest a file") << QStringList{QStringLiteral("suggest"), QStringLiteral("/nonexistent/a.txt")} << QStringLiteral("/nonexistent/a.txt");
        QTest::newRow("export") << QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--article"),
                                               QStringLiteral("42"), QStringLiteral("-o"), m_dir->filePath(QStringLiteral("out.md"))}
                                << QStringLiteral("there is no article with id '42'");
        QTest::newRow("import-annotations") << QStringList{QStringLiteral("import-annotations"), missing} << missing;
        QTest::newRow("backup restore") << QStringList{QStringLiteral("backup"), QStringLiteral("restore"), missing} << missing;
    }
    void unknownItems()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, fragment);
        const Run run = lectern(arguments);
        QCOMPARE(run.code, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.startsWith(QStringLiteral("lectern: ")) && run.err.contains(fragment), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("out.md"))));
    }

    void importListSearchShow()
    {
        const QString samples = QStringLiteral(LECTERN_SOURCE_DIR "/resources/samples");
        const Run import = lectern({QStringLiteral("import"), samples});
        QCOMPARE(import.code, 0);
        QCOMPARE(import.out.count(QStringLiteral("imported as article")), 6);

        const Run again = lectern({QStringLiteral("import"), samples + QStringLiteral("/open-weights-security.txt")});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(QStringLiteral("already in the library as article")), qPrintable(again.out));

        const Run list = lectern({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
        const QJsonArray articles = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(articles.size(), 6);
        for (const QJsonValue &value : articles) {
            for (const char *key : {"id", "title", "site", "published", "source", "format"})
                QVERIFY2(value.toObject().contains(QLatin1StringView(key)), key);
        }

        const Run search = lectern({QStringLiteral("search"), QStringLiteral("sandbox*"), QStringLiteral("--json")});
        QCOMPARE(search.code, 0);
        const QJsonArray hits = QJsonDocument::fromJson(search.out.toUtf8()).array();
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().toObject().value(QLatin1StringView("title")).toString(), QStringLiteral("Regulators Bet on Sandboxes to Test AI Without Breaking Things"));
        QVERIFY(hits.first().toObject().value(QLatin1StringView("snippet")).toString().contains(QLatin1Char('[')));

        // Issue #25: a query starting with "-" was taken for options
        // ("Unknown options: s, e, c, u, r, i, t, y").
        const Run dashed = lectern({QStringLiteral("search"), QStringLiteral("-security"), QStringLiteral("--json")});
        QVERIFY2(!dashed.err.contains(QStringLiteral("Unknown option")), qPrintable(dashed.err));
        const Run separated = lectern({QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("--library"), m_library, QStringLiteral("--"),
                                       QStringLiteral("-security")},
                                      false);
        QCOMPARE(dashed.code, separated.code);
        QCOMPARE(dashed.out, separated.out);
        QCOMPARE(dashed.err, separated.err);

        const QString cardId = idOf(articles, QStringLiteral("card"));
        const Run show = lectern({QStringLiteral("show"), cardId, QStringLiteral("--json")});
        QCOMPARE(show.code, 0);
        const QJsonObject card = QJsonDocument::fromJson(show.out.toUtf8()).object();
        for (const char *key : {"id", "title", "byline", "site", "published", "source", "language", "text", "blocks", "removed", "curated_summary", "version"})
            QVERIFY2(card.contains(QLatin1StringView(key)), key);
        QCOMPARE(card.value(QLatin1StringView("curated_summary")).toObject().value(QLatin1StringView("attribution")).toString(),
                 QStringLiteral("Northbound Policy Review"));
        const QJsonObject firstBlock = card.value(QLatin1StringView("blocks")).toArray().first().toObject();
        const QString text = card.value(QLatin1StringView("text")).toString();
        QCOMPARE(text.mid(firstBlock.value(QLatin1StringView("start")).toInt(),
                          firstBlock.value(QLatin1StringView("end")).toInt() - firstBlock.value(QLatin1StringView("start")).toInt()),
                 firstBlock.value(QLatin1StringView("text")).toString());

        const Run plain = lectern({QStringLiteral("show"), cardId});
        QCOMPARE(plain.code, 0);
        QVERIFY(plain.out.startsWith(QStringLiteral("Title: Open Models Are Infrastructure, Not Contraband")));
    }

    void failedFilesAreNamedAndTheRestImported()
    {
        const QString good = m_dir->filePath(QStringLiteral("good.txt"));
        const QString empty = m_dir->filePath(QStringLiteral("empty.txt"));
        const QString binary = m_dir->filePath(QStringLiteral("binary.txt"));
        write(good, "Good Article\nA body paragraph that says something.\n");
        write(empty, "");
        write(binary, QByteArray("\0\1\2\3binary", 10));
        const Run run = lectern({QStringLiteral("import"), empty, good, binary, m_dir->filePath(QStringLiteral("missing.md"))});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(empty + QStringLiteral(": is empty")), qPrintable(run.err));
        QVERIFY2(run.err.contains(binary + QStringLiteral(": is a binary file, not text")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("missing.md: the file does not exist")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("3 files failed")), qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("imported as article 1")));
        const Run list = lectern({QStringLiteral("list")});
        QCOMPARE(list.out.count(QLatin1Char('\n')), 1);
    }

    // Qt PDF is a plugin the program loads at the first PDF (PluginLibrary).
    void pdfSupportIsLoadedWhenNeeded()
    {
        const QString pdf = QDir::cleanPath(QStringLiteral(LECTERN_TEST_DATA "/pdf/rocky-shore.pdf"));
        QProcessEnvironment nowhere;
        nowhere.insert(QStringLiteral("LECTERN_PLUGIN_PATH"), m_dir->filePath(QStringLiteral("no-plugins")));
        const Run missing = Lectern::runLectern({QStringLiteral("import"), pdf, QStringLiteral("--library"), m_library}, nowhere);
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.contains(pdf + QStringLiteral(": could not be read: PDF support is missing, the plugin lectern_pdfreader could not be loaded")),
                 qPrintable(missing.err));
        // English plurals (lectern_en.ts): "1 file failed", "3 files failed".
        QVERIFY2(missing.err.contains(QStringLiteral("1 file failed")), qPrintable(missing.err));
        const Run found = lectern({QStringLiteral("import"), pdf});
        QVERIFY2(found.code == 0, qPrintable(found.err));
        QVERIFY2(found.out.contains(QStringLiteral("imported as article 1")), qPrintable(found.out));
    }

    // KArchive is a plugin as well, loaded at the first EPUB; without it the
    // book fails with the reason, and the other files still import.
    void epubSupportIsLoadedWhenNeeded()
    {
        const QString epub = m_dir->filePath(QStringLiteral("tidewater.epub"));
        const QString text = m_dir->filePath(QStringLiteral("notes.txt"));
        write(epub, tidewaterEpub());
        write(text, "Harbour Notes\nThe tide turned at noon and the boats came in.\n");
        QProcessEnvironment nowhere;
        nowhere.insert(QStringLiteral("LECTERN_PLUGIN_PATH"), m_dir->filePath(QStringLiteral("no-plugins")));
        const Run missing = Lectern::runLectern({QStringLiteral("import"), epub, text, QStringLiteral("--library"), m_library}, nowhere);
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.contains(epub + QStringLiteral(": could not be read: EPUB support is missing, the plugin lectern_zipreader could not be loaded")),
                 qPrintable(missing.err));
        QVERIFY2(missing.err.contains(QStringLiteral("1 file failed")), qPrintable(missing.err));
        QVERIFY2(missing.out.contains(QStringLiteral("imported as article 1")), qPrintable(missing.out));
        const Run found = lectern({QStringLiteral("import"), epub});
        QVERIFY2(found.code == 0, qPrintable(found.err));
        QVERIFY2(found.out.contains(QStringLiteral("imported as article 2")), qPrintable(found.out));
        const Run show = lectern({QStringLiteral("show"), QStringLiteral("2")});
        QVERIFY2(show.out.contains(QStringLiteral("The river meets the sea twice a day.")), qPrintable(show.out));
    }

    // What the plugins are for: the program starts without the libraries
    // they link (Qt PDF and KSyntaxHighlighting bring Qt Network with its
    // TLS and proxy libraries, KArchive brings libcrypto, bz2 and lzma).
    void startNeedsNoPluginLibraries()
    {
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), {QStringLiteral(LECTERN_BINARY)});
        QVERIFY(ldd.waitForFinished(30000));
        QCOMPARE(ldd.exitCode(), 0);
        const QString needed = QString::fromLocal8Bit(ldd.readAllStandardOutput());
        QVERIFY2(needed.contains(QStringLiteral("libQt6Core")), qPrintable(needed));
        for (const char *library : {"libQt6Pdf", "libQt6Network", "libKF6SyntaxHighlighting", "libKF6Archive", "libcrypto", "libQt6Charts"})
            QVERIFY2(!needed.contains(QLatin1StringView(library)), library);
    }

private:
    using Run = Lectern::LecternRun;

    Run lectern(QStringList arguments, bool withLibrary = true)
    {
        if (withLibrary)
            arguments << QStringLiteral("--library") << m_library;
        return Lectern::runLectern(arguments);
    }

    static void write(const QString &path, const QByteArray &data)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(data);
    }

    // A one-chapter book, as a publisher would pack it.
    static QByteArray tidewaterEpub()
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        KZip archive(&buffer);
        if (!archive.open(QIODevice::WriteOnly))
            qFatal("cannot create a zip in memory");
        archive.writeFile(QStringLiteral("mimetype"), "application/epub+zip");
        archive.writeFile(QStringLiteral("META-INF/container.xml"),
                          "<?xml version=\"1.0\"?><container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">"
                          "<rootfiles><rootfile full-path=\"book.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>");
        archive.writeFile(QStringLiteral("book.opf"),
                          "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\">"
                          "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Tidewater</dc:title></metadata>"
                          "<manifest><item id=\"c\" href=\"chapter.xhtml\" media-type=\"application/xhtml+xml\"/></manifest>"
                          "<spine><itemref idref=\"c\"/></spine></package>");
        archive.writeFile(QStringLiteral("chapter.xhtml"),
                          "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><h1>Tidewater</h1>"
                          "<p>The river meets the sea twice a day.</p></body></html>");
        archive.close();
        return bytes;
    }

    static QString idOf(const QJsonArray &articles, const QString &format)
    {
        for (const QJsonValue &value : articles) {
            if (value.toObject().value(QLatin1StringView("format")).toString() == format)
                return QString::number(value.toObject().value(QLatin1StringView("id")).toInteger());
        }
        return {};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_library;
};

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
