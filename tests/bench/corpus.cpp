// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus.h"

#include "store/migrations.h"

#include <cmath>

namespace {
const char *const syllables[] = {"ba", "ce", "di", "fo", "gu", "ha", "je", "ki", "lo", "mu", "na", "pe", "qui", "ro", "su", "ta", "ve", "wi", "xo", "ze",
                                 "an", "er", "in", "on", "ul", "ar", "es", "is", "or", "us"};
constexpr int syllableCount = sizeof(syllables) / sizeof(syllables[0]);
} // namespace

Corpus::Corpus(quint32 seed)
    : m_random(seed)
{
    // 20,000 made-up words; rank 0 is the most common.
    QRandomGenerator words(seed ^ 0x5eed);
    for (int i = 0; i < 20000; ++i) {
        QString word;
        const int length = 2 + int(words.bounded(3));
        for (int s = 0; s < length; ++s)
            word += QLatin1StringView(syllables[words.bounded(syllableCount)]);
        m_vocabulary << word;
    }
}

QString Corpus::libraryFile(const QString &folder, int articles)
{
    return QStringLiteral("%1/library-%2-corpus%3-schema%4.sqlite").arg(folder).arg(articles).arg(version).arg(Lectern::Migrations::latestVersion());
}

QString Corpus::zipfWord()
{
    // Inverse-CDF sampling of a Zipf-like law: a few words everywhere,
    // most words rare, as in real text.
    const double u = m_random.generateDouble();
    const int rank = int(std::pow(double(m_vocabulary.size()), u)) - 1;
    return m_vocabulary.at(qBound(0, rank, int(m_vocabulary.size() - 1)));
}

QString Corpus::sentence()
{
    const int length = 8 + int(m_random.bounded(16));
    QString text;
    for (int i = 0; i < length; ++i) {
        if (i > 0)
            text += QLatin1Char(' ');
        text += zipfWord();
    }
    text[0] = text[0].toUpper();
    return text + QLatin1Char('.');
}

QByteArray Corpus::article(int index, int bytes)
{
    QString text = QStringLiteral("Article %1: %2 %3 %4\n").arg(index).arg(zipfWord(), zipfWord(), zipfWord());
    text += sentence() + QLatin1Char('\n');
    int paragraph = 0;
    while (text.size() < bytes) {
        QString body;
        for (int s = 0; s < 4 + int(m_random.bounded(4)); ++s)
            body += sentence() + QLatin1Char(' ');
        text += QLatin1Char('\n') + body.trimmed() + QLatin1Char('\n');
        if (++paragraph % 4 == 0)
            text += QStringLiteral("\nSection %1 %2\n").arg(paragraph / 4).arg(zipfWord());
    }
    text += QStringLiteral("\nGet policy news in your inbox\n");
    return text.toUtf8();
}
