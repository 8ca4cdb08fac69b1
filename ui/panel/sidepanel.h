// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTabWidget>

class QListView;
class QListWidget;
class QPushButton;
class QTextBrowser;
class QUrl;

namespace Lectern {

class Database;
class RelatedArticlesModel;
struct Article;
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
    QListWidget *removedList() const { return m_removed; }
    QListView *relatedView() const { return m_relatedView; }
    RelatedArticlesModel *relatedModel() const { return m_relatedModel; }

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

    QTextBrowser *m_summary;
    QListView *m_relatedView;
    RelatedArticlesModel *m_relatedModel = nullptr;
    QWidget *m_relatedPage;
    QListWidget *m_removed;
    QPushButton *m_restore;
    QWidget *m_removedPage;
    qint64 m_articleId = 0;
};

} // namespace Lectern
