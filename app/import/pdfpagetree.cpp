// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfpagetree.h"

#include <QHash>
#include <QList>

namespace Lectern {

namespace {
bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// The number of the object whose body holds position `at` ("12 0 obj"), or -1.
qint64 enclosingObject(const QByteArray &data, qsizetype at)
{
    qsizetype obj = data.lastIndexOf("obj", at);
    while (obj >= 3 && data.mid(obj - 3, 3) == "end")
        obj = data.lastIndexOf("obj", obj - 1);
    if (obj < 1)
        return -1;
    qsizetype i = obj - 1;
    while (i >= 0 && isSpace(data[i]))
        --i;
    while (i >= 0 && isDigit(data[i])) // generation
        --i;
    while (i >= 0 && isSpace(data[i]))
        --i;
    const qsizetype end = i + 1;
    while (i >= 0 && isDigit(data[i]))
        --i;
    return end > i + 1 && end - i - 1 < 10 ? data.mid(i + 1, end - i - 1).toLongLong() : -1;
}

// The object numbers in the array that starts at `at` ("[3 0 R 4 0 R]").
QList<qint64> references(const QByteArray &data, qsizetype at)
{
    QList<qint64> numbers;
    while (at < data.size() && isSpace(data[at]))
        ++at;
    if (at >= data.size() || data[at] != '[')
        return numbers;
    const qsizetype close = data.indexOf(']', at);
    if (close < 0)
        return numbers;
    const QList<QByteArray> tokens = data.mid(at + 1, close - at - 1).simplified().split(' ');
    for (qsizetype i = 0; i + 2 < tokens.size(); ++i) {
        if (tokens[i + 2] == "R") {
            numbers << tokens[i].toLongLong();
            i += 2;
        }
    }
    return numbers;
}
} // namespace

bool PdfPageTree::hasCycle(const QByteArray &data)
{
    QHash<qint64, QList<qint64>> kids;
    for (qsizetype at = data.indexOf("/Kids"); at >= 0; at = data.indexOf("/Kids", at + 5)) {
        const qint64 parent = enclosingObject(data, at);
        if (parent >= 0)
            kids[parent] << references(data, at + 5);
    }
    // Depth-first, without recursion: a hostile tree may be very deep.
    enum State { Unseen, Open, Done };
    QHash<qint64, State> state;
    for (auto root = kids.cbegin(); root != kids.cend(); ++root) {
        if (state.value(root.key()) != Unseen)
            continue;
        QList<std::pair<qint64, qsizetype>> stack {{root.key(), 0}};
        state[root.key()] = Open;
        while (!stack.isEmpty()) {
            auto &[node, next] = stack.last();
            const QList<qint64> children = kids.value(node);
            if (next >= children.size()) {
                state[node] = Done;
                stack.removeLast();
                continue;
            }
            const qint64 child = children[next++];
            const State seen = state.value(child);
            if (seen == Open)
                return true;
            if (seen == Unseen) {
                state[child] = Open;
                stack.append({child, 0});
            }
        }
    }
    return false;
}

} // namespace Lectern
