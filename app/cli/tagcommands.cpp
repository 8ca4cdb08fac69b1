// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagcommands.h"

#include "annotation/taxonomy.h"
#include "claimjson.h"
#include "clicontext.h"
#include "store/tagstore.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace Lectern {

TagCommands::TagCommands(CliContext &context, const QCommandLineParser &parser)
    : m_context(context)
    , m_parser(parser)
{
}

std::optional<qint64> TagCommands::find(CliContext &context, const Taxonomy &taxonomy, const QString &name)
{
    if (const std::optional<qint64> tagId = taxonomy.findByPath(name))
        return tagId;
    // findByPath refuses a name several tags share; say which paths would do.
    QStringList paths;
    for (const Tag &tag : taxonomy.tags()) {
        if (tag.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            paths << taxonomy.path(tag.id);
    }
    if (paths.size() > 1)
        context.failed(tr("the tag name '%1' is ambiguous: give its path (%2)").arg(name, paths.join(QStringLiteral(", "))));
    else
        context.failed(tr("there is no tag '%1'").arg(name));
    return std::nullopt;
}

int TagCommands::checkName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return m_context.usage(tr("a tag needs a name"));
    // Paths are names joined by '/': a name containing one could not be found again.
    if (name.contains(QLatin1Char('/')))
        return m_context.usage(tr("a tag name cannot contain '/' ('%1'); nest tags with --parent").arg(name));
    return CliContext::Success;
}

