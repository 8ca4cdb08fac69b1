// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

namespace Lectern {

/// Lectern's own plugins: the parts that need a large library (Qt PDF,
/// KSyntaxHighlighting, KArchive) and are loaded when first used, not at
/// start. They live in one folder at the same place relative to the
/// program in the build tree and once installed (LECTERN_PLUGIN_PATH names
/// another).
class PluginLibrary
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::PluginLibrary)
public:
    static QString directory();
    /// The plugin's root object, loaded once and kept for the program's
    /// life; nullptr, with the reason in error, when it cannot be loaded.
    static QObject *instance(const QString &name, QString *error);

    template<typename Interface>
    static Interface *load(const QString &name, QString *error)
    {
        QObject *root = instance(name, error);
        auto *plugin = qobject_cast<Interface *>(root);
        if (root && !plugin)
            *error = tr("the plugin %1 is not the one this version of Lectern needs").arg(name);
        return plugin;
    }
};

} // namespace Lectern
