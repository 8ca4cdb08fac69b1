// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimactions.h"

#include "annotation/articleannotations.h"
#include "annotation/taxonomy.h"
#include "dialogs/claimdialog.h"
#include "dialogs/newtagdialog.h"
#include "readerview.h"
#include "suggest/articlesuggestions.h"
#include "tagswatch.h"
#include "text/wordsnap.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QTextCursor>

namespace Lectern {


ClaimActions::ClaimActions(ReaderView *reader, ArticleAnnotations *annotations, Taxonomy *taxonomy, QWidget *dialogParent)
    : QObject(reader)
    , m_reader(reader)
    , m_annotations(annotations)
    , m_taxonomy(taxonomy)
    , m_dialogParent(dialogParent)
    , m_note(new QAction(tr("&Note…"), this))
    , m_remove(new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Remove Claim"), this))
    , m_sticky(new QAction(tr("&Sticky Tag"), this))
    , m_newTag(new QAction(QIcon::fromTheme(QStringLiteral("tag-new")), tr("New &Tag…"), this))
{
    m_newTag->setObjectName(QStringLiteral("newTag"));
    m_newTag->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_newTag->setStatusTip(tr("Add a tag to the codebook, with a colour colour-blind readers can tell apart, and tag the selection with it"));
    connect(m_newTag, &QAction::triggered, this, &ClaimActions::createTag);
    createAdjustActions();
    // Single keys act only while the article has focus, never in a text field.
    m_note->setShortcut(QKeySequence(Qt::Key_N));
    m_note->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_note->setStatusTip(tr("Write a note on the selected claim, or mark the selection as a claim and write one"));
    connect(m_note, &QAction::triggered, this, &ClaimActions::editNote);
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_remove->setStatusTip(tr("Remove the claim under the cursor"));
    connect(m_remove, &QAction::triggered, this, &ClaimActions::removeClaimAtCursor);
    m_sticky->setCheckable(true);
    m_sticky->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_sticky->setStatusTip(tr("Tag every new selection with the active tag at once"));
    m_reader->addActions({m_note, m_remove});
    connect(m_reader, &ReaderView::selectionFinished, this, &ClaimActions::onSelectionFinished);
    connect(m_reader, &ReaderView::contextMenuAboutToShow, this, &ClaimActions::populateMenu);
    connect(m_taxonomy, &Taxonomy::changed, this, &ClaimActions::rebuildTagActions);
    rebuildTagActions();
}

void ClaimActions::rebuildTagActions()
{
    for (QAction *action : std::as_const(m_tagActions)) {
        m_reader->removeAction(action);
        action->deleteLater();
    }
    m_tagActions.clear();
    const QList<qint64> tags = m_taxonomy->shortcutTags();
    if (!tags.contains(m_activeTag))
        m_activeTag = tags.value(0);
    for (int i = 0; i < tags.size(); ++i) {
        const qint64 tag = tags.at(i);
        auto *action = new QAction(TagSwatch::icon(m_taxonomy->color(tag), 16), m_taxonomy->path(tag, QStringLiteral(" › ")), this);
        action->setShortcut(QKeySequence(Qt::Key_1 + i));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setData(tag);
        action->setStatusTip(m_taxonomy->tag(tag)->description);
        connect(action, &QAction::triggered, this, [this, tag] {
            applyTag(tag);
        });
        m_tagActions << action;
    }
    m_reader->addActions(m_tagActions);
    Q_EMIT tagActionsChanged();
}

qint64 ClaimActions::claimAtCursor() const
{
    const QList<Claim> claims = m_reader->claimsAtCursor();
    // The innermost (latest starting) claim is the one the reader points at.
    return claims.isEmpty() ? 0 : claims.last().id;
}

qint64 ClaimActions::claimOnSelection() const
{
    const auto [start, end] = m_reader->selectedRange();
    for (const Claim &claim : m_reader->claimsAtCursor()) {
        if (claim.start() == start && claim.end() == end)
            return claim.id;
    }
    return 0;
}

void ClaimActions::applyTag(qint64 tagId)
{
    m_activeTag = tagId;
    const auto [start, end] = m_reader->selectedRange();
    const qint64 exact = start == end ? claimAtCursor() : claimOnSelection();
    if (exact) {
        m_annotations->toggleTag(exact, tagId);
        return;
    }
    if (start == end && m_suggestions && m_suggestions->isEnabled()) {
        if (const auto suggestion = m_suggestions->suggestionAt(start); suggestion && m_suggestions->accept(suggestion->start, tagId)) {
            Q_EMIT status(tr("Suggestion accepted as %1.").arg(m_taxonomy->path(tagId, QStringLiteral(" › "))));
            return;
        }
    }
    if (start == end) {
        Q_EMIT status(tr("Select the text of a claim first, then press a tag's key."));
        return;
    }
    if (m_annotations->addClaim(start, end, {tagId}) > 0) {
        m_reader->collapseSelection();
        Q_EMIT status(tr("Tagged as %1.").arg(m_taxonomy->path(tagId, QStringLiteral(" › "))));
    }
}

void ClaimActions::editNote()
{
    const auto [start, end] = m_reader->selectedRange();
    qint64 claimId = start == end ? claimAtCursor() : claimOnSelection();
    const bool made = !claimId && start != end && m_activeTag;
    if (made)
        claimId = m_annotations->addClaim(start, end, {m_activeTag});
    if (!claimId) {
        Q_EMIT status(tr("Select the text of a claim first, then press N to write a note."));
        return;
    }
    // A claim made only to hold the note goes again when the note is cancelled.
    if (!editClaim(claimId, true) && made) {
        m_annotations->undoStack()->undo();
        return;
    }
    if (made)
        m_reader->collapseSelection();
}

bool ClaimActions::editClaim(qint64 claimId, bool focusNote)
{
    const auto claim = m_annotations->claim(claimId);
    if (!claim)
        return false;
    ClaimDialog dialog(*claim, m_taxonomy, m_dialogParent);
    if (focusNote)
        dialog.focusNote();
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (dialog.isChanged())
        m_annotations->edit(dialog.claim(), tr("Edit Claim"));
    return true;
}

void ClaimActions::removeClaimAtCursor()
{
    const qint64 claimId = claimAtCursor();
    if (!claimId) {
        Q_EMIT status(tr("There is no claim under the cursor."));
        return;
    }
    m_annotations->removeClaim(claimId);
    Q_EMIT status(tr("Claim removed. Undo with Ctrl+Z."));
}

void ClaimActions::onSelectionFinished()
{
    if (m_sticky->isChecked() && m_activeTag && !claimOnSelection())
        applyTag(m_activeTag);
}

void ClaimActions::fillTagsMenu(QMenu *menu)
{
    menu->addActions(m_tagActions);
    menu->addAction(m_newTag);
    menu->addSeparator();
    QMenu *adjust = menu->addMenu(tr("&Adjust Claim"));
    adjust->addActions(m_adjust);
}

void ClaimActions::createAdjustActions()
{
    const struct {
        const char *text;
        Qt::Key key;
        bool atEnd;
        bool later;
    } moves[] = {
        {QT_TR_NOOP("End a Word &Later"), Qt::Key_Right, true, true},
        {QT_TR_NOOP("End a Word &Earlier"), Qt::Key_Left, true, false},
        {QT_TR_NOOP("Start a Word E&arlier"), Qt::Key_Up, false, false},
        {QT_TR_NOOP("Start a Word La&ter"), Qt::Key_Down, false, true},
    };
    for (const auto &move : moves) {
        auto *action = new QAction(tr(move.text), this);
        action->setShortcut(QKeySequence(Qt::SHIFT | Qt::ALT | move.key));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, atEnd = move.atEnd, later = move.later] {
            adjustClaim(atEnd, later);
        });
        m_adjust << action;
    }
    m_reader->addActions(m_adjust);
}

