// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagsdialog.h"

#include "annotation/taxonomy.h"
#include "annotation/taxonomymodel.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Lectern {

TagsDialog::TagsDialog(Taxonomy *taxonomy, QWidget *parent)
    : QDialog(parent)
    , m_taxonomy(taxonomy)
    , m_model(new TaxonomyModel(taxonomy, this))
    , m_view(new QTreeView(this))
{
    setWindowTitle(tr("Tags"));
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Tags"));
    m_view->header()->setSectionResizeMode(TaxonomyModel::NameColumn, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_view->expandAll();
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(m_model, &TaxonomyModel::editFailed, this, [this](const QString &error) {
        report(false, error);
    });

    auto *buttons = new QVBoxLayout;
    const auto button = [&](const QString &text, auto slot) {
        auto *pushButton = new QPushButton(text, this);
        connect(pushButton, &QPushButton::clicked, this, slot);
        buttons->addWidget(pushButton);
        return pushButton;
    };
    button(tr("&Add Tag…"), [this] {
        addTag(false);
    });
    button(tr("Add &Sub-tag…"), [this] {
        addTag(true);
    });
    button(tr("&Rename"), [this] {
        m_view->edit(m_view->currentIndex().siblingAtColumn(TaxonomyModel::NameColumn));
    });
    button(tr("&Colour…"), &TagsDialog::recolour);
    button(tr("Move &Up"), [this] {
        moveBy(-1);
    });
    button(tr("Move &Down"), [this] {
        moveBy(1);
    });
    button(tr("&Nest Under Previous"), &TagsDialog::nestUnderPrevious);
    button(tr("&Un-nest"), &TagsDialog::unnest);
    button(tr("&Merge Into…"), &TagsDialog::mergeInto);
    button(tr("De&lete…"), &TagsDialog::remove);
    buttons->addStretch();

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *body = new QHBoxLayout;
    body->addWidget(m_view, 1);
    body->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(close);
    resize(640, 420);
}

qint64 TagsDialog::currentTag() const
{
    return m_model->tagId(m_view->currentIndex());
}

void TagsDialog::select(qint64 tagId)
{
    m_view->setCurrentIndex(m_model->indexOf(tagId));
}

void TagsDialog::report(bool ok, const QString &error)
{
    if (!ok)
        QMessageBox::warning(this, tr("Tags"), error);
}

void TagsDialog::addTag(bool nested)
{
    const qint64 parentId = nested ? currentTag() : 0;
    if (nested && !parentId)
        return;
    bool accepted = false;
    const QString name = QInputDialog::getText(this, nested ? tr("Add Sub-tag") : tr("Add Tag"), tr("Name:"), QLineEdit::Normal, {}, &accepted);
    if (!accepted || name.trimmed().isEmpty())
        return;
    QString error;
    const auto added = m_taxonomy->addTag(name, parentId, {}, {}, &error);
    report(added.has_value(), error);
    if (added)
        select(*added);
}

void TagsDialog::recolour()
{
    const qint64 tag = currentTag();
    if (!tag)
        return;
    const QColor colour = QColorDialog::getColor(m_taxonomy->color(tag), this, tr("Colour of %1").arg(m_taxonomy->path(tag, QStringLiteral(" › "))));
    if (!colour.isValid())
        return;
    QString error;
    report(m_taxonomy->recolorTag(tag, colour, &error), error);
    select(tag);
}

void TagsDialog::moveBy(int delta)
{
    const qint64 tag = currentTag();
    const auto found = m_taxonomy->tag(tag);
    if (!found)
        return;
    const int row = int(m_taxonomy->childrenOf(found->parentId).indexOf(tag));
    QString error;
    report(m_taxonomy->moveTag(tag, found->parentId, qMax(0, row + delta), &error), error);
    select(tag);
}

void TagsDialog::nestUnderPrevious()
{
    const qint64 tag = currentTag();
    const auto found = m_taxonomy->tag(tag);
    if (!found)
        return;
    const QList<qint64> siblings = m_taxonomy->childrenOf(found->parentId);
    const int row = int(siblings.indexOf(tag));
    if (row <= 0)
        return;
    QString error;
    report(m_taxonomy->moveTag(tag, siblings.at(row - 1), int(m_taxonomy->childrenOf(siblings.at(row - 1)).size()), &error), error);
    select(tag);
}

void TagsDialog::unnest()
{
    const qint64 tag = currentTag();
    const auto found = m_taxonomy->tag(tag);
    if (!found || found->parentId == 0)
        return;
    const auto parent = m_taxonomy->tag(found->parentId);
    const int parentRow = int(m_taxonomy->childrenOf(parent->parentId).indexOf(parent->id));
    QString error;
    report(m_taxonomy->moveTag(tag, parent->parentId, parentRow + 1, &error), error);
    select(tag);
}

void TagsDialog::mergeInto()
{
    const qint64 tag = currentTag();
    if (!tag)
        return;
    QStringList names;
    QList<qint64> ids;
    for (const Tag &other : m_taxonomy->tags()) {
        if (other.id != tag && other.parentId != tag) {
            names << m_taxonomy->path(other.id, QStringLiteral(" › "));
            ids << other.id;
        }
    }
    bool accepted = false;
    const QString chosen = QInputDialog::getItem(this, tr("Merge Tags"), tr("Merge “%1” into:").arg(m_taxonomy->path(tag, QStringLiteral(" › "))), names, 0, false, &accepted);
    if (!accepted || !names.contains(chosen))
        return;
    const qint64 into = ids.at(names.indexOf(chosen));
    const int claims = m_taxonomy->claimCount(tag);
    const auto answer = QMessageBox::question(this, tr("Merge Tags"),
                                              tr("Merge “%1” into “%2”? %n claim(s) will carry “%2” instead.", nullptr, claims)
                                                  .arg(m_taxonomy->path(tag, QStringLiteral(" › ")), chosen));
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    report(m_taxonomy->mergeTags(tag, into, &error), error);
    select(into);
}

void TagsDialog::remove()
{
    const qint64 tag = currentTag();
    if (!tag)
        return;
    const int claims = m_taxonomy->claimCount(tag);
    const QString name = m_taxonomy->path(tag, QStringLiteral(" › "));
    const QString question = claims == 0 ? tr("Delete the tag “%1”? No claim uses it.").arg(name)
                                         : tr("Delete the tag “%1”? It is on %n claim(s); they keep their other tags and notes.", nullptr, claims).arg(name);
    if (QMessageBox::question(this, tr("Delete Tag"), question) != QMessageBox::Yes)
        return;
    QString error;
    report(m_taxonomy->removeTag(tag, &error), error);
}

} // namespace Lectern
