// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerevaluation.h"

#include "import/fileimporter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace Lectern {

namespace {

const QString ExpectedSuffix = QStringLiteral(".expected.json");
const QString ExpectedTextSuffix = QStringLiteral(".expected.txt");

bool readExpectedText(const QString &path, ReaderEvaluation::Expected *expected, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return false;
    }
    expected->text = QString::fromUtf8(file.readAll());
    expected->textOnly = true;
    return true;
}

bool readExpected(const QString &path, ReaderEvaluation::Expected *expected, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return false;
    }
    QJsonParseError parseError;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1: %2").arg(path, parseError.errorString());
        return false;
    }
    expected->title = object.value(QLatin1StringView("title")).toString();
    expected->byline = object.value(QLatin1StringView("byline")).toString();
    expected->published = object.value(QLatin1StringView("published")).toString();
    expected->site = object.value(QLatin1StringView("site")).toString();
    expected->text = object.value(QLatin1StringView("text")).toString();
    return true;
}

} // namespace

bool ReaderEvaluation::Page::titleRight() const
{
    return error.isEmpty() && !expected.textOnly && sameText(title, expected.title);
}

bool ReaderEvaluation::Page::bylineRight() const
{
    return error.isEmpty() && sameText(byline, expected.byline);
}

QStringList ReaderEvaluation::pageNames(const QString &folder)
{
    QStringList names;
    const QDir dir(folder);
    for (const QString &file : dir.entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name)) {
        const QString name = file.chopped(5);
        if (dir.exists(name + ExpectedSuffix) || dir.exists(name + ExpectedTextSuffix))
            names << name;
    }
    return names;
}

ReaderEvaluation::Page ReaderEvaluation::score(const QString &folder, const QString &name, int repeats)
{
    Page page;
    page.name = name;
    const QDir dir(folder);
    const bool read = dir.exists(name + ExpectedSuffix) ? readExpected(dir.filePath(name + ExpectedSuffix), &page.expected, &page.error)
                                                        : readExpectedText(dir.filePath(name + ExpectedTextSuffix), &page.expected, &page.error);
    if (!read)
        return page;
    // The page is read into memory first, so only the import is timed.
    QFile file(dir.filePath(name + QStringLiteral(".html")));
    if (!file.open(QIODevice::ReadOnly)) {
        page.error = file.errorString();
        return page;
    }
    const QByteArray data = file.readAll();
    const FileImporter importer;
    ImportResult result;
    for (int run = 0; run < std::max(1, repeats); ++run) {
        QElapsedTimer timer;
        timer.start();
        result = importer.importData(data, file.fileName());
        const qint64 elapsed = timer.nsecsElapsed();
        page.importNanoseconds = run == 0 ? elapsed : std::min(page.importNanoseconds, elapsed);
    }
    if (!result.ok()) {
        page.error = result.error;
        return page;
    }
    page.title = result.article.title;
    page.byline = result.article.byline;
    page.published = result.article.published;
    page.site = result.article.site;
    page.f1 = tokenF1(result.article.canonicalText(), page.expected.text);
    return page;
}

ReaderEvaluation::Totals ReaderEvaluation::totals(const QList<Page> &pages)
{
    Totals totals;
    totals.pages = int(pages.size());
    double sum = 0;
    qint64 nanoseconds = 0;
    for (const Page &page : pages) {
        sum += page.f1;
        nanoseconds += page.importNanoseconds;
        totals.below50 += page.f1 < 0.5;
        totals.below80 += page.f1 < 0.8;
        totals.titled += !page.expected.textOnly;
        totals.titlesRight += page.titleRight();
        if (!page.expected.byline.isEmpty()) {
            ++totals.bylines;
            totals.bylinesRight += page.bylineRight();
        }
    }
    totals.meanF1 = pages.isEmpty() ? 0 : sum / double(pages.size());
    totals.meanImportMilliseconds = pages.isEmpty() ? 0 : double(nanoseconds) / 1e6 / double(pages.size());
    return totals;
}

double ReaderEvaluation::tokenF1(const QString &text, const QString &reference)
{
    return f1(words(text), words(reference));
}

QStringList ReaderEvaluation::words(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}\\p{M}]+"));
    return text.toLower().split(separators, Qt::SkipEmptyParts);
}

double ReaderEvaluation::recall(const QStringList &text, const QStringList &reference)
{
    QHash<QString, int> have;
    for (const QString &word : text)
        ++have[word];
    qsizetype found = 0;
    for (const QString &word : reference) {
        if (int &count = have[word]; count > 0) {
            --count;
            ++found;
        }
    }
    return reference.isEmpty() ? 1.0 : double(found) / double(reference.size());
}

double ReaderEvaluation::f1(const QStringList &text, const QStringList &reference)
{
    const double r = recall(text, reference);
    const double p = recall(reference, text);
    return r + p > 0 ? 2 * r * p / (r + p) : 0.0;
}

bool ReaderEvaluation::sameText(const QString &a, const QString &b)
{
    return a.simplified() == b.simplified();
}

} // namespace Lectern
