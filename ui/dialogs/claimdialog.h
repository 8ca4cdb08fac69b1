// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/claim.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace Lectern {

class Taxonomy;

/// Edits one claim: its tags, stance, kind, speaker and Markdown note.
class ClaimDialog : public QDialog
{
    Q_OBJECT
public:
    ClaimDialog(const Claim &claim, Taxonomy *taxonomy, QWidget *parent = nullptr);

    /// The claim as edited.
    Claim claim() const;
    bool isChanged() const;
    void focusNote();

    QPlainTextEdit *noteEdit() const { return m_note; }

private:
    void updateOk();
    void fillTags(const QList<qint64> &checked);
    QList<qint64> checkedTags() const;
    void addNewTag();
    void fillStances(Claim::Stance current);
    QLabel *stanceExplanation();
    /// The note's editor and, beside it, the note rendered as it will read.
    QWidget *noteEditorWithPreview();

    Claim m_original;
    Taxonomy *m_taxonomy;
    QListWidget *m_tags;
    QComboBox *m_stance;
    QComboBox *m_kind;
    QLineEdit *m_speaker;
    QPlainTextEdit *m_note;
    QDialogButtonBox *m_buttons;
};

} // namespace Lectern
