// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace Lectern {

class CliContext;
class Taxonomy;

/// `lectern tags` and its actions add, rename, merge and delete: the
/// codebook edited through Taxonomy, as the window's tag manager does.
class TagCommands
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::CommandLine)
public:
    TagCommands(CliContext &context, const QCommandLineParser &parser);

    /// action is "" (print the tree), "add", "rename", "merge" or "delete".
    int run(const QString &action, const QStringList &arguments);

    /// The tag a path ("Security/Misuse") or unique name stands for, or
    /// nullopt after saying on err that there is none or which paths to choose from.
    static std::optional<qint64> find(CliContext &context, const Taxonomy &taxonomy, const QString &name);

private:
    int list(const Taxonomy &taxonomy);
    int add(Taxonomy &taxonomy, const QString &name);
    int rename(Taxonomy &taxonomy, const QString &from, const QString &to);
    int merge(Taxonomy &taxonomy, const QString &from, const QString &into);
    int remove(Taxonomy &taxonomy, const QString &name);
    /// A name for a new or renamed tag; returns 0 or a usage error's code.
    int checkName(const QString &name);
    void printTree(const Taxonomy &taxonomy, qint64 parentId, int depth);

    CliContext &m_context;
    const QCommandLineParser &m_parser;
};

} // namespace Lectern
