// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/claim.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace Lectern {

class ArticleAnnotations;
class ArticleSuggestions;
class ReaderView;
class Taxonomy;

/// What a reader can do to claims from the keyboard, the menus and the
/// selection toolbar: tag with keys 1–9, note with N, remove with Delete,
/// and sticky tagging that tags every new selection at once.
class ClaimActions : public QObject
{
    Q_OBJECT
public:
    ClaimActions(ReaderView *reader, ArticleAnnotations *annotations, Taxonomy *taxonomy, QWidget *dialogParent);

    /// Tag actions for the first nine tags, rebuilt when the codebook changes.
    const QList<QAction *> &tagActions() const { return m_tagActions; }
    QAction *noteAction() const { return m_note; }
    QAction *removeAction() const { return m_remove; }
    QAction *stickyAction() const { return m_sticky; }
    /// Opens the New Tag dialog; the new tag then tags the selection.
    QAction *newTagAction() const { return m_newTag; }
    /// Shift+Alt+Left/Right move the end of the claim under the cursor a
    /// word, Shift+Alt+Up/Down its start; undoable, a run is one step.
    const QList<QAction *> &adjustActions() const { return m_adjust; }
    /// Fills a menu with the tag actions and, for a claim under the cursor,
    /// its stance, kind and editing.
    void populateMenu(QMenu *menu, int position);
    void fillTagsMenu(QMenu *menu);

    /// With no selection, keys 1–9 accept the suggestion under the cursor with that tag.
    void setSuggestions(ArticleSuggestions *suggestions) { m_suggestions = suggestions; }

    /// Tags the selection (or toggles the tag on the claim under the cursor).
    void applyTag(qint64 tagId);
    /// Opens the claim editor for the claim under the cursor, or for a new
    /// claim on the selection.
    void editNote();
    void removeClaimAtCursor();
    bool editClaim(qint64 claimId, bool focusNote);

Q_SIGNALS:
    void tagActionsChanged();
    void status(const QString &message);

private:
    void rebuildTagActions();
    void onSelectionFinished();
    void createTag();
    void createAdjustActions();
    void adjustClaim(bool atEnd, bool later);
    qint64 claimAtCursor() const;
    qint64 claimOnSelection() const;

    ReaderView *m_reader;
    ArticleAnnotations *m_annotations;
    Taxonomy *m_taxonomy;
    ArticleSuggestions *m_suggestions = nullptr;
    QWidget *m_dialogParent;
    QList<QAction *> m_tagActions;
    QAction *m_note;
    QAction *m_remove;
    QAction *m_sticky;
    QAction *m_newTag;
    QList<QAction *> m_adjust;
    qint64 m_activeTag = 0;
};

} // namespace Lectern
