// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

namespace Lectern {

class CliContext;

/// `lectern export` and `lectern import-annotations`: the exporters and the
/// annotation importer of app/export, without a display.
class ExportCommands
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::CommandLine)
public:
    ExportCommands(CliContext &context, const QCommandLineParser &parser);

    int exportNotes(const QStringList &arguments);
    int importAnnotations(const QStringList &arguments);

    /// PDF and ODT lay text out with fonts, which needs a QGuiApplication
    /// (on the offscreen platform: still no display).
    static bool needsGuiApplication(const QStringList &arguments);

private:
    CliContext &m_context;
    const QCommandLineParser &m_parser;
};

} // namespace Lectern
