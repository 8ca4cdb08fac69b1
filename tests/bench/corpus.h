// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QRandomGenerator>
#include <QStringList>

/// Deterministic synthetic articles: the same seed gives the same corpus on
/// every machine, so figures are comparable between runs.
class Corpus
{
public:
    /// Bump when article() changes, so cached libraries are rebuilt.
    static constexpr int version = 1;

    explicit Corpus(quint32 seed = 20261123);

    /// Where a benchmark keeps a generated library of `articles` articles:
    /// named by this generator's version and the schema version.
    static QString libraryFile(const QString &folder, int articles);

    /// A plain-text article of about bytes bytes: title, dek, paragraphs,
    /// a heading or two and a line of site boilerplate.
    QByteArray article(int index, int bytes);
    /// A word that occurs in about one article in `rarity`.
    QString word(int rank) const { return m_vocabulary.at(rank % m_vocabulary.size()); }
    qsizetype vocabularySize() const { return m_vocabulary.size(); }

private:
    QString sentence();
    QString zipfWord();

    QRandomGenerator m_random;
    QStringList m_vocabulary;
};
