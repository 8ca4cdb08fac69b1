// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webannotationreader.h"

#include "webannotationexporter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace Lectern {

namespace {
/// A property that may hold one value or a list of them, as JSON-LD allows.
QJsonArray many(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isUndefined() || value.isNull())
        return {};
    return QJsonArray {value};
}

bool isNonNegativeInteger(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() >= 0 && value.toDouble() == double(qint64(value.toDouble())) && value.toDouble() < 2147483647.0;
}

QDateTime timeOf(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}
} // namespace

bool WebAnnotationReader::recognises(const QJsonDocument &document)
{
    const auto hasContext = [](const QJsonObject &object) {
        for (const QJsonValue &context : many(object.value(QStringLiteral("@context")))) {
            if (context.toString() == WebAnnotationExporter::contextUrl())
                return true;
        }
        return false;
    };
    if (document.isObject())
        return hasContext(document.object());
    const QJsonArray array = document.array();
    return !array.isEmpty() && hasContext(array.first().toObject());
}

bool WebAnnotationReader::readTarget(const QJsonValue &targetValue, ImportedAnnotation *annotation, QString *problem)
{
    const QJsonArray targets = many(targetValue);
    if (targets.isEmpty()) {
        *problem = tr("it has no target");
        return false;
    }
    // Lectern claims mark one passage: the first target that has a quote.
    // A target that is only an IRI names a whole page: a page note.
    QString wholePage;
    for (const QJsonValue &value : targets) {
        if (value.isString() && !value.toString().isEmpty()) {
            wholePage = value.toString();
            continue;
        }
        const QJsonObject target = value.toObject();
        if (!target.value(QStringLiteral("source")).isString()) {
            *problem = tr("its target has no source");
            return false;
        }
        bool quoted = false;
        for (const QJsonValue &selectorValue : many(target.value(QStringLiteral("selector")))) {
            const QJsonObject selector = selectorValue.toObject();
            const QString type = selector.value(QStringLiteral("type")).toString();
            if (type == QLatin1StringView("TextQuoteSelector")) {
                const QJsonValue exact = selector.value(QStringLiteral("exact"));
                if (!exact.isString() || exact.toString().isEmpty()) {
                    *problem = tr("its TextQuoteSelector has no “exact” text");
                    return false;
                }
                for (const char *key : {"prefix", "suffix"}) {
                    const QJsonValue part = selector.value(QLatin1StringView(key));
                    if (!part.isUndefined() && !part.isString()) {
                        *problem = tr("the “%1” of its TextQuoteSelector is not text").arg(QLatin1StringView(key));
                        return false;
                    }
                }
                annotation->anchor.exact = exact.toString();
                annotation->anchor.prefix = selector.value(QStringLiteral("prefix")).toString();
                annotation->anchor.suffix = selector.value(QStringLiteral("suffix")).toString();
                quoted = true;
            } else if (type == QLatin1StringView("TextPositionSelector")) {
                const QJsonValue start = selector.value(QStringLiteral("start"));
                const QJsonValue end = selector.value(QStringLiteral("end"));
                if (!isNonNegativeInteger(start) || !isNonNegativeInteger(end) || start.toInt() > end.toInt()) {
                    *problem = tr("its TextPositionSelector needs whole numbers 0 ≤ start ≤ end");
                    return false;
                }
                annotation->anchor.start = start.toInt();
                annotation->anchor.end = end.toInt();
            }
        }
        if (quoted) {
            annotation->articleRef = target.value(QStringLiteral("source")).toString();
            return true;
        }
    }
    if (!wholePage.isEmpty()) {
        annotation->articleRef = wholePage;
        return true;
    }
    *problem = tr("its target has no TextQuoteSelector");
    return false;
}

