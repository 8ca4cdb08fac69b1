// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace Lectern {

/// View › Language: follow the system or choose one of the languages
/// InterfaceLanguage offers. The choice applies at the next start, since
/// widgets built before would keep their old texts.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

Q_SIGNALS:
    void languageChosen(const QString &language);
};

} // namespace Lectern
