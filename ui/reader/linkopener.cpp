// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkopener.h"

#include <QDesktopServices>
#include <QMessageBox>
#include <QWidget>

namespace Lectern {

LinkOpener::LinkOpener(QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
{
}

bool LinkOpener::isOpenable(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid()
        && (((scheme == QLatin1StringView("http") || scheme == QLatin1StringView("https")) && !url.host().isEmpty()) || scheme == QLatin1StringView("mailto"));
}

void LinkOpener::open(const QUrl &url)
{
    if (!isOpenable(url))
        return;
    QMessageBox box(QMessageBox::Question, tr("Open Link?"), tr("Open this link in your web browser?"), QMessageBox::Open | QMessageBox::Cancel, m_parent);
    // The whole address, so a link whose text says one site cannot hide another.
    box.setInformativeText(url.toDisplayString());
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() == QMessageBox::Open)
        QDesktopServices::openUrl(url);
}

} // namespace Lectern
