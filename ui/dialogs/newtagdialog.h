// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QButtonGroup;
class QDialogButtonBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;

namespace Lectern {

class Taxonomy;

/// A new tag in one step: a name or a path (Security/Misuse) and a colour
/// from the palette that stays distinct, for colour-blind readers too,
/// from every tag already there.
class NewTagDialog : public QDialog
{
    Q_OBJECT
public:
    NewTagDialog(Taxonomy *taxonomy, QWidget *parent);

    /// The tag made, once accepted.
    qint64 createdTag() const { return m_created; }
    QColor chosenColour() const;

    void accept() override;

private:
    void addSwatches(QHBoxLayout *row);
    void updateProblem();

    Taxonomy *m_taxonomy;
    QLineEdit *m_path;
    QButtonGroup *m_colours;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    qint64 m_created = 0;
};

} // namespace Lectern
