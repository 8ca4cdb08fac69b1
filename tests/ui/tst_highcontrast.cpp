// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/testlibrary.h"

#include "annotation/articleannotations.h"
#include "annotation/taxonomy.h"
#include "mainwindow.h"
#include "reader/readerview.h"
#include "session/readingsession.h"

#include <QApplication>
#include <QCheckBox>
#include <QProxyStyle>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QStyleOptionButton>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

#include <cmath>

using namespace Lectern;
using namespace Qt::StringLiterals;

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
        const QList<qint64> tags = window.session()->taxonomy()->shortcutTags();
        QVERIFY(!tags.isEmpty());
        const int length = int(paragraphs.first().size());
        for (const qint64 tag : tags) {
            reader->setFocus();
            QTextCursor cursor(reader->document());
            cursor.setPosition(0);
            cursor.setPosition(length, QTextCursor::KeepAnchor);
            reader->setTextCursor(cursor);
            QTest::keyClick(reader, Qt::Key_1 + int(tags.indexOf(tag)));
            QVERIFY(window.session()->annotations()->count() == 1);
            const QColor tint = highlightAt(reader->document(), 5);
            QVERIFY2(tint.isValid(), "the claim has no highlight");
            const QColor under = over(tint, base);
            const double ratio = contrast(text, under);
            const QString why = QStringLiteral("tag %1 (%2) leaves %3:1 under %4 text")
                                    .arg(window.session()->taxonomy()->tag(tag)->name, tint.name(QColor::HexArgb), QString::number(ratio, 'f', 2), text.name());
            QVERIFY2(ratio >= 4.5, qPrintable(why));
            cursor.setPosition(5);
            reader->setTextCursor(cursor);
            QTest::keyClick(reader, Qt::Key_Delete);
            QCOMPARE(window.session()->annotations()->count(), 0);
        }
    }

    // Issue #26: in Lectern's dark scheme, links (the generated summary's
    // sentences) and disabled text keep 4.5:1, unchecked boxes 3:1.
    void darkSchemeKeepsEverythingLegible()
    {
        TestLibrary library;
        MainWindow window(library.database());
        QApplication::setStyle(QStringLiteral("Fusion"));
        window.setColorScheme(MainWindow::ColorScheme::Dark);
        const QPalette palette = QApplication::palette();
        const QColor window_ = palette.color(QPalette::Window);
        const QColor base = palette.color(QPalette::Base);
        QVERIFY(luminance(base) < 0.05);
        const struct {
            const char *what;
            QColor colour;
            QColor under;
        } texts[] = {
            {"link", palette.color(QPalette::Link), base},
            {"visited link", palette.color(QPalette::LinkVisited), base},
            {"disabled menu text", palette.color(QPalette::Disabled, QPalette::WindowText), window_},
            {"disabled text", palette.color(QPalette::Disabled, QPalette::Text), base},
            {"disabled button text", palette.color(QPalette::Disabled, QPalette::ButtonText), palette.color(QPalette::Disabled, QPalette::Button)},
        };
        for (const auto &text : texts)
            QVERIFY2(contrast(text.colour, text.under) >= 4.5,
                     qPrintable(QStringLiteral("%1 %2 on %3: %4:1").arg(QLatin1StringView(text.what), text.colour.name(), text.under.name())
                                    .arg(contrast(text.colour, text.under), 0, 'f', 2)));
        QCheckBox check(u"Sticky tag"_s);
        QRadioButton radio(u"Light"_s);
        for (QAbstractButton *button : {static_cast<QAbstractButton *>(&check), static_cast<QAbstractButton *>(&radio)}) {
            button->setPalette(palette);
            button->resize(button->sizeHint());
            const QImage image = button->grab().toImage();
            QStyleOptionButton option;
            option.initFrom(button);
            const QRect indicator = button->style()->subElementRect(
                button == &check ? QStyle::SE_CheckBoxIndicator : QStyle::SE_RadioButtonIndicator, &option, button);
            double strongest = 0;
            for (int y = indicator.top(); y <= indicator.bottom(); ++y) {
                for (int x = indicator.left(); x <= indicator.right(); ++x)
                    strongest = std::max(strongest, contrast(image.pixelColor(x, y), window_));
            }
            QVERIFY2(strongest >= 3.0, qPrintable(QStringLiteral("%1: its outline reaches %2:1").arg(QLatin1StringView(button->metaObject()->className())).arg(strongest, 0, 'f', 2)));
        }
        window.setColorScheme(MainWindow::ColorScheme::Light);
    }
};

QTEST_MAIN(HighContrastTest)
#include "tst_highcontrast.moc"
