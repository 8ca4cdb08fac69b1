// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltextbuilder.h"

#include "htmlrules.h"
#include "htmltree.h"

namespace Lectern {

void HtmlTextBuilder::append(QByteArrayView utf8)
{
    append(QStringView(QString::fromUtf8(utf8)));
}

void HtmlTextBuilder::append(QStringView text)
{
    // QChar::isSpace also takes U+00A0: the canonical text is for reading and
    // for matching quotes, where a non-breaking space is just a space.
    for (const QChar c : text) {
        if (c.isSpace()) {
            m_pendingSpace = true;
            continue;
        }
        if (m_pendingSpace && !m_text.isEmpty())
            m_text += QLatin1Char(' ');
        m_pendingSpace = false;
        m_text += c;
    }
}

void HtmlTextBuilder::appendSpace()
{
    m_pendingSpace = true;
}

void HtmlTextBuilder::appendRaw(QByteArrayView utf8)
{
    m_text += QString::fromUtf8(utf8);
}

void HtmlTextBuilder::appendRaw(QStringView text)
{
    m_text += text;
}

QString HtmlTextBuilder::take()
{
    QString text = std::move(m_text);
    m_text.clear();
    m_pendingSpace = false;
    return text;
}

QString HtmlTextBuilder::takeRaw()
{
    QString text = take();
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    // Drop whole blank lines at the start but keep the first line's indentation.
    qsizetype start = 0;
    for (qsizetype i = 0; i < end; ++i) {
        if (text.at(i) == QLatin1Char('\n'))
            start = i + 1;
        else if (!text.at(i).isSpace())
            break;
    }
    return text.sliced(start, end - start);
}

QString HtmlTextBuilder::collapsed(QStringView text)
{
    HtmlTextBuilder builder;
    builder.append(text);
    return builder.take();
}

QString HtmlTextBuilder::textOf(const GumboNode *element)
{
    struct Collector
    {
        HtmlTextBuilder builder;
        bool enter(const GumboNode *node)
        {
            if (HtmlRules::isNeverText(node) || HtmlRules::isHidden(node))
                return false;
            // Keeps "a<br>b", "<p>a</p><p>b</p>" and table cells from running
            // words together.
            const GumboTag tag = HtmlTree::tag(node);
            if (tag == GUMBO_TAG_BR || tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH || HtmlRules::isBlock(tag))
                builder.appendSpace();
            return true;
        }
        void leave(const GumboNode *node)
        {
            if (HtmlRules::isBlock(HtmlTree::tag(node)))
                builder.appendSpace();
        }
        void text(const GumboNode *node) { builder.append(HtmlTree::text(node)); }
    } collector;
    HtmlTree::walk(element, collector);
    return collector.builder.take();
}

} // namespace Lectern
