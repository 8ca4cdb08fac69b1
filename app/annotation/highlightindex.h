// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace Lectern {

/// Which highlights touch a range of text. The reader asks it once per
/// block it formats, so it must answer in O(log n + k), and adding or
/// removing one highlight must not rebuild it.
class HighlightIndex
{
public:
    void clear();
    void insert(qint64 id, int start, int end);
    void remove(qint64 id, int start);
    /// Highlights with start < to and end > from, in order of start.
    QList<qint64> overlapping(int from, int to) const;
    qsizetype size() const { return m_entries.size(); }

private:
    struct Entry {
        int start;
        int end;
        qint64 id;
    };
    QList<Entry> m_entries; // sorted by (start, id)
    // Never shrinks on remove: a longer bound only costs a slightly wider scan.
    int m_maxLength = 0;
};

} // namespace Lectern
