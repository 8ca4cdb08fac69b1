// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchrow.h"

#include <QFile>
#include <QJsonDocument>

#include <cmath>

namespace {
bool isSet(double value)
{
    return !std::isnan(value);
}

QString number(double value)
{
    return QString::number(value, 'g', 4);
}

QJsonValue orNull(double value)
{
    return isSet(value) ? QJsonValue(value) : QJsonValue();
}

double fromJsonNumber(const QJsonValue &value)
{
    return value.isDouble() ? value.toDouble() : BenchRow::none;
}
} // namespace

BenchRow::BenchRow(const QString &section, const QString &name, double figure, const QString &unit, double reference, const QString &referenceName)
    : section(section)
    , name(name)
    , figure(figure)
    , unit(unit)
    , reference(reference)
    , referenceName(referenceName)
{
}

double BenchRow::ratio() const
{
    return isSet(reference) && reference != 0 ? figure / reference : none;
}

QString BenchRow::verdict() const
{
    if (!isSet(maxFigure) && !isSet(minFigure) && !isSet(maxRatio))
        return QStringLiteral("—");
    const bool pass = (!isSet(maxFigure) || figure <= maxFigure) && (!isSet(minFigure) || figure >= minFigure) && (!isSet(maxRatio) || ratio() <= maxRatio);
    return pass ? QStringLiteral("pass") : QStringLiteral("**miss**");
}

QString BenchRow::targetText() const
{
    QStringList parts;
    if (isSet(maxFigure))
        parts << QStringLiteral("≤ %1 %2").arg(number(maxFigure), unit);
    if (isSet(minFigure))
        parts << QStringLiteral("≥ %1 %2").arg(number(minFigure), unit);
    if (isSet(maxRatio))
        parts << QStringLiteral("≤ %1×").arg(number(maxRatio));
    return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral(", "));
}

QJsonObject BenchRow::toJson() const
{
    return {{QStringLiteral("section"), section},
            {QStringLiteral("name"), name},
            {QStringLiteral("figure"), orNull(figure)},
            {QStringLiteral("unit"), unit},
            {QStringLiteral("reference"), orNull(reference)},
            {QStringLiteral("reference_name"), referenceName},
            {QStringLiteral("ratio"), orNull(ratio())},
            {QStringLiteral("max_figure"), orNull(maxFigure)},
            {QStringLiteral("min_figure"), orNull(minFigure)},
            {QStringLiteral("max_ratio"), orNull(maxRatio)},
            {QStringLiteral("verdict"), verdict()}};
}

BenchRow BenchRow::fromJson(const QJsonObject &object)
{
    BenchRow row;
    row.section = object.value(QStringLiteral("section")).toString();
    row.name = object.value(QStringLiteral("name")).toString();
    row.figure = fromJsonNumber(object.value(QStringLiteral("figure")));
    row.unit = object.value(QStringLiteral("unit")).toString();
    row.reference = fromJsonNumber(object.value(QStringLiteral("reference")));
    row.referenceName = object.value(QStringLiteral("reference_name")).toString();
    row.maxFigure = fromJsonNumber(object.value(QStringLiteral("max_figure")));
    row.minFigure = fromJsonNumber(object.value(QStringLiteral("min_figure")));
    row.maxRatio = fromJsonNumber(object.value(QStringLiteral("max_ratio")));
    return row;
}

void BenchRow::record() const
{
    const QString path = qEnvironmentVariable("LECTERN_BENCH_ROWS");
    if (path.isEmpty())
        return;
    // Appending, not a QSaveFile: several programs add to one file in turn,
    // and the suite reads it once they have all finished.
    QFile file(path);
    if (!file.open(QIODevice::Append | QIODevice::Text))
        qFatal("cannot write bench rows to %s: %s", qPrintable(path), qPrintable(file.errorString()));
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Compact) + '\n');
}
