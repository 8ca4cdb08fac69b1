// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importresult.h"

#include <QByteArray>

namespace Lectern {

/// Turns the bytes of one file into an Article. Implementations are pure:
/// no file system, no network, no global state, so they are safe on worker
/// threads and under a fuzzer.
class Importer
{
public:
    virtual ~Importer() = default;

    /// Short format name stored with the article: "text", "html", ...
    virtual QString format() const = 0;
    /// fileName is for messages and metadata only; never opened.
    virtual ImportResult parse(const QByteArray &data, const QString &fileName) const = 0;
};

} // namespace Lectern
