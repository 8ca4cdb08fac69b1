// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QTreeView;

namespace Lectern {

/// Keeps the library's Title column readable in a narrow pane: the other
/// columns (Claims, then Published, then Site) are shown only while the
/// title keeps room for about two dozen characters, each at the width of its
/// header and contents, so no header is ever cut short. Long translated
/// headers ("Veröffentlicht", "Behauptungen") would otherwise squeeze the
/// titles to a few letters.
class LibraryColumnFitter : public QObject
{
    Q_OBJECT
public:
    explicit LibraryColumnFitter(QTreeView *view);

    /// Room the title keeps before another column is shown.
    int minimumTitleWidth() const;
    /// Width a column needs for its header and its contents.
    int neededWidth(int column) const;
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTreeView *m_view;
    QObject *m_viewport;
    bool m_fitting = false;
};

} // namespace Lectern
