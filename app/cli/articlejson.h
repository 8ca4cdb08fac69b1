// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace Lectern {

struct Article;
struct SearchHit;

/// The JSON shapes printed by `lectern ... --json` (documented in docs/cli.md).
namespace ArticleJson {
QJsonObject summary(const Article &article);
QJsonObject full(const Article &article);
QJsonObject hit(const SearchHit &hit);
} // namespace ArticleJson

} // namespace Lectern
