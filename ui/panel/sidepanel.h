// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article/article.h"

#include <QTabWidget>

class QListView;
class QListWidget;
class QPushButton;
class QTextBrowser;
class QUrl;

namespace Lectern {

class Database;
class LazyPage;
class RelatedArticlesModel;
struct GeneratedSummary;

/// Beside the reader: the article's curated summary (or, when it has none, a
/// generated one, labelled so, and its details), related articles, and the
/// boilerplate lines the importer removed, restorable.
class SidePanel : public QTabWidget
{
    Q_OBJECT
public:
    explicit SidePanel(QWidget *parent = nullptr);

    /// Lets the Related tab look in the library.
    void attachLibrary(Database &database);
    void showArticle(const Article &article);
    /// The article shown, 0 before the first.
    qint64 articleId() const { return m_articleId; }
    void showRemovedLines();
    void showRelated();
    QString summaryHtml() const;
    QTextBrowser *summaryView() const { return m_summary; }
    QListWidget *removedList() const;
    QListView *relatedView() const;

    static QString summaryHtmlFor(const Article &article);
    static QString summaryHtmlFor(const Article &article, const GeneratedSummary &generated);

Q_SIGNALS:
    void restoreRemovedLineRequested(int index);
    /// A sentence of the generated summary was clicked: where it is in the text.
    void passageActivated(int start, int end);
    /// A topic chip of a curated card was clicked.
    void topicActivated(const QString &topic);
    void articleActivated(qint64 articleId);

private:
    void followLink(const QUrl &url);
    LazyPage *addLazyTab(QWidget *(SidePanel::*build)(QWidget *), const QString &title, const QString &toolTip);
    QWidget *buildRelatedPage(QWidget *parent);
    QWidget *buildRemovedPage(QWidget *parent);
    void fillRemovedLines();

    QTextBrowser *m_summary;
    QListView *m_relatedView = nullptr;
    RelatedArticlesModel *m_relatedModel = nullptr;
    LazyPage *m_relatedPage;
    QListWidget *m_removed = nullptr;
    QPushButton *m_restore = nullptr;
    LazyPage *m_removedPage;
    QList<RemovedLine> m_removedLines;
    qint64 m_articleId = 0;
};

} // namespace Lectern
