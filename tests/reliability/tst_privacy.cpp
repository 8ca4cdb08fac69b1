// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/articledocument.h"
#include "import/fileimporter.h"

#include <KZip>
#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Lectern;
using namespace Qt::StringLiterals;

namespace {
// Every way a page can ask for something from a server, and every way it
// can carry code: all aimed at BASE, replaced by a listener on this machine.
QByteArray hostilePage(const QByteArray &base)
{
    QByteArray page = "<!DOCTYPE html><html><head><title>Tidewater Notes</title>"
                      "<base href=\"BASE/base/\">"
                      "<meta http-equiv=\"refresh\" content=\"0; url=BASE/refresh\">"
                      "<link rel=\"stylesheet\" href=\"BASE/style.css\">"
                      "<link rel=\"preload\" href=\"BASE/font.woff2\" as=\"font\">"
                      "<link rel=\"icon\" href=\"BASE/favicon.ico\">"
                      "<style>@import url(\"BASE/import.css\"); body { background: url(BASE/bg.png) }</style>"
                      "<script src=\"BASE/tracker.js\"></script>"
                      "<script>var scriptMarker = 'SCRIPT-BODY-MARKER'; fetch('BASE/inline');</script>"
                      "</head><body background=\"BASE/body.png\" onload=\"fetch('BASE/onload')\">"
                      "<article><h1>Tidewater Notes</h1>"
                      "<p>The river meets the sea twice a day, and the marsh between them holds the record of every flood.</p>"
                      "<p onclick=\"alert('HANDLER-MARKER')\">Salt grass grows where the water lingers longest, and its roots bind the mud.</p>"
                      "<img src=\"BASE/photo.jpg\" srcset=\"BASE/photo-2x.jpg 2x\" onerror=\"fetch('BASE/onerror')\" alt=\"marsh\">"
                      "<picture><source srcset=\"BASE/picture.webp\"><img src=\"BASE/picture.jpg\"></picture>"
                      "<iframe src=\"BASE/frame.html\">IFRAME-FALLBACK-MARKER</iframe>"
                      "<video src=\"BASE/clip.mp4\" poster=\"BASE/poster.jpg\"></video>"
                      "<audio src=\"BASE/sound.mp3\"></audio>"
                      "<object data=\"BASE/object.swf\">OBJECT-FALLBACK-MARKER</object><embed src=\"BASE/embed.swf\">"
                      "<svg><image href=\"BASE/svg.png\"/><script>SVG-SCRIPT-MARKER</script></svg>"
                      "<p style=\"background-image: url(BASE/inline-style.png)\">Herons wait at the edge of the channel for the tide to turn.</p>"
                      "<p>Before walking out on the flats at low water, read <a href=\"javascript:alert('JS-LINK-MARKER')\">the tide table</a> and "
                      "check the wind, because the channel fills from behind faster than anyone expects; <a href=\"BASE/page\">the survey</a> "
                      "has the details.</p>"
                      "<form action=\"BASE/form\"><input type=\"image\" src=\"BASE/input.png\"></form>"
                      "<noscript><img src=\"BASE/noscript.png\"></noscript>"
                      "<p>Every spring the survey team counts the nests along the dyke, and the count has risen for six years.</p>"
                      "</article></body></html>";
    return page.replace("BASE", base);
}

QByteArray markdownPage(const QByteArray &base)
{
    QByteArray page = "# Tidewater Notes\n\nThe river meets the sea twice a day.\n\n![marsh](BASE/md-image.png)\n\n"
                      "<img src=\"BASE/md-html-image.png\">\n\n<script>MD-SCRIPT-MARKER</script>\n\n"
                      "[the survey](BASE/md-link) and [a trap](javascript:alert('MD-JS-MARKER')).\n";
    return page.replace("BASE", base);
}

QByteArray epubWith(const QByteArray &chapter)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    KZip archive(&buffer);
    archive.open(QIODevice::WriteOnly);
    archive.writeFile(u"mimetype"_s, "application/epub+zip");
    archive.writeFile(u"META-INF/container.xml"_s,
        "<?xml version=\"1.0\"?><container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">"
        "<rootfiles><rootfile full-path=\"book.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>");
    archive.writeFile(u"book.opf"_s,
        "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\">"
        "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Tidewater</dc:title></metadata>"
        "<manifest><item id=\"c\" href=\"chapter.xhtml\" media-type=\"application/xhtml+xml\"/></manifest>"
        "<spine><itemref idref=\"c\"/></spine></package>");
    archive.writeFile(u"chapter.xhtml"_s, chapter);
    archive.close();
    return bytes;
}
} // namespace

