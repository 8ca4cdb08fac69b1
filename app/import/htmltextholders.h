// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>

#include <gumbo.h>

namespace Lectern {

/// The elements under a page's body that a clutter hint would leave out but
/// that hold its article: the ones with more than half of the body's text (a
/// subscriber page's article sits in "paywall" or "subscriber-content"), and
/// every ancestor of the block with the most text, the article's longest
/// paragraph (a page that lays its story out in "post-share-layout").
class HtmlTextHolders
{
public:
    static QSet<const GumboNode *> find(const GumboNode *body);
};

} // namespace Lectern
