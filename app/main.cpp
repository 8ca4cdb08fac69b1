// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandlineapplication.h"
#include "frontend.h"
#include "store/corruptionwatch.h"

// The program: it chooses the front end. Both are linked (app/CMakeLists.txt).
int main(int argc, char **argv)
{
    // Before SQLite opens anything: damage met by any query is heard.
    Lectern::CorruptionWatch::install();
    // Subcommands, --help and --version never need a display.
    if (Lectern::CommandLineApplication::handles(argc, argv))
        return Lectern::CommandLineApplication::run(argc, argv);
    return Lectern::runWindow(argc, argv);
}
