// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/fileimporter.h"
#include "import/htmltree.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Lectern;
using namespace Qt::StringLiterals;

namespace {
// Peak memory of one import, measured in a child process so that earlier
// imports' peaks do not count: the child's peak resident size in bytes, or
// -1. refusal is set to the import's error, "" when it imported.
qint64 peakOfImport(const QString &path, QString *refusal)
{
    int channel[2];
    if (pipe(channel) != 0)
        return -1;
    const pid_t child = fork();
    if (child == 0) {
        const QByteArray error = FileImporter().importFile(path).error.toUtf8();
        const bool written = write(channel[1], error.constData(), size_t(error.size())) == error.size();
        _exit(written ? 0 : 1);
    }
    close(channel[1]);
    QByteArray error;
    char buffer[4096];
    for (ssize_t got; (got = read(channel[0], buffer, sizeof buffer)) > 0;)
        error.append(buffer, got);
    close(channel[0]);
    int status = 0;
    rusage usage {};
    if (child < 0 || wait4(child, &status, 0, &usage) != child || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return -1;
    *refusal = QString::fromUtf8(error);
    return qint64(usage.ru_maxrss) * 1024;
}

// AddressSanitizer pads every allocation and holds freed memory back for a
// while; its documentation puts the cost at about three times the memory.
#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 sanitizerOverhead = 3;
#else
constexpr qint64 sanitizerOverhead = 1;
#endif

QByteArray page(const QByteArray &repeated, qint64 size)
{
    QByteArray html = "<!doctype html><html><head><title>Dense</title></head><body><div class=\"content\">\n";
    html.reserve(size + 1024);
    while (html.size() < size)
        html += repeated;
    return html + "</div></body></html>\n";
}
} // namespace

// Issue #25: a 40 MB page of small elements peaked at 1.6 GB (gumbo's tree
// costs some 250 bytes an element) and a 40 MB page at 2.8 GB.
class ImportMemoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aTagDensePageIsRefusedWithinMemory_data()
    {
        QTest::addColumn<QByteArray>("repeated");
        QTest::newRow("spans") << QByteArray("<div><span class=\"w\">a</span><span>b</span><i>c</i><span>d</span></div>\n");
        QTest::newRow("table rows") << QByteArray("<tr><td>1</td><td>cell</td><td>x</td></tr>\n");
    }

    void aTagDensePageIsRefusedWithinMemory()
    {
        QFETCH(QByteArray, repeated);
        const qint64 size = 24 * 1024 * 1024;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"dense.html"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(page(repeated, size));
        }
        QString refusal;
        const qint64 peak = peakOfImport(path, &refusal);
        QVERIFY2(refusal.contains(u"elements"_s), qPrintable(refusal));
        qInfo("peak %lld MB for a %lld MB page", peak >> 20, size >> 20);
        QVERIFY2(peak > 0 && peak < 10 * sanitizerOverhead * size, qPrintable(u"peak %1 MB"_s.arg(peak >> 20)));
    }

    // The budget refuses data, not long articles: a page of paragraphs has
    // room to spare. (Counted, not imported: a debug build takes half a
    // minute to import 24 MB.)
    void aLongArticleOfParagraphsIsWithinTheBudget()
    {
        QByteArray paragraph = "<p>";
        for (int i = 0; i < 60; ++i)
            paragraph += "harbour wind ";
        paragraph += "<a href=\"#n\">note</a> <b>bold</b></p>\n";
        const QByteArray html = page(paragraph, 24 * 1024 * 1024);
        qint64 elements = 0;
        HtmlTree::estimatedDepth(html, 5000, &elements);
        QVERIFY2(elements < HtmlTree::elementBudget(html.size()) / 2, qPrintable(QString::number(elements)));
    }
};

QTEST_GUILESS_MAIN(ImportMemoryTest)
#include "tst_importmemory.moc"
