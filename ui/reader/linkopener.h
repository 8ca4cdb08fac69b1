// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QUrl>

class QWidget;

namespace Lectern {

/// Opens a link clicked in an article in the system browser: only web and
/// mail links, and only once the reader has confirmed where it goes. An
/// article is a file from the web; its links lead wherever its author chose.
class LinkOpener : public QObject
{
    Q_OBJECT
public:
    explicit LinkOpener(QWidget *parent);

    /// http, https and mailto; never javascript:, file: or data:.
    static bool isOpenable(const QUrl &url);
    /// Asks, then hands the link to QDesktopServices.
    void open(const QUrl &url);

private:
    QWidget *m_parent;
};

} // namespace Lectern
