// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sidetabbar.h"

#include <QRegularExpression>
#include <QStyleOptionTab>
#include <QStylePainter>

namespace Lectern {

namespace {
constexpr int padding = 8;

bool isCjk(QChar::Script script)
{
    return script == QChar::Script_Han || script == QChar::Script_Hiragana || script == QChar::Script_Katakana || script == QChar::Script_Hangul
        || script == QChar::Script_Bopomofo;
}
// The accelerator "(&S)" that Japanese labels carry is not written on the tab.
QString withoutAccelerator(QString label)
{
    static const QRegularExpression accelerator(QStringLiteral("\\(&.\\)"));
    return label.remove(accelerator).remove(QLatin1Char('&'));
}
} // namespace

SideTabBar::SideTabBar(QWidget *parent)
    : QTabBar(parent)
{
}

bool SideTabBar::isUprightLabel(const QString &label)
{
    bool anyLetter = false;
    for (const QChar c : withoutAccelerator(label)) {
        if (!c.isLetter())
            continue;
        anyLetter = true;
        if (!isCjk(c.script()))
            return false;
    }
    return anyLetter;
}

QString SideTabBar::plainText(int index) const
{
    return withoutAccelerator(tabText(index));
}

QSize SideTabBar::tabSizeHint(int index) const
{
    if (!allUpright())
        return QTabBar::tabSizeHint(index);
    const QString text = plainText(index);
    const QFontMetrics metrics = fontMetrics();
    int height = 0;
    int width = 0;
    for (const QChar c : text) {
        height += metrics.height();
        width = std::max(width, metrics.horizontalAdvance(c));
    }
    return {width + 2 * padding, height + 2 * padding};
}

bool SideTabBar::allUpright() const
{
    for (int index = 0; index < count(); ++index) {
        if (!isUprightLabel(plainText(index)))
            return false;
    }
    return count() > 0;
}

void SideTabBar::paintEvent(QPaintEvent *event)
{
    // A bar in one language: either every label is upright or none is.
    if (!allUpright()) {
        QTabBar::paintEvent(event);
        return;
    }
    QStylePainter painter(this);
    const QFontMetrics metrics = fontMetrics();
    for (int index = 0; index < count(); ++index) {
        QStyleOptionTab option;
        initStyleOption(&option, index);
        painter.drawControl(QStyle::CE_TabBarTabShape, option);
        painter.setPen(option.palette.color(isTabEnabled(index) ? QPalette::Active : QPalette::Disabled, QPalette::WindowText));
        int top = option.rect.top() + padding;
        for (const QChar c : plainText(index)) {
            painter.drawText(QRect(option.rect.left(), top, option.rect.width(), metrics.height()), Qt::AlignCenter, QString(c));
            top += metrics.height();
        }
        if (option.state & QStyle::State_HasFocus) {
            QStyleOptionFocusRect focus;
            focus.QStyleOption::operator=(option);
            focus.rect = option.rect.adjusted(3, 3, -3, -3);
            painter.drawPrimitive(QStyle::PE_FrameFocusRect, focus);
        }
    }
}

} // namespace Lectern
