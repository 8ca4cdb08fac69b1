// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <gumbo.h>

#include <algorithm>

#include <vector>

namespace Lectern {

/// An HTML document parsed by gumbo, owned for its lifetime, with the few
/// node helpers the HTML importer needs. Nothing here recurses: pages can be
/// nested far deeper than the stack allows.
class HtmlTree
{
public:
    /// Parses UTF-8 HTML. The bytes are kept: gumbo points into them.
    explicit HtmlTree(const QByteArray &utf8);
    ~HtmlTree();
    HtmlTree(const HtmlTree &) = delete;
    HtmlTree &operator=(const HtmlTree &) = delete;

    const GumboNode *html() const;
    /// The first child element of <html> with this tag, or nullptr.
    const GumboNode *section(GumboTag tag) const;

    /// The deepest element nesting the parser would build, estimated from the
    /// tags alone, in one linear pass; stops counting once past limit. Used to
    /// refuse pathological input before gumbo, whose tree building is
    /// quadratic in the depth of the open-element stack.
    /// elements, when given, is set to the number of opening tags seen.
    static int estimatedDepth(QByteArrayView utf8, int limit, qint64 *elements = nullptr);
    /// How many elements a page of this size may hold: gumbo's tree costs
    /// some 250 bytes an element, so a page of tiny elements would take 30
    /// times its size. A floor keeps every page under 16 MB readable whatever
    /// its markup.
    static qint64 elementBudget(qint64 utf8Size) { return std::max<qint64>(250'000, utf8Size / 64); }

    /// XHTML writes empty elements as "<a id='p12'/>", which an HTML parser
    /// reads as an open <a> (and "<title/>" as a title swallowing the page):
    /// spells them out as "<a id='p12'></a>". Void elements stay. Linear.
    static QString expandSelfClosingTags(const QString &xhtml);

    static bool isElement(const GumboNode *node);
    static bool isElement(const GumboNode *node, GumboTag tag);
    static GumboTag tag(const GumboNode *node);
    /// The attribute's value (decoded), or a null view when absent.
    static QByteArrayView attribute(const GumboNode *node, const char *name);
    static bool hasAttribute(const GumboNode *node, const char *name);
    static QByteArrayView text(const GumboNode *textNode);

    /// Depth-first, document-order walk over root's subtree with an explicit
    /// stack. Visitor provides:
    ///   bool enter(const GumboNode *element)  -- false skips the subtree
    ///   void leave(const GumboNode *element)  -- after the children of an
    ///                                            element entered with true
    ///   void text(const GumboNode *textNode)  -- text, whitespace and CDATA
    /// Comments and <template> contents are never visited.
    template<typename Visitor>
    static void walk(const GumboNode *root, Visitor &visitor);

private:
    QByteArray m_utf8;
    GumboOutput *m_output = nullptr;
};

template<typename Visitor>
void HtmlTree::walk(const GumboNode *root, Visitor &visitor)
{
    struct Frame
    {
        const GumboNode *node;
        unsigned int next;
    };
    std::vector<Frame> stack;
    auto visit = [&](const GumboNode *node) {
        switch (node->type) {
        case GUMBO_NODE_ELEMENT:
            if (visitor.enter(node))
                stack.push_back({node, 0});
            break;
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            visitor.text(node);
            break;
        default:
            break;
        }
    };
    if (root)
        visit(root);
    while (!stack.empty()) {
        const GumboVector &children = stack.back().node->v.element.children;
        if (stack.back().next < children.length) {
            const auto *child = static_cast<const GumboNode *>(children.data[stack.back().next++]);
            visit(child);
        } else {
            const GumboNode *done = stack.back().node;
            stack.pop_back();
            visitor.leave(done);
        }
    }
}

} // namespace Lectern
