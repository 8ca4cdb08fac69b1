// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace Lectern {

/// A chip above the library list, "Topic: X ×", while the list shows only
/// the articles with a topic; hidden otherwise. Its button clears the topic.
class TopicFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit TopicFilterBar(QWidget *parent = nullptr);

    void setTopic(const QString &topic);
    QString text() const;
    QToolButton *clearButton() const { return m_clear; }

Q_SIGNALS:
    void clearRequested();

private:
    QLabel *m_label;
    QToolButton *m_clear;
};

} // namespace Lectern
