// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in clutter rules (resources/import/clutter.json) as reader mode
// applies them to one element: how class and id names are split into
// words, and which blocks are clutter by their heading or their links.
#include "import/clutterrules.h"
#include "import/htmltree.h"

#include <QFile>
#include <QTest>

using namespace Lectern;
using namespace Qt::StringLiterals;

namespace {

// The first element of body's children in a page made of markup.
class Element
{
public:
    explicit Element(const QByteArray &markup)
        : m_tree("<!DOCTYPE html><html><body>" + markup + "</body></html>")
    {
    }

    const GumboNode *node() const
    {
        const GumboNode *body = m_tree.section(GUMBO_TAG_BODY);
        const GumboVector &children = body->v.element.children;
        for (unsigned int i = 0; i < children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(children.data[i]);
            if (HtmlTree::isElement(child))
                return child;
        }
        return nullptr;
    }

private:
    HtmlTree m_tree;
};

} // namespace

class ClutterRulesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classHint_data()
    {
        QTest::addColumn<QByteArray>("markup");
        QTest::addColumn<QString>("strict");
        QTest::addColumn<QString>("lenient");
        QTest::newRow("plural") << "<div id='comments'></div>"_ba << u"comment"_s << u"comment"_s;
        QTest::newRow("camelCase") << "<div class='shareButton'></div>"_ba << u"share"_s << u"share"_s;
        QTest::newRow("two words") << "<div class='widget most-read'></div>"_ba << u"most read"_s << u"most read"_s;
        QTest::newRow("inside a word") << "<div class='js-shareable-quotes'></div>"_ba << QString() << QString();
        QTest::newRow("ad as a word") << "<div class='ad-slot'></div>"_ba << u"ad"_s << u"ad"_s;
        QTest::newRow("ad inside a word") << "<div class='header-download'></div>"_ba << u"header"_s << QString();
        QTest::newRow("weak word") << "<div class='menu-wrapper'></div>"_ba << u"menu"_s << QString();
        QTest::newRow("weak word with content") << "<div class='entry-header'></div>"_ba << QString() << QString();
        QTest::newRow("weak word in a camelCase name") << "<span class='MathJax CtxtMenu_Attached_0'></span>"_ba << QString() << QString();
        QTest::newRow("digits split") << "<div class='bio2'></div>"_ba << u"bio"_s << u"bio"_s;
    }
    void classHint()
    {
        QFETCH(QByteArray, markup);
        QFETCH(QString, strict);
        QFETCH(QString, lenient);
        const Element element(markup);
        QCOMPARE(ClutterRules::builtIn().classHint(element.node(), false), strict);
        QCOMPARE(ClutterRules::builtIn().classHint(element.node(), true), lenient);
    }

    void blockHint_data()
    {
        QTest::addColumn<QByteArray>("markup");
        QTest::addColumn<QString>("hint");
        QTest::newRow("gallery heading") << "<div><h2>The harbour in pictures</h2><figure></figure></div>"_ba << u"gallery"_s;
        QTest::newRow("related heading") << "<section><h3>More on this story</h3><p>x</p></section>"_ba << u"related links"_s;
        QTest::newRow("comments heading") << "<div><h3>12 Comments</h3></div>"_ba << u"comments"_s;
        QTest::newRow("a heading of the article") << "<section><h2>More on the tides</h2><p>x</p></section>"_ba << QString();
        QTest::newRow("a plain section") << "<section><h2>Life between the tides</h2><p>x</p></section>"_ba << QString();
        QTest::newRow("link list") << "<ul><li><a href='/a'>Storms</a></li><li><a href='/b'>Ships</a></li><li><a href='/c'>Lights</a></li></ul>"_ba
                                   << u"link list"_s;
        QTest::newRow("short link list") << "<ul><li><a href='/a'>Storms</a></li><li><a href='/b'>Ships</a></li></ul>"_ba << QString();
        QTest::newRow("list of prose")
            << "<ul><li>Upper pools warm <a href='/a'>fast</a></li><li>Lower pools stay cool</li><li>Sea stars hunt mussels</li></ul>"_ba << QString();
    }
    void blockHint()
    {
        QFETCH(QByteArray, markup);
        QFETCH(QString, hint);
        const Element element(markup);
        QCOMPARE(ClutterRules::builtIn().blockHint(element.node()), hint);
    }

    // Each rule file loads whole; a bad pattern is reported, not ignored.
    void builtInRulesAreValid()
    {
        QFile file(u":/lectern/import/clutter.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        ClutterRules::fromJson(file.readAll(), &error);
        QCOMPARE(error, QString());
        ClutterRules::fromJson("{\"headings\": [{\"name\": \"broken\", \"match\": \"(unclosed\"}]}", &error);
        QVERIFY(error.contains(u"broken"_s));
    }
};

QTEST_GUILESS_MAIN(ClutterRulesTest)
#include "tst_clutterrules.moc"
