// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationset.h"

namespace Lectern {

const ImportedArticle *AnnotationSet::article(const QString &ref) const
{
    for (const ImportedArticle &article : articles) {
        if (article.ref == ref)
            return &article;
    }
    return nullptr;
}

} // namespace Lectern
