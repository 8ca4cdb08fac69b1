// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlecommands.h"

#include "clicontext.h"
#include "indexing/articletrash.h"
#include "store/database.h"
#include "indexing/librarystore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace Lectern {

namespace {
const QStringList detailOptions {
    QStringLiteral("title"), QStringLiteral("byline"), QStringLiteral("site"), QStringLiteral("published"), QStringLiteral("url"), QStringLiteral("topics")};

/// A year, a month, a day or a moment in ISO 8601: what imports store.
bool isIsoDate(const QString &text)
{
    static const QStringList formats {QStringLiteral("yyyy"), QStringLiteral("yyyy-MM"), QStringLiteral("yyyy-MM-dd")};
    for (const QString &format : formats) {
        if (QDate::fromString(text, format).isValid())
            return true;
    }
    return QDateTime::fromString(text, Qt::ISODate).isValid();
}
} // namespace

ArticleCommands::ArticleCommands(CliContext &context, const QCommandLineParser &parser)
    : m_context(context)
    , m_parser(parser)
{
}

QList<qint64> ArticleCommands::articleIds(const QString &command, const QStringList &arguments, int *code)
{
    *code = CliContext::Success;
    if (arguments.isEmpty()) {
        *code = m_context.usage(tr("%1 needs at least one article id").arg(command));
        return {};
    }
    QList<qint64> ids;
    for (const QString &argument : arguments) {
        bool ok = false;
        const qint64 id = argument.toLongLong(&ok);
        if (!ok || id <= 0) {
            *code = m_context.usage(tr("'%1' is not an article id").arg(argument));
            return {};
        }
        ids << id;
    }
    return ids;
}

int ArticleCommands::moveToTrash(const QStringList &arguments)
{
    return move(QStringLiteral("delete"), arguments, true);
}

int ArticleCommands::restore(const QStringList &arguments)
{
    return move(QStringLiteral("restore"), arguments, false);
}

int ArticleCommands::move(const QString &command, const QStringList &arguments, bool toTrash)
{
    int code = 0;
    const QList<qint64> ids = articleIds(command, arguments, &code);
    if (code != CliContext::Success)
        return code;
    Database *database = m_context.database();
    if (!database)
        return CliContext::ItemFailed;
    ArticleTrash trash(*database);
    QString error;
    if (!(toTrash ? trash.moveToTrash(ids, &error) : trash.restore(ids, &error)))
        return m_context.failed(error);
    for (qint64 id : ids) {
        m_context.out() << (toTrash ? tr("article %1 moved to the Trash; `lectern restore %1` brings it back").arg(id) : tr("article %1 restored").arg(id))
                        << '\n';
    }
    return CliContext::Success;
}

int ArticleCommands::trash(const QString &action, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return m_context.usage(tr("trash takes no arguments"));
    Database *database = m_context.database();
    if (!database)
        return CliContext::ItemFailed;
    ArticleTrash trash(*database);
    if (action == QLatin1StringView("empty")) {
        QString error;
        const int deleted = trash.empty(&error);
        if (deleted < 0)
            return m_context.failed(error);
        m_context.out() << tr("%n article(s) deleted for good", nullptr, deleted) << '\n';
        return CliContext::Success;
    }
    const QList<ArticleTrash::Entry> entries = trash.contents();
    if (m_parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ArticleTrash::Entry &entry : entries)
            array.append(QJsonObject {{QStringLiteral("id"), entry.id}, {QStringLiteral("title"), entry.title}, {QStringLiteral("trashed"), entry.trashed},
                {QStringLiteral("claims"), entry.claims}});
        m_context.printJson(array);
        return CliContext::Success;
    }
    for (const ArticleTrash::Entry &entry : entries)
        m_context.out() << entry.id << '\t' << entry.trashed << '\t' << entry.claims << '\t' << CliContext::field(entry.title) << '\n';
    return CliContext::Success;
}

int ArticleCommands::edit(const QStringList &arguments)
{
    bool ok = false;
    const qint64 id = arguments.size() == 1 ? arguments.first().toLongLong(&ok) : 0;
    if (!ok || id <= 0)
        return m_context.usage(tr("edit needs exactly one article id"));
    bool changes = false;
    for (const QString &option : detailOptions)
        changes = changes || m_parser.isSet(option);
    if (!changes)
        return m_context.usage(tr("edit needs at least one of --%1").arg(detailOptions.join(QStringLiteral(", --"))));
    const QString published = m_parser.value(QStringLiteral("published"));
    if (!published.isEmpty() && !isIsoDate(published))
        return m_context.usage(tr("--published needs an ISO 8601 date such as 2026-03-02, not '%1'").arg(published));
    Database *database = m_context.database();
    if (!database)
        return CliContext::ItemFailed;
    LibraryStore store(*database);
    const std::optional<Article> article = store.article(id);
    if (!article)
        return m_context.failed(tr("there is no article %1").arg(id));
    ArticleDetails details = ArticleDetails::of(*article);
    const auto take = [this](const char *option, QString *field) {
        if (m_parser.isSet(QLatin1StringView(option)))
            *field = m_parser.value(QLatin1StringView(option)).trimmed();
    };
    take("title", &details.title);
    take("byline", &details.byline);
    take("site", &details.site);
    take("published", &details.published);
    take("url", &details.address);
    if (m_parser.isSet(QStringLiteral("topics"))) {
        details.topics.clear();
        for (const QString &topic : m_parser.value(QStringLiteral("topics")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!topic.trimmed().isEmpty())
                details.topics << topic.trimmed();
        }
    }
    QString error;
    if (!store.editDetails(id, details, &error))
        return m_context.failed(tr("article %1: %2").arg(id).arg(error));
    m_context.out() << tr("article %1 “%2” edited").arg(id).arg(details.title.trimmed()) << '\n';
    return CliContext::Success;
}

} // namespace Lectern
