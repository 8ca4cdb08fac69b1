// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Lectern {

/// Starts the window: the QApplication, the library, the sample articles on
/// first start, and `--screenshot FILE`.
class MainWindowApplication
{
public:
    static int run(int &argc, char **argv);
};

} // namespace Lectern
