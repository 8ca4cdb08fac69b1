// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Lectern {

/// The window front end, defined by lectern-ui (ui/mainwindowapplication.cpp),
/// so that the program (main.cpp) chooses it or the command line
/// (CommandLineApplication) without including a header of ui/.
int runWindow(int &argc, char **argv);

} // namespace Lectern
