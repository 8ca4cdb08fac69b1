// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/testlibrary.h"

#include "annotation/articleannotations.h"
#include "annotation/claimsoutlinemodel.h"
#include "annotation/claimstatistics.h"
#include "annotation/libraryclaimsmodel.h"
#include "annotation/tagmatrixmodel.h"
#include "annotation/tagpalette.h"
#include "annotation/taxonomy.h"
#include "claims/chartcanvas.h"
#include "claims/claimchartsview.h"
#include "claims/claimsbrowser.h"
#include "import/fileimporter.h"
#include "mainwindow.h"
#include "panel/claimspane.h"
#include "panel/sidepanel.h"
#include "panel/sidetabbar.h"
#include "reader/readerview.h"
#include "related/relatedarticlesmodel.h"
#include "search/searchresultsmodel.h"
#include "session/readingsession.h"
#include "store/claimstore.h"
#include "summary/extractivesummarizer.h"
#include "library/librarymodel.h"
#include "library/librarypane.h"
#include "library/topicfilterbar.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QValueAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QScreen>
#include <QUrlQuery>

using namespace Lectern;

namespace {
// Paragraphs written for these tests, long enough that the end of the
// article is well below the first screen.
QStringList longArticle(const QString &subject, int paragraphs)
{
    QStringList result;
    for (int i = 0; i < paragraphs; ++i)
        result << QStringLiteral("Paragraph %1 on %2: keepers logged the weather, the %2 and the passing ships every hour, "
                                 "and their notes on the %2 still fill the archive shelves today.")
                      .arg(i + 1)
                      .arg(subject);
    result << QStringLiteral("Automation of the %1 made the coast quieter but left nobody to watch the %1 at night.").arg(subject);
    return result;
}

QChart *chartOf(ChartCanvas *canvas)
{
    const auto *view = qobject_cast<QChartView *>(canvas ? canvas->widget() : nullptr);
    return view ? view->chart() : nullptr;
}

qint64 addClaim(Database &database, qint64 articleId, const QString &exact, qint64 tagId)
{
    const QString text = LibraryStore(database).article(articleId)->canonicalText();
    const int start = int(text.indexOf(exact));
    Claim claim;
    claim.articleId = articleId;
    claim.anchor = TextAnchor::describe(text, start, start + int(exact.size()));
    claim.tagIds = {tagId};
    claim.created = claim.modified = QDateTime::currentDateTimeUtc();
    QString error;
    if (!ClaimStore(database).insert(&claim, &error))
        qWarning("%s", qPrintable(error));
    return claim.id;
}

void openShown(MainWindow &window, qint64 articleId)
{
    window.resize(1200, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openArticle(articleId);
    window.reader()->scrollToPosition(0);
    // The panel fills once the article's text is painted.
    QTRY_COMPARE(window.sidePanel()->articleId(), articleId);
}
} // namespace

class SidePanelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    // Issue #26: Japanese tab labels down the side were Latin-style lines
    // turned on their side; CJK is written upright, one character under the next.
    void cjkTabLabelsAreUpright()
    {
        QVERIFY(SideTabBar::isUprightLabel(QStringLiteral("関連")));
        QVERIFY(SideTabBar::isUprightLabel(QStringLiteral("要約(&S)")));
        QVERIFY(!SideTabBar::isUprightLabel(QStringLiteral("Related")));
        QVERIFY(!SideTabBar::isUprightLabel(QStringLiteral("1")));
        // "一" is one horizontal stroke: upright, its ink is wider than tall.
        const auto inkOf = [](const QString &label) {
            SidePanel panel;
            QFont font = panel.tabBar()->font();
            font.setPixelSize(40);
            panel.tabBar()->setFont(font);
            for (int i = 0; i < panel.count(); ++i)
                panel.setTabText(i, label);
            panel.resize(400, 800);
            panel.show();
            if (!QTest::qWaitForWindowExposed(&panel))
                return QRect();
            const QImage image = panel.tabBar()->grab().toImage();
            const QRect inside = panel.tabBar()->tabRect(0).adjusted(6, 6, -6, -6);
            QRect ink;
            for (int y = inside.top(); y <= inside.bottom(); ++y)
                for (int x = inside.left(); x <= inside.right(); ++x)
                    if (qGray(image.pixel(x, y)) < 80)
                        ink |= QRect(x, y, 1, 1);
            return ink;
        };
        const QRect upright = inkOf(QStringLiteral("一"));
        QVERIFY2(upright.width() > 2 * upright.height(), qPrintable(QStringLiteral("%1x%2").arg(upright.width()).arg(upright.height())));
        const QRect turned = inkOf(QStringLiteral("——")); // other labels still turn with the bar
        QVERIFY2(turned.height() > 2 * turned.width(), qPrintable(QStringLiteral("%1x%2").arg(turned.width()).arg(turned.height())));
    }

