// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomepane.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Lectern {

WelcomePane::WelcomePane(QWidget *parent)
    : QWidget(parent)
    , m_samples(new QPushButton(tr("Open the &Sample Articles"), this))
    , m_import(new QPushButton(tr("&Import Your Own…"), this))
{
    setObjectName(QStringLiteral("welcome"));
    setAccessibleName(tr("Empty library"));
    setAccessibleDescription(tr("Choose the sample articles or import your own"));
    auto *heading = new QLabel(tr("Your library is empty"), this);
    QFont large = heading->font();
    large.setPointSizeF(large.pointSizeF() * 1.6);
    large.setBold(true);
    heading->setFont(large);
    auto *text = new QLabel(tr("Try Lectern on six short sample articles about technology policy, or start with your own: "
                               "text, Markdown, HTML, EPUB or PDF files. You can also drop files on this window."),
        this);
    text->setWordWrap(true);
    text->setMaximumWidth(520);
    m_samples->setObjectName(QStringLiteral("openSamples"));
    m_samples->setToolTip(tr("Add the six sample articles to this library; delete them any time"));
    m_import->setObjectName(QStringLiteral("importOwn"));
    m_import->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_samples);
    buttons->addWidget(m_import);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch(2);
    layout->setContentsMargins(48, 24, 48, 24);
    connect(m_samples, &QPushButton::clicked, this, &WelcomePane::samplesRequested);
    connect(m_import, &QPushButton::clicked, this, &WelcomePane::importRequested);
}

} // namespace Lectern
