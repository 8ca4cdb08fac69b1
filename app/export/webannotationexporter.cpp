// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webannotationexporter.h"

#include "codepointoffsets.h"
#include "lecternurl.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace Lectern {

namespace {
QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject textualBody(const QString &value, const char *purpose)
{
    return {{QStringLiteral("type"), QStringLiteral("TextualBody")},
            {QStringLiteral("value"), value},
            {QStringLiteral("format"), QStringLiteral("text/plain")},
            {QStringLiteral("purpose"), QLatin1StringView(purpose)}};
}
} // namespace

QJsonObject WebAnnotationExporter::annotation(const ExportData &data, const ExportArticle &article, const Claim &claim, const CodePointOffsets &offsets) const
{
    QJsonArray bodies;
    for (const QString &path : data.tagPaths(claim))
        bodies.append(textualBody(path, "tagging"));
    if (!claim.note.isEmpty())
        bodies.append(textualBody(claim.note, "commenting"));
    const QJsonArray selectors{QJsonObject{{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                                           {QStringLiteral("exact"), claim.anchor.exact},
                                           {QStringLiteral("prefix"), claim.anchor.prefix},
                                           {QStringLiteral("suffix"), claim.anchor.suffix}},
                               QJsonObject{{QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
                                           {QStringLiteral("start"), offsets.toCodePoints(claim.start())},
                                           {QStringLiteral("end"), offsets.toCodePoints(claim.end())}}};
    QJsonObject annotation{
        {QStringLiteral("id"), LecternUrl{article.article.id, claim.id}.toString()},
        {QStringLiteral("type"), QStringLiteral("Annotation")},
        {QStringLiteral("motivation"), QStringLiteral("highlighting")},
        {QStringLiteral("created"), isoUtc(claim.created)},
        {QStringLiteral("modified"), isoUtc(claim.modified)},
        {QStringLiteral("target"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("SpecificResource")},
                     {QStringLiteral("source"), LecternUrl{article.article.id, 0}.toString()},
                     {QStringLiteral("selector"), selectors}}},
        {QStringLiteral("lectern:stance"), Claim::stanceKey(claim.stance)},
        {QStringLiteral("lectern:kind"), Claim::kindKey(claim.kind)},
        {QStringLiteral("lectern:status"), Claim::statusKey(claim.status)},
    };
    if (!bodies.isEmpty())
        annotation.insert(QStringLiteral("body"), bodies);
    if (!claim.speaker.isEmpty())
        annotation.insert(QStringLiteral("lectern:speaker"), claim.speaker);
    return annotation;
}

QJsonObject WebAnnotationExporter::articleEntry(const ExportArticle &exported) const
{
    const Article &article = exported.article;
    QJsonObject entry{{QStringLiteral("id"), LecternUrl{article.id, 0}.toString()},
                      {QStringLiteral("title"), article.title},
                      {QStringLiteral("byline"), article.byline},
                      {QStringLiteral("site"), article.site},
                      {QStringLiteral("published"), article.published},
                      {QStringLiteral("source"), article.source},
                      {QStringLiteral("language"), article.language},
                      {QStringLiteral("format"), article.format},
                      {QStringLiteral("sha256"), Article::hashOf(exported.text)}};
    if (options().embedArticles) {
        QJsonArray blocks;
        for (const Block &block : article.blocks) {
            QJsonObject item{{QStringLiteral("kind"), Block::kindName(block.kind)}, {QStringLiteral("text"), block.text}};
            if (block.level != 0)
                item.insert(QStringLiteral("level"), block.level);
            if (!block.language.isEmpty())
                item.insert(QStringLiteral("language"), block.language);
            blocks.append(item);
        }
        entry.insert(QStringLiteral("blocks"), blocks);
    }
    return entry;
}

QJsonObject WebAnnotationExporter::collection(const ExportData &data, QString *error) const
{
    QJsonArray items;
    QJsonArray articles;
    QStringList claimIds;
    for (int i = 0; i < data.articles.size(); ++i) {
        const ExportArticle &article = data.articles.at(i);
        const CodePointOffsets offsets(article.text);
        for (const Claim &claim : article.claims) {
            items.append(annotation(data, article, claim, offsets));
            claimIds << QString::number(claim.id);
        }
        articles.append(articleEntry(article));
        if (!advance(i + 1, int(data.articles.size()), error))
            return {};
    }
    QJsonArray tags;
    for (const ExportTag &tag : data.tags) {
        tags.append(QJsonObject{{QStringLiteral("path"), tag.path}, {QStringLiteral("color"), tag.color.name()}, {QStringLiteral("description"), tag.description}});
    }
    // The same export gets the same id: name-based, from its time and claims.
    const QString name = isoUtc(data.exported) + QLatin1Char('/') + claimIds.join(QLatin1Char(','));
    const QString id = QStringLiteral("urn:uuid:") + QUuid::createUuidV5(QUuid(), name).toString(QUuid::WithoutBraces);
    return {
        {QStringLiteral("@context"), QJsonArray{contextUrl(), QJsonObject{{QStringLiteral("lectern"), vocabulary()}}}},
        {QStringLiteral("id"), id},
        {QStringLiteral("type"), QStringLiteral("AnnotationCollection")},
        {QStringLiteral("label"), tr("Lectern notes")},
        {QStringLiteral("generator"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Software")}, {QStringLiteral("name"), QStringLiteral("Lectern")}}},
        {QStringLiteral("generated"), isoUtc(data.exported)},
        {QStringLiteral("total"), items.size()},
        {QStringLiteral("first"),
         QJsonObject{{QStringLiteral("id"), QString(id + QStringLiteral("#page-1"))},
                     {QStringLiteral("type"), QStringLiteral("AnnotationPage")},
                     {QStringLiteral("startIndex"), 0},
                     {QStringLiteral("items"), items}}},
        {QStringLiteral("lectern:articles"), articles},
        {QStringLiteral("lectern:tags"), tags},
    };
}

bool WebAnnotationExporter::write(const ExportData &data, QIODevice *device, QString *error) const
{
    const QJsonObject object = collection(data, error);
    if (object.isEmpty())
        return false;
    return writeBytes(device, QJsonDocument(object).toJson(QJsonDocument::Indented), error);
}

} // namespace Lectern