    void curatedCardShowsEverySection()
    {
        const ImportResult imported = FileImporter().importFile(QStringLiteral(LECTERN_TEST_DATA "/cards/tidal-energy-card.txt"));
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        const QString html = SidePanel::summaryHtmlFor(imported.article);
        const QStringList expected{
            QStringLiteral("Curated summary"),
            QStringLiteral("<h4>Summary</h4>"),
            QStringLiteral("maintenance, not installation, decided the cost"),
            QStringLiteral("<h4>Key takeaway</h4>"),
            QStringLiteral("Predictability is worth more to a grid operator"),
            QStringLiteral("<h4>Key insights</h4>"),
            QStringLiteral("<li>Barnacles and silt doubled the planned maintenance hours in the first winter.</li>"),
            QStringLiteral("<h4>Principles</h4>"),
            QStringLiteral("<li>Sell what you can forecast.</li>"),
            QStringLiteral("<h4>In practice</h4>"),
            QStringLiteral("<li>Budget divers and cleaning before turbines.</li>"),
            QStringLiteral("<h4>Topics</h4>"),
            QStringLiteral("<h4>Best for</h4>"),
            QStringLiteral("<li>Port authorities</li>"),
            QStringLiteral("<h4>Related on Example Digest</h4>"),
            QStringLiteral("<li>Why Wind Farms Need Weather Forecasters</li>"),
            QStringLiteral("Originally published by The Example Harbour Gazette"),
        };
        for (const QString &part : expected)
            QVERIFY2(html.contains(part), qPrintable(part));
        // Topics are chips that link to a library filter.
        for (const QString &topic : {QStringLiteral("Tidal power"), QStringLiteral("Energy markets"), QStringLiteral("Coastal infrastructure")})
            QVERIFY2(html.contains(QStringLiteral(">&nbsp;%1&nbsp;</a>").arg(topic)), qPrintable(topic));
        QVERIFY(html.contains(QStringLiteral("lectern:topic?name=Tidal%20power")));
        // A curated card is never mixed with a generated summary.
        QVERIFY(!html.contains(QStringLiteral("Generated summary")));
        // Sections appear in the curator's order.
        QVERIFY(html.indexOf(QStringLiteral("Key takeaway")) < html.indexOf(QStringLiteral("Key insights")));
        QVERIFY(html.indexOf(QStringLiteral("<h4>Topics</h4>")) < html.indexOf(QStringLiteral("<h4>Best for</h4>")));
    }

