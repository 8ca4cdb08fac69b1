// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationset.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Lectern {

/// Reads what WebAnnotationExporter writes (and any Web Annotation
/// collection, page or list whose targets have a TextQuoteSelector). Every
/// entry is checked against the model before anything is kept; the error
/// names the first wrong entry by number and id.
class WebAnnotationReader
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::AnnotationImporter)
public:
    /// Whether the document looks like Web Annotation JSON-LD at all.
    static bool recognises(const QJsonDocument &document);
    static bool read(const QJsonDocument &document, AnnotationSet *set, QString *error);

private:
    static bool readArticles(const QJsonArray &entries, AnnotationSet *set, QString *error);
    static bool readAnnotation(const QJsonObject &object, int entry, AnnotationSet *set, QString *error);
    static bool readTarget(const QJsonValue &target, ImportedAnnotation *annotation, QString *problem);
};

} // namespace Lectern
