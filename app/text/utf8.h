// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringView>

namespace Lectern::Utf8 {

/// The text in UTF-8, in a buffer of exactly its size. QString::toUtf8()
/// reserves three bytes a character and keeps them: for an article's text,
/// held while it is stored, that is three times what it needs.
QByteArray encode(QStringView text);

} // namespace Lectern::Utf8
