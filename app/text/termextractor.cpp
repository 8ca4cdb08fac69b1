// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "termextractor.h"

#include <QSet>

namespace Lectern {

namespace {
// English function words; other languages keep theirs, which only makes
// their summaries a little noisier (idf still weighs them down).
const char *const stopWords[] = {
    "about", "above", "after", "again", "against", "all", "also", "although", "among", "and", "another", "any", "are", "around", "because", "been",
    "before", "being", "below", "between", "both", "but", "can", "could", "did", "does", "doing", "down", "during", "each", "either", "else", "even",
    "ever", "every", "few", "for", "from", "further", "had", "has", "have", "having", "her", "here", "hers", "herself", "him", "himself", "his", "how",
    "however", "into", "its", "itself", "just", "like", "made", "make", "many", "may", "might", "more", "most", "much", "must", "neither", "never",
    "nor", "not", "now", "off", "often", "once", "one", "only", "onto", "other", "others", "our", "ours", "out", "over", "own", "per", "perhaps",
    "quite", "rather", "said", "same", "says", "see", "seem", "seems", "several", "she", "should", "since", "some", "still", "such", "than", "that",
    "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "though", "through", "thus", "too", "two",
    "under", "until", "upon", "very", "was", "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will",
    "with", "within", "without", "would", "yet", "you", "your", "yours", "yourself", "new", "get", "got", "way", "well", "use", "used", "using",
    "who", "year", "years", "one", "first", "last", "want", "let", "put", "take", "took",
};

const QSet<QString> &stopWordSet()
{
    static const QSet<QString> set = [] {
        QSet<QString> words;
        for (const char *word : stopWords)
            words.insert(QString::fromLatin1(word));
        return words;
    }();
    return set;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}
} // namespace

QString TermExtractor::fold(QStringView word)
{
    QString folded = word.toString().toLower();
    // A light plural fold, not a stemmer: "companies" → "company",
    // "classes" → "class", "weights" → "weight"; "process" and "analysis" stay.
    if (folded.size() <= 4 || !folded.endsWith(QLatin1Char('s')))
        return folded;
    if (folded.endsWith(QLatin1StringView("ies")))
        folded.replace(folded.size() - 3, 3, QStringLiteral("y"));
    else if (folded.endsWith(QLatin1StringView("sses")))
        folded.chop(2);
    else if (!folded.endsWith(QLatin1StringView("ss")) && !folded.endsWith(QLatin1StringView("is")) && !folded.endsWith(QLatin1StringView("us")))
        folded.chop(1);
    return folded;
}

bool TermExtractor::isStopWord(QStringView folded)
{
    return stopWordSet().contains(folded.toString());
}

QList<TermExtractor::Term> TermExtractor::terms(QStringView text)
{
    QList<Term> result;
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        while (i < size && !isWordChar(text[i]))
            ++i;
        const qsizetype start = i;
        bool hasLetter = false;
        while (i < size && isWordChar(text[i])) {
            hasLetter = hasLetter || text[i].isLetter();
            ++i;
        }
        const qsizetype length = i - start;
        // Numbers and one- or two-letter words say little about a topic.
        if (length < 3 || length > 40 || !hasLetter)
            continue;
        QString key = fold(text.mid(start, length));
        if (isStopWord(key))
            continue;
        result.append(Term{std::move(key), int(start), int(length)});
    }
    return result;
}

QStringList TermExtractor::keys(QStringView text)
{
    QStringList result;
    const QList<Term> found = terms(text);
    result.reserve(found.size());
    for (const Term &term : found)
        result << term.key;
    return result;
}

} // namespace Lectern
