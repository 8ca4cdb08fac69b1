// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QSqlDatabase>

#include <memory>
#include <type_traits>

struct Fts5Tokenizer;

namespace Lectern {

/// Splits text into the terms article_fts holds, with FTS5's own unicode61
/// tokenizer and the table's options (schema 2), so that both agree on
/// every term: folded case, diacritics removed.
class SearchTokenizer
{
public:
    enum class Use {
        Document, ///< text as it is indexed
        Prefix, ///< a query's prefix, as FTS5 folds it before matching
    };

    explicit SearchTokenizer(const QSqlDatabase &db);
    ~SearchTokenizer();
    SearchTokenizer(const SearchTokenizer &) = delete;
    SearchTokenizer &operator=(const SearchTokenizer &) = delete;

    /// False when the connection's SQLite has no FTS5.
    bool isValid() const { return m_tokenizer; }

    /// Calls onTerm(QByteArrayView) with each term of the UTF-8 text.
    template<typename OnTerm>
    void terms(QByteArrayView utf8, Use use, OnTerm &&onTerm) const
    {
        tokenize(utf8, use, &call<std::remove_reference_t<OnTerm>>, &onTerm);
    }

private:
    using Callback = void (*)(void *target, QByteArrayView term);
    template<typename OnTerm>
    static void call(void *target, QByteArrayView term)
    {
        (*static_cast<OnTerm *>(target))(term);
    }
    void tokenize(QByteArrayView utf8, Use use, Callback callback, void *target) const;

    struct Module;
    std::unique_ptr<Module> m_module;
    Fts5Tokenizer *m_tokenizer = nullptr;
};

} // namespace Lectern
