// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/textanchor.h"
#include "model/claim.h"
#include "article/article.h"

#include <QColor>
#include <QHash>
#include <QList>

#include <optional>

namespace Lectern {

/// An article annotations in a file refer to, as the file describes it.
struct ImportedArticle {
    QString ref; ///< what annotations name as their target's source
    QString title;
    QString source; ///< path or URL it came from
    QString sha256; ///< of its canonical text, when the file gives it
    std::optional<Article> embedded; ///< its text, when the file carries it
};

/// One annotation read from a file, checked but not yet placed.
struct ImportedAnnotation {
    int entry = 0; ///< 1-based position in the file, for messages
    QString label; ///< its id in the file, for messages
    QString globalId; ///< the claim's UUID, when the file comes from Lectern
    QString articleRef;
    TextAnchor anchor; ///< start and end are -1 without a position selector
    bool codePointPositions = false; ///< W3C counts code points; Hypothesis UTF-16 units
    QStringList tagPaths;
    QString note;
    QString speaker;
    Claim::Stance stance = Claim::Stance::Neutral;
    Claim::Kind kind = Claim::Kind::Claim;
    QDateTime created;
    QDateTime modified;
};

/// What a reader made of a file: articles, annotations, and the codebook's
/// colours and descriptions when the file has them.
struct AnnotationSet {
    QString format; ///< "web-annotation" or "hypothesis"
    QList<ImportedArticle> articles;
    QList<ImportedAnnotation> annotations;
    QHash<QString, QColor> tagColors; ///< by path
    QHash<QString, QString> tagDescriptions;
    int skipped = 0; ///< entries with nothing to place (page notes, replies)

    const ImportedArticle *article(const QString &ref) const;
};

} // namespace Lectern