    void topicChipFiltersTheLibrary()
    {
        TestLibrary library;
        ImportResult imported = FileImporter().importFile(QStringLiteral(LECTERN_TEST_DATA "/cards/tidal-energy-card.txt"));
        StoreOutcome outcome;
        QString error;
        QVERIFY(LibraryStore(library.database()).add(imported.article, &outcome, &error));
        const qint64 card = outcome.articleId;
        // The same topic from a source's tags, in another case.
        Article tagged;
        tagged.title = QStringLiteral("Estuary barrages");
        tagged.format = QStringLiteral("text");
        tagged.tags = {QStringLiteral("tidal  POWER")};
        tagged.blocks.append(Block::paragraph(QStringLiteral("Barrages hold back the estuary and release it through turbines.")));
        QVERIFY(LibraryStore(library.database()).add(tagged, &outcome, &error));
        const qint64 taggedId = outcome.articleId;
        // Mentions the topic's words without having the topic: a text search
        // would list it, the topic filter must not.
        library.addArticle(QStringLiteral("Chess clubs"), {QStringLiteral("A club once debated tidal power between games.")});
        library.addArticle(QStringLiteral("Sourdough"), {QStringLiteral("Feed the starter with rye.")});

        MainWindow window(library.database());
        openShown(window, card);
        QTreeView *list = window.libraryPane()->libraryView();
        QAbstractItemModelTester libraryTester(list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(list->model()->rowCount(), 4);

        // Click the chip where the summary draws it.
        QTextBrowser *summary = window.sidePanel()->summaryView();
        window.sidePanel()->setCurrentIndex(0);
        const QTextCursor chip = summary->document()->find(QStringLiteral("Tidal power"));
        QVERIFY(!chip.isNull());
        QVERIFY(chip.charFormat().isAnchor());
        QTextCursor inside(summary->document());
        inside.setPosition(chip.selectionStart() + 2);
        summary->ensureCursorVisible();
        summary->setTextCursor(inside);
        summary->ensureCursorVisible();
        const QPoint at = summary->cursorRect(inside).center();
        QTest::mouseClick(summary->viewport(), Qt::LeftButton, {}, at);

        TopicFilterBar *bar = window.libraryPane()->topicBar();
        QTRY_VERIFY(bar->isVisible());
        QCOMPARE(bar->text(), QStringLiteral("Topic: Tidal power"));
        QCOMPARE(list->isVisible(), true);
        QSet<qint64> shown;
        for (int row = 0; row < list->model()->rowCount(); ++row)
            shown << list->model()->index(row, 0).data(LibraryModel::ArticleIdRole).toLongLong();
        QCOMPARE(shown, (QSet<qint64>{card, taggedId}));

        // The chip's × shows every article again.
        QTest::mouseClick(bar->clearButton(), Qt::LeftButton);
        QVERIFY(!bar->isVisible());
        QCOMPARE(list->model()->rowCount(), 4);
    }

    void panelFillsAfterTheArticleIsPainted()
    {
        TestLibrary library;
        const qint64 first = library.addArticle(QStringLiteral("Lighthouses"), longArticle(QStringLiteral("lighthouse"), 30));
        const qint64 second = library.addArticle(QStringLiteral("Harbours"), longArticle(QStringLiteral("harbour"), 30));
        MainWindow window(library.database());
        openShown(window, first);
        window.openArticle(second);
        // Nothing of the new article's panel is made before its text is drawn.
        QCOMPARE(window.sidePanel()->articleId(), first);
        QCOMPARE(window.reader()->document()->toPlainText(), LibraryStore(library.database()).article(second)->canonicalText());
        QTRY_COMPARE(window.sidePanel()->articleId(), second);
        QVERIFY(window.sidePanel()->summaryHtml().contains(QStringLiteral("harbour")));
        // A hidden window paints nothing: its panel fills at once.
        window.hide();
        window.openArticle(first);
        QCOMPARE(window.sidePanel()->articleId(), first);
    }

    void generatedSummarySentenceMovesTheReader()
    {
        TestLibrary library;
        const qint64 id = library.addArticle(QStringLiteral("Lighthouses"), longArticle(QStringLiteral("lighthouse"), 30));
        MainWindow window(library.database());
        openShown(window, id);
        const QString html = window.sidePanel()->summaryHtml();
        QVERIFY(html.contains(QStringLiteral("Generated summary")));
        QVERIFY(html.contains(QStringLiteral("not by a curator")));
        const GeneratedSummary generated = ExtractiveSummarizer().summarize(*LibraryStore(library.database()).article(id));
        QVERIFY(generated.sentences.size() >= 3);
        const GeneratedSummary::Sentence last = generated.sentences.last();
        QVERIFY(html.contains(last.text.toHtmlEscaped()));
        ReaderView *reader = window.reader();
        const int before = reader->verticalScrollBar()->value();
        QUrl url(QStringLiteral("lectern:passage"));
        url.setQuery(QUrlQuery{{QStringLiteral("start"), QString::number(last.start)}, {QStringLiteral("end"), QString::number(last.end)}});
        Q_EMIT window.sidePanel()->summaryView()->anchorClicked(url);
        QCOMPARE(reader->selectedRange(), std::make_pair(last.start, last.end));
        QCOMPARE(reader->textCursor().selectedText(), last.text);
        QVERIFY(reader->verticalScrollBar()->value() > before);
    }

    void clickingAClaimMovesTheReader()
    {
        TestLibrary library;
        const qint64 id = library.addArticle(QStringLiteral("Lighthouses"), longArticle(QStringLiteral("lighthouse"), 40));
        const QString exact = QStringLiteral("left nobody to watch the lighthouse at night");
        const qint64 tag = *Taxonomy(library.database()).findByPath(QStringLiteral("Security"));
        const qint64 claimId = addClaim(library.database(), id, exact, tag);
        MainWindow window(library.database());
        openShown(window, id);
        window.sidePanel()->setCurrentIndex(window.sidePanel()->indexOf(window.claimsPane()->parentWidget()));
        QTreeView *view = window.claimsPane()->view();
        view->expandAll();
        QModelIndex claimIndex;
        for (int group = 0; group < view->model()->rowCount() && !claimIndex.isValid(); ++group) {
            const QModelIndex parent = view->model()->index(group, 0);
            for (int row = 0; row < view->model()->rowCount(parent); ++row) {
                if (view->model()->index(row, 0, parent).data(ClaimsOutlineModel::ClaimIdRole).toLongLong() == claimId)
                    claimIndex = view->model()->index(row, 0, parent);
            }
        }
        QVERIFY(claimIndex.isValid());
        ReaderView *reader = window.reader();
        const int before = reader->verticalScrollBar()->value();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(claimIndex).center());
        const int start = int(reader->document()->toPlainText().indexOf(exact));
        QCOMPARE(reader->textCursor().position(), start);
        QVERIFY(reader->verticalScrollBar()->value() > before);
        // The claim is on screen.
        const QRect cursor = reader->cursorRect();
        QVERIFY(reader->viewport()->rect().contains(cursor.center()));
    }

