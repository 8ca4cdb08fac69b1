// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "speakerdetector.h"

#include <QRegularExpression>

namespace Lectern {

namespace {
// Verbs of saying, present and past.
const QString verbs = QStringLiteral(
    "(?:argue[sd]?|say[s]?|said|claim(?:s|ed)?|warn(?:s|ed)?|insist(?:s|ed)?|contend(?:s|ed)?|believe[sd]?|note[sd]?|told|tell[s]?|"
    "maintain(?:s|ed)?|state[sd]?|wr[io]te[s]?|assert(?:s|ed)?|add(?:s|ed)|predict(?:s|ed)?|suggest(?:s|ed)?|concede[sd]?|"
    "counter(?:s|ed)?|object(?:s|ed)|stress(?:es|ed)?|emphasi[sz]e[sd]?|acknowledge[sd]?|admit(?:s|ted)?|reckon(?:s|ed)?|"
    "point(?:s|ed) out|put it|explain(?:s|ed)?)");
// A name: an optional title, then capitalised words (with particles such as "de").
const QString name = QStringLiteral(
    "((?:(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Gen)\\.\\s+|(?:Senator|Minister|Commissioner|President|Professor|Judge|Chancellor)\\s+)?"
    "\\p{Lu}[\\p{L}'\\x{2019}.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'\\x{2019}.-]*|de|van|von|der|bin|al|da|di|le|la)){0,4})");
// Words that start a sentence but name no one.
const QRegularExpression notAName(QStringLiteral("^(?:The|This|That|These|Those|It|Its|Some|Many|Most|Such|Critics|Supporters|Officials|"
                                                 "Experts|Analysts|Researchers|Economists|Few|Both|Each|Every|Our|Their|Any|No|A|An|"
                                                 "Data|Evidence|History|Nobody|Everyone|Others|He|She|They|We|I|You|Who|What|Why|How|When|Where|Which)$"));
} // namespace

QString SpeakerDetector::clean(QString text)
{
    text = text.trimmed();
    while (!text.isEmpty() && (text.endsWith(u',') || text.endsWith(u'.') || text.endsWith(u'"') || text.endsWith(u'\u201D')))
        text.chop(1);
    return text.trimmed();
}

QString SpeakerDetector::detect(QStringView sentence)
{
    static const QRegularExpression accordingTo(QStringLiteral("(?:^|[,;]\\s*)[Aa]ccording to ([^,;:\"\\x{201C}]{2,80}?)(?:[,;:]|\\.?$)"));
    static const QRegularExpression wordsOf(QStringLiteral("^[Ii]n the words of ([^,;:\"\\x{201C}]{2,80}?),"));
    // "Osei, a trade lawyer, has long argued …"
    static const QRegularExpression leading(QStringLiteral("^") + name
                                            + QStringLiteral("(?:,[^,]{3,90},)?\\s+(?:has\\s+|had\\s+|have\\s+)?(?:long\\s+|repeatedly\\s+|also\\s+|once\\s+)?")
                                            + verbs + QStringLiteral("\\b"));
    static const QRegularExpression saidName(QStringLiteral("[,\"\\x{201D}]\\s*") + verbs + QStringLiteral("\\s+") + name
                                             + QStringLiteral("(?:,[^.]*)?[.!]?[\"\\x{201D}]?$"));
    static const QRegularExpression nameSaid(QStringLiteral("[,\"\\x{201D}]\\s*") + name + QStringLiteral("\\s+") + verbs
                                             + QStringLiteral("(?:\\s+(?:on|in|last|this)\\s+\\w+)?[.!]?[\"\\x{201D}]?$"));
    const QString text = sentence.trimmed().toString();

    for (const QRegularExpression *pattern : {&accordingTo, &wordsOf}) {
        const QRegularExpressionMatch match = pattern->match(text);
        if (match.hasMatch())
            return clean(match.captured(1));
    }
    for (const QRegularExpression *pattern : {&leading, &saidName, &nameSaid}) {
        const QRegularExpressionMatch match = pattern->match(text);
        if (!match.hasMatch())
            continue;
        const QString candidate = clean(match.captured(1));
        const QString first = candidate.section(u' ', 0, 0);
        if (!candidate.isEmpty() && !notAName.match(first).hasMatch())
            return candidate;
    }
    return {};
}

} // namespace Lectern
