// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace Lectern {

/// Sizes claim rows for their wrapped text at the view's current width, so
/// the quote and its details line are shown whole, not elided.
class ClaimItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ClaimItemDelegate(QTreeView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QTreeView *m_view;
};

} // namespace Lectern
