// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clutterrules.h"

#include "htmlrules.h"
#include "htmltextbuilder.h"
#include "htmltree.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Lectern {

namespace {

bool isAsciiAlphanumeric(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// A class or id name in parts: whole parts between separators, and words,
// the parts split again at camelCase humps and at digits.
struct NameParts
{
    QByteArrayList parts;
    QByteArrayList words;

    void add(QByteArrayView names)
    {
        qsizetype start = 0;
        for (qsizetype i = 0; i <= names.size(); ++i) {
            const unsigned char c = i < names.size() ? static_cast<unsigned char>(names.at(i)) : ' ';
            if (c >= 0x80 || isAsciiAlphanumeric(char(c)))
                continue;
            if (i > start)
                addPart(names.sliced(start, i - start));
            start = i + 1;
        }
    }

private:
    void addPart(QByteArrayView part)
    {
        parts.append(part.toByteArray().toLower());
        qsizetype start = 0;
        for (qsizetype i = 1; i < part.size(); ++i) {
            const char before = part.at(i - 1);
            const char at = part.at(i);
            const bool hump = isUpper(at) && !isUpper(before) && !isDigit(before);
            if (hump || isDigit(at) != isDigit(before)) {
                words.append(part.sliced(start, i - start).toByteArray().toLower());
                start = i;
            }
        }
        words.append(part.sliced(start).toByteArray().toLower());
    }
};

NameParts namePartsOf(const GumboNode *element)
{
    NameParts names;
    names.add(HtmlTree::attribute(element, "class"));
    names.add(HtmlTree::attribute(element, "id"));
    return names;
}

// The entry of set that word is, or is the plural of; else empty.
QByteArray entryFor(const QSet<QByteArray> &set, const QByteArray &word)
{
    if (set.contains(word))
        return word;
    if (word.size() > 2 && word.endsWith('s') && set.contains(word.chopped(1)))
        return word.chopped(1);
    return {};
}

// The first entry of set among words, single or two adjacent ("most read").
QByteArray firstEntry(const QSet<QByteArray> &set, const QByteArrayList &words)
{
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (QByteArray entry = entryFor(set, words.at(i)); !entry.isEmpty())
            return entry;
        if (i + 1 < words.size()) {
            if (QByteArray entry = entryFor(set, words.at(i) + ' ' + words.at(i + 1)); !entry.isEmpty())
                return entry;
        }
    }
    return {};
}

QSet<QByteArray> wordSet(const QJsonValue &value)
{
    QSet<QByteArray> set;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &word : array)
        set.insert(word.toString().toLower().toUtf8());
    return set;
}

// Visible text and the part of it inside links, for a list's link density.
struct LinkTextCounter
{
    qsizetype length = 0;
    qsizetype linkLength = 0;
    int linkDepth = 0;

    bool enter(const GumboNode *element)
    {
        if (HtmlRules::isNeverText(element) || HtmlRules::isHidden(element))
            return false;
        if (HtmlTree::isElement(element, GUMBO_TAG_A))
            ++linkDepth;
        return true;
    }
    void leave(const GumboNode *element)
    {
        if (HtmlTree::isElement(element, GUMBO_TAG_A))
            --linkDepth;
    }
    void text(const GumboNode *node)
    {
        const qsizetype visible = HtmlTree::text(node).trimmed().size();
        length += visible;
        if (linkDepth > 0)
            linkLength += visible;
    }
};

int listItems(const GumboNode *list)
{
    int items = 0;
    const GumboVector &children = list->v.element.children;
    for (unsigned int i = 0; i < children.length; ++i)
        items += HtmlTree::isElement(static_cast<const GumboNode *>(children.data[i]), GUMBO_TAG_LI) ? 1 : 0;
    return items;
}

const GumboNode *previousSiblingElement(const GumboNode *element)
{
    if (!HtmlTree::isElement(element->parent))
        return nullptr;
    const GumboVector &siblings = element->parent->v.element.children;
    for (unsigned int i = element->index_within_parent; i-- > 0;) {
        const auto *sibling = static_cast<const GumboNode *>(siblings.data[i]);
        if (HtmlTree::isElement(sibling))
            return sibling;
    }
    return nullptr;
}

const GumboNode *firstChildElement(const GumboNode *element)
{
    const GumboVector &children = element->v.element.children;
    for (unsigned int i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (HtmlTree::isElement(child))
            return child;
    }
    return nullptr;
}

} // namespace

const ClutterRules &ClutterRules::builtIn()
{
    static const ClutterRules rules = [] {
        QFile file(QStringLiteral(":/lectern/import/clutter.json"));
        file.open(QIODevice::ReadOnly);
        QString error;
        ClutterRules loaded = fromJson(file.readAll(), &error);
        if (!error.isEmpty())
            qWarning("Lectern: the built-in clutter rules are invalid: %s", qPrintable(error));
        return loaded;
    }();
    return rules;
}

