// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Lectern {

struct Article;

/// Bytes of unknown encoding to text: a BOM wins, then valid UTF-8, then a
/// declared charset, then what EncodingDetector finds, then Windows-1252.
/// Never fails: bytes that cannot be decoded become U+FFFD and the result
/// says so, as it says when the encoding was only a weak guess.
class TextDecoder
{
public:
    struct Result {
        QString text;
        QString encoding; ///< the name used, e.g. "UTF-8", "windows-1251"
        bool hadInvalidBytes = false;
        bool uncertain = false; ///< the detector was not confident

        /// The warnings for the user: invalid bytes, an uncertain guess.
        QStringList warnings() const;
        /// Records the encoding and the warnings in an imported article.
        void applyTo(Article &article) const;
    };

    /// declaredCharset: from <meta charset> or an XML declaration; used only
    /// when there is no BOM and the bytes are not valid UTF-8.
    static Result decode(const QByteArray &data, const QByteArray &declaredCharset = {});
    /// Decodes with the encoding the user chose, whatever the bytes say.
    static Result decodeAs(const QByteArray &data, const QByteArray &encoding);
    /// True when QStringDecoder knows the encoding's name.
    static bool isKnownEncoding(const QByteArray &encoding);
    /// The user-facing warning an importer adds when hadInvalidBytes is set.
    static QString invalidBytesWarning();
};

} // namespace Lectern
