// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationimporter.h"

#include "anchor/reanchorer.h"
#include "annotation/taxonomy.h"
#include "codepointoffsets.h"
#include "hypothesisreader.h"
#include "store/claimstore.h"
#include "store/database.h"
#include "indexing/librarystore.h"
#include "store/tagstore.h"
#include "store/transaction.h"
#include "webaddress.h"
#include "webannotationreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QUrl>

#include <algorithm>
#include <memory>

namespace Lectern {

namespace {
// The same passage (where it stands and what it says) with the same note.
bool isSameNote(const Claim &a, const Claim &b)
{
    return a.anchor.exact == b.anchor.exact && a.start() == b.start() && a.end() == b.end() && a.note == b.note;
}
} // namespace

AnnotationImporter::AnnotationImporter(Database &database)
    : m_database(database)
{
}

bool AnnotationImporter::importFile(const QString &path, Report *report, QString *error)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read “%1”: %2").arg(shown, file.errorString());
        return false;
    }
    if (file.size() > maxFileSize) {
        *error = tr("Cannot import “%1”: it is larger than %2 MB").arg(shown).arg(maxFileSize / (1024 * 1024));
        return false;
    }
    return importData(file.readAll(), shown, report, error);
}

bool AnnotationImporter::importData(const QByteArray &bytes, const QString &fileName, Report *report, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (document.isNull()) {
        *error = tr("Cannot import “%1”: it is not valid JSON (%2 at byte %3)").arg(fileName, parseError.errorString()).arg(parseError.offset);
        return false;
    }
    AnnotationSet set;
    QString problem;
    bool read = false;
    if (WebAnnotationReader::recognises(document))
        read = WebAnnotationReader::read(document, &set, &problem);
    else if (HypothesisReader::recognises(document))
        read = HypothesisReader::read(document, &set, &problem);
    else
        problem = tr("it is neither a Web Annotation collection nor a Hypothesis export");
    if (!read) {
        *error = tr("Cannot import “%1”: %2").arg(fileName, problem);
        return false;
    }
    QHash<QString, Target> targets;
    for (const ImportedArticle &article : std::as_const(set.articles))
        targets.insert(article.ref, Target {0, QString(), &article});
    if (!resolveArticles(set, &targets)) {
        // The first annotation on an article the library lacks names it.
        for (const ImportedAnnotation &annotation : std::as_const(set.annotations)) {
            const Target &target = targets[annotation.articleRef];
            if (target.articleId == 0 && !target.imported->embedded) {
                const QString page
                    = target.imported->title.isEmpty() ? annotation.articleRef : QStringLiteral("%1 (%2)").arg(target.imported->title, target.imported->source);
                *error = tr("Cannot import “%1”: entry %2 (%3): the article “%4” is not in the library; import it first")
                             .arg(fileName)
                             .arg(annotation.entry)
                             .arg(annotation.label, page);
                return false;
            }
        }
    }
    *report = Report();
    report->format = set.format;
    report->skipped = set.skipped;
    if (!write(set, targets, report, &problem)) {
        *error = tr("Cannot import “%1”: %2").arg(fileName, problem);
        return false;
    }
    return true;
}

bool AnnotationImporter::resolveArticles(const AnnotationSet &set, QHash<QString, Target> *targets) const
{
    Q_UNUSED(set)
    const LibraryStore library(m_database);
    // A saved page is found by the address it states as well as by its file.
    QHash<QString, qint64> bySource;
    const QHash<QString, qint64> addresses = library.articlesByAddress();
    for (auto it = addresses.cbegin(); it != addresses.cend(); ++it)
        bySource.insert(WebAddress::normalized(it.key()), it.value());
    const QHash<QString, qint64> sources = library.articlesBySource();
    for (auto it = sources.cbegin(); it != sources.cend(); ++it)
        bySource.insert(WebAddress::normalized(it.key()), it.value());
    bool complete = true;
    for (Target &target : *targets) {
        const ImportedArticle &imported = *target.imported;
        qint64 id = imported.sha256.isEmpty() ? 0 : library.articleWithHash(imported.sha256);
        if (id == 0 && !imported.source.isEmpty())
            id = sources.value(imported.source, bySource.value(WebAddress::normalized(imported.source)));
        if (id != 0) {
            const std::optional<Article> article = library.article(id);
            target.articleId = id;
            target.text = article ? article->canonicalText() : QString();
        } else if (imported.embedded) {
            target.text = imported.embedded->canonicalText();
        } else {
            complete = false;
        }
    }
    return complete;
}

