// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>

#include <gumbo.h>

namespace Lectern {

/// An element the reader-mode scoring pass measured: a container credited
/// with paragraphs, a paragraph, an <article> or <main>, or the body.
struct HtmlCandidate
{
    const GumboNode *node = nullptr;
    qsizetype text = 0;
    qsizetype linkText = 0;
    double score = 0; ///< final: content score, tag and class, link penalty
    bool scored = false;

    double linkDensity() const { return text > 0 ? double(linkText) / double(text) : 0.0; }
    qsizetype plainText() const { return text - linkText; }
};

using HtmlCandidateIndex = QHash<const GumboNode *, const HtmlCandidate *>;

} // namespace Lectern
