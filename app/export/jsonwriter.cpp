// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

namespace Lectern {

JsonWriter::JsonWriter(QByteArray *out)
    : m_out(*out)
{
}

void JsonWriter::newline()
{
    m_out += '\n';
    m_out.append(m_empty.size() * 2, ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_empty.isEmpty())
        return;
    if (!m_empty.last())
        m_out += ',';
    m_empty.last() = false;
    newline();
}

void JsonWriter::key(QLatin1StringView name)
{
    if (!m_empty.last())
        m_out += ',';
    m_empty.last() = false;
    newline();
    m_out += '"';
    m_out.append(name.data(), name.size());
    m_out += "\": ";
    m_afterKey = true;
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_empty.append(true);
}

void JsonWriter::endObject()
{
    const bool empty = m_empty.takeLast();
    if (!empty)
        newline();
    m_out += '}';
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    m_empty.append(true);
}

void JsonWriter::endArray()
{
    const bool empty = m_empty.takeLast();
    if (!empty)
        newline();
    m_out += ']';
}

void JsonWriter::value(const QString &text)
{
    beforeValue();
    appendString(m_out, text);
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    m_out += QByteArray::number(number);
}

void JsonWriter::appendString(QByteArray &out, const QString &text)
{
    // Only ASCII needs escaping, and UTF-8 never uses bytes below 0x80 inside
    // a multi-byte character: escape the bytes, copying the runs between.
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    const char *run = utf8.constData();
    const char *const end = run + utf8.size();
    out += '"';
    for (const char *p = run; p != end; ++p) {
        const unsigned char c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xf];
        }
    }
    out.append(run, end - run);
    out += '"';
}

} // namespace Lectern
