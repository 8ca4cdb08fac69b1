// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/testlibrary.h"

#include "annotation/taxonomy.h"
#include "dialogs/claimdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

using namespace Lectern;
using namespace Qt::StringLiterals;

// Issue #26: the claim dialog said nothing of what a stance is relative to,
// and showed the Markdown note only as its source.
class ClaimDialogTest : public QObject
{
    Q_OBJECT

private:
    static Claim claimWithNote(Taxonomy &taxonomy, const QString &note)
    {
        Claim claim;
        claim.anchor.exact = u"automation left nobody to watch the light"_s;
        claim.tagIds = {taxonomy.shortcutTags().first()};
        claim.note = note;
        return claim;
    }

private Q_SLOTS:
    void saysWhatTheStanceIsRelativeTo()
    {
        TestLibrary library;
        Taxonomy taxonomy(library.database());
        ClaimDialog dialog(claimWithNote(taxonomy, {}), &taxonomy, nullptr);
        auto *explanation = dialog.findChild<QLabel *>(u"stanceExplanation"_s);
        QVERIFY(explanation);
        QVERIFY2(explanation->text().contains(u"for or against"_s), qPrintable(explanation->text()));
        auto *stance = dialog.findChild<QComboBox *>(u"stance"_s);
        QVERIFY(stance);
        for (int row = 0; row < stance->count(); ++row)
            QVERIFY2(!stance->itemData(row, Qt::ToolTipRole).toString().isEmpty(), qPrintable(stance->itemText(row)));
    }

    void showsTheNoteRenderedBesideItsEditor()
    {
        TestLibrary library;
        Taxonomy taxonomy(library.database());
        ClaimDialog dialog(claimWithNote(taxonomy, u"**Ask** the council\n\n- first\n- second"_s), &taxonomy, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *preview = dialog.findChild<QTextBrowser *>(u"notePreview"_s);
        QVERIFY(preview);
        QTRY_VERIFY(preview->toPlainText().startsWith(u"Ask the council"_s));
        QTextCursor bold(preview->document());
        bold.setPosition(1);
        QCOMPARE(bold.charFormat().fontWeight(), int(QFont::Bold));
        QVERIFY(preview->document()->findBlockByNumber(1).textList()); // the list is a list

        // Edits show as they are typed; raw HTML and script links never render.
        auto *note = dialog.findChild<QPlainTextEdit *>(u"note"_s);
        note->setPlainText(u"See <img src=x onerror=alert(1)> [this](javascript:alert(1)) *now*"_s);
        QTRY_VERIFY(preview->toPlainText().contains(u"now"_s));
        QVERIFY(!preview->toHtml().contains(u"<img"_s));
        QVERIFY(!preview->toHtml().contains(u"javascript:"_s));
        QCOMPARE(dialog.claim().note, note->toPlainText()); // the source is what is kept
    }
};

QTEST_MAIN(ClaimDialogTest)
#include "tst_claimdialog.moc"
