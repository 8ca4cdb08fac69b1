// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

namespace Lectern {

class CliContext;

/// Managing the library's articles: `delete` moves them to the Trash,
/// `restore` brings them back, `trash` lists it and `trash empty` deletes
/// for good; `edit` corrects an article's details.
class ArticleCommands
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::CommandLine)
public:
    ArticleCommands(CliContext &context, const QCommandLineParser &parser);

    int moveToTrash(const QStringList &arguments);
    int restore(const QStringList &arguments);
    /// action is "" (list) or "empty".
    int trash(const QString &action, const QStringList &arguments);
    int edit(const QStringList &arguments);

private:
    /// The ids named, or a usage error in *code.
    QList<qint64> articleIds(const QString &command, const QStringList &arguments, int *code);
    int move(const QString &command, const QStringList &arguments, bool toTrash);

    CliContext &m_context;
    const QCommandLineParser &m_parser;
};

} // namespace Lectern
