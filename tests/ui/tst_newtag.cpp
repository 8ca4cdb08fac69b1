// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/dialogtesting.h"
#include "../common/testlibrary.h"

#include "annotation/articleannotations.h"
#include "annotation/tagpalette.h"
#include "annotation/taxonomy.h"
#include "dialogs/claimdialog.h"
#include "dialogs/newtagdialog.h"
#include "mainwindow.h"
#include "reader/claimactions.h"
#include "reader/readerview.h"
#include "session/readingsession.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace Lectern;
using namespace Qt::StringLiterals;

namespace {
const QString text = u"Lighthouse keepers insist that automation has made the coast more dangerous."_s;

} // namespace

class NewTagTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    // Select, click New Tag…, type the path and Enter: three steps.
    void aNewTagFromTheSelectionBarTagsTheSelection()
    {
        TestLibrary library;
        const qint64 articleId = library.addArticle(u"Lighthouses"_s, {text});
        MainWindow window(library.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.openArticle(articleId);
        const int start = int(text.indexOf(u"automation"));
        window.reader()->selectRange(start, start + 10);
        Q_EMIT window.reader()->selectionFinished();
        QToolButton *newTag = selectionBarButton(window, window.claimActions()->newTagAction());
        QVERIFY(newTag && newTag->isVisible());
        bool shown = false;
        whenDialogShows<NewTagDialog>([&](NewTagDialog *dialog) {
            shown = true;
            auto *path = dialog->findChild<QLineEdit *>(u"path"_s);
            QCOMPARE(dialog->focusWidget(), path);
            QTest::keyClicks(path, u"Security/Misuse"_s);
            QTest::keyClick(path, Qt::Key_Return);
        });
        QTest::mouseClick(newTag, Qt::LeftButton);
        QVERIFY(shown);
        Taxonomy *taxonomy = window.session()->taxonomy();
        const std::optional<qint64> misuse = taxonomy->findByPath(u"Security/Misuse"_s);
        QVERIFY(misuse);
        QCOMPARE(window.session()->annotations()->count(), 1);
        QCOMPARE(window.session()->annotations()->claims().first().tagIds, QList<qint64> {*misuse});
        QCOMPARE(window.session()->annotations()->claims().first().anchor.exact, u"automation"_s);
        QList<QColor> others = taxonomy->colours();
        others.removeOne(taxonomy->color(*misuse));
        QVERIFY(TagPalette::isDistinct(taxonomy->color(*misuse), others));
    }

    void cancelLeavesNoTagAndNoClaim()
    {
        TestLibrary library;
        const qint64 articleId = library.addArticle(u"Lighthouses"_s, {text});
        MainWindow window(library.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openArticle(articleId);
        window.reader()->selectRange(0, 10);
        const qsizetype tags = window.session()->taxonomy()->tags().size();
        whenDialogShows<NewTagDialog>([](NewTagDialog *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"path"_s), u"Never"_s);
            dialog->reject();
        });
        window.claimActions()->newTagAction()->trigger();
        QCOMPARE(window.session()->taxonomy()->tags().size(), tags);
        QCOMPARE(window.session()->annotations()->count(), 0);
    }

    void onlyColoursThatStayDistinctCanBeChosen()
    {
        TestLibrary library;
        Taxonomy taxonomy(library.database());
        QString error;
        QVERIFY2(taxonomy.addTag(u"Rivals"_s, 0, QColor(0xD6, 0x27, 0x28), {}, &error), qPrintable(error));
        NewTagDialog dialog(&taxonomy, nullptr);
        int enabled = 0;
        for (QAbstractButton *swatch : dialog.findChildren<QAbstractButton *>(u"colour"_s)) {
            const QColor colour = swatch->property("colour").value<QColor>();
            QCOMPARE(swatch->isEnabled(), TagPalette::isDistinct(colour, taxonomy.colours()));
            enabled += swatch->isEnabled();
        }
        QVERIFY(enabled > 0);
        // The default tags take the palette's first colours.
        QVERIFY(!TagPalette::isDistinct(TagPalette::colours().first(), taxonomy.colours()));
        QCOMPARE(dialog.chosenColour(), taxonomy.suggestedColor());
        // A path already there is refused before OK.
        auto *path = dialog.findChild<QLineEdit *>(u"path"_s);
        path->setText(u"security"_s);
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
        path->setText(u"Security/Leaks"_s);
        QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    }

    void theClaimDialogMakesAndChecksANewTag()
    {
        TestLibrary library;
        Taxonomy taxonomy(library.database());
        Claim claim;
        claim.anchor.exact = u"automation"_s;
        claim.tagIds = {taxonomy.shortcutTags().first()};
        ClaimDialog dialog(claim, &taxonomy, nullptr);
        whenDialogShows<NewTagDialog>([](NewTagDialog *newTag) {
            newTag->findChild<QLineEdit *>(u"path"_s)->setText(u"Maritime"_s);
            newTag->accept();
        });
        dialog.findChild<QPushButton *>(u"newTag"_s)->click();
        const std::optional<qint64> maritime = taxonomy.findByPath(u"Maritime"_s);
        QVERIFY(maritime);
        QCOMPARE(dialog.claim().tagIds, (QList<qint64> {taxonomy.shortcutTags().first(), *maritime}));
    }

private:
    static QToolButton *selectionBarButton(const MainWindow &window, QAction *action)
    {
        for (QToolButton *button : window.findChildren<QToolButton *>()) {
            if (button->defaultAction() == action)
                return button;
        }
        return nullptr;
    }
};

QTEST_MAIN(NewTagTest)
#include "tst_newtag.moc"
