// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sentencesplitter.h"

#include "tokenizer.h"

#include <QSet>
#include <QTextBoundaryFinder>

namespace Lectern {

namespace {
// Titles always precede a name, so a break after them is always wrong.
const QSet<QString> &titles()
{
    static const QSet<QString> words = Tokenizer::wordSet(u"dr mr mrs ms prof sen rep gov gen st rev hon pres sgt capt vs cf no fig approx e.g i.e al "
                                                          u"jan feb mar apr jun jul aug sep sept oct nov dec");
    return words;
}

// These also end sentences: keep them joined only when what follows does
// not look like the start of a new one.
const QSet<QString> &ambiguous()
{
    static const QSet<QString> words = Tokenizer::wordSet(u"u.s u.k e.u u.n inc ltd corp co etc jr sr dept govt p.m a.m");
    return words;
}

const QSet<QString> &sentenceStarters()
{
    static const QSet<QString> words = Tokenizer::wordSet(u"the a an it this that these but and we they he she i in if yet so there its their our what when "
                                                          u"however");
    return words;
}

bool isQuote(QChar c)
{
    return c == u'"' || c == u'\u201C' || c == u'\u201D';
}
} // namespace

bool SentenceSplitter::endsWithAbbreviation(QStringView before, QStringView after)
{
    before = before.trimmed();
    if (!before.endsWith(u'.'))
        return false;
    qsizetype wordStart = before.size() - 1;
    while (wordStart > 0 && !before.at(wordStart - 1).isSpace() && before.at(wordStart - 1) != u'(' && !isQuote(before.at(wordStart - 1)))
        --wordStart;
    const QStringView word = before.mid(wordStart, before.size() - 1 - wordStart);
    if (word.isEmpty())
        return false;
    // An initial: "J. Varga".
    if (word.size() == 1 && word.at(0).isUpper())
        return true;
    const QString key = word.toString().toLower();
    if (titles().contains(key))
        return true;
    if (!ambiguous().contains(key))
        return false;
    after = after.trimmed();
    qsizetype wordEnd = 0;
    while (wordEnd < after.size() && after.at(wordEnd).isLetter())
        ++wordEnd;
    const QStringView next = after.left(wordEnd);
    if (next.isEmpty())
        return after.isEmpty() ? false : after.at(0).isDigit();
    return next.at(0).isLower() || !sentenceStarters().contains(next.toString().toLower());
}

bool SentenceSplitter::insideQuotation(const QString &text, int start, int boundary)
{
    // An odd number of straight quotes, or an open curly one, before the
    // break means the quotation goes on; join if it closes soon after.
    int straight = 0;
    int curlyOpen = 0;
    for (int i = start; i < boundary; ++i) {
        const QChar c = text.at(i);
        if (c == u'"')
            ++straight;
        else if (c == u'\u201C')
            ++curlyOpen;
        else if (c == u'\u201D')
            curlyOpen = qMax(0, curlyOpen - 1);
    }
    if (straight % 2 == 0 && curlyOpen == 0)
        return false;
    constexpr int maxQuoteTail = 240;
    for (int i = boundary; i < text.size() && i < boundary + maxQuoteTail; ++i) {
        const QChar c = text.at(i);
        if (c == u'\n')
            return false;
        if ((straight % 2 == 1 && c == u'"') || (curlyOpen > 0 && c == u'\u201D'))
            return true;
    }
    return false;
}

QList<SentenceSplitter::Range> SentenceSplitter::split(const QString &text)
{
    QList<Range> sentences;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text);
    int start = 0;
    for (qsizetype boundary = finder.toNextBoundary(); boundary != -1; boundary = finder.toNextBoundary()) {
        const int end = int(boundary);
        if (end < text.size()) {
            const QStringView before = QStringView(text).mid(start, end - start);
            const bool paragraphEnd = before.contains(u'\n') || before.contains(QChar::ParagraphSeparator);
            if (!paragraphEnd && (endsWithAbbreviation(before, QStringView(text).mid(end, 40)) || insideQuotation(text, start, end)))
                continue;
        }
        int from = start;
        int to = end;
        while (from < to && text.at(from).isSpace())
            ++from;
        while (to > from && text.at(to - 1).isSpace())
            --to;
        if (to > from)
            sentences.append({from, to});
        start = end;
    }
    return sentences;
}

} // namespace Lectern