bool AnnotationImporter::ensureTag(const QString &path, const AnnotationSet &set, QHash<QString, qint64> *known, Report *report, qint64 *tagId, QString *error)
{
    // Known by full path, case-insensitively, as the command line finds tags;
    // a missing level of the path is made with it.
    qint64 parent = 0;
    QString soFar;
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        soFar += (soFar.isEmpty() ? QString() : QStringLiteral("/")) + name;
        const QString key = soFar.toCaseFolded();
        if (const auto found = known->constFind(key); found != known->cend()) {
            parent = *found;
            continue;
        }
        const Taxonomy taxonomy(m_database);
        Tag tag;
        tag.parentId = parent;
        tag.name = name;
        tag.color = set.tagColors.value(soFar, taxonomy.suggestedColor());
        tag.description = set.tagDescriptions.value(soFar);
        if (!TagStore(m_database).add(&tag, error))
            return false;
        known->insert(key, tag.id);
        ++report->tagsAdded;
        parent = tag.id;
    }
    if (parent == 0) {
        *error = tr("a tag needs a name");
        return false;
    }
    *tagId = parent;
    return true;
}

bool AnnotationImporter::write(const AnnotationSet &set, QHash<QString, Target> &targets, Report *report, QString *error)
{
    Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        *error = tr("the library cannot start a transaction");
        return false;
    }
    LibraryStore library(m_database);
    // In the file's order, so the articles keep their order in the new library.
    for (const ImportedArticle &article : set.articles) {
        Target &target = targets[article.ref];
        if (target.articleId != 0 || !target.imported->embedded)
            continue;
        StoreOutcome outcome;
        if (!library.add(*target.imported->embedded, &outcome, error))
            return false;
        target.articleId = outcome.articleId;
        ++report->articlesAdded;
    }
    QHash<QString, qint64> known;
    {
        const Taxonomy taxonomy(m_database);
        for (const Tag &tag : taxonomy.tags())
            known.insert(taxonomy.path(tag.id).toCaseFolded(), tag.id);
    }
    QHash<QString, std::shared_ptr<Reanchorer>> reanchorers;
    QHash<QString, std::shared_ptr<CodePointOffsets>> offsets;
    ClaimStore claims(m_database);
    QHash<qint64, QList<Claim>> present; // per article, read when first needed
    for (const ImportedAnnotation &annotation : set.annotations) {
        const Target &target = targets[annotation.articleRef];
        if (!reanchorers.contains(annotation.articleRef)) {
            reanchorers.insert(annotation.articleRef, std::make_shared<Reanchorer>(target.text));
            offsets.insert(annotation.articleRef, std::make_shared<CodePointOffsets>(target.text));
        }
        TextAnchor anchor = annotation.anchor;
        if (annotation.codePointPositions && anchor.start >= 0) {
            anchor.start = offsets[annotation.articleRef]->toUtf16(anchor.start);
            anchor.end = offsets[annotation.articleRef]->toUtf16(anchor.end);
        }
        const AnchorMatch match = reanchorers[annotation.articleRef]->locate(anchor);
        Claim claim;
        claim.articleId = target.articleId;
        if (match.isAnchored()) {
            claim.anchor = TextAnchor::describe(target.text, match.start, match.end);
        } else {
            // Kept with the file's selectors for the user to review.
            claim.anchor = anchor;
            claim.anchor.start = qMax(0, anchor.start);
            claim.anchor.end = qMax(claim.anchor.start, anchor.end);
            claim.status = Claim::Status::Orphan;
            ++report->orphans;
        }
        claim.confidence = match.isAnchored() ? match.confidence : 0.0;
        for (const QString &path : annotation.tagPaths) {
            qint64 tagId = 0;
            if (!ensureTag(path, set, &known, report, &tagId, error)) {
                *error = tr("entry %1 (%2): tag “%3”: %4").arg(annotation.entry).arg(annotation.label, path, *error);
                return false;
            }
            if (!claim.tagIds.contains(tagId))
                claim.tagIds << tagId;
        }
        claim.stance = annotation.stance;
        claim.kind = annotation.kind;
        claim.speaker = annotation.speaker;
        claim.note = annotation.note;
        claim.created = annotation.created;
        claim.modified = annotation.modified;
        claim.uid = annotation.globalId;
        // Importing the same notes twice must not double them: the same
        // global id, or the same passage with the same tags and note.
        if (!claim.uid.isEmpty() && claims.claimWithGlobalId(claim.uid)) {
            ++report->alreadyPresent;
            continue;
        }
        if (!present.contains(claim.articleId))
            present.insert(claim.articleId, claims.claimsForArticle(claim.articleId));
        QList<Claim> &there = present[claim.articleId];
        if (std::any_of(there.cbegin(), there.cend(), [&claim](const Claim &other) { return isSameNote(claim, other); })) {
            ++report->alreadyPresent;
            continue;
        }
        if (!claims.insert(&claim, error)) {
            *error = tr("entry %1 (%2): %3").arg(annotation.entry).arg(annotation.label, *error);
            return false;
        }
        report->claimIds << claim.id;
        ++report->claims;
        there << claim;
    }
    return transaction.commit(error);
}

} // namespace Lectern
