// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article/article.h"

namespace Lectern {

/// What an importer made of one input: an article, or the reason it could not.
struct ImportResult {
    Article article;
    QString error; ///< user-facing reason, without the file name

    bool ok() const { return error.isEmpty(); }
    static ImportResult failure(const QString &reason)
    {
        ImportResult result;
        result.error = reason;
        return result;
    }
    static ImportResult success(Article article)
    {
        ImportResult result;
        result.article = std::move(article);
        return result;
    }
};

} // namespace Lectern
