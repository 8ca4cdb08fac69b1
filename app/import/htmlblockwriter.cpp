// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlblockwriter.h"

#include "htmlrules.h"
#include "htmltable.h"
#include "htmltree.h"

namespace Lectern {

namespace {

bool hasVisibleText(QByteArrayView utf8)
{
    for (const char c : utf8) {
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            return true;
    }
    return false;
}

} // namespace

HtmlBlockWriter::HtmlBlockWriter(Options options)
    : m_options(std::move(options))
{
    m_contexts.push_back({});
}

void HtmlBlockWriter::write(const GumboNode *root)
{
    HtmlTree::walk(root, *this);
    flush();
}

bool HtmlBlockWriter::enter(const GumboNode *element)
{
    const GumboTag tag = HtmlTree::tag(element);
    if (m_options.renderedMarkup && m_preDepth == 0 && writeMarkupText(tag, element))
        return false;
    if (isLeftOut(element))
        return false;
    // Inline SVG (a fixed-layout e-book's pages): each <text> is a line.
    if (tag == GUMBO_TAG_SVG)
        ++m_svgDepth;
    if (m_svgDepth > 0) {
        m_text.appendSpace();
        return true;
    }
    if (tag == GUMBO_TAG_BR) {
        lineBreak();
        return false;
    }
    if (m_preDepth > 0) {
        // Inside <pre> everything is code text; <code class="language-x"> names it.
        if (tag == GUMBO_TAG_CODE && m_codeLanguage.isEmpty())
            m_codeLanguage = HtmlRules::codeLanguage(element);
        if (tag == GUMBO_TAG_PRE)
            ++m_preDepth;
        return true;
    }
    if (tag == GUMBO_TAG_TABLE && writeDataTable(element))
        return false;
    if (HtmlRules::isBlock(tag))
        enterBlock(tag, element);
    else if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH)
        m_text.appendSpace();
    return true;
}

// A table of data (cells of inline text, no table inside) becomes one table
// block; a table used for layout is read as the blocks it holds.
bool HtmlBlockWriter::writeDataTable(const GumboNode *table)
{
    const std::optional<HtmlTable> data = HtmlTable::read(table);
    if (!data)
        return false;
    flush();
    if (!data->caption.isEmpty())
        m_blocks.append(Block::paragraph(data->caption));
    if (!data->rows.isEmpty())
        m_blocks.append(Block::table(data->rows.join(QLatin1Char('\n')), data->headerRows));
    return true;
}

// True when element was written here (an image, a task list's box).
bool HtmlBlockWriter::writeMarkupText(GumboTag tag, const GumboNode *element)
{
    if (tag == GUMBO_TAG_IMG) {
        const QString alt = QString::fromUtf8(HtmlTree::attribute(element, "alt"));
        if (!alt.trimmed().isEmpty()) {
            m_text.append(alt);
            m_afterBreak = false;
        }
        return true;
    }
    if (tag == GUMBO_TAG_INPUT && HtmlTree::attribute(element, "type").compare("checkbox", Qt::CaseInsensitive) == 0) {
        m_text.append(HtmlTree::hasAttribute(element, "checked") ? u"\u2611 " : u"\u2610 ");
        return true;
    }
    return false;
}

void HtmlBlockWriter::leave(const GumboNode *element)
{
    const GumboTag tag = HtmlTree::tag(element);
    if (m_svgDepth > 0) {
        m_text.appendSpace();
        if (tag == GUMBO_TAG_SVG)
            --m_svgDepth;
        return;
    }
    if (m_preDepth > 0) {
        if (tag == GUMBO_TAG_PRE && m_preDepth == 1) {
            flush();
            m_codeLanguage.clear();
        }
        if (tag == GUMBO_TAG_PRE)
            --m_preDepth;
        return;
    }
    if (HtmlRules::isBlock(tag))
        leaveBlock(tag);
    else if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH)
        m_text.appendSpace();
}

void HtmlBlockWriter::text(const GumboNode *node)
{
    const QByteArrayView text = HtmlTree::text(node);
    if (m_preDepth > 0) {
        m_text.appendRaw(text);
        return;
    }
    m_text.append(text);
    if (hasVisibleText(text))
        m_afterBreak = false;
}

