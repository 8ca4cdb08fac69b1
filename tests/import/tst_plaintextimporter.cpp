// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/fileimporter.h"
#include "import/plaintextimporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Lectern;

namespace {
QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QStringList textsOf(const Article &article, Block::Kind kind)
{
    QStringList texts;
    for (const Block &block : article.blocks) {
        if (block.kind == kind)
            texts << block.text;
    }
    return texts;
}

QStringList removedTexts(const Article &article)
{
    QStringList texts;
    for (const RemovedLine &line : article.removed)
        texts << line.text;
    return texts;
}

const QString seeds = QStringLiteral(LECTERN_SOURCE_DIR "/../shared/seeds");
const QString samples = QStringLiteral(LECTERN_SOURCE_DIR "/resources/samples");
} // namespace

class PlainTextImporterTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedNewsArticle()
    {
        requireSeeds();
        const ImportResult result = FileImporter().importFile(seeds + QStringLiteral("/000_94376a173eb66c53.txt"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Article &article = result.article;
        QCOMPARE(article.format, QStringLiteral("text"));
        QCOMPARE(article.title, QStringLiteral("G7 Pushes for Open Source AI: A Double-Edged Sword?"));
        QCOMPARE(textsOf(article, Block::Kind::Heading),
                 (QStringList{QStringLiteral("Why Open Source?"), QStringLiteral("The Security Debate"), QStringLiteral("Economic Implications")}));
        QCOMPARE(removedTexts(article), (QStringList{QStringLiteral("Get AI news in your inbox"), QStringLiteral("Daily digest of what matters in AI.")}));
        QVERIFY(article.excerpt.startsWith(QStringLiteral("The G7 countries are advocating")));
        QVERIFY(!article.canonicalText().contains(QStringLiteral("inbox")));
    }

    void seedOpinionColumn()
    {
        requireSeeds();
        const ImportResult result = FileImporter().importFile(seeds + QStringLiteral("/001_cd06fa13cb3edb41.txt"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Article &article = result.article;
        QCOMPARE(article.title, QStringLiteral("AI is nearing a tipping point for open source"));
        const QStringList removed = removedTexts(article);
        for (const char *line : {"AI For Business", "Get your free copy of Editor's Digest", "Source link", "Leave a Reply",
                                 "Your email address will not be published. Required fields are marked *"})
            QVERIFY2(removed.contains(QLatin1StringView(line)), line);
        QCOMPARE(article.byline, QStringLiteral("RichardWaters@ft.com"));
        QVERIFY(textsOf(article, Block::Kind::Heading).isEmpty());
        QCOMPARE(textsOf(article, Block::Kind::Paragraph).size(), 13);
        const QString text = article.canonicalText();
        for (const QString &line : removed)
            QVERIFY2(!text.contains(line), qPrintable(line));
    }

    void seedCuratedCard()
    {
        requireSeeds();
        const ImportResult result = FileImporter().importFile(seeds + QStringLiteral("/002_f552e4f1594191ec.txt"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Article &article = result.article;
        QCOMPARE(article.format, QStringLiteral("card"));
        QCOMPARE(article.title, QStringLiteral("Banning Open Source AI Would Be A Mistake"));
        const CuratedSummary &card = article.curated;
        QVERIFY(card.summary.startsWith(QStringLiteral("The article argues against")));
        QVERIFY(card.keyTakeaway.startsWith(QStringLiteral("For policymakers")));
        QCOMPARE(card.keyInsights.size(), 1);
        QCOMPARE(card.principles.size(), 3);
        QCOMPARE(card.inPractice.size(), 3);
        QCOMPARE(card.topics.size(), 6);
        QCOMPARE(card.topics.first(), QStringLiteral("Open-Source AI"));
        QCOMPARE(card.bestFor, (QStringList{QStringLiteral("General Interest"), QStringLiteral("Policy Maker"), QStringLiteral("Director of AI/ML")}));
        QCOMPARE(card.relatedHeading, QStringLiteral("Related on AIssential"));
        QVERIFY(card.related.isEmpty());
        QCOMPARE(card.attribution, QStringLiteral("Interconnects AI"));
        QCOMPARE(article.site, QStringLiteral("AIssential"));
    }

    void sampleArticles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("headings");
        QTest::addColumn<QStringList>("removed");
        QTest::addColumn<QString>("byline");
        QTest::newRow("news") << QStringLiteral("open-weights-security.txt")
                              << QStringLiteral("Open Weights, Open Questions: Ministers Weigh Security Against Innovation")
                              << QStringList{QStringLiteral("The Case for Publishing"), QStringLiteral("Risks That Can't Be Recalled"),
                                             QStringLiteral("Who Gets to Compete?")}
                              << QStringList{QStringLiteral("Get policy news in your inbox"), QStringLiteral("A weekly digest of what matters in tech policy.")}
                              << QString();
        QTest::newRow("column") << QStringLiteral("chip-export-column.txt") << QStringLiteral("Chip export controls are a competition policy in disguise")
                                << QStringList{}
                                << QStringList{QStringLiteral("Tech & Markets"),
                                               QStringLiteral("Get your free copy of The Morning Ledger"),
                                               QStringLiteral("Source link"),
                                               QStringLiteral("Leave a Reply"),
                                               QStringLiteral("Your email address will not be published. Required fields are marked *"),
                                               QStringLiteral("Comment"),
                                               QStringLiteral("Name *"),
                                               QStringLiteral("Email *"),
                                               QStringLiteral("Website"),
                                               QStringLiteral("Save my name, email, and website in this browser for the next time I comment."),
                                               QStringLiteral("Post Comment")}
                                << QString();
        QTest::newRow("byline line") << QStringLiteral("antitrust-platforms.txt")
                                     << QStringLiteral("Regulator Accuses Orbitra of Rigging Its App Marketplace Against Rivals") << QStringList{}
                                     << QStringList{QStringLiteral("Share this article"),
                                                    QStringLiteral("Related: Small developers say app store fees are squeezing subscriptions"),
                                                    QStringLiteral("Related: What interoperability rules could mean for your phone"),
                                                    QStringLiteral("Related: Inside the Fair Markets Commission's two-year platform inquiry")}
                                     << QStringLiteral("Joanna Pietersen");
    }
    void sampleArticles()
    {
        QFETCH(QString, file);
        QFETCH(QString, title);
        QFETCH(QStringList, headings);
        QFETCH(QStringList, removed);
        QFETCH(QString, byline);
        const ImportResult result = FileImporter().importFile(samples + QLatin1Char('/') + file);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.article.title, title);
        QCOMPARE(textsOf(result.article, Block::Kind::Heading), headings);
        QCOMPARE(removedTexts(result.article), removed);
        if (!byline.isEmpty())
            QCOMPARE(result.article.byline, byline);
    }

    void hardWrappedWithBylineAndList()
    {
        const ImportResult result = PlainTextImporter().parse(readFile(QStringLiteral(LECTERN_TEST_DATA "/text/hard-wrapped.txt")), QStringLiteral("x.txt"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Article &article = result.article;
        QCOMPARE(article.byline, QStringLiteral("Ingrid Solberg"));
        QCOMPARE(article.site, QStringLiteral("The Tidewater Courier"));
        QCOMPARE(article.published, QStringLiteral("2026-05-12"));
        QCOMPARE(textsOf(article, Block::Kind::Heading), QStringList{QStringLiteral("What the Sensors Measure")});
        QCOMPARE(textsOf(article, Block::Kind::ListItem).size(), 3);
        const QStringList paragraphs = textsOf(article, Block::Kind::Paragraph);
        QCOMPARE(paragraphs.size(), 4);
        QVERIFY(paragraphs.first().startsWith(QStringLiteral("Three port authorities")));
        QVERIFY(paragraphs.first().endsWith(QStringLiteral("any single procurement could.")));
        QCOMPARE(article.removed.size(), 3);
        QCOMPARE(article.removed.first().reason, QStringLiteral("share prompt"));
    }

    void windowsLineEndingsAndNoTrailingNewline()
    {
        const QByteArray data = "A Title\r\n\r\nFirst paragraph of the body.\r\nSecond paragraph of the body.";
        const ImportResult result = PlainTextImporter().parse(data, QStringLiteral("crlf.txt"));
        QVERIFY(result.ok());
        QCOMPARE(result.article.title, QStringLiteral("A Title"));
        QCOMPARE(result.article.canonicalText(), QStringLiteral("First paragraph of the body.\nSecond paragraph of the body."));
    }

    void invalidBytesAreFlagged()
    {
        const QByteArray data = "Caf\xC3\xA9 title\nBody with a broken byte \xFF here and \xC3\xA9 there.";
        const ImportResult result = PlainTextImporter().parse(data, QStringLiteral("bad.txt"));
        QVERIFY(result.ok());
        QCOMPARE(result.article.title, QStringLiteral("Café title"));
        QVERIFY(result.article.canonicalText().contains(QChar::ReplacementCharacter));
        QCOMPARE(result.article.warnings.size(), 1);
    }

    // Issue #24: a text of one paragraph was refused ("a title but no text").
    void aOneParagraphTextIsItsOwnBody()
    {
        const QString paragraph = QStringLiteral("The harbour board met on Tuesday and agreed, after a long debate about dredging costs and the "
                                                 "wishes of the fishing fleet, to keep the old channel open for another winter.");
        const ImportResult result = FileImporter().importData(paragraph.toUtf8() + "\n", QStringLiteral("note.txt"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.article.canonicalText(), paragraph);
        QVERIFY(result.article.title.endsWith(QChar(0x2026)));
        QVERIFY(paragraph.startsWith(result.article.title.chopped(1)));
    }

    // Titles of real plain text: Project Gutenberg's first line, the header
    // block of IETF documents, front matter, rules and placeholders.
    void titlesOfRealTexts_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("byline");
        QTest::addColumn<QString>("kept");
        QTest::newRow("gutenberg") << QByteArray("The Project Gutenberg eBook of Harbour Tales, by Mara Lind\n\nThis ebook is for the use of anyone.\n")
                                   << QStringLiteral("Harbour Tales") << QStringLiteral("Mara Lind")
                                   << QStringLiteral("This ebook is for the use of anyone.");
        QTest::newRow("gutenberg, older") << QByteArray("Project Gutenberg's Harbour Tales, by Mara Lind\n\nThis ebook is for the use of anyone.\n")
                                          << QStringLiteral("Harbour Tales") << QStringLiteral("Mara Lind")
                                          << QStringLiteral("This ebook is for the use of anyone.");
        QTest::newRow("ietf header") << QByteArray("Network Working Group                                          T. Ek\n"
                                                   "Request for Comments: 9999                                   Harbour\n"
                                                   "Category: Informational                                    May 2026\n\n\n"
                                                   "                      Tide Tables for Small Harbours\n\n"
                                                   "Status of this Memo\n\n   This memo provides information for the harbour community.\n")
                                     << QStringLiteral("Tide Tables for Small Harbours") << QString() << QStringLiteral("Network Working Group");
        QTest::newRow("front matter") << QByteArray("---\ntitle: The Gauge\nauthor: T. Ek\n---\n\nWords of the text.\n") << QStringLiteral("The Gauge")
                                      << QStringLiteral("T. Ek") << QStringLiteral("Words of the text.");
        QTest::newRow("a rule and a placeholder first") << QByteArray("***\n\n[Illustration]\n\nThe Keeper's Year\n\nIt began in spring.\n")
                                                       << QStringLiteral("The Keeper's Year") << QString() << QStringLiteral("[Illustration]");
    }
    void titlesOfRealTexts()
    {
        QFETCH(QByteArray, text);
        const ImportResult result = FileImporter().importData(text, QStringLiteral("text.txt"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QTEST(result.article.title, "title");
        QTEST(result.article.byline, "byline");
        // Nothing but the title line leaves the text.
        QFETCH(QString, kept);
        QVERIFY2(result.article.canonicalText().contains(kept), qPrintable(result.article.canonicalText()));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("is empty");
        QTest::newRow("blank lines") << QByteArray("\n\n  \n") << QStringLiteral("contains no readable text");
        QTest::newRow("binary") << QByteArray("\x7F" "ELF\x02\x01\x01\0\0\0\0\0", 12) << QStringLiteral("is a binary file, not text");
    }
    void badInput()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, reason);
        const ImportResult result = FileImporter().importData(data, QStringLiteral("bad.txt"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error, reason);
    }

    void fileErrorsNameTheReason()
    {
        QCOMPARE(FileImporter().importFile(QStringLiteral("/nonexistent/file.txt")).error, QStringLiteral("the file does not exist"));
        QTemporaryDir dir;
        QCOMPARE(FileImporter().importFile(dir.path()).error, QStringLiteral("is a folder, not a file"));
        QFile big(dir.filePath(QStringLiteral("big.txt")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write(QByteArray(3 * 1024 * 1024, 'a'));
        big.close();
        QCOMPARE(FileImporter(2 * 1024 * 1024).importFile(big.fileName()).error, QStringLiteral("is larger than the import limit of 2 MB"));
    }

    // Issue #25: a FIFO blocked the import forever and a link to /dev/zero
    // read until memory ran out. Only regular files are read.
    void onlyRegularFilesAreRead()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe.txt"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QCOMPARE(FileImporter().importFile(fifo).error, QStringLiteral("is not a regular file (a pipe, a socket or a device)"));
        const QString zero = dir.filePath(QStringLiteral("zero.txt"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), zero));
        QCOMPARE(FileImporter().importFile(zero).error, QStringLiteral("is not a regular file (a pipe, a socket or a device)"));
    }

    // Root opens and reads any file whatever its permissions (and tests run
    // as root in the build root), so these failures come from what a file
    // is, not who may read it: a socket is not a file to read, and reading
    // /proc/self/mem at offset 0 (never mapped) fails after the open worked.
    void fileThatCannotBeOpened()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("socket.txt"));
        const int socket = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(socket >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray encoded = QFile::encodeName(path);
        QVERIFY(size_t(encoded.size()) < sizeof(address.sun_path));
        std::copy(encoded.begin(), encoded.end(), address.sun_path);
        QCOMPARE(::bind(socket, reinterpret_cast<const sockaddr *>(&address), sizeof(address)), 0);
        const ImportResult result = FileImporter().importFile(path);
        ::close(socket);
        QCOMPARE(result.error, QStringLiteral("is not a regular file (a pipe, a socket or a device)"));
    }

    void fileThatFailsWhileReading()
    {
        const QString path = QStringLiteral("/proc/self/mem");
        QVERIFY2(QFileInfo(path).isFile(), "needs /proc mounted");
        const ImportResult result = FileImporter().importFile(path);
        QVERIFY2(result.error.startsWith(QStringLiteral("cannot be read: ")), qPrintable(result.error));
    }

private:
    void requireSeeds()
    {
        if (!QDir(seeds).exists())
            QSKIP("the seed articles (../shared/seeds) are not next to this checkout");
    }
};

QTEST_GUILESS_MAIN(PlainTextImporterTest)
#include "tst_plaintextimporter.moc"
