// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationset.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Lectern {

/// Reads Hypothesis's JSON export (a list of annotations, or an object with
/// "annotations" or "rows"): each annotation's uri names the article, its
/// TextQuoteSelector the passage, "tags" its tags and "text" the note.
/// Page notes and replies have no passage and are counted as skipped.
class HypothesisReader
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::AnnotationImporter)
public:
    static bool recognises(const QJsonDocument &document);
    static bool read(const QJsonDocument &document, AnnotationSet *set, QString *error);

private:
    static bool readAnnotation(const QJsonObject &object, int entry, AnnotationSet *set, QString *error);
};

} // namespace Lectern
