// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "generatedsummary.h"

#include <QJsonArray>

namespace Lectern {

QJsonObject GeneratedSummary::toJson() const
{
    QJsonArray list;
    for (const Sentence &sentence : sentences)
        list.append(QJsonObject{{QStringLiteral("start"), sentence.start},
                                {QStringLiteral("end"), sentence.end},
                                {QStringLiteral("text"), sentence.text},
                                {QStringLiteral("score"), sentence.score}});
    return QJsonObject{{QStringLiteral("generated"), true},
                       {QStringLiteral("method"), QStringLiteral("textrank")},
                       {QStringLiteral("sentences"), list},
                       {QStringLiteral("key_terms"), QJsonArray::fromStringList(keyTerms)},
                       {QStringLiteral("sentences_considered"), sentencesConsidered}};
}

} // namespace Lectern
