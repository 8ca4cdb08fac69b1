// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace Lectern {

class Database;

/// What Lectern is, and the versions of everything it runs on.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    AboutDialog(Database &database, QWidget *parent = nullptr);

    static QString versionsHtml(Database &database);
};

} // namespace Lectern
