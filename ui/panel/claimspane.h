// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace Lectern {

class ClaimsOutlineModel;
class Taxonomy;

/// The side panel's Claims tab: the open article's claims by tag, with a
/// filter, and the orphans a new version left "Needs review".
class ClaimsPane : public QWidget
{
    Q_OBJECT
public:
    ClaimsPane(ClaimsOutlineModel *model, Taxonomy *taxonomy, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    qint64 currentClaim() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void claimActivated(qint64 claimId);
    void editRequested(qint64 claimId);
    void reattachRequested(qint64 claimId);
    void removeRequested(qint64 claimId);

private:
    void refillTagFilter();
    void updateButtons();
    void applyFilters();

    ClaimsOutlineModel *m_model;
    Taxonomy *m_taxonomy;
    QLineEdit *m_filter;
    QComboBox *m_stance;
    QComboBox *m_tag;
    QTreeView *m_view;
    QLabel *m_count;
    QPushButton *m_reattach;
    QPushButton *m_remove;
};

} // namespace Lectern
