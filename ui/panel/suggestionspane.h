// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QPushButton;

namespace Lectern {

class ArticleSuggestions;
class Taxonomy;

/// The side panel's list of pending suggestions for the open article: the
/// sentence, its tag, confidence and speaker; accept or reject from here.
class SuggestionsPane : public QWidget
{
    Q_OBJECT
public:
    SuggestionsPane(ArticleSuggestions *suggestions, Taxonomy *taxonomy, QAction *toggle, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    /// Show the suggestion starting at start in the reader.
    void suggestionActivated(int start, int end);

private:
    void refill();
    int currentStart() const;

    ArticleSuggestions *m_suggestions;
    Taxonomy *m_taxonomy;
    QLabel *m_summary;
    QListWidget *m_list;
    QPushButton *m_accept;
    QPushButton *m_reject;
};

} // namespace Lectern