int TagCommands::run(const QString &action, const QStringList &arguments)
{
    struct Shape {
        const char *action;
        qsizetype arguments;
        const char *synopsis;
    };
    static const Shape shapes[] = {{"", 0, ""}, {"add", 1, "NAME"}, {"rename", 2, "TAG NEWNAME"}, {"merge", 2, "FROM INTO"}, {"delete", 1, "TAG"}};
    for (const Shape &shape : shapes) {
        if (action == QLatin1StringView(shape.action) && arguments.size() != shape.arguments) {
            return shape.arguments == 0 ? m_context.usage(tr("tags takes no arguments"))
                                        : m_context.usage(tr("tags %1 needs %2").arg(action, QLatin1StringView(shape.synopsis)));
        }
    }
    if (action == QLatin1StringView("add") || action == QLatin1StringView("rename")) {
        if (const int code = checkName(arguments.last()))
            return code;
    }
    if (m_parser.isSet(QStringLiteral("color"))) {
        static const QRegularExpression hexColor(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
        if (!hexColor.match(m_parser.value(QStringLiteral("color"))).hasMatch())
            return m_context.usage(tr("--color needs a colour as #RRGGBB, not '%1'").arg(m_parser.value(QStringLiteral("color"))));
    }

    Database *database = m_context.database();
    if (!database)
        return CliContext::ItemFailed;
    Taxonomy taxonomy(*database);
    if (action == QLatin1StringView("add"))
        return add(taxonomy, arguments.at(0));
    if (action == QLatin1StringView("rename"))
        return rename(taxonomy, arguments.at(0), arguments.at(1));
    if (action == QLatin1StringView("merge"))
        return merge(taxonomy, arguments.at(0), arguments.at(1));
    if (action == QLatin1StringView("delete"))
        return remove(taxonomy, arguments.at(0));
    return list(taxonomy);
}

void TagCommands::printTree(const Taxonomy &taxonomy, qint64 parentId, int depth)
{
    for (qint64 tagId : taxonomy.childrenOf(parentId)) {
        const Tag tag = taxonomy.tag(tagId).value_or(Tag());
        m_context.out() << QString(depth * 2, QLatin1Char(' ')) << CliContext::field(tag.name) << "  " << taxonomy.color(tagId).name() << "  "
                        << tr("%n claim(s)", nullptr, taxonomy.claimCount(tagId));
        if (!tag.description.isEmpty())
            m_context.out() << QStringLiteral("  \u2014 ") << CliContext::field(tag.description);
        m_context.out() << '\n';
        printTree(taxonomy, tagId, depth + 1);
    }
}

int TagCommands::list(const Taxonomy &taxonomy)
{
    if (m_parser.isSet(QStringLiteral("json")))
        m_context.printJson(ClaimJson::tagTree(taxonomy));
    else
        printTree(taxonomy, 0, 0);
    return CliContext::Success;
}

int TagCommands::add(Taxonomy &taxonomy, const QString &name)
{
    qint64 parentId = 0;
    if (m_parser.isSet(QStringLiteral("parent"))) {
        const std::optional<qint64> parent = find(m_context, taxonomy, m_parser.value(QStringLiteral("parent")));
        if (!parent)
            return CliContext::ItemFailed;
        parentId = *parent;
    }
    // No --color: Taxonomy picks one no other tag uses, as the window does.
    const QColor color = m_parser.isSet(QStringLiteral("color")) ? QColor::fromString(m_parser.value(QStringLiteral("color"))) : QColor();
    QString error;
    const std::optional<qint64> tagId = taxonomy.addTag(name.trimmed(), parentId, color, m_parser.value(QStringLiteral("description")), &error);
    if (!tagId)
        return m_context.failed(tr("could not add tag '%1': %2").arg(name, error));
    if (m_parser.isSet(QStringLiteral("json")))
        m_context.printJson(ClaimJson::tag(*tagId, taxonomy));
    else
        m_context.out() << tr("added tag %1 \u201C%2\u201D").arg(*tagId).arg(taxonomy.path(*tagId)) << '\n';
    return CliContext::Success;
}

int TagCommands::rename(Taxonomy &taxonomy, const QString &from, const QString &to)
{
    const std::optional<qint64> tagId = find(m_context, taxonomy, from);
    if (!tagId)
        return CliContext::ItemFailed;
    const QString before = taxonomy.path(*tagId);
    QString error;
    if (!taxonomy.renameTag(*tagId, to.trimmed(), &error))
        return m_context.failed(tr("could not rename tag '%1': %2").arg(from, error));
    m_context.out() << tr("renamed tag \u201C%1\u201D to \u201C%2\u201D").arg(before, taxonomy.path(*tagId)) << '\n';
    return CliContext::Success;
}

int TagCommands::merge(Taxonomy &taxonomy, const QString &from, const QString &into)
{
    const std::optional<qint64> fromId = find(m_context, taxonomy, from);
    if (!fromId)
        return CliContext::ItemFailed;
    const std::optional<qint64> intoId = find(m_context, taxonomy, into);
    if (!intoId)
        return CliContext::ItemFailed;
    const QString fromPath = taxonomy.path(*fromId);
    const QString intoPath = taxonomy.path(*intoId);
    if (*fromId == *intoId)
        return m_context.failed(tr("cannot merge tag '%1' into itself").arg(fromPath));
    const int claims = taxonomy.claimCount(*fromId);
    QString error;
    if (!taxonomy.mergeTags(*fromId, *intoId, &error))
        return m_context.failed(tr("cannot merge tag '%1' into '%2': %3").arg(fromPath, intoPath, error));
    m_context.out() << tr("merged tag \u201C%1\u201D into \u201C%2\u201D: %n claim(s) moved", nullptr, claims).arg(fromPath, intoPath) << '\n';
    return CliContext::Success;
}

int TagCommands::remove(Taxonomy &taxonomy, const QString &name)
{
    const std::optional<qint64> tagId = find(m_context, taxonomy, name);
    if (!tagId)
        return CliContext::ItemFailed;
    const QString path = taxonomy.path(*tagId);
    const int claims = taxonomy.claimCount(*tagId);
    const int nested = int(TagStore(*m_context.database()).withDescendants(*tagId).size()) - 1;
    // Claims lose the tag for good: ask for --yes rather than guess.
    if (claims > 0 && !m_parser.isSet(QStringLiteral("yes"))) {
        const QString refusal = tr("tag '%1' is on %n claim(s) (tags nested under it included); nothing was deleted: "
                                   "run again with --yes to delete it",
                                   nullptr,
                                   claims);
        return m_context.failed(refusal.arg(path));
    }
    QString error;
    if (!taxonomy.removeTag(*tagId, &error))
        return m_context.failed(tr("could not delete tag '%1': %2").arg(path, error));
    m_context.out() << tr("deleted tag \u201C%1\u201D: %n claim(s) affected", nullptr, claims).arg(path) << '\n';
    if (nested > 0)
        m_context.out() << tr("deleted with it: %n tag(s) nested under it", nullptr, nested) << '\n';
    return CliContext::Success;
}

} // namespace Lectern
