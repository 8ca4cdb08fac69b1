// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/claim.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace Lectern {

class CliContext;
class Database;
class Taxonomy;

/// `lectern annotate`, `claims`, `claim edit` and `claim delete`: claims made
/// and changed through ClaimStore and ArticleAnnotations, as the window does.
/// Each method checks its arguments before it opens the library.
class ClaimCommands
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::CommandLine)
public:
    ClaimCommands(CliContext &context, const QCommandLineParser &parser);

    int annotate(const QStringList &arguments);
    int list(const QStringList &arguments);
    int edit(const QStringList &arguments);
    int remove(const QStringList &arguments);

    /// "a,b" "c" → a, b, c: --tag takes a list and may be repeated.
    static QStringList tagNames(const QStringList &values);

private:
    /// The optional fields of annotate and claim edit, checked but not yet resolved.
    struct Fields {
        std::optional<QStringList> tags;
        std::optional<Claim::Stance> stance;
        std::optional<Claim::Kind> kind;
        std::optional<QString> speaker;
        std::optional<QString> note;
        bool isEmpty() const { return !tags && !stance && !kind && !speaker && !note; }
    };
    /// Reads the field options; returns 0, or the exit code of a usage error.
    int readFields(Fields *fields);
    /// Tag names to ids; says which name is unknown and returns false.
    bool resolveTags(const Taxonomy &taxonomy, const QStringList &names, QList<qint64> *tagIds);
    static void apply(const Fields &fields, const QList<qint64> &tagIds, Claim *claim);
    /// The claim with that id, or nullopt after saying there is none.
    std::optional<Claim> findClaim(Database &database, const QString &id);
    /// Where a --quote is: [start, end), or nullopt after saying why not.
    std::optional<std::pair<int, int>> locateQuote(const QString &text, const QString &articleId);
    void print(const Claim &claim, const Taxonomy &taxonomy);

    CliContext &m_context;
    const QCommandLineParser &m_parser;
};

} // namespace Lectern
