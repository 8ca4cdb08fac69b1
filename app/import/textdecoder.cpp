// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace Lectern {

namespace {

bool isValidUtf8(const QByteArray &data)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(data);
    return !decoder.hasError();
}

// Any well-formed multi-byte sequence suggests UTF-8 with a few bad bytes
// rather than a legacy 8-bit encoding.
bool hasUtf8Sequence(const QByteArray &data)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype size = data.size();
    for (qsizetype i = 0; i + 1 < size; ++i) {
        const unsigned char lead = bytes[i];
        const int trail = lead >= 0xF0 && lead <= 0xF4 ? 3 : lead >= 0xE0 && lead < 0xF0 ? 2 : lead >= 0xC2 && lead < 0xE0 ? 1 : 0;
        if (trail == 0 || i + trail >= size)
            continue;
        bool ok = true;
        for (int k = 1; k <= trail && ok; ++k)
            ok = (bytes[i + k] & 0xC0) == 0x80;
        if (ok)
            return true;
    }
    return false;
}

// Qt's UTF-16 decoder passes unpaired surrogates through and keeps a final
// odd byte to itself; both are bytes that are not text.
bool replaceBrokenUtf16(QString &text, qsizetype byteCount)
{
    bool broken = byteCount % 2 != 0;
    if (broken)
        text.append(QChar::ReplacementCharacter);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
        } else if (c.isSurrogate()) {
            text[i] = QChar::ReplacementCharacter;
            broken = true;
        }
    }
    return broken;
}

TextDecoder::Result decodeWith(QStringDecoder &decoder, const QByteArray &data, const QString &name)
{
    TextDecoder::Result result;
    result.text = decoder(data);
    result.encoding = name;
    result.hadInvalidBytes = decoder.hasError() || result.text.contains(QChar::ReplacementCharacter);
    if (name.startsWith(QLatin1StringView("UTF-16")) && replaceBrokenUtf16(result.text, data.size()))
        result.hadInvalidBytes = true;
    return result;
}

} // namespace

TextDecoder::Result TextDecoder::decode(const QByteArray &data, const QByteArray &declaredCharset)
{
    if (const auto bom = QStringConverter::encodingForData(data); bom && *bom != QStringConverter::Utf8) {
        QStringDecoder decoder(*bom); // the default flags drop the BOM
        return decodeWith(decoder, data, QString::fromLatin1(QStringConverter::nameForEncoding(*bom)));
    }
    if (isValidUtf8(data)) {
        QStringDecoder decoder(QStringDecoder::Utf8);
        return decodeWith(decoder, data, QStringLiteral("UTF-8"));
    }
    if (!declaredCharset.isEmpty()) {
        QStringDecoder declared(declaredCharset.constData());
        if (declared.isValid() && qstrcmp(declared.name(), "UTF-8") != 0)
            return decodeWith(declared, data, QString::fromLatin1(declaredCharset));
    }
    if (hasUtf8Sequence(data)) {
        QStringDecoder decoder(QStringDecoder::Utf8);
        auto result = decodeWith(decoder, data, QStringLiteral("UTF-8"));
        result.hadInvalidBytes = true;
        return result;
    }
    QStringDecoder windows("windows-1252");
    if (windows.isValid())
        return decodeWith(windows, data, QStringLiteral("windows-1252"));
    QStringDecoder latin1(QStringDecoder::Latin1);
    return decodeWith(latin1, data, QStringLiteral("ISO-8859-1"));
}

QString TextDecoder::invalidBytesWarning()
{
    return QCoreApplication::translate("Lectern::TextDecoder", "Some bytes were not valid text and were replaced by \uFFFD.");
}

} // namespace Lectern
