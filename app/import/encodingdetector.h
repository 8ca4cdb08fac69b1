// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Lectern {

/// Names the legacy encoding of bytes that are not UTF-8, from the bytes
/// alone: uchardet (Mozilla's universal detector, kept up by freedesktop.org)
/// for the 8-bit and East Asian multi-byte encodings, and the pattern of
/// zero bytes for UTF-16 and UTF-32 without a byte order mark.
///
/// uchardet rather than KF6 Codecs' KEncodingProber: both descend from the
/// same Mozilla code, but uchardet's language models are newer and cover
/// more languages (Central European and Baltic ones among them).
class EncodingDetector
{
public:
    struct Guess
    {
        QByteArray encoding; ///< a name QStringDecoder knows, or empty
        /// False when the guess rests on too few non-ASCII bytes, or its
        /// text holds characters no text has: worth a warning.
        bool certain = false;
    };

    /// A legacy encoding for bytes that are neither UTF-8 nor wideUnicode().
    static Guess detect(const QByteArray &data);
    /// UTF-16LE/BE or UTF-32LE/BE when the zero bytes fall where they would
    /// in such text, else empty.
    static QByteArray wideUnicode(const QByteArray &data);
};

} // namespace Lectern
