// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace Lectern {

/// `lectern://article/ID?claim=UID#claim-ID`: a link from exported notes back
/// to the passage, opened by the desktop file's x-scheme-handler/lectern.
/// The ids are this library's; the claim's global id finds it in another.
struct LecternUrl {
    qint64 articleId = 0;
    qint64 claimId = 0; ///< 0: the article itself
    QString claimUid; ///< Claim::uid; may be empty

    QString toString() const;
    /// Nullopt unless the URL is a well-formed lectern link.
    static std::optional<LecternUrl> parse(const QString &url);
    static bool isLecternUrl(const QString &text);
};

} // namespace Lectern
