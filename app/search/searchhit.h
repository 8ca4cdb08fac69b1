// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lectern {

struct SearchHit {
    qint64 articleId = 0;
    QString title;
    QString site;
    QString published;
    /// Text around the best match; the matched words sit between
    /// SearchEngine::matchStart and SearchEngine::matchEnd.
    QString snippet;
    double rank = 0; ///< bm25, lower is better
};

} // namespace Lectern