bool HtmlBlockWriter::isLeftOut(const GumboNode *element)
{
    if (element == m_options.skip)
        return true;
    // A chapter's <nav> is its table of contents, not its text. Highlighted
    // code marks its comments with class="comment": inside <pre> only what is
    // never text goes.
    if (!m_options.readerView && (HtmlTree::isElement(element, GUMBO_TAG_SVG) || HtmlTree::isElement(element, GUMBO_TAG_OBJECT)))
        return HtmlRules::isHidden(element); // a book's inline SVG pages and <object> fallbacks are its text
    if (!m_options.readerView || m_preDepth > 0) {
        return HtmlRules::isNeverText(element) || HtmlRules::isHidden(element)
            || (m_preDepth == 0 && HtmlTree::isElement(element, GUMBO_TAG_NAV));
    }
    if (!HtmlReadability::isExcluded(element, m_options.strictness, m_options.textHolders)) {
        const auto outside = m_options.outside.constFind(element);
        if (outside == m_options.outside.cend())
            return false;
        keepRemoved(element, *outside);
        return true;
    }
    QString reason = HtmlRules::pageChrome(element);
    if (reason.isEmpty())
        reason = HtmlRules::unlikelyHint(element, m_options.strictness == HtmlReadability::Strictness::Lenient);
    if (!reason.isEmpty() && !HtmlRules::isNeverText(element) && !HtmlRules::isHidden(element))
        keepRemoved(element, reason);
    return true;
}

// Furniture found inside the article may be a misjudgement: keep its text
// where the reader can see and restore it.
void HtmlBlockWriter::keepRemoved(const GumboNode *element, const QString &reason)
{
    if (HtmlRules::isBlock(HtmlTree::tag(element)))
        flush();
    const QString text = HtmlTextBuilder::textOf(element);
    if (!text.isEmpty())
        m_removed.append({text, reason, int(m_blocks.size()) - 1});
}

void HtmlBlockWriter::enterBlock(GumboTag tag, const GumboNode *element)
{
    flush();
    if (const int level = HtmlRules::headingLevel(tag)) {
        m_contexts.push_back({Block::Kind::Heading, level});
    } else if (tag == GUMBO_TAG_LI) {
        m_contexts.push_back({Block::Kind::ListItem, std::max(0, m_listDepth - 1)});
    } else if (tag == GUMBO_TAG_BLOCKQUOTE) {
        m_contexts.push_back({Block::Kind::Quote, m_quoteDepth++}); // nesting depth, as for list items
    } else if (tag == GUMBO_TAG_PRE) {
        ++m_preDepth;
        m_codeLanguage = HtmlRules::codeLanguage(element);
    } else if (HtmlRules::isList(tag)) {
        ++m_listDepth;
    }
}

void HtmlBlockWriter::leaveBlock(GumboTag tag)
{
    flush();
    if (tag == GUMBO_TAG_BLOCKQUOTE)
        --m_quoteDepth;
    if (HtmlRules::headingLevel(tag) || tag == GUMBO_TAG_LI || tag == GUMBO_TAG_BLOCKQUOTE) {
        if (m_contexts.size() > 1)
            m_contexts.pop_back();
    } else if (HtmlRules::isList(tag)) {
        --m_listDepth;
    }
}

// One <br> is a line break inside a paragraph, which the canonical text
// writes as a space; two in a row is how older pages separate paragraphs.
void HtmlBlockWriter::lineBreak()
{
    if (m_preDepth > 0) {
        m_text.appendRaw(u"\n");
        return;
    }
    if (m_afterBreak)
        flush();
    else
        m_text.appendSpace();
    m_afterBreak = true;
}

void HtmlBlockWriter::flush()
{
    m_afterBreak = false;
    if (m_preDepth > 0) {
        const QString code = m_text.takeRaw();
        if (!code.isEmpty())
            m_blocks.append(Block::code(code, m_codeLanguage));
        return;
    }
    const QString text = m_text.take();
    if (text.isEmpty())
        return;
    const Context &context = m_contexts.back();
    if (context.kind == Block::Kind::Heading && context.level == 1 && m_options.readerView && !m_titleSkipped
        && text.compare(m_options.title, Qt::CaseInsensitive) == 0) {
        m_titleSkipped = true;
        return;
    }
    m_blocks.append({context.kind, context.level, text, {}});
}

} // namespace Lectern
