// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <semaphore>
#include <thread>

namespace Lectern {

/// Reads the system's fonts on a worker thread while the main thread starts
/// Qt and opens the library: fontconfig's configuration and font cache
/// (FcInit, a fifth of the time to the first frame) before the application
/// exists, then Qt's font database once it does. Qt's font database locks
/// itself: the main thread's first font waits for the worker there.
/// Fontconfig is safe too, but a thread that needs it while the worker
/// reads it reads it again: MainWindow waits for the running warmer before
/// its first widget, having built its models meanwhile (a message box
/// before then only costs time).
class FontDatabaseWarmer
{
public:
    /// Starts at once, before the QGuiApplication if there is none yet.
    FontDatabaseWarmer();
    ~FontDatabaseWarmer();

    /// Call once the QGuiApplication exists: its platform provides Qt's fonts.
    void applicationCreated();
    /// Waits until fontconfig is read; Qt's font database may still be filling.
    void waitForFontconfig();
    /// The same for the warmer running now, if one is (the start of the
    /// program): what builds the first widgets calls it.
    static void waitForRunningWarmer();
    /// Waits until the worker is done.
    void wait();

private:
    std::binary_semaphore m_applicationCreated{0};
    std::binary_semaphore m_fontconfigRead{0};
    bool m_announced = false;
    bool m_fontconfigWaited = false;
    std::thread m_worker;
    static std::atomic<FontDatabaseWarmer *> s_running;
};

} // namespace Lectern
