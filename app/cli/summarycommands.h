// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace Lectern {

class CliContext;
struct Article;
struct GeneratedSummary;

/// `lectern summary ID` (the curated card, else a generated summary, always
/// labelled as such) and `lectern related ID`: what the side panel shows.
class SummaryCommands
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::CommandLine)
public:
    SummaryCommands(CliContext &context, const QCommandLineParser &parser);

    int summary(const QStringList &arguments);
    int related(const QStringList &arguments);

private:
    /// The article named by the one argument, or nullopt after saying why not.
    std::optional<Article> article(const QString &subcommand, const QStringList &arguments, int *exitCode);
    void printCurated(const Article &article);
    void printGenerated(const Article &article, const GeneratedSummary &generated);
    static QJsonObject summaryJson(const Article &article);

    CliContext &m_context;
    const QCommandLineParser &m_parser;
};

} // namespace Lectern