void ClaimActions::adjustClaim(bool atEnd, bool later)
{
    const auto [selectionStart, selectionEnd] = m_reader->selectedRange();
    const auto claim = m_annotations->claim(selectionStart == selectionEnd ? claimAtCursor() : claimOnSelection());
    if (!claim) {
        Q_EMIT status(tr("Put the cursor in a claim first; Shift+Alt and the arrow keys then move its ends a word at a time."));
        return;
    }
    const QString &text = m_annotations->text();
    int start = claim->start();
    int end = claim->end();
    if (atEnd)
        end = later ? WordSnap::nextWordEnd(text, end) : WordSnap::previousWordEnd(text, end);
    else
        start = later ? WordSnap::nextWordStart(text, start) : WordSnap::previousWordStart(text, start);
    if (start >= end || (start == claim->start() && end == claim->end()))
        return; // a claim keeps at least one word
    if (!m_annotations->adjustRange(claim->id, start, end))
        return;
    // The cursor stays on the claim, at the end that moved, for the next step.
    QTextCursor cursor = m_reader->textCursor();
    cursor.setPosition(atEnd ? end - 1 : start);
    m_reader->setTextCursor(cursor);
}

void ClaimActions::createTag()
{
    const auto [start, end] = m_reader->selectedRange();
    const bool onText = start != end || claimAtCursor() > 0;
    NewTagDialog dialog(m_taxonomy, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (onText)
        applyTag(dialog.createdTag());
    else
        Q_EMIT status(tr("Tag %1 added.").arg(m_taxonomy->path(dialog.createdTag(), QStringLiteral(" › "))));
}

void ClaimActions::populateMenu(QMenu *menu, int position)
{
    Q_UNUSED(position)
    menu->addSeparator();
    QMenu *tagMenu = menu->addMenu(tr("&Tag As"));
    tagMenu->addActions(m_tagActions);
    tagMenu->addSeparator();
    tagMenu->addAction(m_newTag);
    menu->addAction(m_note);
    const qint64 claimId = claimAtCursor();
    const auto claim = m_annotations->claim(claimId);
    if (!claim)
        return;
    QMenu *stance = menu->addMenu(tr("S&tance"));
    auto *stances = new QActionGroup(stance);
    for (Claim::Stance value : {Claim::Stance::Supports, Claim::Stance::Opposes, Claim::Stance::Neutral}) {
        QAction *action = stance->addAction(Claim::stanceName(value), this, [this, claimId, value] {
            m_annotations->setStance(claimId, value);
        });
        action->setCheckable(true);
        action->setChecked(claim->stance == value);
        stances->addAction(action);
    }
    QMenu *kind = menu->addMenu(tr("&Kind"));
    auto *kinds = new QActionGroup(kind);
    for (Claim::Kind value : {Claim::Kind::Claim, Claim::Kind::Evidence, Claim::Kind::CounterClaim}) {
        QAction *action = kind->addAction(Claim::kindName(value), this, [this, claimId, value] {
            m_annotations->setKind(claimId, value);
        });
        action->setCheckable(true);
        action->setChecked(claim->kind == value);
        kinds->addAction(action);
    }
    menu->addMenu(tr("&Adjust Claim"))->addActions(m_adjust);
    menu->addAction(tr("&Edit Claim…"), this, [this, claimId] {
        editClaim(claimId, false);
    });
    menu->addAction(m_remove);
}

} // namespace Lectern
