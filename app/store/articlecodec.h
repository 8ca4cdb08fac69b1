// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article/article.h"

namespace Lectern {

/// The compact JSON forms in which the store keeps an article's structure:
/// blocks as [kind, level, start, length, language] offsets into the text.
namespace ArticleCodec {
QString encodeBlocks(const QList<Block> &blocks);
QList<Block> decodeBlocks(const QString &json, const QString &text);
QString encodeRemoved(const QList<RemovedLine> &removed);
QList<RemovedLine> decodeRemoved(const QString &json);
QString encodeStrings(const QStringList &strings);
QStringList decodeStrings(const QString &json);
} // namespace ArticleCodec

} // namespace Lectern
