// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlecodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Lectern::ArticleCodec {

namespace {
QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray parseArray(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).array();
}
} // namespace

QString encodeBlocks(const QList<Block> &blocks)
{
    QJsonArray array;
    qsizetype start = 0;
    for (const Block &block : blocks) {
        QJsonArray entry{int(block.kind), block.level, qint64(start), qint64(block.text.size())};
        if (!block.language.isEmpty())
            entry.append(block.language);
        array.append(entry);
        start += block.text.size() + 1;
    }
    return compact(array);
}

QList<Block> decodeBlocks(const QString &json, const QString &text)
{
    QList<Block> blocks;
    const QJsonArray array = parseArray(json);
    blocks.reserve(array.size());
    for (const QJsonValue &value : array) {
        const QJsonArray entry = value.toArray();
        Block block;
        block.kind = Block::Kind(qBound(0, entry.at(0).toInt(), int(Block::Kind::Table)));
        block.level = entry.at(1).toInt();
        block.text = text.mid(entry.at(2).toInteger(), entry.at(3).toInteger());
        block.language = entry.at(4).toString();
        blocks.append(block);
    }
    return blocks;
}

QString encodeRemoved(const QList<RemovedLine> &removed)
{
    QJsonArray array;
    for (const RemovedLine &line : removed)
        array.append(QJsonObject{{QStringLiteral("text"), line.text}, {QStringLiteral("reason"), line.reason}, {QStringLiteral("after"), line.afterBlock}});
    return compact(array);
}

QList<RemovedLine> decodeRemoved(const QString &json)
{
    QList<RemovedLine> removed;
    const QJsonArray array = parseArray(json);
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        removed.append({object.value(QLatin1StringView("text")).toString(),
                        object.value(QLatin1StringView("reason")).toString(),
                        object.value(QLatin1StringView("after")).toInt(-1)});
    }
    return removed;
}

QString encodeStrings(const QStringList &strings)
{
    return compact(QJsonArray::fromStringList(strings));
}

QStringList decodeStrings(const QString &json)
{
    QStringList strings;
    const QJsonArray array = parseArray(json);
    for (const QJsonValue &value : array)
        strings << value.toString();
    return strings;
}

} // namespace Lectern::ArticleCodec
