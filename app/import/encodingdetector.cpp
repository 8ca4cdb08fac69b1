// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "encodingdetector.h"

#include <QStringDecoder>

#include <uchardet.h>

#include <algorithm>
#include <array>
#include <memory>

namespace Lectern {

namespace {

// Enough for a confident guess; detecting on a whole book costs time.
constexpr qsizetype SampleBytes = 256 * 1024;
// A text has at least this share of characters that are letters, digits,
// punctuation, symbols or white space when decoded with the right encoding.
constexpr double PlausibleShare = 0.95;
constexpr double CertainShare = 0.995;
// uchardet 0.0.8 reports no confidence; a guess from fewer letters outside
// ASCII than this is a guess about a few words.
constexpr qsizetype CertainNonAsciiBytes = 24;

bool isPlausible(char32_t c)
{
    if (c == '\n' || c == '\r' || c == '\t')
        return true;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_NotAssigned:
    case QChar::Other_PrivateUse:
    case QChar::Other_Surrogate:
        return false;
    default:
        return true;
    }
}

double plausibleShare(const QString &text)
{
    if (text.isEmpty())
        return 0;
    qsizetype plausible = 0;
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i, ++count) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        plausible += isPlausible(c) ? 1 : 0;
    }
    return double(plausible) / double(count);
}

double plausibleShare(QByteArrayView data, const char *encoding)
{
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    return decoder.isValid() ? plausibleShare(decoder(data)) : 0.0;
}

qsizetype nonAsciiBytes(QByteArrayView data)
{
    return std::count_if(data.begin(), data.end(), [](char c) { return (c & 0x80) != 0; });
}

// Where the zero bytes fall, counted per position in a unit of `width` bytes.
template<std::size_t Width>
std::array<qsizetype, Width> zerosByPosition(QByteArrayView data)
{
    std::array<qsizetype, Width> zeros{};
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (data.at(i) == 0)
            ++zeros[std::size_t(i % qsizetype(Width))];
    }
    return zeros;
}

QByteArray wideCandidate(const QByteArray &sample)
{
    if (sample.size() % 4 == 0) {
        // UTF-32: the top byte of every code point is zero.
        const auto zeros = zerosByPosition<4>(sample);
        const qsizetype units = sample.size() / 4;
        if (zeros[3] == units && zeros[0] < units)
            return QByteArrayLiteral("UTF-32LE");
        if (zeros[0] == units && zeros[3] < units)
            return QByteArrayLiteral("UTF-32BE");
    }
    // UTF-16: any ASCII character (a space, a line break) has its zero on
    // one side only, whatever the script of the rest.
    const auto zeros = zerosByPosition<2>(sample);
    if (zeros[1] > 0 && zeros[0] == 0)
        return QByteArrayLiteral("UTF-16LE");
    if (zeros[0] > 0 && zeros[1] == 0)
        return QByteArrayLiteral("UTF-16BE");
    return {};
}

// uchardet's names are ICU's, which QStringDecoder uses; the few that WHATWG
// widens are widened, as browsers do.
QByteArray decoderName(QByteArray name)
{
    name = name.toUpper();
    if (name == "ASCII" || name == "ISO-8859-1")
        return QByteArrayLiteral("windows-1252");
    if (name == "GB2312")
        return QByteArrayLiteral("GB18030");
    return name;
}

} // namespace

QByteArray EncodingDetector::wideUnicode(const QByteArray &data)
{
    const QByteArray sample = data.first(std::min(data.size(), SampleBytes) & ~qsizetype(3));
    const QByteArray name = wideCandidate(sample);
    if (name.isEmpty())
        return {};
    return plausibleShare(sample, name.constData()) >= PlausibleShare ? name : QByteArray();
}

EncodingDetector::Guess EncodingDetector::detect(const QByteArray &data)
{
    if (QByteArray wide = wideUnicode(data); !wide.isEmpty())
        return {wide, true};
    const std::unique_ptr<std::remove_pointer_t<uchardet_t>, void (*)(uchardet_t)> detector(uchardet_new(), uchardet_delete);
    const QByteArrayView sample = QByteArrayView(data).first(std::min(data.size(), SampleBytes));
    if (uchardet_handle_data(detector.get(), sample.data(), size_t(sample.size())) != 0)
        return {};
    uchardet_data_end(detector.get());
    const QByteArray name = decoderName(uchardet_get_charset(detector.get()));
    if (name.isEmpty() || !QStringDecoder(name.constData()).isValid())
        return {};
    const bool certain = nonAsciiBytes(sample) >= CertainNonAsciiBytes && plausibleShare(sample, name.constData()) >= CertainShare;
    return {name, certain};
}

} // namespace Lectern
