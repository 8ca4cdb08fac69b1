// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

namespace Lectern {

/// A side panel page built the first time it shows, or is asked for: the
/// window's first frame needs only the page in sight, and every page of a
/// tab widget is built and measured with it.
class LazyPage : public QWidget
{
    Q_OBJECT
public:
    using Builder = std::function<QWidget *(QWidget *parent)>;

    explicit LazyPage(Builder build, QWidget *parent = nullptr);

    /// The page's widget, built now if it was not yet.
    QWidget *content();
    bool isBuilt() const { return m_content; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    Builder m_build;
    QWidget *m_content = nullptr;
};

} // namespace Lectern
