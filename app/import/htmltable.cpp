// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltable.h"

#include "htmlrules.h"
#include "htmltextbuilder.h"
#include "htmltree.h"

namespace Lectern {

namespace {

QList<const GumboNode *> childElements(const GumboNode *element)
{
    QList<const GumboNode *> children;
    const GumboVector &nodes = element->v.element.children;
    for (unsigned int i = 0; i < nodes.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(nodes.data[i]);
        if (HtmlTree::isElement(child))
            children.append(child);
    }
    return children;
}

// Inline text only: anything that makes blocks of its own inside a cell
// means the table lays a page out. An explicit stack, as everywhere here.
bool holdsOnlyInlineText(const GumboNode *cell)
{
    QList<const GumboNode *> stack = childElements(cell);
    while (!stack.isEmpty()) {
        const GumboNode *element = stack.takeLast();
        const GumboTag tag = HtmlTree::tag(element);
        if (tag == GUMBO_TAG_TABLE || (HtmlRules::isBlock(tag) && tag != GUMBO_TAG_DIV))
            return false;
        stack.append(childElements(element));
    }
    return true;
}

QString cellText(const GumboNode *cell)
{
    if (HtmlRules::isHidden(cell))
        return {};
    return HtmlTextBuilder::textOf(cell);
}

} // namespace

// Rows and columns of short cells. A one-column table, or one whose cells
// run to paragraphs, lays a page out: its text is read as paragraphs.
bool HtmlTable::isData() const
{
    constexpr qsizetype longestDataCell = 400;
    return rows.size() >= 2 && columns >= 2 && longestCell <= longestDataCell;
}

std::optional<HtmlTable> HtmlTable::read(const GumboNode *table)
{
    HtmlTable result;
    QList<std::pair<const GumboNode *, bool>> rows; // a row, and whether it heads the table
    for (const GumboNode *child : childElements(table)) {
        const GumboTag tag = HtmlTree::tag(child);
        if (tag == GUMBO_TAG_CAPTION) {
            result.caption = HtmlTextBuilder::textOf(child);
        } else if (tag == GUMBO_TAG_THEAD || tag == GUMBO_TAG_TBODY || tag == GUMBO_TAG_TFOOT) {
            for (const GumboNode *row : childElements(child)) {
                if (HtmlTree::isElement(row, GUMBO_TAG_TR))
                    rows.append({row, tag == GUMBO_TAG_THEAD});
            }
        } else if (tag == GUMBO_TAG_TR) {
            rows.append({child, false});
        }
    }
    bool heading = true;
    result.columns = 0;
    for (const auto &[row, inHead] : std::as_const(rows)) {
        QStringList cells;
        bool allHeaderCells = true;
        for (const GumboNode *cell : childElements(row)) {
            const GumboTag tag = HtmlTree::tag(cell);
            if (tag != GUMBO_TAG_TD && tag != GUMBO_TAG_TH)
                continue;
            if (!holdsOnlyInlineText(cell))
                return std::nullopt;
            allHeaderCells = allHeaderCells && tag == GUMBO_TAG_TH;
            cells.append(cellText(cell));
        }
        if (cells.isEmpty())
            continue;
        result.columns = std::max(result.columns, int(cells.size()));
        for (const QString &cell : std::as_const(cells))
            result.longestCell = std::max(result.longestCell, cell.size());
        heading = heading && (inHead || allHeaderCells);
        if (heading)
            ++result.headerRows;
        result.rows.append(cells.join(QLatin1Char('\t')));
    }
    return result.isData() ? std::optional<HtmlTable>(result) : std::nullopt;
}

} // namespace Lectern
