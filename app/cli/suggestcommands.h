// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "suggest/suggestion.h"

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

namespace Lectern {

class CliContext;
class Taxonomy;

/// `lectern suggest FILE|ID [--json]`: the claims the suggester proposes for
/// a file (read, not imported) or a library article, with the model the
/// library has learned from the user's tagging.
class SuggestCommands
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::CommandLine)
public:
    SuggestCommands(CliContext &context, const QCommandLineParser &parser);

    int run(const QStringList &arguments);

private:
    /// The text to suggest on and, for a library article, its id; nullopt after saying why not.
    std::optional<std::pair<QString, qint64>> readText(const QString &argument);
    void print(const QList<Suggestion> &suggestions, const Taxonomy &taxonomy, bool asJson);

    CliContext &m_context;
    const QCommandLineParser &m_parser;
};

} // namespace Lectern
