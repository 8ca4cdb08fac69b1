// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Reader-mode fixtures (issue #29): pages written for these tests, one or
// more per way reader mode goes wrong, in tests/data/html/extraction. Each
// NAME.html is imported and its text compared with NAME.expected.txt, and
// what was pruned (reason: text, one a line) with NAME.removed.txt.
//
// To regenerate the references after a deliberate change, run with
// LECTERN_REGENERATE_FIXTURES=1 and review the diff before committing.
#include "import/htmlimporter.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Lectern;
using namespace Qt::StringLiterals;

namespace {

const QString fixtureDir = QStringLiteral(LECTERN_TEST_DATA "/html/extraction/");

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return u"(missing %1)"_s.arg(path);
    return QString::fromUtf8(file.readAll()).trimmed();
}

void writeText(const QString &path, const QString &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        qFatal("cannot write %s", qPrintable(path));
    file.write(text.toUtf8() + '\n');
}

QString removedText(const Article &article)
{
    QStringList lines;
    for (const RemovedLine &line : article.removed)
        lines << line.reason + u": "_s + line.text;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class ReaderFixturesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fixture_data()
    {
        QTest::addColumn<QString>("base");
        const QStringList pages = QDir(fixtureDir).entryList({u"*.html"_s}, QDir::Files, QDir::Name);
        QVERIFY(!pages.isEmpty());
        for (const QString &page : pages) {
            const QString name = page.chopped(5);
            QTest::newRow(qPrintable(name)) << fixtureDir + name;
        }
    }
    void fixture()
    {
        QFETCH(QString, base);
        QFile file(base + u".html"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ImportResult result = HtmlImporter().parse(file.readAll(), base + u".html"_s);
        const QString text = result.ok() ? result.article.canonicalText() : u"error: "_s + result.error;
        const QString removed = removedText(result.article);
        if (qEnvironmentVariableIsSet("LECTERN_REGENERATE_FIXTURES")) {
            writeText(base + u".expected.txt"_s, text);
            writeText(base + u".removed.txt"_s, removed);
        }
        QCOMPARE(text.split(QLatin1Char('\n')), readText(base + u".expected.txt"_s).split(QLatin1Char('\n')));
        QCOMPARE(removed.split(QLatin1Char('\n')), readText(base + u".removed.txt"_s).split(QLatin1Char('\n')));
    }
};

QTEST_GUILESS_MAIN(ReaderFixturesTest)
#include "tst_readerfixtures.moc"