// Importing must never reach the network, and nothing executable or any
// way out of the article may survive into it.
class PrivacyTest : public QObject
{
    Q_OBJECT

private:
    QTcpServer m_server;
    int m_connections = 0;
    QByteArray m_base;
    QTemporaryDir m_dir;

    Article import(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(data);
        file.close();
        const ImportResult result = FileImporter().importFile(path);
        if (!result.ok())
            qFatal("%s: %s", qPrintable(name), qPrintable(result.error));
        // What the reader shows is built from the article: lay it out too.
        QTextDocument document;
        ArticleDocument::build(&document, result.article, ArticleDocument::defaultStyle());
        document.documentLayout()->documentSize();
        return result.article;
    }

    // Lets any connection the import started arrive, then counts.
    int connectionsAfterImport()
    {
        QTest::qWait(300);
        return m_connections;
    }

    static QString everything(const Article &article)
    {
        QStringList parts {article.title, article.byline, article.excerpt, article.canonicalText()};
        for (const RemovedLine &line : article.removed)
            parts << line.text;
        return parts.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                socket->deleteLater();
            }
        });
        m_base = "http://127.0.0.1:" + QByteArray::number(m_server.serverPort());
    }

    // The counter is real: a connection made on purpose is counted.
    void listenerCountsConnections()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server.serverPort());
        QVERIFY(socket.waitForConnected(5000));
        QTRY_COMPARE(m_connections, 1);
        socket.disconnectFromHost();
        m_connections = 0;
    }

    void htmlImportMakesNoRequest()
    {
        const Article article = import(u"tidewater.html"_s, hostilePage(m_base));
        QVERIFY2(article.canonicalText().contains(u"Salt grass grows"_s), qPrintable(article.canonicalText()));
        QCOMPARE(connectionsAfterImport(), 0);
    }

    void htmlImportDropsCode()
    {
        const QString text = everything(import(u"tidewater.html"_s, hostilePage(m_base)));
        for (const QString &marker : {u"SCRIPT-BODY-MARKER"_s, u"HANDLER-MARKER"_s, u"IFRAME-FALLBACK-MARKER"_s, u"SVG-SCRIPT-MARKER"_s, u"JS-LINK-MARKER"_s,
                 u"javascript:"_s, u"fetch("_s, u"127.0.0.1"_s})
            QVERIFY2(!text.contains(marker), qPrintable(marker + u" survived:\n"_s + text));
        // A javascript: link's script goes; its words stay in their sentence
        // (issue #29: they can be a page's only text).
        QVERIFY2(text.contains(u"read the tide table and check the wind"_s), qPrintable(text));
    }

    void markdownImportMakesNoRequest()
    {
        const Article article = import(u"tidewater.md"_s, markdownPage(m_base));
        const QString text = everything(article);
        QVERIFY(text.contains(u"The river meets the sea"_s));
        for (const QString &marker : {u"MD-SCRIPT-MARKER"_s, u"MD-JS-MARKER"_s, u"javascript:"_s})
            QVERIFY2(!text.contains(marker), qPrintable(marker + u" survived:\n"_s + text));
        QCOMPARE(connectionsAfterImport(), 0);
    }

    void epubImportMakesNoRequest()
    {
        const Article article = import(u"tidewater.epub"_s, epubWith(hostilePage(m_base)));
        const QString text = everything(article);
        QVERIFY(text.contains(u"Salt grass grows"_s));
        for (const QString &marker : {u"SCRIPT-BODY-MARKER"_s, u"IFRAME-FALLBACK-MARKER"_s, u"javascript:"_s})
            QVERIFY2(!text.contains(marker), qPrintable(marker + u" survived:\n"_s + text));
        QCOMPARE(connectionsAfterImport(), 0);
    }
};

QTEST_MAIN(PrivacyTest)
#include "tst_privacy.moc"
