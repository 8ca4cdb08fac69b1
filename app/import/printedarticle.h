// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Lectern {

struct Article;
class BoilerplateRules;

/// What an article's printed pages carry besides its text, as a PDF keeps
/// them: a site's boilerplate (a web page printed by a browser), a byline
/// and a date at the top of the first page. Nothing is dropped: what leaves
/// the text goes to the removed list.
class PrintedArticle
{
public:
    /// Moves the blocks the rules call boilerplate to the removed list (a
    /// byline line gives the byline); removed lines already there move with
    /// their blocks. Keeps everything when every block would go.
    static void setBoilerplateAside(Article &article, const BoilerplateRules &rules);
    /// A "By …" line and a date near the top: what the page says wins over
    /// the document information (whoever typed the file, the day it was
    /// made). The byline line goes to the removed list.
    static void readByline(Article &article);
};

} // namespace Lectern
