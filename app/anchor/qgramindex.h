// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <vector>

namespace Lectern {

/// Every position of every gramLength-unit substring of one text, so that finding a
/// short piece costs a binary search instead of a scan of the text. Eight bytes per
/// character. Hashes can collide: callers check a position before trusting it.
class QGramIndex
{
public:
    static constexpr int gramLength = 6;

    /// Ascending positions of one gram.
    class Positions
    {
    public:
        struct Iterator
        {
            const quint64 *entry;
            int operator*() const { return int(quint32(*entry)); }
            Iterator &operator++()
            {
                ++entry;
                return *this;
            }
            bool operator!=(const Iterator &other) const { return entry != other.entry; }
        };
        Positions(const quint64 *first, const quint64 *last)
            : m_first(first)
            , m_last(last)
        {
        }
        Iterator begin() const { return {m_first}; }
        Iterator end() const { return {m_last}; }
        size_t size() const { return size_t(m_last - m_first); }

    private:
        const quint64 *m_first;
        const quint64 *m_last;
    };

    explicit QGramIndex(QStringView text);

    /// Where gram (gramLength units long) may occur.
    Positions positions(QStringView gram) const;

private:
    static quint32 hash(QStringView gram);

    // (hash << 32 | position), sorted: one allocation, and equal hashes list their positions in order.
    std::vector<quint64> m_entries;
};

} // namespace Lectern
