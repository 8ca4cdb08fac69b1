// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "encodingdetector.h"

#include <QByteArrayList>
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
    std::array<qsizetype, Width> zeros {};
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (data.at(i) == 0)
            ++zeros[std::size_t(i % qsizetype(Width))];
    }
    return zeros;
}

// Real UTF-16 writes each line break as a unit of its own (0A 00), so
// nearly every 0A byte is one. ASCII text with a stray NUL, read as UTF-16,
// would pair its line breaks with letters; with no line break to go by,
// such text has few zeros and no byte above 0x7F, where Han and kana have
// many.
bool looksLikeUtf16(QByteArrayView sample, bool littleEndian)
{
    const qsizetype units = sample.size() / 2;
    qsizetype lineFeedBytes = 0;
    qsizetype lineFeedUnits = 0;
    qsizetype zeros = 0;
    qsizetype highBytes = 0;
    for (qsizetype i = 0; i + 1 < sample.size(); i += 2) {
        const char first = sample[i];
        const char second = sample[i + 1];
        lineFeedBytes += (first == '\n') + (second == '\n');
        lineFeedUnits += (littleEndian ? first == '\n' && second == 0 : first == 0 && second == '\n') ? 1 : 0;
        zeros += (first == 0) + (second == 0);
        highBytes += ((first & 0x80) != 0) + ((second & 0x80) != 0);
    }
    if (lineFeedBytes > 0)
        return 2 * lineFeedUnits >= lineFeedBytes;
    constexpr qsizetype zeroShare = 20; // one unit in twenty
    return zeros * zeroShare >= units || 4 * highBytes >= units;
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
    // one side only, whatever the script of the rest. Han and Hangul put a
    // zero on the other side now and then (U+4E00): then the byte order
    // whose text reads better wins, a line break read backwards (U+0A00)
    // being no character at all.
    const auto zeros = zerosByPosition<2>(sample);
    if (zeros[0] == 0 && zeros[1] == 0)
        return {};
    bool littleEndian = zeros[0] == 0;
    if (zeros[0] > 0 && zeros[1] > 0) {
        const double little = plausibleShare(sample, "UTF-16LE");
        const double big = plausibleShare(sample, "UTF-16BE");
        if (little == big)
            return {};
        littleEndian = little > big;
    }
    if (!looksLikeUtf16(sample, littleEndian))
        return {};
    return littleEndian ? QByteArrayLiteral("UTF-16LE") : QByteArrayLiteral("UTF-16BE");
}

// uchardet's names are ICU's, which QStringDecoder uses, written in lower
// case as WHATWG writes its labels; the few that WHATWG widens are widened,
// as browsers do.
QByteArray decoderName(QByteArray name)
{
    name = name.toLower();
    if (name == "ascii" || name == "iso-8859-1")
        return QByteArrayLiteral("windows-1252");
    if (name == "gb2312")
        return QByteArrayLiteral("gb18030");
    return name;
}

bool isLatinSingleByte(const QByteArray &name)
{
    static const QByteArrayList latin {"iso-8859-2", "iso-8859-3", "iso-8859-4", "iso-8859-9", "iso-8859-10", "iso-8859-13", "iso-8859-14", "iso-8859-15",
        "iso-8859-16", "windows-1250", "windows-1254", "windows-1257", "mac-roman"};
    return latin.contains(name);
}

// Every character outside ASCII is a letter in windows-1252.
bool readsAsWindows1252(QByteArrayView sample)
{
    QStringDecoder decoder("windows-1252", QStringDecoder::Flag::Stateless);
    const QString text = decoder(sample);
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80 || c.isLetter(); });
}

// A text nearly all ASCII gives the detector a few letters to go on, and it
// picks among the Latin encodings almost at random (a "Zuñi" in an English
// book read as Nordic ISO-8859-10). Browsers read such text as windows-1252.
QByteArray preferWindows1252(const QByteArray &name, QByteArrayView sample)
{
    constexpr qsizetype asciiShare = 100; // under one byte in a hundred
    if (isLatinSingleByte(name) && nonAsciiBytes(sample) * asciiShare < sample.size() && readsAsWindows1252(sample))
        return QByteArrayLiteral("windows-1252");
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
    const std::unique_ptr<std::remove_pointer_t<uchardet_t>, void (*)(uchardet_t)> detector(uchardet_new(), uchardet_delete);
    const QByteArrayView sample = QByteArrayView(data).first(std::min(data.size(), SampleBytes));
    if (uchardet_handle_data(detector.get(), sample.data(), size_t(sample.size())) != 0)
        return {};
    uchardet_data_end(detector.get());
    const QByteArray name = preferWindows1252(decoderName(uchardet_get_charset(detector.get())), sample);
    if (name.isEmpty() || name == "utf-8" || !QStringDecoder(name.constData()).isValid())
        return {};
    const bool certain = nonAsciiBytes(sample) >= CertainNonAsciiBytes && plausibleShare(sample, name.constData()) >= CertainShare;
    return {name, certain};
}

} // namespace Lectern
