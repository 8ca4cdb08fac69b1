// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/database.h"
#include "indexing/librarystore.h"

#include <QTemporaryDir>
#include <QTest>

namespace Lectern {

/// A fresh library in a temporary folder, with helpers to put articles in.
class TestLibrary
{
public:
    TestLibrary()
    {
        QString error;
        m_opened = m_database.open(m_dir.filePath(QStringLiteral("library.sqlite")), &error);
        if (!m_opened)
            qWarning("cannot open the test library: %s", qPrintable(error));
    }

    bool isOpen() const { return m_opened; }
    Database &database() { return m_database; }
    QString path() const { return m_database.path(); }

    /// Adds an article made of paragraphs; returns its id (0 on failure).
    qint64 addArticle(const QString &title, const QStringList &paragraphs, const QString &source = {})
    {
        Article article;
        article.title = title;
        article.source = source;
        article.format = QStringLiteral("text");
        for (const QString &text : paragraphs)
            article.blocks.append(Block::paragraph(text));
        LibraryStore store(m_database);
        StoreOutcome outcome;
        QString error;
        if (!store.add(article, &outcome, &error)) {
            qWarning("cannot add %s: %s", qPrintable(title), qPrintable(error));
            return 0;
        }
        m_lastOutcome = outcome;
        return outcome.articleId;
    }
    const StoreOutcome &lastOutcome() const { return m_lastOutcome; }

private:
    QTemporaryDir m_dir;
    Database m_database;
    bool m_opened = false;
    StoreOutcome m_lastOutcome;
};

} // namespace Lectern
