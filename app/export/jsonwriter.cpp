// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

namespace Lectern {

JsonWriter::JsonWriter(QString *out)
    : m_out(*out)
{
}

void JsonWriter::newline()
{
    m_out += QLatin1Char('\n');
    m_out += QString(m_empty.size() * 4, QLatin1Char(' '));
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
        m_out += QLatin1Char(',');
    m_empty.last() = false;
    newline();
}

void JsonWriter::key(QLatin1StringView name)
{
    if (!m_empty.last())
        m_out += QLatin1Char(',');
    m_empty.last() = false;
    newline();
    m_out += QLatin1Char('"');
    m_out += name;
    m_out += QLatin1StringView("\": ");
    m_afterKey = true;
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out += QLatin1Char('{');
    m_empty.append(true);
}

void JsonWriter::endObject()
{
    const bool empty = m_empty.takeLast();
    if (!empty)
        newline();
    m_out += QLatin1Char('}');
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out += QLatin1Char('[');
    m_empty.append(true);
}

void JsonWriter::endArray()
{
    const bool empty = m_empty.takeLast();
    if (!empty)
        newline();
    m_out += QLatin1Char(']');
}

void JsonWriter::value(const QString &text)
{
    beforeValue();
    appendString(m_out, text);
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    m_out += QString::number(number);
}

void JsonWriter::appendString(QString &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    out += QLatin1Char('"');
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case '"':
            out += QLatin1StringView("\\\"");
            break;
        case '\\':
            out += QLatin1StringView("\\\\");
            break;
        case '\n':
            out += QLatin1StringView("\\n");
            break;
        case '\r':
            out += QLatin1StringView("\\r");
            break;
        case '\t':
            out += QLatin1StringView("\\t");
            break;
        default:
            if (u < 0x20) {
                out += QLatin1StringView("\\u00");
                out += QLatin1Char(hex[u >> 4]);
                out += QLatin1Char(hex[u & 0xf]);
            } else {
                out += c;
            }
        }
    }
    out += QLatin1Char('"');
}

} // namespace Lectern
