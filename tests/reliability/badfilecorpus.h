// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>

namespace Lectern {

/// Hostile and broken files, made at run time from a fixed seed so every run
/// sees the same bytes: truncated and corrupted fixtures, random bytes, NUL
/// bytes, invalid UTF-8 and UTF-16, a 50 MB line, deep nesting, EPUB zip
/// bombs and unsafe paths, encrypted and malformed PDFs.
struct BadFile
{
    enum class Expect {
        Anything, ///< rejected, or imported (a cut text is still a text)
        RejectOrWarn, ///< rejected, or imported with a warning
        Reject,
    };
    QString name; ///< file name, with the suffix that picks the importer
    std::function<QByteArray()> make; ///< large files are made only when needed
    Expect expect = Expect::Anything;
};

class BadFileCorpus
{
public:
    static QList<BadFile> files();
};

} // namespace Lectern
