// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lazypage.h"

#include <QVBoxLayout>

namespace Lectern {

LazyPage::LazyPage(Builder build, QWidget *parent)
    : QWidget(parent)
    , m_build(std::move(build))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget *LazyPage::content()
{
    if (!m_content) {
        m_content = m_build(this);
        layout()->addWidget(m_content);
        setFocusProxy(m_content);
        // Shown now, not when the layout gets to it: the page is in sight.
        if (isVisible())
            m_content->show();
    }
    return m_content;
}

void LazyPage::showEvent(QShowEvent *event)
{
    content();
    QWidget::showEvent(event);
}

} // namespace Lectern
