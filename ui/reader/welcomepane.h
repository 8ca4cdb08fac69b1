// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPushButton;

namespace Lectern {

/// In the reader's place while the library holds no article: the choice
/// between the sample articles and one's own, never made for the reader.
class WelcomePane : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePane(QWidget *parent = nullptr);

Q_SIGNALS:
    void samplesRequested();
    void importRequested();

private:
    QPushButton *m_samples;
    QPushButton *m_import;
};

} // namespace Lectern
