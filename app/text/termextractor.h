// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Lectern {

/// The content words of a text, as the summariser and the related-articles
/// index compare them: letter runs (as FTS5's unicode61 tokenizer splits
/// them), folded to lower case, common function words dropped, a plural
/// "-s" taken off so "weights" and "weight" meet.
class TermExtractor
{
public:
    struct Term {
        QString key; ///< the folded form terms are compared by
        int start = 0; ///< where the word starts in the text (UTF-16)
        int length = 0;
    };

    static QList<Term> terms(QStringView text);
    static QStringList keys(QStringView text);
    /// Adds `weight` to the count of every key in the text: keys() without
    /// a list or a string per word, for indexing whole articles.
    static void countKeys(QStringView text, int weight, QHash<QString, int> &counts);
    static bool isStopWord(QStringView folded);
    static QString fold(QStringView word);

private:
    template<typename KeyFound>
    static void forEachKey(QStringView text, KeyFound keyFound);
    static void foldInto(QStringView word, QString &folded);
};

} // namespace Lectern
