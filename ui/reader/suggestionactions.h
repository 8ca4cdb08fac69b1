// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;

namespace Lectern {

class ArticleSuggestions;
class ReaderView;
class Taxonomy;

/// The reader's keys for suggestions: View → Suggest Claims (Ctrl+Shift+G)
/// turns them on for the article; with the cursor in one, Enter or A accepts
/// it, X rejects it (keys 1–9 retag it, through ClaimActions). After each,
/// the cursor moves on to the next suggestion, so a whole article can be
/// reviewed from the keyboard.
class SuggestionActions : public QObject
{
    Q_OBJECT
public:
    SuggestionActions(ReaderView *reader, ArticleSuggestions *suggestions, Taxonomy *taxonomy);

    QAction *toggleAction() const { return m_toggle; }
    QAction *acceptAction() const { return m_accept; }
    QAction *rejectAction() const { return m_reject; }

    void acceptAtCursor();
    void rejectAtCursor();
    /// Puts the cursor at the start of the first suggestion after position.
    void goToNext(int position);

Q_SIGNALS:
    void status(const QString &message);

private:
    void updateEnabled();

    ReaderView *m_reader;
    ArticleSuggestions *m_suggestions;
    Taxonomy *m_taxonomy;
    QAction *m_toggle;
    QAction *m_accept;
    QAction *m_reject;
};

} // namespace Lectern
