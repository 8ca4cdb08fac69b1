// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportfixture.h"

#include "dialogs/exportdialog.h"
#include "mainwindow.h"
#include "session/readingsession.h"

#include "store/claimstore.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QComboBox>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Lectern;

namespace {
/// Whether the highlighter gave any line of the preview a colour.
bool isColoured(const ExportDialog &dialog)
{
    const QPlainTextEdit *preview = dialog.findChild<QPlainTextEdit *>();
    for (QTextBlock block = preview->document()->begin(); block.isValid(); block = block.next()) {
        if (!block.layout()->formats().isEmpty())
            return true;
    }
    return false;
}
} // namespace

class ExportDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void previewFollowsFormatAndScope()
    {
        ExportFixture library;
        Taxonomy taxonomy(library.database());
        ExportDialog dialog(library.database(), taxonomy, library.harbour);
        dialog.setFormat(Exporter::Format::Markdown);
        QVERIFY2(dialog.previewText().startsWith(QStringLiteral("---\ntitle: \"Harbour Wind Farm Hearing\"")), qPrintable(dialog.previewText().left(80)));
        QCOMPARE(dialog.previewDefinition(), QStringLiteral("Markdown"));
        QVERIFY(isColoured(dialog));
        // A picture to look at after a change to the dialog (not compared).
        dialog.resize(900, 700);
        dialog.grab().save(QStringLiteral(QT_TESTCASE_BUILDDIR "/exportdialog.png"));

        dialog.setFormat(Exporter::Format::Json);
        const QJsonObject json = QJsonDocument::fromJson(dialog.previewText().toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("type")).toString(), QStringLiteral("AnnotationCollection"));
        QCOMPARE(json.value(QStringLiteral("total")).toInt(), 3);
        QCOMPARE(dialog.previewDefinition(), QStringLiteral("JSON"));
        QVERIFY(isColoured(dialog));

        dialog.setFormat(Exporter::Format::Pdf);
        QVERIFY(dialog.previewText().startsWith(QStringLiteral("<!DOCTYPE html>")));
        QCOMPARE(dialog.previewDefinition(), QStringLiteral("HTML"));

        // The whole library, Environment only: the harbour's seabird and hearing claims.
        dialog.setFormat(Exporter::Format::Csv);
        dialog.findChildren<QRadioButton *>().at(1)->setChecked(true);
        QComboBox *tag = dialog.findChildren<QComboBox *>().at(1);
        tag->setCurrentIndex(tag->findData(library.environment));
        QCOMPARE(dialog.scope().kind, ExportScope::Kind::Library);
        QVERIFY(dialog.previewText().contains(QStringLiteral("the wrong season")));
        QVERIFY(!dialog.previewText().contains(QStringLiteral("400 jobs")));
        QCOMPARE(dialog.previewText().count(QStringLiteral("\n")), 3);
    }

    // Issue #26: KSyntaxHighlighting queues the colouring of the next line;
    // a preview replaced meanwhile left it pointing into text that was gone,
    // and the dialog crashed. Every pair of formats, both scopes, with the
    // queued work run between switches.
    void switchingFormatsKeepsThePreviewColoured()
    {
        ExportFixture library;
        Taxonomy taxonomy(library.database());
        ExportDialog dialog(library.database(), taxonomy, library.harbour);
        dialog.show();
        const QList<Exporter::Format> formats{Exporter::Format::Markdown, Exporter::Format::Html, Exporter::Format::Pdf,
                                              Exporter::Format::Odt, Exporter::Format::Csv, Exporter::Format::Json};
        for (QRadioButton *scope : dialog.findChildren<QRadioButton *>()) {
            scope->setChecked(true);
            for (const Exporter::Format from : formats) {
                for (const Exporter::Format to : formats) {
                    dialog.setFormat(from);
                    QCoreApplication::processEvents();
                    dialog.setFormat(to);
                    QCoreApplication::processEvents();
                    QVERIFY(!dialog.previewText().isEmpty());
                    QVERIFY2(isColoured(dialog), qPrintable(dialog.previewDefinition()));
                }
            }
        }
    }

    // Issue #26: the file is named after the article, not "notes".
    void suggestsAFileNamedAfterTheArticle()
    {
        ExportFixture library;
        Taxonomy taxonomy(library.database());
        ExportDialog dialog(library.database(), taxonomy, library.harbour);
        dialog.setFormat(Exporter::Format::Markdown);
        QCOMPARE(dialog.suggestedFileName(), QStringLiteral("Harbour Wind Farm Hearing.md"));
        dialog.findChildren<QRadioButton *>().at(1)->setChecked(true);
        QCOMPARE(dialog.suggestedFileName(), QStringLiteral("claims-%1.md").arg(QDate::currentDate().toString(Qt::ISODate)));
    }

    void exportsToTheChosenFile()
    {
        ExportFixture library;
        Taxonomy taxonomy(library.database());
        ExportDialog dialog(library.database(), taxonomy, library.harbour);
        dialog.setFormat(Exporter::Format::Markdown);
        dialog.findChildren<QRadioButton *>().at(1)->setChecked(true);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.md"));
        QVERIFY(dialog.exportTo(path));
        const QByteArray written = ExportFixture::read(path);
        QVERIFY(written.contains("articles: 2"));
        QVERIFY(written.contains("# Ferry Timetable \\<Notice\\>"));
    }

    void lecternLinksOpenTheirClaim()
    {
        ExportFixture library;
        MainWindow window(library.database());
        QVERIFY(window.openLink(QStringLiteral("lectern://article/%1#claim-4").arg(library.ferry)));
        QCOMPARE(window.session()->articleId(), library.ferry);
        QVERIFY(window.openLink(QStringLiteral("lectern://article/%1").arg(library.harbour)));
        QCOMPARE(window.session()->articleId(), library.harbour);
        QVERIFY(!window.openLink(QStringLiteral("lectern://article/99#claim-1")));
        // Made in another library: its ids mean nothing here, its claim's global id does.
        const QString uid = ClaimStore(library.database()).claim(4)->uid;
        QVERIFY(window.openLink(QStringLiteral("lectern://article/99?claim=%1#claim-1").arg(uid)));
        QCOMPARE(window.session()->articleId(), library.ferry);
        QVERIFY(window.openLink(QStringLiteral("lectern://article/%1").arg(library.harbour)));
        QVERIFY(!window.openLink(QStringLiteral("lectern://nothing")));
        QCOMPARE(window.session()->articleId(), library.harbour);
    }
};

QTEST_MAIN(ExportDialogTest)
#include "tst_exportdialog.moc"
