// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trashdialog.h"

#include "library/libraryedits.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Lectern {

TrashDialog::TrashDialog(LibraryEdits *edits, QWidget *parent)
    : QDialog(parent)
    , m_edits(edits)
    , m_list(new QTreeWidget(this))
    , m_restore(new QPushButton(tr("&Restore"), this))
    , m_empty(new QPushButton(tr("&Empty Trash…"), this))
{
    setWindowTitle(tr("Trash"));
    m_list->setHeaderLabels({tr("Title"), tr("Deleted"), tr("Claims")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_list->setAccessibleName(tr("Articles in the Trash"));
    m_restore->setObjectName(QStringLiteral("restore"));
    m_restore->setToolTip(tr("Put the selected articles back in the library, with their claims"));
    m_empty->setObjectName(QStringLiteral("emptyTrash"));
    m_empty->setToolTip(tr("Delete every article in the Trash for good"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    buttons->addButton(m_empty, QDialogButtonBox::DestructiveRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &TrashDialog::restoreSelected);
    connect(m_empty, &QPushButton::clicked, this, &TrashDialog::emptyTrash);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] { m_restore->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(m_edits, &LibraryEdits::trashChanged, this, &TrashDialog::fill);
    resize(640, 360);
    fill();
}

void TrashDialog::fill()
{
    m_list->clear();
    const QLocale locale;
    for (const ArticleTrash::Entry &entry : m_edits->trash()) {
        const QDateTime when = QDateTime::fromString(entry.trashed, Qt::ISODate).toLocalTime();
        auto *item = new QTreeWidgetItem(m_list, {entry.title, locale.toString(when, QLocale::ShortFormat), locale.toString(entry.claims)});
        item->setData(0, Qt::UserRole, entry.id);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_restore->setEnabled(false);
    m_empty->setEnabled(m_list->topLevelItemCount() > 0);
}

void TrashDialog::restoreSelected()
{
    QList<qint64> ids;
    for (const QTreeWidgetItem *item : m_list->selectedItems())
        ids << item->data(0, Qt::UserRole).toLongLong();
    m_edits->restore(ids);
}

void TrashDialog::emptyTrash()
{
    const int count = m_list->topLevelItemCount();
    QMessageBox box(QMessageBox::Warning, tr("Empty the Trash?"),
        tr("%n article(s) and their claims will be deleted for good. This cannot be undone.", nullptr, count), QMessageBox::Cancel, this);
    QPushButton *deleteForGood = box.addButton(tr("&Delete for Good"), QMessageBox::DestructiveRole);
    deleteForGood->setObjectName(QStringLiteral("deleteForGood"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == deleteForGood)
        m_edits->emptyTrash();
}

} // namespace Lectern
