// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "utf8.h"

#include <QStringEncoder>

namespace Lectern::Utf8 {

namespace {
// What QStringEncoder writes: a lone surrogate becomes U+FFFD, three bytes.
qsizetype encodedSize(QStringView text)
{
    qsizetype size = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = text[i].unicode();
        if (unit < 0x80)
            size += 1;
        else if (unit < 0x800)
            size += 2;
        else if (QChar::isHighSurrogate(unit) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            size += 4;
            ++i;
        } else
            size += 3;
    }
    return size;
}
} // namespace

QByteArray encode(QStringView text)
{
    const qsizetype size = encodedSize(text);
    if (size == text.size()) // ASCII: each unit is its byte
        return text.toLatin1();
    QByteArray utf8(size, Qt::Uninitialized);
    QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    char *end = encoder.appendToBuffer(utf8.data(), text);
    utf8.truncate(end - utf8.data());
    return utf8;
}

} // namespace Lectern::Utf8
