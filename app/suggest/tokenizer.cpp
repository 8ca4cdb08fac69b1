// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenizer.h"

#include <QSet>

namespace Lectern {

QStringList Tokenizer::words(QStringView text)
{
    QStringList result;
    qsizetype start = -1;
    bool apostrophe = false;
    const auto flush = [&](qsizetype end) {
        if (start < 0)
            return;
        QStringView word = text.mid(start, end - start);
        while (word.endsWith(u'-') || word.endsWith(u'\'') || word.endsWith(u'\u2019'))
            word.chop(1);
        QString lower = word.toString().toLower();
        if (apostrophe) { // "don't" → "dont", "company's" → "companys"
            lower.remove(u'\'');
            lower.remove(u'\u2019');
        }
        if (!lower.isEmpty())
            result << lower;
        start = -1;
        apostrophe = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isLetterOrNumber()) {
            if (start < 0)
                start = i;
        } else if (start >= 0 && (c == u'\'' || c == u'\u2019')) {
            apostrophe = true;
        } else if (start < 0 || c != u'-') {
            flush(i);
        }
    }
    flush(text.size());
    return result;
}

bool Tokenizer::isStopWord(const QString &word)
{
    static const QSet<QString> stop = wordSet(u"the a an and or of to in on at for by with from as is are was were be been it its this that these those their "
                                              u"they he she his her we our has have had which who than into about also there so but if do does");
    return stop.contains(word);
}

QString Tokenizer::stem(const QString &word)
{
    if (word.size() <= 4)
        return word;
    if (word.endsWith(QLatin1StringView("ies")))
        return word.left(word.size() - 3) + u'y';
    if (word.endsWith(QLatin1StringView("sses")))
        return word.left(word.size() - 2);
    if (word.endsWith(u's') && !word.endsWith(QLatin1StringView("ss")) && !word.endsWith(QLatin1StringView("us"))
        && !word.endsWith(QLatin1StringView("is")))
        return word.left(word.size() - 1);
    return word;
}

QStringList Tokenizer::features(QStringView text)
{
    return featuresFromWords(words(text));
}

QStringList Tokenizer::featuresFromWords(const QStringList &words)
{
    QStringList result;
    result.reserve(words.size() * 2);
    QString previous;
    for (const QString &word : words) {
        if (isStopWord(word) || word.size() < 2) {
            previous.clear();
            continue;
        }
        const QString stemmed = stem(word);
        result << stemmed;
        if (!previous.isEmpty())
            result << previous + u' ' + stemmed;
        previous = stemmed;
    }
    return result;
}

QSet<QString> Tokenizer::wordSet(QStringView words)
{
    QSet<QString> set;
    for (const QStringView word : words.split(u' '))
        set.insert(word.toString());
    return set;
}

} // namespace Lectern
