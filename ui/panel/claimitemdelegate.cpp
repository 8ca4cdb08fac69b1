// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimitemdelegate.h"

#include <QTreeView>

namespace Lectern {

ClaimItemDelegate::ClaimItemDelegate(QTreeView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
}

QSize ClaimItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    int depth = 0;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        ++depth;
    // The text gets the row's width less the indentation and the item's margins.
    const int width = m_view->viewport()->width() - m_view->indentation() * (depth + 1) - 12;
    if (width <= 0)
        return size;
    QString text = index.data(Qt::DisplayRole).toString();
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    const QRect bounds = option.fontMetrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, text);
    size.setHeight(qMax(size.height(), bounds.height() + 6));
    return size;
}

} // namespace Lectern
