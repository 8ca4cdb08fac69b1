// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Lectern {

/// Starts the command line: its application object (no display), the
/// interface language, then CommandLine. The window's counterpart is
/// MainWindowApplication (ui/); main.cpp chooses between them.
class CommandLineApplication
{
public:
    /// Subcommands, --help and --version: what the command line runs.
    static bool handles(int argc, char **argv);
    static int run(int &argc, char **argv);
};

} // namespace Lectern
