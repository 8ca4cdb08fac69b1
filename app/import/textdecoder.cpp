// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"

#include "article/article.h"
#include "encodingdetector.h"

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

// At least as many well-formed multi-byte sequences as bad bytes is UTF-8
// damaged here and there. Legacy encodings (EUC-JP, GBK, Windows-1252) form
// a valid sequence now and then by chance, about one in ten.
bool isMostlyUtf8(const QByteArray &data)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype size = data.size();
    qsizetype valid = 0;
    qsizetype invalid = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char lead = bytes[i];
        if (lead < 0x80)
            continue;
        const int trail = lead >= 0xF0 && lead <= 0xF4 ? 3 : lead >= 0xE0 && lead < 0xF0 ? 2 : lead >= 0xC2 && lead < 0xE0 ? 1 : 0;
        bool ok = trail > 0 && i + trail < size;
        for (int k = 1; k <= trail && ok; ++k)
            ok = (bytes[i + k] & 0xC0) == 0x80;
        if (ok) {
            ++valid;
            i += trail;
        } else {
            ++invalid;
        }
    }
    return valid > 0 && valid >= invalid;
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
    // Before UTF-8: UTF-16 of Latin or Cyrillic text is all ASCII bytes.
    if (const QByteArray wide = EncodingDetector::wideUnicode(data); !wide.isEmpty()) {
        QStringDecoder decoder(wide.constData());
        return decodeWith(decoder, data, QString::fromLatin1(wide));
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
    if (isMostlyUtf8(data)) {
        QStringDecoder decoder(QStringDecoder::Utf8);
        auto result = decodeWith(decoder, data, QStringLiteral("UTF-8"));
        result.hadInvalidBytes = true;
        return result;
    }
    if (const EncodingDetector::Guess guess = EncodingDetector::detect(data); !guess.encoding.isEmpty()) {
        QStringDecoder detected(guess.encoding.constData());
        Result result = decodeWith(detected, data, QString::fromLatin1(guess.encoding));
        result.uncertain = !guess.certain;
        return result;
    }
    QStringDecoder windows("windows-1252");
    QStringDecoder latin1(QStringDecoder::Latin1); // Qt built without ICU
    Result result = windows.isValid() ? decodeWith(windows, data, QStringLiteral("windows-1252")) : decodeWith(latin1, data, QStringLiteral("ISO-8859-1"));
    result.uncertain = true;
    return result;
}

TextDecoder::Result TextDecoder::decodeAs(const QByteArray &data, const QByteArray &encoding)
{
    QStringDecoder decoder(encoding.constData());
    return decodeWith(decoder, data, QString::fromLatin1(encoding));
}

bool TextDecoder::isKnownEncoding(const QByteArray &encoding)
{
    return !encoding.isEmpty() && QStringDecoder(encoding.constData()).isValid();
}

QStringList TextDecoder::Result::warnings() const
{
    QStringList list;
    if (hadInvalidBytes)
        list << invalidBytesWarning();
    if (uncertain) {
        list << QCoreApplication::translate("Lectern::TextDecoder",
                                            "The text's encoding was not certain and was read as %1; if it reads wrongly, import it again "
                                            "and name its encoding.")
                    .arg(encoding);
    }
    return list;
}

void TextDecoder::Result::applyTo(Article &article) const
{
    article.encoding = encoding;
    article.warnings << warnings();
}

QString TextDecoder::invalidBytesWarning()
{
    return QCoreApplication::translate("Lectern::TextDecoder", "Some bytes were not valid text and were replaced by \uFFFD.");
}

} // namespace Lectern
