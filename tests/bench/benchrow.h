// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <limits>

/// One line of the suite's table: a figure beside the reference measured in
/// the same run, and the target for it. Each benchmark program
/// records its rows; lectern-bench-suite gathers them into one table.
struct BenchRow {
    static constexpr double none = std::numeric_limits<double>::quiet_NaN();

    BenchRow() = default;
    BenchRow(const QString &section, const QString &name, double figure, const QString &unit, double reference = none, const QString &referenceName = {});

    QString section; ///< e.g. "Search"
    QString name; ///< what was measured, e.g. "p95 at 100k articles"
    double figure = none;
    QString unit;
    double reference = none; ///< same unit as figure
    QString referenceName;
    double maxFigure = none; ///< targets; NaN where the issue sets none
    double minFigure = none;
    double maxRatio = none;

    double ratio() const;
    /// "pass", "miss" or "—" when there is no target.
    QString verdict() const;
    QString targetText() const;

    QJsonObject toJson() const;
    static BenchRow fromJson(const QJsonObject &object);

    /// Appends the row as one JSON line to the file named by
    /// $LECTERN_BENCH_ROWS, when set (the suite sets it).
    void record() const;
};
