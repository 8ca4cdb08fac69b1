// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hypothesisreader.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Lectern {

namespace {
// One annotation as the API returns it has a "uri" of its own.
bool isSingleAnnotation(const QJsonObject &root)
{
    return root.value(QStringLiteral("uri")).isString() && (root.contains(QStringLiteral("target")) || root.contains(QStringLiteral("text")));
}

// An export is an array; the API's search answers {"total", "rows"}.
QJsonArray entriesOf(const QJsonDocument &document)
{
    if (document.isArray())
        return document.array();
    const QJsonObject root = document.object();
    if (isSingleAnnotation(root))
        return QJsonArray{root};
    if (root.value(QStringLiteral("annotations")).isArray())
        return root.value(QStringLiteral("annotations")).toArray();
    return root.value(QStringLiteral("rows")).toArray();
}
} // namespace

bool HypothesisReader::recognises(const QJsonDocument &document)
{
    if (document.isArray())
        return true;
    const QJsonObject root = document.object();
    return root.value(QStringLiteral("annotations")).isArray() || root.value(QStringLiteral("rows")).isArray() || isSingleAnnotation(root);
}

bool HypothesisReader::readAnnotation(const QJsonObject &object, int entry, AnnotationSet *set, QString *error)
{
    ImportedAnnotation annotation;
    annotation.entry = entry;
    annotation.label = object.value(QStringLiteral("id")).toString();
    annotation.anchor.start = annotation.anchor.end = -1;
    const auto fail = [&](const QString &problem) {
        *error = annotation.label.isEmpty() ? tr("entry %1: %2").arg(entry).arg(problem) : tr("entry %1 (%2): %3").arg(entry).arg(annotation.label, problem);
        return false;
    };
    const QJsonValue uri = object.value(QStringLiteral("uri"));
    if (!uri.isString() || uri.toString().isEmpty())
        return fail(tr("it has no “uri”"));
    const QJsonValue tags = object.value(QStringLiteral("tags"));
    if (!tags.isUndefined() && !tags.isArray())
        return fail(tr("its “tags” is not a list"));
    for (const QJsonValue &tag : tags.toArray()) {
        if (!tag.isString())
            return fail(tr("one of its tags is not text"));
        if (!tag.toString().trimmed().isEmpty())
            annotation.tagPaths << tag.toString().trimmed();
    }
    const QJsonValue text = object.value(QStringLiteral("text"));
    if (!text.isUndefined() && !text.isString())
        return fail(tr("its “text” is not text"));
    annotation.note = text.toString();
    const QJsonValue target = object.value(QStringLiteral("target"));
    if (!target.isUndefined() && !target.isArray())
        return fail(tr("its “target” is not a list"));
    bool quoted = false;
    for (const QJsonValue &targetValue : target.toArray()) {
        for (const QJsonValue &selectorValue : targetValue.toObject().value(QStringLiteral("selector")).toArray()) {
            const QJsonObject selector = selectorValue.toObject();
            const QString type = selector.value(QStringLiteral("type")).toString();
            if (type == QLatin1StringView("TextQuoteSelector")) {
                if (!selector.value(QStringLiteral("exact")).isString() || selector.value(QStringLiteral("exact")).toString().isEmpty())
                    return fail(tr("its TextQuoteSelector has no “exact” text"));
                annotation.anchor.exact = selector.value(QStringLiteral("exact")).toString();
                annotation.anchor.prefix = selector.value(QStringLiteral("prefix")).toString();
                annotation.anchor.suffix = selector.value(QStringLiteral("suffix")).toString();
                quoted = true;
            } else if (type == QLatin1StringView("TextPositionSelector")) {
                // Hypothesis counts in the browser's UTF-16 units, like Lectern;
                // the position is only a hint, the quote decides.
                const int start = selector.value(QStringLiteral("start")).toInt(-1);
                const int end = selector.value(QStringLiteral("end")).toInt(-1);
                if (start >= 0 && end >= start) {
                    annotation.anchor.start = start;
                    annotation.anchor.end = end;
                }
            }
        }
    }
    // A page note or a reply marks no passage: nothing to place.
    if (!quoted || object.value(QStringLiteral("references")).toArray().size() > 0) {
        ++set->skipped;
        return true;
    }
    annotation.articleRef = uri.toString();
    annotation.created = QDateTime::fromString(object.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    annotation.modified = QDateTime::fromString(object.value(QStringLiteral("updated")).toString(), Qt::ISODateWithMs);
    if (!set->article(annotation.articleRef)) {
        const QString title = object.value(QStringLiteral("document")).toObject().value(QStringLiteral("title")).toArray().at(0).toString();
        set->articles << ImportedArticle{annotation.articleRef, title, annotation.articleRef, QString(), std::nullopt};
    }
    set->annotations << annotation;
    return true;
}

bool HypothesisReader::read(const QJsonDocument &document, AnnotationSet *set, QString *error)
{
    set->format = QStringLiteral("hypothesis");
    const QJsonArray entries = entriesOf(document);
    for (int i = 0; i < entries.size(); ++i) {
        if (!entries.at(i).isObject()) {
            *error = tr("entry %1: it is not an object").arg(i + 1);
            return false;
        }
        if (!readAnnotation(entries.at(i).toObject(), i + 1, set, error))
            return false;
    }
    return true;
}

} // namespace Lectern