ClutterRules ClutterRules::fromJson(const QByteArray &json, QString *error)
{
    ClutterRules rules;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        if (error)
            *error = parseError.errorString();
        return rules;
    }
    const QJsonObject object = document.object();
    rules.m_strong = wordSet(object.value(QLatin1StringView("strongWords")));
    rules.m_weak = wordSet(object.value(QLatin1StringView("weakWords")));
    rules.m_content = wordSet(object.value(QLatin1StringView("contentWords")));
    rules.m_neverContent = wordSet(object.value(QLatin1StringView("neverContentWords")));
    rules.m_lead = wordSet(object.value(QLatin1StringView("leadWords")));
    rules.m_weightPositive = wordSet(object.value(QLatin1StringView("weightPositiveWords")));
    rules.m_weightNegative = wordSet(object.value(QLatin1StringView("weightNegativeWords")));
    rules.m_linkListItems = object.value(QLatin1StringView("linkListItems")).toInt(rules.m_linkListItems);
    rules.m_linkListDensity = object.value(QLatin1StringView("linkListDensity")).toDouble(rules.m_linkListDensity);
    const QJsonArray headings = object.value(QLatin1StringView("headings")).toArray();
    for (const QJsonValue &value : headings) {
        const QJsonObject heading = value.toObject();
        HeadingRule rule {heading.value(QLatin1StringView("name")).toString(),
            QRegularExpression(heading.value(QLatin1StringView("match")).toString(),
                QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption)};
        if (!rule.pattern.isValid()) {
            if (error)
                *error = QStringLiteral("heading \"%1\": %2").arg(rule.name, rule.pattern.errorString());
            continue;
        }
        rule.pattern.optimize();
        rules.m_headings.append(rule);
    }
    return rules;
}

QString ClutterRules::classHint(const GumboNode *element, bool strongOnly) const
{
    if (!HtmlTree::hasAttribute(element, "class") && !HtmlTree::hasAttribute(element, "id"))
        return {};
    const NameParts names = namePartsOf(element);
    if (const QByteArray word = firstEntry(m_strong, names.words); !word.isEmpty())
        return QString::fromUtf8(word);
    if (strongOnly)
        return {};
    // "CtxtMenu_Attached" (a MathJax equation) has a menu attached, it is not one.
    const QByteArray word = firstEntry(m_weak, names.parts);
    if (!word.isEmpty() && firstEntry(m_content, names.words).isEmpty())
        return QString::fromUtf8(word);
    return {};
}

int ClutterRules::classWeight(const GumboNode *element) const
{
    int weight = 0;
    for (const char *attribute : {"class", "id"}) {
        NameParts names;
        names.add(HtmlTree::attribute(element, attribute));
        if (!firstEntry(m_weightNegative, names.words).isEmpty())
            weight -= 25;
        if (!firstEntry(m_weightPositive, names.words).isEmpty())
            weight += 25;
    }
    return weight;
}

bool ClutterRules::isNeverContent(const GumboNode *element) const
{
    if (!HtmlTree::hasAttribute(element, "class") && !HtmlTree::hasAttribute(element, "id"))
        return false;
    return !firstEntry(m_neverContent, namePartsOf(element).words).isEmpty();
}

bool ClutterRules::isLead(const GumboNode *element) const
{
    if (!HtmlTree::hasAttribute(element, "class") && !HtmlTree::hasAttribute(element, "id"))
        return false;
    return !firstEntry(m_lead, namePartsOf(element).words).isEmpty();
}

QString ClutterRules::blockHint(const GumboNode *element) const
{
    const GumboTag tag = HtmlTree::tag(element);
    if (tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL) {
        // A list under a heading of its own ("Resources") is a part of the
        // document; unheaded links are tags, crumbs and teasers.
        const GumboNode *previous = previousSiblingElement(element);
        if (listItems(element) < m_linkListItems || (previous && HtmlRules::headingLevel(HtmlTree::tag(previous)) > 0))
            return {};
        LinkTextCounter counter;
        HtmlTree::walk(element, counter);
        if (counter.length > 0 && double(counter.linkLength) >= m_linkListDensity * double(counter.length))
            return QStringLiteral("link list");
        return {};
    }
    if (tag != GUMBO_TAG_DIV && tag != GUMBO_TAG_SECTION)
        return {};
    const GumboNode *first = firstChildElement(element);
    if (!first || HtmlRules::headingLevel(HtmlTree::tag(first)) == 0)
        return {};
    const QString heading = HtmlTextBuilder::textOf(first);
    for (const HeadingRule &rule : m_headings) {
        if (rule.pattern.matchView(heading).hasMatch())
            return rule.name;
    }
    return {};
}

} // namespace Lectern
