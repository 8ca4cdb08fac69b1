// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "qgramindex.h"

#include <algorithm>

namespace Lectern {

QGramIndex::QGramIndex(QStringView text)
{
    const qsizetype count = text.size() - gramLength + 1;
    if (count <= 0) {
        return;
    }
    m_entries.reserve(size_t(count));
    for (qsizetype i = 0; i < count; ++i) {
        m_entries.push_back(quint64(hash(text.mid(i, gramLength))) << 32 | quint64(i));
    }
    std::sort(m_entries.begin(), m_entries.end());
}

QGramIndex::Positions QGramIndex::positions(QStringView gram) const
{
    if (gram.size() != gramLength) {
        return {nullptr, nullptr};
    }
    const quint64 key = quint64(hash(gram)) << 32;
    const auto first = std::lower_bound(m_entries.begin(), m_entries.end(), key);
    const auto last = std::upper_bound(first, m_entries.end(), key | 0xffffffffULL);
    return {m_entries.data() + (first - m_entries.begin()), m_entries.data() + (last - m_entries.begin())};
}

quint32 QGramIndex::hash(QStringView gram)
{
    // Six UTF-16 units are 96 bits: FNV-1a mixes them into 32, and the rare collision only costs a check.
    quint32 h = 2166136261U;
    for (const QChar c : gram) {
        h ^= c.unicode();
        h *= 16777619U;
    }
    return h;
}

} // namespace Lectern
