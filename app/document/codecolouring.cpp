// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "codecolouring.h"

#include "plugin/pluginlibrary.h"

namespace Lectern {

CodeColouring *CodeColouring::plugin()
{
    static CodeColouring *const loaded = [] {
        QString error;
        auto *colouring = PluginLibrary::load<CodeColouring>(QStringLiteral("lectern_codecolouring"), &error);
        if (!colouring)
            qWarning("lectern: code is shown without colours: %s", qPrintable(error));
        return colouring;
    }();
    return loaded;
}

} // namespace Lectern
