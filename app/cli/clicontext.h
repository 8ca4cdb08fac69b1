// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QTextStream>

#include <memory>

namespace Lectern {

class Database;

/// What a subcommand works with: data goes to out (stdout) and messages
/// about failures to err (stderr), so that `lectern ... --json | jq` never
/// sees an error; the library is opened on first use, so that a usage error
/// never creates a library file.
class CliContext
{
    // One translation context for every CLI file, as lupdate sees it too.
    Q_DECLARE_TR_FUNCTIONS(Lectern::CommandLine)
public:
    enum ExitCode { Success = 0, ItemFailed = 1, UsageError = 2 };

    CliContext();
    ~CliContext();
    CliContext(const CliContext &) = delete;
    CliContext &operator=(const CliContext &) = delete;

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    /// "lectern: message" and a pointer to --help; returns UsageError.
    int usage(const QString &message);
    /// "lectern: message"; returns ItemFailed.
    int failed(const QString &message);
    /// One indented JSON document (an object or an array).
    void printJson(const QJsonValue &value);
    /// A field of a tab-separated line: tabs and line breaks would split it.
    static QString field(const QString &text);

    void setLibraryPath(const QString &path) { m_libraryPath = path; }
    /// The exit code of a command that returned code: a failure when SQLite
    /// met damage in the library on the way (CorruptionWatch), whatever the
    /// command made of it; the damage is then recorded beside the library.
    int finish(int code);
    /// --new: the user chose to start an empty library beside a damaged one.
    void setNewLibraryAllowed(bool allowed) { m_newLibraryAllowed = allowed; }
    /// The library's file: the one given, else the default.
    QString libraryPath() const;
    /// The open library, or nullptr after saying on err why it cannot be opened.
    Database *database();

private:
    QTextStream m_out;
    QTextStream m_err;
    QString m_libraryPath;
    bool m_newLibraryAllowed = false;
    std::unique_ptr<Database> m_database;
};

} // namespace Lectern
