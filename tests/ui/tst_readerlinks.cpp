// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reader/linkopener.h"
#include "reader/readerview.h"

#include <QApplication>
#include <QDesktopServices>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace Lectern;
using namespace Qt::StringLiterals;

// Stands in for the system browser: records what it was asked to open.
class BrowserStandIn : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened << url; }
};

class ReaderLinksTest : public QObject
{
    Q_OBJECT

private:
    BrowserStandIn m_browser;
    QString m_askedAbout;
    bool m_asked = false;

    // Answers the confirmation the next click brings up, if any.
    void answerNextQuestion(QMessageBox::StandardButton answer)
    {
        m_asked = false;
        m_askedAbout.clear();
        QTimer::singleShot(0, this, [this, answer] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            m_asked = true;
            m_askedAbout = box->text() + u'\n' + box->informativeText();
            box->button(answer)->click();
        });
    }

    void click(ReaderView &view, const QUrl &url)
    {
        Q_EMIT view.anchorClicked(url);
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const QString &scheme : {u"http"_s, u"https"_s, u"mailto"_s, u"file"_s, u"javascript"_s, u"data"_s})
            QDesktopServices::setUrlHandler(scheme, &m_browser, "open");
    }

    void init() { m_browser.opened.clear(); }

    void cancelOpensNothing()
    {
        ReaderView view;
        view.show();
        answerNextQuestion(QMessageBox::Cancel);
        click(view, QUrl(u"https://example.org/tide-tables"_s));
        QVERIFY(m_asked);
        QVERIFY2(m_askedAbout.contains(u"https://example.org/tide-tables"_s), qPrintable(m_askedAbout));
        QVERIFY(m_browser.opened.isEmpty());
    }

    void confirmOpensInTheBrowser()
    {
        ReaderView view;
        view.show();
        answerNextQuestion(QMessageBox::Open);
        click(view, QUrl(u"https://example.org/tide-tables"_s));
        QVERIFY(m_asked);
        QCOMPARE(m_browser.opened, QList<QUrl> {QUrl(u"https://example.org/tide-tables"_s)});
    }

    void clickingALinkInTheTextAsks()
    {
        ReaderView view;
        view.resize(600, 400);
        view.setHtml(u"<p><a href=\"https://example.org/survey\">THE-SURVEY-LINK</a></p>"_s);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QTextCursor found = view.document()->find(u"THE-SURVEY-LINK"_s);
        QVERIFY(!found.isNull());
        QTextCursor at(view.document());
        at.setPosition(found.selectionStart() + 3);
        const QPoint point = view.cursorRect(at).center();
        answerNextQuestion(QMessageBox::Open);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, point);
        QTRY_COMPARE(m_browser.opened, QList<QUrl> {QUrl(u"https://example.org/survey"_s)});
        QVERIFY(m_asked);
    }

    void unsafeLinksAreNeverOpened_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::newRow("javascript") << QUrl(u"javascript:alert(1)"_s);
        QTest::newRow("file") << QUrl(u"file:///etc/passwd"_s);
        QTest::newRow("data") << QUrl(u"data:text/html,<script>alert(1)</script>"_s);
        QTest::newRow("relative") << QUrl(u"notes.html"_s);
        QTest::newRow("no host") << QUrl(u"http:///path"_s);
    }

    void unsafeLinksAreNeverOpened()
    {
        QFETCH(QUrl, url);
        QVERIFY(!LinkOpener::isOpenable(url));
        ReaderView view;
        view.show();
        answerNextQuestion(QMessageBox::Open);
        click(view, url);
        QVERIFY(!m_asked);
        QVERIFY(m_browser.opened.isEmpty());
    }
};

QTEST_MAIN(ReaderLinksTest)
#include "tst_readerlinks.moc"
