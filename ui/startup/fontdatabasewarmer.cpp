// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fontdatabasewarmer.h"

#include <QFontDatabase>
#include <QGuiApplication>

#if LECTERN_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

namespace Lectern {

std::atomic<FontDatabaseWarmer *> FontDatabaseWarmer::s_running = nullptr;

FontDatabaseWarmer::FontDatabaseWarmer()
    // A std::thread: a QThread made before the application would be
    // taken for Qt's main thread.
    : m_worker([this] {
#if LECTERN_HAVE_FONTCONFIG
        FcInit();
#endif
        m_fontconfigRead.release();
        m_applicationCreated.acquire();
        if (QGuiApplication::instance())
            QFontDatabase::families();
    })
{
    s_running = this;
}

FontDatabaseWarmer::~FontDatabaseWarmer()
{
    s_running = nullptr;
    wait();
}

void FontDatabaseWarmer::waitForRunningWarmer()
{
    // Only the main thread builds widgets and owns the warmer.
    if (FontDatabaseWarmer *running = s_running)
        running->waitForFontconfig();
}

void FontDatabaseWarmer::applicationCreated()
{
    if (!m_announced) {
        m_announced = true;
        m_applicationCreated.release();
    }
}

void FontDatabaseWarmer::waitForFontconfig()
{
    if (!m_fontconfigWaited) {
        m_fontconfigWaited = true;
        m_fontconfigRead.acquire();
    }
}

void FontDatabaseWarmer::wait()
{
    applicationCreated();
    if (m_worker.joinable())
        m_worker.join();
}

} // namespace Lectern
