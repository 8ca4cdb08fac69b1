// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Lectern {

/// Bytes of unknown encoding to text: a BOM wins, then valid UTF-8, then a
/// declared charset, then Windows-1252. Never fails: bytes that cannot be
/// decoded become U+FFFD and the result says so.
class TextDecoder
{
public:
    struct Result {
        QString text;
        QString encoding; ///< the name used, e.g. "UTF-8", "windows-1252"
        bool hadInvalidBytes = false;
    };

    /// declaredCharset: from <meta charset> or an XML declaration; used only
    /// when there is no BOM and the bytes are not valid UTF-8.
    static Result decode(const QByteArray &data, const QByteArray &declaredCharset = {});
    /// The user-facing warning an importer adds when hadInvalidBytes is set.
    static QString invalidBytesWarning();
};

} // namespace Lectern
