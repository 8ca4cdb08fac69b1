// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace Lectern {

struct Claim;
class Taxonomy;

/// The JSON shapes of claims and tags printed by `lectern ... --json`
/// (documented in docs/cli.md, checked against it by tst_cli_claims).
namespace ClaimJson {
/// id, article_id, start, end, exact, prefix, suffix, tags (full paths),
/// stance, kind, speaker, note, created, modified, status, confidence.
QJsonObject claim(const Claim &claim, const Taxonomy &taxonomy);
/// The claim's tags as full paths ("Security/Misuse"), in the claim's order.
QStringList tagPaths(const Claim &claim, const Taxonomy &taxonomy);
/// id, name, path, color, description, claims, children (the same, nested).
QJsonObject tag(qint64 tagId, const Taxonomy &taxonomy);
/// The top-level tags, each with the tags nested under it.
QJsonArray tagTree(const Taxonomy &taxonomy);
} // namespace ClaimJson

} // namespace Lectern