namespace {
// "urn:uuid:…" as Lectern writes it in "canonical", or empty.
QString globalIdIn(const QString &canonical)
{
    static const QRegularExpression uuid(
        QStringLiteral("^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = uuid.match(canonical);
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}
} // namespace

bool WebAnnotationReader::readAnnotation(const QJsonObject &object, int entry, AnnotationSet *set, QString *error)
{
    ImportedAnnotation annotation;
    annotation.entry = entry;
    annotation.label = object.value(QStringLiteral("id")).toString();
    annotation.globalId = globalIdIn(object.value(QStringLiteral("canonical")).toString());
    annotation.anchor.start = annotation.anchor.end = -1;
    annotation.codePointPositions = true;
    const auto fail = [&](const QString &problem) {
        *error = annotation.label.isEmpty() ? tr("entry %1: %2").arg(entry).arg(problem) : tr("entry %1 (%2): %3").arg(entry).arg(annotation.label, problem);
        return false;
    };
    if (annotation.label.isEmpty())
        return fail(tr("it has no “id”"));
    if (object.value(QStringLiteral("type")).toString() != QLatin1StringView("Annotation"))
        return fail(tr("its “type” is not “Annotation”"));
    QString problem;
    if (!readTarget(object.value(QStringLiteral("target")), &annotation, &problem))
        return fail(problem);
    for (const QJsonValue &value : many(object.value(QStringLiteral("body")))) {
        const QJsonObject body = value.toObject();
        if (body.value(QStringLiteral("type")).toString() != QLatin1StringView("TextualBody"))
            continue; // another kind of body (an image, a link) has nothing Lectern keeps
        const QJsonValue text = body.value(QStringLiteral("value"));
        if (!text.isString())
            return fail(tr("a TextualBody has no “value” text"));
        const QString purpose = body.value(QStringLiteral("purpose")).toString();
        if (purpose == QLatin1StringView("tagging")) {
            if (!text.toString().trimmed().isEmpty())
                annotation.tagPaths << text.toString().trimmed();
        } else {
            annotation.note += (annotation.note.isEmpty() ? QString() : QStringLiteral("\n\n")) + text.toString();
        }
    }
    const QString stance = object.value(QStringLiteral("lectern:stance")).toString();
    if (!stance.isEmpty()) {
        const std::optional<Claim::Stance> parsed = Claim::stanceFromKey(stance);
        if (!parsed)
            return fail(tr("unknown stance “%1”").arg(stance));
        annotation.stance = *parsed;
    }
    const QString kind = object.value(QStringLiteral("lectern:kind")).toString();
    if (!kind.isEmpty()) {
        const std::optional<Claim::Kind> parsed = Claim::kindFromKey(kind);
        if (!parsed)
            return fail(tr("unknown kind “%1”").arg(kind));
        annotation.kind = *parsed;
    }
    annotation.speaker = object.value(QStringLiteral("lectern:speaker")).toString();
    annotation.created = timeOf(object.value(QStringLiteral("created")));
    annotation.modified = timeOf(object.value(QStringLiteral("modified")));
    // A note on a whole page marks no passage: nothing to place, as for
    // Hypothesis page notes.
    if (annotation.anchor.exact.isEmpty()) {
        ++set->skipped;
        return true;
    }
    set->annotations << annotation;
    return true;
}

bool WebAnnotationReader::readArticles(const QJsonArray &entries, AnnotationSet *set, QString *error)
{
    for (int i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        ImportedArticle article;
        article.ref = entry.value(QStringLiteral("id")).toString();
        if (article.ref.isEmpty()) {
            *error = tr("article %1 of “lectern:articles” has no “id”").arg(i + 1);
            return false;
        }
        article.title = entry.value(QStringLiteral("title")).toString();
        article.source = entry.value(QStringLiteral("source")).toString();
        article.sha256 = entry.value(QStringLiteral("sha256")).toString();
        if (entry.contains(QStringLiteral("blocks"))) {
            Article embedded;
            embedded.title = article.title;
            embedded.source = article.source;
            embedded.byline = entry.value(QStringLiteral("byline")).toString();
            embedded.site = entry.value(QStringLiteral("site")).toString();
            embedded.published = entry.value(QStringLiteral("published")).toString();
            embedded.language = entry.value(QStringLiteral("language")).toString();
            embedded.format = entry.value(QStringLiteral("format")).toString();
            for (const QJsonValue &value : entry.value(QStringLiteral("blocks")).toArray()) {
                const QJsonObject block = value.toObject();
                if (!block.value(QStringLiteral("text")).isString()) {
                    *error = tr("article %1 (%2) has a block without text").arg(i + 1).arg(article.ref);
                    return false;
                }
                embedded.blocks << Block {Block::kindFromName(block.value(QStringLiteral("kind")).toString()), block.value(QStringLiteral("level")).toInt(),
                    block.value(QStringLiteral("text")).toString(), block.value(QStringLiteral("language")).toString()};
            }
            // The text must be the one the annotations were made on.
            if (!article.sha256.isEmpty() && embedded.contentHash() != article.sha256) {
                *error = tr("article %1 (%2): its text does not match its sha256").arg(i + 1).arg(article.ref);
                return false;
            }
            article.embedded = embedded;
        }
        set->articles << article;
    }
    return true;
}

bool WebAnnotationReader::read(const QJsonDocument &document, AnnotationSet *set, QString *error)
{
    set->format = QStringLiteral("web-annotation");
    QJsonArray items;
    if (document.isArray()) {
        items = document.array();
    } else {
        const QJsonObject root = document.object();
        const QString type = root.value(QStringLiteral("type")).toString();
        if (type == QLatin1StringView("Annotation")) {
            items = QJsonArray {root};
        } else if (type == QLatin1StringView("AnnotationPage")) {
            items = root.value(QStringLiteral("items")).toArray();
        } else if (type == QLatin1StringView("AnnotationCollection")) {
            const QJsonValue first = root.value(QStringLiteral("first"));
            if (!first.isUndefined() && !first.isObject()) {
                *error = tr("the collection's “first” page is not embedded (only embedded pages can be read)");
                return false;
            }
            items = first.toObject().value(QStringLiteral("items")).toArray();
        } else {
            *error = tr("“type” is “%1”, not AnnotationCollection, AnnotationPage or Annotation").arg(type);
            return false;
        }
        if (!readArticles(root.value(QStringLiteral("lectern:articles")).toArray(), set, error))
            return false;
        for (const QJsonValue &value : root.value(QStringLiteral("lectern:tags")).toArray()) {
            const QJsonObject tag = value.toObject();
            const QString path = tag.value(QStringLiteral("path")).toString();
            const QColor color = QColor::fromString(tag.value(QStringLiteral("color")).toString());
            if (!path.isEmpty() && color.isValid())
                set->tagColors.insert(path, color);
            if (!path.isEmpty())
                set->tagDescriptions.insert(path, tag.value(QStringLiteral("description")).toString());
        }
    }
    for (int i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            *error = tr("entry %1: it is not an object").arg(i + 1);
            return false;
        }
        if (!readAnnotation(items.at(i).toObject(), i + 1, set, error))
            return false;
    }
    // A target no "lectern:articles" entry describes is still an article
    // reference: the importer looks it up by its URL as a source.
    for (const ImportedAnnotation &annotation : std::as_const(set->annotations)) {
        if (!set->article(annotation.articleRef))
            set->articles << ImportedArticle {annotation.articleRef, QString(), annotation.articleRef, QString(), std::nullopt};
    }
    return true;
}

} // namespace Lectern
