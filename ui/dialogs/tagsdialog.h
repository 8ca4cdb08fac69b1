// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTreeView;

namespace Lectern {

class Taxonomy;
class TaxonomyModel;

/// Edits the codebook: add, rename (F2), recolour, describe, reorder, nest,
/// merge and delete tags. Deletes and merges say how many claims they
/// touch and ask first.
class TagsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TagsDialog(Taxonomy *taxonomy, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }

private:
    qint64 currentTag() const;
    void select(qint64 tagId);
    void addTag(bool nested);
    void recolour();
    void moveBy(int delta);
    void nestUnderPrevious();
    void unnest();
    void mergeInto();
    void remove();
    void report(bool ok, const QString &error);

    Taxonomy *m_taxonomy;
    TaxonomyModel *m_model;
    QTreeView *m_view;
};

} // namespace Lectern
