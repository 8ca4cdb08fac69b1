// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTabBar>

namespace Lectern {

/// Tabs down the side of a panel. Labels in Chinese, Japanese or Korean are
/// written as those languages write vertically, one upright character under
/// the next, instead of a Latin line turned on its side; other labels turn
/// as QTabBar turns them.
class SideTabBar : public QTabBar
{
    Q_OBJECT
public:
    explicit SideTabBar(QWidget *parent = nullptr);

    /// Whether the label is written upright: every letter in it is CJK.
    static bool isUprightLabel(const QString &label);

protected:
    QSize tabSizeHint(int index) const override;
    void paintEvent(QPaintEvent *event) override;

private:
    QString plainText(int index) const;
    bool allUpright() const;
};

} // namespace Lectern
