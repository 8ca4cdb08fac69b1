// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <semaphore>
#include <thread>

namespace Lectern {

/// Reads the system's fonts on a worker thread while the main thread starts
/// Qt and opens the library: fontconfig's configuration and font cache
/// (FcInit, a fifth of the time to the first frame) before the application
/// exists, then Qt's font database once it does. Both lock themselves, so
/// the main thread may use fonts at any time; it waits for the worker
/// before building windows, to use what the worker read.
class FontDatabaseWarmer
{
public:
    /// Starts at once, before the QGuiApplication if there is none yet.
    FontDatabaseWarmer();
    ~FontDatabaseWarmer();

    /// Call once the QGuiApplication exists: its platform provides Qt's fonts.
    void applicationCreated();
    /// Waits until the worker is done.
    void wait();

private:
    std::binary_semaphore m_applicationCreated{0};
    bool m_released = false;
    std::thread m_worker;
};

} // namespace Lectern
