// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownexporter.h"

#include "lecternurl.h"

#include <QIODevice>

namespace Lectern {

namespace {
QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

/// Continuation lines of a list item are indented to stay inside it (blank lines stay blank).
QString indented(const QString &text, const QString &indent)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines[i].isEmpty())
            lines[i].prepend(indent);
    }
    return lines.join(QLatin1Char('\n'));
}

/// "#Economy/Jobs": Obsidian's tags take letters, digits, _, - and / for nesting.
QString obsidianTag(const QString &path)
{
    QString tag;
    for (const QChar c : path.simplified()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('/'))
            tag += c;
        else if (c.isSpace() || !tag.endsWith(QLatin1Char('-')))
            tag += QLatin1Char('-');
    }
    return QLatin1Char('#') + tag;
}
} // namespace

QString MarkdownExporter::yamlString(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1StringView("\\\"");
            break;
        case '\\':
            out += QLatin1StringView("\\\\");
            break;
        case '\n':
            out += QLatin1StringView("\\n");
            break;
        case '\t':
            out += QLatin1StringView("\\t");
            break;
        case '\r':
            out += QLatin1StringView("\\r");
            break;
        // Markup, escaped: a renderer that shows front matter as text must
        // not find a live tag in a tag's name.
        case '<':
            out += QLatin1StringView("\\x3c");
            break;
        case '>':
            out += QLatin1StringView("\\x3e");
            break;
        case '&':
            out += QLatin1StringView("\\x26");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString MarkdownExporter::escape(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_[]<>#|~");
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

void MarkdownExporter::frontMatter(const ExportData &data, QString &out) const
{
    out += QLatin1StringView("---\n");
    auto field = [&out](const char *name, const QString &value) {
        if (!value.isEmpty())
            out += QLatin1StringView(name) + QLatin1StringView(": ") + yamlString(value) + QLatin1Char('\n');
    };
    if (data.articles.size() == 1) {
        const Article &article = data.articles.first().article;
        field("title", article.title);
        field("byline", article.byline);
        field("site", article.site);
        field("source", article.source);
        field("published", article.published);
        field("lectern", LecternUrl {article.id, 0, {}}.toString());
    } else {
        field("title", tr("Lectern notes"));
        out += QStringLiteral("articles: %1\n").arg(data.articles.size());
    }
    field("exported", isoUtc(data.exported));
    const QList<ExportTag> tags = data.usedTags();
    if (tags.isEmpty()) {
        out += QLatin1StringView("tags: []\n");
    } else {
        out += QLatin1StringView("tags:\n");
        for (const ExportTag &tag : tags)
            out += QLatin1StringView("  - ") + yamlString(tag.path) + QLatin1Char('\n');
    }
    out += QLatin1StringView("---\n");
}

void MarkdownExporter::claim(const ExportData &data, const ExportArticle &article, const Claim &claim, QString &out) const
{
    out += QLatin1Char('\n');
    const QStringList lines = claim.anchor.exact.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        out += QLatin1StringView("> ") + escape(line) + QLatin1Char('\n');
    out += QLatin1Char('\n');
    out += QLatin1StringView("- ") + tr("stance: %1").arg(Claim::stanceKey(claim.stance)) + QLatin1Char('\n');
    out += QLatin1StringView("- ") + tr("kind: %1").arg(Claim::kindKey(claim.kind)) + QLatin1Char('\n');
    if (!claim.speaker.isEmpty())
        out += QLatin1StringView("- ") + tr("speaker: %1").arg(escape(claim.speaker)) + QLatin1Char('\n');
    if (claim.isOrphan())
        out += QLatin1StringView("- ") + tr("status: orphan (the passage is no longer in the text)") + QLatin1Char('\n');
    QStringList tags;
    for (const QString &path : data.tagPaths(claim))
        tags << obsidianTag(path);
    if (!tags.isEmpty())
        out += QLatin1StringView("- ") + tr("tags: %1").arg(tags.join(QLatin1Char(' '))) + QLatin1Char('\n');
    // The note is Markdown already: written as it is, indented into its list item.
    if (!claim.note.isEmpty())
        out += QLatin1StringView("- ") + tr("note: %1").arg(indented(claim.note, QStringLiteral("  "))) + QLatin1Char('\n');
    out += QLatin1StringView("- [") + tr("Open in Lectern") + QLatin1StringView("](") + LecternUrl{article.article.id, claim.id, claim.uid}.toString()
        + QLatin1StringView(")\n");
}

void MarkdownExporter::article(const ExportData &data, const ExportArticle &article, QString &out) const
{
    const Article &meta = article.article;
    out += QLatin1StringView("\n# ") + escape(meta.title.isEmpty() ? tr("Untitled") : meta.title) + QLatin1Char('\n');
    if (data.articles.size() > 1) {
        // With several articles the front matter describes the export; each
        // article's own metadata goes under its heading.
        out += QLatin1Char('\n');
        const std::pair<QString, QString> fields[] = {{tr("byline"), meta.byline},
                                                      {tr("site"), meta.site},
                                                      {tr("source"), meta.source},
                                                      {tr("published"), meta.published}};
        for (const auto &[label, value] : fields) {
            if (!value.isEmpty())
                out += QLatin1StringView("- ") + label + QLatin1StringView(": ") + escape(value) + QLatin1Char('\n');
        }
        out += QLatin1StringView("- lectern: <") + LecternUrl {meta.id, 0, {}}.toString() + QLatin1StringView(">\n");
    }
    if (article.claims.isEmpty()) {
        out += QLatin1Char('\n') + tr("No claims.") + QLatin1Char('\n');
        return;
    }
    // A claim with several tags is listed under each: a note app's reader
    // looking at one tag should see every claim that carries it.
    for (const ExportTag &tag : data.tags) {
        bool headed = false;
        for (const Claim &claim : article.claims) {
            if (!claim.tagIds.contains(tag.id))
                continue;
            if (!headed) {
                out += QLatin1StringView("\n## ") + escape(tag.path) + QLatin1Char('\n');
                headed = true;
            }
            this->claim(data, article, claim, out);
        }
    }
    bool headed = false;
    for (const Claim &claim : article.claims) {
        if (!data.tagPaths(claim).isEmpty())
            continue;
        if (!headed) {
            out += QLatin1StringView("\n## ") + tr("Untagged") + QLatin1Char('\n');
            headed = true;
        }
        this->claim(data, article, claim, out);
    }
}

QString MarkdownExporter::render(const ExportData &data, QString *error) const
{
    QString out;
    frontMatter(data, out);
    for (int i = 0; i < data.articles.size(); ++i) {
        article(data, data.articles.at(i), out);
        if (!advance(i + 1, int(data.articles.size()), error))
            return QString();
    }
    return out;
}

bool MarkdownExporter::write(const ExportData &data, QIODevice *device, QString *error) const
{
    const QString text = render(data, error);
    if (text.isNull())
        return false;
    return writeBytes(device, text.toUtf8(), error);
}

} // namespace Lectern
