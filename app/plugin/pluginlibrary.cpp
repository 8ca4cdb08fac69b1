// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pluginlibrary.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QPluginLoader>
#include <QThread>

namespace Lectern {

QString PluginLibrary::directory()
{
    // For a packager's own layout, and for tests of a missing plugin.
    if (const QString chosen = qEnvironmentVariable("LECTERN_PLUGIN_PATH"); !chosen.isEmpty())
        return chosen;
    // Without an application object (the fuzz targets), from the kernel.
    const QString programDir = QCoreApplication::instance() ? QCoreApplication::applicationDirPath()
                                                            : QFileInfo(QStringLiteral("/proc/self/exe")).canonicalPath();
    return QDir::cleanPath(programDir + QLatin1Char('/') + QStringLiteral(LECTERN_PLUGIN_RELATIVE_DIR));
}

QObject *PluginLibrary::instance(const QString &name, QString *error)
{
    // Importers run on worker threads: one loader per plugin, for good
    // (never destroyed, so they stay reachable at exit, as their plugins do).
    static QMutex mutex;
    static auto *const loaders = new QHash<QString, QPluginLoader *>;
    const QMutexLocker lock(&mutex);
    QPluginLoader *&loader = (*loaders)[name];
    if (!loader)
        loader = new QPluginLoader(directory() + QLatin1Char('/') + name);
    QObject *root = loader->instance();
    if (!root) {
        *error = tr("the plugin %1 could not be loaded (%2)").arg(name, loader->errorString());
        // Looked for again next time, wherever LECTERN_PLUGIN_PATH then says.
        delete loader;
        loader = nullptr;
        return nullptr;
    }
    // Made on whichever thread asked first (an import's worker): it stays
    // for the program's life, so it belongs to the application's thread.
    const QCoreApplication *application = QCoreApplication::instance();
    if (application && root->thread() == QThread::currentThread() && root->thread() != application->thread())
        root->moveToThread(application->thread());
    return root;
}

} // namespace Lectern
