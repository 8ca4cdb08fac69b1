// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTabWidget>

class QListWidget;
class QPushButton;
class QTextBrowser;

namespace Lectern {

struct Article;

/// Beside the reader: the article's curated summary (or its details when it
/// has none) and the boilerplate lines the importer removed, restorable.
class SidePanel : public QTabWidget
{
    Q_OBJECT
public:
    explicit SidePanel(QWidget *parent = nullptr);

    void showArticle(const Article &article);
    void showRemovedLines();
    QString summaryHtml() const;
    QListWidget *removedList() const { return m_removed; }

    static QString summaryHtmlFor(const Article &article);

Q_SIGNALS:
    void restoreRemovedLineRequested(int index);

private:
    QTextBrowser *m_summary;
    QListWidget *m_removed;
    QPushButton *m_restore;
    QWidget *m_removedPage;
};

} // namespace Lectern
