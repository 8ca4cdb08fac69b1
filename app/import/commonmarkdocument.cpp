// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commonmarkdocument.h"

#include <QRegularExpression>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

namespace Lectern {

namespace {

// CMARK_OPT_UNSAFE keeps raw HTML: the HTML importer reads it without
// running or fetching anything.
constexpr int parseOptions = CMARK_OPT_UNSAFE | CMARK_OPT_FOOTNOTES;
constexpr const char *extensionNames[] = {"table", "strikethrough", "autolink", "tasklist"};

// The registry is a global list without a lock; importers run on workers.
void registerExtensionsOnce()
{
    static const bool registered = [] {
        cmark_gfm_core_extensions_ensure_registered();
        return true;
    }();
    Q_UNUSED(registered);
}

bool containsText(cmark_node_type type)
{
    return type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING;
}

// A footnote's "back to the text" arrow is navigation, not text; its number
// reads as "[1]" instead of running into the word before it.
QString withReadableFootnotes(QString html)
{
    html.replace(QLatin1StringView("class=\"footnote-backref\""), QLatin1StringView("class=\"footnote-backref\" hidden"));
    static const QRegularExpression reference(QStringLiteral("(<sup class=\"footnote-ref\"><a [^>]*>)([^<]*)(</a></sup>)"));
    html.replace(reference, QStringLiteral("\\1[\\2]\\3"));
    return html;
}

} // namespace

struct CommonMarkDocument::Tree
{
    cmark_parser *parser = nullptr;
    cmark_node *root = nullptr;

    ~Tree()
    {
        if (root)
            cmark_node_free(root);
        if (parser)
            cmark_parser_free(parser);
    }
};

CommonMarkDocument::CommonMarkDocument(QStringView markdown)
    : CommonMarkDocument(markdown.toUtf8())
{
}

CommonMarkDocument::CommonMarkDocument(QByteArray utf8)
    : m_tree(std::make_unique<Tree>())
{
    registerExtensionsOnce();
    m_tree->parser = cmark_parser_new(parseOptions);
    for (const char *name : extensionNames) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(m_tree->parser, extension);
    }
    cmark_parser_feed(m_tree->parser, utf8.constData(), size_t(utf8.size()));
    utf8 = QByteArray();
    m_tree->root = cmark_parser_finish(m_tree->parser);
}

CommonMarkDocument::~CommonMarkDocument() = default;

QString CommonMarkDocument::html() const
{
    return withReadableFootnotes(rendered(parseOptions));
}

QString CommonMarkDocument::safeHtml() const
{
    return withReadableFootnotes(rendered(CMARK_OPT_SAFE | CMARK_OPT_FOOTNOTES));
}

QString CommonMarkDocument::rendered(int options) const
{
    char *rendered = cmark_render_html(m_tree->root, options, cmark_parser_get_syntax_extensions(m_tree->parser));
    const QString html = QString::fromUtf8(rendered);
    cmark_get_default_mem_allocator()->free(rendered);
    return html;
}

QString CommonMarkDocument::firstTextLine() const
{
    cmark_iter *iter = cmark_iter_new(m_tree->root);
    QString text;
    QString line;
    for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(iter);
        const cmark_node_type type = cmark_node_get_type(node);
        if (event == CMARK_EVENT_ENTER && containsText(type)) {
            text.clear();
        } else if (event == CMARK_EVENT_ENTER && type == CMARK_NODE_IMAGE) {
            cmark_iter_reset(iter, node, CMARK_EVENT_EXIT);
        } else if (event == CMARK_EVENT_ENTER && (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE)) {
            text += QString::fromUtf8(cmark_node_get_literal(node));
        } else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) {
            text += QLatin1Char('\n');
        } else if (event == CMARK_EVENT_EXIT && containsText(type)) {
            line = text.trimmed().section(QLatin1Char('\n'), 0, 0).simplified();
            if (!line.isEmpty())
                break;
        }
    }
    cmark_iter_free(iter);
    return line;
}

} // namespace Lectern
