// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Saved pages written for issue #29, one for each way a page states its
// title, author, date and site (tests/data/html/reader, described in
// docs/reader-metadata.md): each imports with the expected title,
// byline, date and site, and its text (token F1 against the expected).
// The expectations are written by hand, never generated from the importer.
#include "../common/readerevaluation.h"

#include <QTest>

using namespace Lectern;

namespace {

const QString folder = QStringLiteral(LECTERN_TEST_DATA "/html/reader");

// The pages are short and plain: anything but nearly all of the article's
// words means the wrong block was chosen.
constexpr double MinimumF1 = 0.9;

} // namespace

class ReaderPagesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void page_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList names = ReaderEvaluation::pageNames(folder);
        QVERIFY(names.size() >= 10);
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << name;
    }
    void page()
    {
        QFETCH(QString, name);
        const ReaderEvaluation::Page page = ReaderEvaluation::score(folder, name);
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        QCOMPARE(page.title, page.expected.title);
        QCOMPARE(page.byline, page.expected.byline);
        if (!page.expected.published.isEmpty())
            QCOMPARE(page.published, page.expected.published);
        if (!page.expected.site.isEmpty())
            QCOMPARE(page.site, page.expected.site);
        QVERIFY2(page.f1 >= MinimumF1, qPrintable(QStringLiteral("token F1 %1").arg(page.f1)));
    }

    // The extraction fixtures state only their text (NAME.expected.txt):
    // they are scored for it, and count for no title or byline.
    void textOnlyPagesAreScoredForTheirText()
    {
        const QString extraction = QStringLiteral(LECTERN_TEST_DATA "/html/extraction");
        const QStringList names = ReaderEvaluation::pageNames(extraction);
        QVERIFY(names.contains(QStringLiteral("second-story-in-article")));
        QList<ReaderEvaluation::Page> pages;
        for (const QString &name : names) {
            pages << ReaderEvaluation::score(extraction, name);
            QVERIFY2(pages.last().error.isEmpty(), qPrintable(pages.last().error));
            QVERIFY(pages.last().expected.textOnly);
            QCOMPARE(pages.last().f1, 1.0);
        }
        const ReaderEvaluation::Totals totals = ReaderEvaluation::totals(pages);
        QCOMPARE(totals.pages, int(names.size()));
        QCOMPARE(totals.titled, 0);
        QCOMPARE(totals.bylines, 0);
        QCOMPARE(totals.meanF1, 1.0);
    }
    void tokenF1()
    {
        QCOMPARE(ReaderEvaluation::tokenF1(QStringLiteral("The tide, the tide!"), QStringLiteral("the TIDE the tide")), 1.0);
        // Half of the words found, all of them right: recall 0.5, precision 1.
        QCOMPARE(ReaderEvaluation::tokenF1(QStringLiteral("salt marsh"), QStringLiteral("salt marsh walks return")), 2 * 0.5 / 1.5);
        QCOMPARE(ReaderEvaluation::tokenF1(QStringLiteral("harbour"), QStringLiteral("ferry")), 0.0);
    }
};

QTEST_GUILESS_MAIN(ReaderPagesTest)
#include "tst_readerpages.moc"
