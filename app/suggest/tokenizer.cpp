// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenizer.h"

#include <QSet>

namespace Lectern {

QStringList Tokenizer::words(QStringView text)
{
    QStringList result;
    QString current;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || (c == u'-' && !current.isEmpty())) {
            current += c.toLower();
        } else if (c == u'\'' || c == u'\u2019') {
            continue; // "don't" → "dont", "company's" → "companys"
        } else if (!current.isEmpty()) {
            while (current.endsWith(u'-'))
                current.chop(1);
            result << current;
            current.clear();
        }
    }
    while (current.endsWith(u'-'))
        current.chop(1);
    if (!current.isEmpty())
        result << current;
    return result;
}

bool Tokenizer::isStopWord(const QString &word)
{
    static const QSet<QString> stop = {
        QStringLiteral("the"),  QStringLiteral("a"),     QStringLiteral("an"),   QStringLiteral("and"),  QStringLiteral("or"),
        QStringLiteral("of"),   QStringLiteral("to"),    QStringLiteral("in"),   QStringLiteral("on"),   QStringLiteral("at"),
        QStringLiteral("for"),  QStringLiteral("by"),    QStringLiteral("with"), QStringLiteral("from"), QStringLiteral("as"),
        QStringLiteral("is"),   QStringLiteral("are"),   QStringLiteral("was"),  QStringLiteral("were"), QStringLiteral("be"),
        QStringLiteral("been"), QStringLiteral("it"),    QStringLiteral("its"),  QStringLiteral("this"), QStringLiteral("that"),
        QStringLiteral("these"), QStringLiteral("those"), QStringLiteral("their"), QStringLiteral("they"), QStringLiteral("he"),
        QStringLiteral("she"),  QStringLiteral("his"),   QStringLiteral("her"),  QStringLiteral("we"),   QStringLiteral("our"),
        QStringLiteral("has"),  QStringLiteral("have"),  QStringLiteral("had"),  QStringLiteral("which"), QStringLiteral("who"),
        QStringLiteral("than"), QStringLiteral("into"),  QStringLiteral("about"), QStringLiteral("also"), QStringLiteral("there"),
        QStringLiteral("so"),   QStringLiteral("but"),   QStringLiteral("if"),   QStringLiteral("do"),   QStringLiteral("does"),
    };
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
    QStringList result;
    QString previous;
    for (const QString &word : words(text)) {
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

} // namespace Lectern
