// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/testlibrary.h"

#include "annotation/articleannotations.h"
#include "annotation/taxonomy.h"
#include "mainwindow.h"
#include "reader/readerview.h"

#include <QApplication>
#include <QProxyStyle>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

#include <cmath>

using namespace Lectern;

namespace {
const QStringList paragraphs = {QStringLiteral("The harbour board says the new breakwater will be finished by spring.")};

// A style whose palette is what a desktop's high-contrast scheme hands Qt
// when the platform gives none of its own (as offscreen does).
class HighContrastStyle : public QProxyStyle
{
public:
    HighContrastStyle(bool dark)
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
        , m_dark(dark)
    {
    }
    QPalette standardPalette() const override
    {
        const QColor background = m_dark ? Qt::black : Qt::white;
        const QColor foreground = m_dark ? Qt::white : Qt::black;
        QPalette palette(foreground, background, foreground, foreground, foreground, foreground, background);
        palette.setColor(QPalette::Base, background);
        palette.setColor(QPalette::Text, foreground);
        palette.setColor(QPalette::Highlight, m_dark ? QColor(Qt::yellow) : QColor(Qt::darkBlue));
        palette.setColor(QPalette::HighlightedText, m_dark ? Qt::black : Qt::white);
        return palette;
    }

private:
    bool m_dark;
};

double luminance(const QColor &colour)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

// WCAG 2 contrast ratio, 1 to 21.
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor over(const QColor &top, const QColor &bottom)
{
    const double a = top.alphaF();
    return QColor::fromRgbF(float(top.redF() * a + bottom.redF() * (1 - a)), float(top.greenF() * a + bottom.greenF() * (1 - a)),
                            float(top.blueF() * a + bottom.blueF() * (1 - a)));
}

// The background the highlighter gives position, or an invalid colour.
QColor highlightAt(QTextDocument *document, int position)
{
    const QTextBlock block = document->findBlock(position);
    const int offset = position - block.position();
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (offset >= range.start && offset < range.start + range.length && range.format.background().style() == Qt::SolidPattern)
            return range.format.background().color();
    }
    return {};
}
} // namespace

// The reader keeps its text legible when the desktop uses a high-contrast
// palette: it draws in the palette's colours, and a claim's tint leaves at
// least WCAG AA contrast (4.5:1) between the text and what lies under it.
class HighContrastTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void highlightsKeepTextLegible_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("white on black") << true;
        QTest::newRow("black on white") << false;
    }
    void highlightsKeepTextLegible()
    {
        QFETCH(bool, dark);
        TestLibrary library;
        const qint64 articleId = library.addArticle(QStringLiteral("Breakwater"), paragraphs);
        MainWindow window(library.database());
        // The desktop switches to high contrast while Lectern runs (the
        // offscreen platform's own theme palette would win at start-up).
        QApplication::setStyle(new HighContrastStyle(dark));
        QApplication::setPalette(QApplication::style()->standardPalette());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openArticle(articleId);
        ReaderView *reader = window.reader();
        const QColor base = reader->palette().color(QPalette::Base);
        const QColor text = reader->palette().color(QPalette::Text);
        QCOMPARE(base, dark ? QColor(Qt::black) : QColor(Qt::white));
        QCOMPARE(text, dark ? QColor(Qt::white) : QColor(Qt::black));

        // One claim per tag with a key, each checked in turn.
        const QList<qint64> tags = window.taxonomy()->shortcutTags();
        QVERIFY(!tags.isEmpty());
        const int length = int(paragraphs.first().size());
        for (const qint64 tag : tags) {
            reader->setFocus();
            QTextCursor cursor(reader->document());
            cursor.setPosition(0);
            cursor.setPosition(length, QTextCursor::KeepAnchor);
            reader->setTextCursor(cursor);
            QTest::keyClick(reader, Qt::Key_1 + int(tags.indexOf(tag)));
            QVERIFY(window.annotations()->count() == 1);
            const QColor tint = highlightAt(reader->document(), 5);
            QVERIFY2(tint.isValid(), "the claim has no highlight");
            const QColor under = over(tint, base);
            const double ratio = contrast(text, under);
            const QString why = QStringLiteral("tag %1 (%2) leaves %3:1 under %4 text")
                                    .arg(window.taxonomy()->tag(tag)->name, tint.name(QColor::HexArgb), QString::number(ratio, 'f', 2), text.name());
            QVERIFY2(ratio >= 4.5, qPrintable(why));
            cursor.setPosition(5);
            reader->setTextCursor(cursor);
            QTest::keyClick(reader, Qt::Key_Delete);
            QCOMPARE(window.annotations()->count(), 0);
        }
    }
};

QTEST_MAIN(HighContrastTest)
#include "tst_highcontrast.moc"