    void relatedTabOpensTheArticle()
    {
        TestLibrary library;
        const qint64 first = library.addArticle(QStringLiteral("Lighthouse keepers"), longArticle(QStringLiteral("lighthouse"), 3), QStringLiteral("/a"));
        const qint64 second = library.addArticle(QStringLiteral("Lighthouse automation"), longArticle(QStringLiteral("lighthouse"), 4), QStringLiteral("/b"));
        library.addArticle(QStringLiteral("Bread"), {QStringLiteral("Flour, water, salt and patience make sourdough bread rise.")}, QStringLiteral("/c"));
        MainWindow window(library.database());
        openShown(window, first);
        window.sidePanel()->showRelated();
        QListView *view = window.sidePanel()->relatedView();
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view->model()->rowCount(), 1);
        const QModelIndex index = view->model()->index(0, 0);
        QCOMPARE(index.data(RelatedArticlesModel::ArticleIdRole).toLongLong(), second);
        QVERIFY(index.data().toString().contains(QStringLiteral("Similar terms")));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        QCOMPARE(window.session()->articleId(), second);
        // Now open, the second article lists the first.
        QTRY_COMPARE(window.sidePanel()->articleId(), second);
        QCOMPARE(view->model()->index(0, 0).data(RelatedArticlesModel::ArticleIdRole).toLongLong(), first);
    }

    void chartsSayWhyWithoutTheirPlugin()
    {
        TestLibrary library;
        Taxonomy taxonomy(library.database());
        const QTemporaryDir empty;
        qputenv("LECTERN_PLUGIN_PATH", QFile::encodeName(empty.path()));
        {
            ClaimChartsView missing(&taxonomy);
            qunsetenv("LECTERN_PLUGIN_PATH");
            QVERIFY(!missing.perTagChart());
            missing.setStatistics(ClaimStatistics{});
            const auto *reason = missing.findChild<QLabel *>();
            QVERIFY(reason);
            QVERIFY2(reason->text().contains(QStringLiteral("the plugin lectern_charts could not be loaded")), qPrintable(reason->text()));
        }
        // Found again once it is where Lectern looks.
        ClaimChartsView found(&taxonomy);
        QVERIFY(chartOf(found.perTagChart()));
        QVERIFY(!found.findChild<QLabel *>());
    }

    void claimsBrowserFiltersAsYouTypeAndOpensClaims()
    {
        TestLibrary library;
        const qint64 a = library.addArticle(QStringLiteral("Lighthouses"), longArticle(QStringLiteral("lighthouse"), 40), QStringLiteral("/a"));
        const qint64 b = library.addArticle(QStringLiteral("Harbours"), longArticle(QStringLiteral("harbour"), 2), QStringLiteral("/b"));
        Taxonomy taxonomy(library.database());
        const qint64 security = *taxonomy.findByPath(QStringLiteral("Security"));
        const qint64 innovation = *taxonomy.findByPath(QStringLiteral("Innovation"));
        const qint64 nightClaim = addClaim(library.database(), a, QStringLiteral("left nobody to watch the lighthouse at night"), security);
        addClaim(library.database(), a, QStringLiteral("keepers logged the weather"), innovation);
        addClaim(library.database(), b, QStringLiteral("made the coast quieter"), security);
        MainWindow window(library.database());
        openShown(window, b);
        ClaimsBrowser *browser = window.showClaimsBrowser();
        QVERIFY(browser->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(browser));
        const QRect available = window.screen()->availableGeometry();
        QVERIFY2(available.contains(browser->frameGeometry()), qPrintable(QStringLiteral("%1x%2 at %3,%4 on a %5x%6 screen")
                                                                              .arg(browser->frameGeometry().width())
                                                                              .arg(browser->frameGeometry().height())
                                                                              .arg(browser->frameGeometry().x())
                                                                              .arg(browser->frameGeometry().y())
                                                                              .arg(available.width())
                                                                              .arg(available.height())));
        QAbstractItemModelTester tester(browser->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(browser->model()->rowCount(), 3);
        QTest::keyClicks(browser->textFilter(), QStringLiteral("nobody"));
        QCOMPARE(browser->model()->rowCount(), 1);
        browser->textFilter()->clear();
        browser->tagFilter()->setCurrentIndex(browser->tagFilter()->findData(security));
        QCOMPARE(browser->model()->rowCount(), 2);

        browser->tabs()->setCurrentIndex(1);
        QCOMPARE(browser->matrixModel()->rowCount(), 2);
        QCOMPARE(browser->matrixModel()->columnCount(), 1);
        browser->tabs()->setCurrentIndex(3);
        QChart *perTag = chartOf(browser->charts()->perTagChart());
        QVERIFY(perTag);
        QCOMPARE(perTag->series().size(), 1);
        QCOMPARE(static_cast<QBarSeries *>(perTag->series().constFirst())->barSets().constFirst()->label(), taxonomy.path(security));
        QChart *stances = chartOf(browser->charts()->stanceChart());
        QVERIFY(stances);
        QCOMPARE(stances->series().size(), 1);
        QCOMPARE(static_cast<QBarSeries *>(stances->series().constFirst())->count(), 3);
        // Issue #26: counts are whole numbers, so the axis ticks are too
        // (it read 0, 0, 1, 1, 2 for 2 claims).
        for (QChart *chart : {perTag, stances}) {
            const auto *counts = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).constFirst());
            QVERIFY(counts);
            QCOMPARE(counts->tickType(), QValueAxis::TicksDynamic);
            QVERIFY(counts->tickInterval() >= 1 && counts->tickInterval() == std::round(counts->tickInterval()));
            QCOMPARE(std::fmod(counts->max(), counts->tickInterval()), 0.0);
        }
        // Stances are told apart by shade and pattern, never by a colour a tag could have.
        QSet<QRgb> tagColours;
        for (const Tag &tag : taxonomy.tags())
            tagColours.insert(tag.color.rgb());
        for (const QColor &colour : TagPalette::colours())
            tagColours.insert(colour.rgb());
        QSet<std::pair<QRgb, int>> stanceLooks;
        for (QBarSet *set : static_cast<QBarSeries *>(stances->series().constFirst())->barSets()) {
            QVERIFY2(!tagColours.contains(set->brush().color().rgb()), qPrintable(set->label()));
            QCOMPARE(set->brush().color().hslSaturation(), 0);
            stanceLooks.insert({set->brush().color().rgb(), int(set->brush().style())});
        }
        QCOMPARE(stanceLooks.size(), 3);
        // The charts follow a dark scheme.
        QCOMPARE(stances->backgroundBrush().color(), browser->palette().color(QPalette::Base));
        QPalette dark = browser->palette();
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        browser->setPalette(dark);
        QTRY_COMPARE(stances->backgroundBrush().color(), QColor(0x1e, 0x1e, 0x1e));
        QCOMPARE(stances->titleBrush().color(), QColor(0xe6, 0xe6, 0xe6));
        QCOMPARE(stances->axes(Qt::Vertical).constFirst()->labelsBrush().color(), QColor(0xe6, 0xe6, 0xe6));
        browser->tabs()->setCurrentIndex(0);

        // Activating a claim opens its article at the claim.
        QModelIndex row;
        for (int i = 0; i < browser->model()->rowCount(); ++i) {
            if (browser->model()->index(i, 0).data(LibraryClaimsModel::ClaimIdRole).toLongLong() == nightClaim)
                row = browser->model()->index(i, 0);
        }
        QVERIFY(row.isValid());
        Q_EMIT browser->claimsView()->activated(row);
        QCOMPARE(window.session()->articleId(), a);
        QCOMPARE(window.reader()->textCursor().position(), int(window.reader()->document()->toPlainText().indexOf(QStringLiteral("left nobody"))));
    }
};

QTEST_MAIN(SidePanelTest)
#include "tst_sidepanel.moc"
