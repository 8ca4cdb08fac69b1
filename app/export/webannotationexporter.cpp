// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webannotationexporter.h"

#include "codepointoffsets.h"
#include "jsonwriter.h"
#include "lecternurl.h"

#include <QIODevice>
#include <QUuid>

namespace Lectern {

namespace {
QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

void textualBody(JsonWriter &json, const QString &value, const char *purpose)
{
    json.beginObject();
    json.field(QLatin1StringView("type"), QStringLiteral("TextualBody"));
    json.field(QLatin1StringView("purpose"), QString::fromLatin1(purpose));
    json.field(QLatin1StringView("format"), QStringLiteral("text/plain"));
    json.field(QLatin1StringView("value"), value);
    json.endObject();
}
} // namespace

void WebAnnotationExporter::annotation(
    JsonWriter &json, const ExportData &data, const ExportArticle &article, const Claim &claim, const CodePointOffsets &offsets) const
{
    json.beginObject();
    json.field(QLatin1StringView("id"), LecternUrl {article.article.id, claim.id, claim.uid}.toString());
    // The W3C model's name for the id that stays the same in every copy.
    if (!claim.uid.isEmpty())
        json.field(QLatin1StringView("canonical"), QString(QStringLiteral("urn:uuid:") + claim.uid));
    json.field(QLatin1StringView("type"), QStringLiteral("Annotation"));
    json.field(QLatin1StringView("motivation"), QStringLiteral("highlighting"));
    json.field(QLatin1StringView("created"), isoUtc(claim.created));
    json.field(QLatin1StringView("modified"), isoUtc(claim.modified));
    const QStringList tags = data.tagPaths(claim);
    if (!tags.isEmpty() || !claim.note.isEmpty()) {
        json.key(QLatin1StringView("body"));
        json.beginArray();
        for (const QString &path : tags)
            textualBody(json, path, "tagging");
        if (!claim.note.isEmpty())
            textualBody(json, claim.note, "commenting");
        json.endArray();
    }
    json.key(QLatin1StringView("target"));
    json.beginObject();
    json.field(QLatin1StringView("type"), QStringLiteral("SpecificResource"));
    json.field(QLatin1StringView("source"), LecternUrl {article.article.id, 0, {}}.toString());
    json.key(QLatin1StringView("selector"));
    json.beginArray();
    json.beginObject();
    json.field(QLatin1StringView("type"), QStringLiteral("TextQuoteSelector"));
    json.field(QLatin1StringView("exact"), claim.anchor.exact);
    json.field(QLatin1StringView("prefix"), claim.anchor.prefix);
    json.field(QLatin1StringView("suffix"), claim.anchor.suffix);
    json.endObject();
    json.beginObject();
    json.field(QLatin1StringView("type"), QStringLiteral("TextPositionSelector"));
    json.field(QLatin1StringView("start"), offsets.toCodePoints(claim.start()));
    json.field(QLatin1StringView("end"), offsets.toCodePoints(claim.end()));
    json.endObject();
    json.endArray();
    json.endObject();
    json.field(QLatin1StringView("lectern:stance"), Claim::stanceKey(claim.stance));
    json.field(QLatin1StringView("lectern:kind"), Claim::kindKey(claim.kind));
    if (!claim.speaker.isEmpty())
        json.field(QLatin1StringView("lectern:speaker"), claim.speaker);
    json.field(QLatin1StringView("lectern:status"), Claim::statusKey(claim.status));
    json.endObject();
}

void WebAnnotationExporter::articleEntry(JsonWriter &json, const ExportArticle &exported) const
{
    const Article &article = exported.article;
    json.beginObject();
    json.field(QLatin1StringView("id"), LecternUrl {article.id, 0, {}}.toString());
    json.field(QLatin1StringView("title"), article.title);
    json.field(QLatin1StringView("byline"), article.byline);
    json.field(QLatin1StringView("site"), article.site);
    json.field(QLatin1StringView("published"), article.published);
    json.field(QLatin1StringView("source"), article.source);
    json.field(QLatin1StringView("language"), article.language);
    json.field(QLatin1StringView("format"), article.format);
    json.field(QLatin1StringView("sha256"), Article::hashOf(exported.text));
    if (options().embedArticles) {
        json.key(QLatin1StringView("blocks"));
        json.beginArray();
        for (const Block &block : article.blocks) {
            json.beginObject();
            json.field(QLatin1StringView("kind"), Block::kindName(block.kind));
            if (block.level != 0)
                json.field(QLatin1StringView("level"), block.level);
            if (!block.language.isEmpty())
                json.field(QLatin1StringView("language"), block.language);
            json.field(QLatin1StringView("text"), block.text);
            json.endObject();
        }
        json.endArray();
    }
    json.endObject();
}

QByteArray WebAnnotationExporter::render(const ExportData &data, QString *error) const
{
    QStringList claimIds;
    for (const ExportArticle &article : data.articles) {
        for (const Claim &claim : article.claims)
            claimIds << QString::number(claim.id);
    }
    // The same export gets the same id: name-based, from its time and claims.
    const QString name = isoUtc(data.exported) + QLatin1Char('/') + claimIds.join(QLatin1Char(','));
    const QString id = QStringLiteral("urn:uuid:") + QUuid::createUuidV5(QUuid(), name).toString(QUuid::WithoutBraces);

    // Room for the texts and about a kilobyte per annotation, so the buffer
    // is not copied again and again as it grows.
    qsizetype expected = 4096;
    for (const ExportArticle &article : data.articles)
        expected += (options().embedArticles ? article.text.size() * 11 / 10 : 0) + article.claims.size() * 1024;
    QByteArray out;
    out.reserve(expected);
    JsonWriter json(&out);
    json.beginObject();
    json.key(QLatin1StringView("@context"));
    json.beginArray();
    json.value(contextUrl());
    json.beginObject();
    json.field(QLatin1StringView("lectern"), vocabulary());
    json.endObject();
    json.endArray();
    json.field(QLatin1StringView("id"), id);
    json.field(QLatin1StringView("type"), QStringLiteral("AnnotationCollection"));
    json.field(QLatin1StringView("label"), tr("Lectern notes"));
    json.key(QLatin1StringView("generator"));
    json.beginObject();
    json.field(QLatin1StringView("type"), QStringLiteral("Software"));
    json.field(QLatin1StringView("name"), QStringLiteral("Lectern"));
    json.endObject();
    json.field(QLatin1StringView("generated"), isoUtc(data.exported));
    json.field(QLatin1StringView("total"), qint64(claimIds.size()));
    json.key(QLatin1StringView("first"));
    json.beginObject();
    json.field(QLatin1StringView("id"), QString(id + QStringLiteral("#page-1")));
    json.field(QLatin1StringView("type"), QStringLiteral("AnnotationPage"));
    json.field(QLatin1StringView("startIndex"), qint64(0));
    json.key(QLatin1StringView("items"));
    json.beginArray();
    for (int i = 0; i < data.articles.size(); ++i) {
        const ExportArticle &article = data.articles.at(i);
        const CodePointOffsets offsets(article.text);
        for (const Claim &claim : article.claims)
            annotation(json, data, article, claim, offsets);
        if (!advance(i + 1, int(data.articles.size()), error))
            return QByteArray();
    }
    json.endArray();
    json.endObject();
    json.key(QLatin1StringView("lectern:articles"));
    json.beginArray();
    for (const ExportArticle &article : data.articles)
        articleEntry(json, article);
    json.endArray();
    json.key(QLatin1StringView("lectern:tags"));
    json.beginArray();
    for (const ExportTag &tag : data.tags) {
        json.beginObject();
        json.field(QLatin1StringView("path"), tag.path);
        json.field(QLatin1StringView("color"), tag.color.name());
        json.field(QLatin1StringView("description"), tag.description);
        json.endObject();
    }
    json.endArray();
    json.endObject();
    out += '\n';
    return out;
}

bool WebAnnotationExporter::write(const ExportData &data, QIODevice *device, QString *error) const
{
    const QByteArray json = render(data, error);
    if (json.isNull())
        return false;
    return writeBytes(device, json, error);
}

} // namespace Lectern
