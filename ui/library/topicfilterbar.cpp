// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "topicfilterbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace Lectern {

TopicFilterBar::TopicFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_clear(new QToolButton(this))
{
    setObjectName(QStringLiteral("topicFilterBar"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_label->setTextFormat(Qt::PlainText);
    m_clear->setText(QStringLiteral("×"));
    m_clear->setAutoRaise(true);
    m_clear->setToolTip(tr("Show every article"));
    m_clear->setAccessibleName(tr("Clear the topic filter"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 2, 2);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_clear);
    connect(m_clear, &QToolButton::clicked, this, &TopicFilterBar::clearRequested);
    hide();
}

void TopicFilterBar::setTopic(const QString &topic)
{
    m_label->setText(tr("Topic: %1").arg(topic));
    setAccessibleName(m_label->text());
    setVisible(!topic.isEmpty());
}

QString TopicFilterBar::text() const
{
    return m_label->text();
}

} // namespace Lectern
