// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Lectern {

/// Writes indented JSON as UTF-8 straight into a byte array, keys in the order given.
///
/// Hand-written because QJsonObject is too slow for a library-wide export:
/// building 10,000 Web Annotations as QJsonObjects and serialising them took
/// 1.1–1.7 s in lectern-export-bench (9× a flat QJsonDocument of the same
/// claims), against the 500 ms the export may take. Reading stays with
/// QJsonDocument; tst_exporters parses everything this writes.
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray *out);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QLatin1StringView name);
    void value(const QString &text);
    void value(qint64 number);

    void field(QLatin1StringView name, const QString &text)
    {
        key(name);
        value(text);
    }
    void field(QLatin1StringView name, qint64 number)
    {
        key(name);
        value(number);
    }

    /// text as a JSON string in UTF-8, quotes and escapes included.
    static void appendString(QByteArray &out, const QString &text);

private:
    void beforeValue();
    void newline();

    QByteArray &m_out;
    QList<bool> m_empty; ///< per open container: nothing written in it yet
    bool m_afterKey = false;
};

} // namespace Lectern
