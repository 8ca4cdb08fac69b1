// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fontdatabasewarmer.h"

#include <QFontDatabase>
#include <QGuiApplication>

#if LECTERN_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

namespace Lectern {

FontDatabaseWarmer::FontDatabaseWarmer()
    // A std::thread: a QThread made before the application would be
    // taken for Qt's main thread.
    : m_worker([this] {
#if LECTERN_HAVE_FONTCONFIG
        FcInit();
#endif
        m_applicationCreated.acquire();
        if (QGuiApplication::instance())
            QFontDatabase::families();
    })
{
}

FontDatabaseWarmer::~FontDatabaseWarmer()
{
    wait();
}

void FontDatabaseWarmer::applicationCreated()
{
    if (!m_released) {
        m_released = true;
        m_applicationCreated.release();
    }
}

void FontDatabaseWarmer::wait()
{
    applicationCreated();
    if (m_worker.joinable())
        m_worker.join();
}

} // namespace Lectern
