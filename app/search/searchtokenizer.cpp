// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchtokenizer.h"

#include "searchranking.h"

#include <sqlite3.h>

#include <utility>

namespace Lectern {

struct SearchTokenizer::Module {
    fts5_tokenizer api{};
};

namespace {
// article_fts's tokenize='unicode61 remove_diacritics 2' (schema 2).
const char *const tokenizerName = "unicode61";
const char *tokenizerArguments[] = {"remove_diacritics", "2"};

struct Forward {
    void (*callback)(void *, QByteArrayView);
    void *target;
};

int forward(void *context, int flags, const char *token, int size, int start, int end)
{
    Q_UNUSED(flags)
    Q_UNUSED(start)
    Q_UNUSED(end)
    const auto *to = static_cast<Forward *>(context);
    to->callback(to->target, QByteArrayView(token, size));
    return SQLITE_OK;
}
} // namespace

SearchTokenizer::SearchTokenizer(const QSqlDatabase &db)
{
    fts5_api *fts5 = SearchRanking::fts5Of(db);
    if (!fts5)
        return;
    auto module = std::make_unique<Module>();
    void *userData = nullptr;
    if (fts5->xFindTokenizer(fts5, tokenizerName, &userData, &module->api) != SQLITE_OK
        || module->api.xCreate(userData, tokenizerArguments, int(std::size(tokenizerArguments)), &m_tokenizer) != SQLITE_OK) {
        m_tokenizer = nullptr;
        return;
    }
    m_module = std::move(module);
}

SearchTokenizer::~SearchTokenizer()
{
    if (m_tokenizer)
        m_module->api.xDelete(m_tokenizer);
}

void SearchTokenizer::tokenize(QByteArrayView utf8, Use use, Callback callback, void *target) const
{
    if (!m_tokenizer || utf8.isEmpty())
        return;
    Forward to{callback, target};
    const int flags = use == Use::Document ? FTS5_TOKENIZE_DOCUMENT : FTS5_TOKENIZE_QUERY | FTS5_TOKENIZE_PREFIX;
    m_module->api.xTokenize(m_tokenizer, &to, flags, utf8.data(), int(utf8.size()), &forward);
}

} // namespace Lectern
