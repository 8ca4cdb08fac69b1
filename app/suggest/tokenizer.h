// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QStringList>

namespace Lectern {

/// Features of a sentence for the classifier: lower-case words without
/// stop words, crudely stemmed, plus adjacent pairs ("export control").
/// Hand-written rather than QTextBoundaryFinder::Word because it runs on
/// every sentence of every article and only needs letters and digits.
class Tokenizer
{
public:
    /// Lower-case words, stop words included, in order.
    static QStringList words(QStringView text);
    /// Stems of content words and their adjacent pairs.
    static QStringList features(QStringView text);
    /// The same from words() already found.
    static QStringList featuresFromWords(const QStringList &words);
    /// "regulators" → "regulator", "controls" → "control": enough to share counts.
    static QString stem(const QString &word);
    static bool isStopWord(const QString &word);
    /// The words of a space-separated list, for word lists kept in code.
    static QSet<QString> wordSet(QStringView words);
};

} // namespace Lectern
