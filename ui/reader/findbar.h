// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTextEdit;

namespace Lectern {

/// Find in the open article (Ctrl+F): counts the matches and steps through
/// them with Enter / Shift+Enter, F3 / Shift+F3.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QTextEdit *view, QWidget *parent = nullptr);

    void activate();
    void findNext();
    void findPrevious();
    int matchCount() const { return m_count; }
    QLineEdit *field() const { return m_field; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void search(bool backward, bool fromStart);
    void updateCount();

    QTextEdit *m_view;
    QLineEdit *m_field;
    QLabel *m_status;
    int m_count = 0;
};

} // namespace Lectern
