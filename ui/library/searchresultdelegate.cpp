// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchresultdelegate.h"

#include "search/searchresultsmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace Lectern {

namespace {
constexpr int margin = 6;

void prepare(QTextDocument &document, const QString &html, const QStyleOptionViewItem &option)
{
    document.setDefaultFont(option.font);
    document.setDocumentMargin(0);
    document.setHtml(html);
    document.setTextWidth(qMax(80, option.rect.width() - 2 * margin));
}
} // namespace

QString SearchResultDelegate::html(const QModelIndex &index)
{
    const QString site = index.data(SearchResultsModel::SiteRole).toString();
    return QStringLiteral("<b>%1</b>%2<br/><small>%3</small>")
        .arg(index.data(Qt::DisplayRole).toString().toHtmlEscaped(),
             site.isEmpty() ? QString() : QStringLiteral(" <small>· %1</small>").arg(site.toHtmlEscaped()),
             index.data(SearchResultsModel::SnippetHtmlRole).toString());
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QTextDocument document;
    prepare(document, html(index), option);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    if (option.state & QStyle::State_Selected)
        context.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
    painter->save();
    painter->translate(option.rect.topLeft() + QPoint(margin, margin));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QTextDocument document;
    prepare(document, html(index), option);
    return QSize(option.rect.width(), int(document.size().height()) + 2 * margin);
}

} // namespace Lectern
