// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lectern {

/// The forms one page's address takes, reduced to one key, so that notes
/// made on the web (Hypothesis, W3C) find the page a user saved.
class WebAddress
{
public:
    /// http and https, "www.", letter case in the host, a trailing slash, a
    /// fragment and tracking parameters (utm_*, fbclid, gclid ...) do not
    /// make another page; a file URL is its cleaned path; anything else is
    /// kept as it is.
    static QString normalized(const QString &address);
};

} // namespace Lectern
