// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimspane.h"

#include "annotation/claimsoutlinemodel.h"
#include "claimitemdelegate.h"
#include "annotation/taxonomy.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Lectern {

ClaimsPane::ClaimsPane(ClaimsOutlineModel *model, Taxonomy *taxonomy, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_taxonomy(taxonomy)
    , m_filter(new QLineEdit(this))
    , m_stance(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_view(new QTreeView(this))
    , m_count(new QLabel(this))
    , m_reattach(new QPushButton(tr("Re-&attach to Selection"), this))
    , m_remove(new QPushButton(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Remove"), this))
{
    m_filter->setPlaceholderText(tr("Filter claims"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter claims by text"));
    m_stance->addItem(tr("Any stance"));
    for (Claim::Stance stance : {Claim::Stance::Supports, Claim::Stance::Opposes, Claim::Stance::Neutral})
        m_stance->addItem(Claim::stanceName(stance), int(stance));
    m_stance->setAccessibleName(tr("Filter by stance"));
    m_stance->setToolTip(tr("Show only the claims that support, oppose or are neutral"));
    m_tag->setAccessibleName(tr("Filter by tag"));
    m_tag->setToolTip(tr("Show only the claims with this tag or a tag nested under it"));
    refillTagFilter();

    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setWordWrap(true);
    m_view->setUniformRowHeights(false);
    m_view->setItemDelegate(new ClaimItemDelegate(m_view));
    m_view->viewport()->installEventFilter(this);
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Claims in this article"));
    m_view->setAccessibleDescription(tr("Enter shows the selected claim in the article; Delete removes it"));
    m_remove->setToolTip(tr("Remove the selected claim (Delete); Undo brings it back"));
    m_reattach->setToolTip(tr("Select the claim's new place in the article, then press this"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_stance);
    filters->addWidget(m_tag);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_reattach);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    auto *remove = new QAction(this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(remove);
    connect(remove, &QAction::triggered, m_remove, &QPushButton::click);

    connect(m_filter, &QLineEdit::textChanged, this, &ClaimsPane::applyFilters);
    connect(m_stance, &QComboBox::currentIndexChanged, this, &ClaimsPane::applyFilters);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &ClaimsPane::applyFilters);
    connect(m_taxonomy, &Taxonomy::changed, this, &ClaimsPane::refillTagFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        m_count->setText(tr("%n claim(s)", nullptr, m_model->visibleClaims()));
        updateButtons();
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (!index.data(ClaimsOutlineModel::IsGroupRole).toBool())
            Q_EMIT editRequested(index.data(ClaimsOutlineModel::ClaimIdRole).toLongLong());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        updateButtons();
        if (index.isValid() && !index.data(ClaimsOutlineModel::IsGroupRole).toBool())
            Q_EMIT claimActivated(index.data(ClaimsOutlineModel::ClaimIdRole).toLongLong());
    });
    connect(m_reattach, &QPushButton::clicked, this, [this] {
        Q_EMIT reattachRequested(currentClaim());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (currentClaim())
            Q_EMIT removeRequested(currentClaim());
    });
    m_view->expandAll();
    m_count->setText(tr("%n claim(s)", nullptr, m_model->visibleClaims()));
    updateButtons();
}

bool ClaimsPane::eventFilter(QObject *watched, QEvent *event)
{
    // Wrapped rows change height with the width: lay them out again.
    // The type first: a viewport sends events from inside its view's
    // destructor, when m_view is no longer a QTreeView to call.
    if (event->type() == QEvent::Resize && watched == m_view->viewport())
        m_view->doItemsLayout();
    return QWidget::eventFilter(watched, event);
}

qint64 ClaimsPane::currentClaim() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || index.data(ClaimsOutlineModel::IsGroupRole).toBool())
        return 0;
    return index.data(ClaimsOutlineModel::ClaimIdRole).toLongLong();
}

void ClaimsPane::updateButtons()
{
    const QModelIndex index = m_view->currentIndex();
    const bool claim = currentClaim() != 0;
    m_remove->setEnabled(claim);
    m_reattach->setEnabled(claim);
    m_reattach->setVisible(claim && index.data(ClaimsOutlineModel::IsOrphanRole).toBool());
}

void ClaimsPane::refillTagFilter()
{
    const qint64 current = m_tag->currentData().toLongLong();
    const QSignalBlocker blocker(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("Any tag"), 0);
    for (const Tag &tag : m_taxonomy->tags())
        m_tag->addItem(m_taxonomy->path(tag.id, QStringLiteral(" › ")), tag.id);
    m_tag->setCurrentIndex(qMax(0, m_tag->findData(current)));
}

void ClaimsPane::applyFilters()
{
    m_model->setFilterText(m_filter->text());
    const QVariant stance = m_stance->currentData();
    m_model->setStanceFilter(stance.isValid() ? std::optional(Claim::Stance(stance.toInt())) : std::nullopt);
    m_model->setTagFilter(m_tag->currentData().toLongLong());
}

} // namespace Lectern
