// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Lectern {

/// Takes the site's name off a page title ("Keepers Remembered | Harbour
/// Post", "Tidal bore - Wikipedia") the same way whichever tag the title
/// came from, and tells whether a heading the page prints is the headline
/// inside such a title. Titles split only at a separator between spaces
/// (" | ", " - ", " – ", " — ", " · ", " :: ", " » ", " / "), so "Re-Pot"
/// and a colon inside a headline stay.
class TitleCleaner
{
public:
    /// siteNames: what the page calls its site (og:site_name, the JSON-LD
    /// publisher, application-name); address: the page's own address, whose
    /// host names the site too ("eHow" in www.ehow.com).
    TitleCleaner(const QStringList &siteNames, const QString &address);

    /// title without a leading or trailing part that names the site; when
    /// the page names no site and has no address, without a short last part
    /// after " | ", " · " or " » " ("How to Re-Pot a Cactus | Gardenly").
    QString withoutSiteName(const QString &title) const;
    /// True when the page names its site so (ignoring case and spacing).
    bool isSiteName(const QString &text) const;
    /// True when heading is title, or a part of it between separators: a
    /// column's name and a colon may come before it ("Ask the Gardener: …"),
    /// never a subtitle after it. A title cut short with an ellipsis is the
    /// heading's start. Typographic and typed quotes compare equal.
    static bool isHeadlineOf(const QString &heading, const QString &title);
    /// True when the title ends in an ellipsis: cut short to fit a limit
    /// (JSON-LD headlines are often cut at 110 characters).
    static bool isShortened(const QString &title);

private:
    static QString withoutUnnamedSite(const QString &title);

    QStringList m_siteNames; ///< squashed: lower case, letters and digits only
    QStringList m_hostLabels;
};

} // namespace Lectern
