// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightindex.h"

#include <algorithm>

namespace Lectern {

void HighlightIndex::clear()
{
    m_entries.clear();
    m_maxLength = 0;
}

void HighlightIndex::insert(qint64 id, int start, int end)
{
    const Entry entry{start, end, id};
    const auto at = std::lower_bound(m_entries.begin(), m_entries.end(), entry, [](const Entry &a, const Entry &b) {
        return a.start < b.start || (a.start == b.start && a.id < b.id);
    });
    m_entries.insert(at, entry);
    m_maxLength = std::max(m_maxLength, end - start);
}

void HighlightIndex::remove(qint64 id, int start)
{
    auto it = std::lower_bound(m_entries.begin(), m_entries.end(), start, [](const Entry &a, int value) {
        return a.start < value;
    });
    for (; it != m_entries.end() && it->start == start; ++it) {
        if (it->id == id) {
            m_entries.erase(it);
            return;
        }
    }
}

QList<qint64> HighlightIndex::overlapping(int from, int to) const
{
    // Any overlapping entry starts in [from - maxLength, to).
    auto it = std::lower_bound(m_entries.begin(), m_entries.end(), from - m_maxLength, [](const Entry &a, int value) {
        return a.start < value;
    });
    QList<qint64> result;
    for (; it != m_entries.end() && it->start < to; ++it) {
        if (it->end > from)
            result << it->id;
    }
    return result;
}

} // namespace Lectern
