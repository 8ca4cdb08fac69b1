// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {
const QString sourceDir = QStringLiteral(LECTERN_SOURCE_DIR);

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// The lines of a Markdown text outside ``` fences.
QStringList proseLines(const QString &text)
{
    QStringList lines;
    bool fenced = false;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("```"))) {
            fenced = !fenced;
            continue;
        }
        if (!fenced)
            lines << line;
    }
    return lines;
}

/// The anchors GitHub gives a file's headings: lower case, punctuation dropped,
/// spaces as hyphens, "-1", "-2" … after a repeated one.
QSet<QString> anchorsOf(const QString &text)
{
    static const QRegularExpression headingPattern(QStringLiteral("^#{1,6} +(.*?)[ #]*$"));
    static const QRegularExpression punctuation(QStringLiteral("[^\\p{L}\\p{M}\\p{N}_ -]"));
    QSet<QString> anchors;
    QMap<QString, int> seen;
    for (const QString &line : proseLines(text)) {
        const QRegularExpressionMatch heading = headingPattern.match(line);
        if (!heading.hasMatch())
            continue;
        QString anchor = heading.captured(1).toLower().remove(punctuation).replace(QLatin1Char(' '), QLatin1Char('-'));
        const int count = seen.value(anchor, 0);
        seen[anchor] = count + 1;
        anchors << (count == 0 ? anchor : anchor + u'-' + QString::number(count));
    }
    return anchors;
}

/// The project's own Markdown documents, relative to the source folder.
QStringList documents()
{
    QStringList files{QStringLiteral("README.md"), QStringLiteral("CONTRIBUTING.md"), QStringLiteral("BENCHMARKS.md")};
    const QStringList docs = QDir(sourceDir + QStringLiteral("/docs")).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    for (const QString &doc : docs)
        files << QStringLiteral("docs/") + doc;
    return files;
}
} // namespace

// Keeps README.md a short front page (issue #28) and the documents it points to whole:
// every relative link in README.md, CONTRIBUTING.md, BENCHMARKS.md and docs/*.md
// names a file that exists, and every #anchor into a Markdown file a heading it has.
class DocsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readmeIsShort()
    {
        const QFileInfo readme(sourceDir + QStringLiteral("/README.md"));
        QVERIFY(readme.exists());
        QVERIFY2(readme.size() < 10000, qPrintable(QStringLiteral("README.md is %1 bytes; keep it under 10 KB and move detail to docs/").arg(readme.size())));
    }

    void readmeLinksEveryDocument()
    {
        const QString readme = readText(sourceDir + QStringLiteral("/README.md"));
        for (const QString &document : documents()) {
            if (document != QLatin1String("README.md"))
                QVERIFY2(readme.contains(u'(' + document + u')'), qPrintable(QStringLiteral("README.md does not link %1").arg(document)));
        }
    }

    void movedSectionsAreWhereTheDocsSay_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("anchor");
        const QList<std::pair<const char *, const char *>> sections{
            {"docs/user-guide.md", "what-lectern-reads"},
            {"docs/user-guide.md", "exporting-notes"},
            {"docs/user-guide.md", "keyboard"},
            {"docs/user-guide.md", "claims-and-tags"},
            {"docs/user-guide.md", "claim-suggestions"},
            {"docs/user-guide.md", "side-panel-and-the-claims-view"},
            {"docs/user-guide.md", "your-data"},
            {"docs/user-guide.md", "backups"},
            {"docs/user-guide.md", "a-damaged-library"},
            {"docs/user-guide.md", "languages"},
            {"docs/cli.md", "a-whole-session"},
            {"docs/cli.md", "json-keys"},
            {"docs/architecture.md", "the-tree"},
            {"docs/architecture.md", "data-flow"},
            {"docs/architecture.md", "layering-rules"},
            {"docs/architecture.md", "glossary"},
            {"docs/testing.md", "running-the-tests"},
            {"docs/testing.md", "benchmarks"},
            {"docs/translations.md", "adding-a-language"},
            {"docs/packaging.md", "building-natively"},
            {"docs/packaging.md", "installing-the-deb"},
            {"docs/packaging.md", "flatpak"},
        };
        for (const auto &[document, anchor] : sections)
            QTest::addRow("%s#%s", document, anchor) << QString::fromUtf8(document) << QString::fromUtf8(anchor);
    }

    void movedSectionsAreWhereTheDocsSay()
    {
        QFETCH(QString, document);
        QFETCH(QString, anchor);
        QVERIFY2(anchorsOf(readText(sourceDir + u'/' + document)).contains(anchor), qPrintable(document + u'#' + anchor));
    }

    void glossaryNamesEachTerm()
    {
        const QString architecture = readText(sourceDir + QStringLiteral("/docs/architecture.md"));
        for (const char *term : {"canonical text", "claim", "highlight", "anchor", "orphan", "codebook"})
            QVERIFY2(architecture.contains(QStringLiteral("- **%1**: ").arg(QLatin1String(term))), term);
    }

    void benchmarkFiguresLiveInBenchmarksMdOnly()
    {
        // A table of figures ("| figure | value | ...") belongs in BENCHMARKS.md, not beside it.
        for (const QString &document : documents()) {
            if (document != QLatin1String("BENCHMARKS.md"))
                QVERIFY2(!readText(sourceDir + u'/' + document).contains(QStringLiteral("| figure | value |")), qPrintable(document));
        }
    }

    void relativeLinksResolve_data()
    {
        QTest::addColumn<QString>("document");
        for (const QString &document : documents())
            QTest::addRow("%s", qPrintable(document)) << document;
    }

    void relativeLinksResolve()
    {
        QFETCH(QString, document);
        static const QRegularExpression codeSpan(QStringLiteral("`[^`]*`"));
        static const QRegularExpression linkPattern(QStringLiteral("\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)"));
        static const QRegularExpression scheme(QStringLiteral("^[a-zA-Z][a-zA-Z0-9+.-]*:"));
        const QString path = sourceDir + u'/' + document;
        const QString text = readText(path);
        QVERIFY2(!text.isEmpty(), qPrintable(path));
        const QDir folder = QFileInfo(path).dir();
        int links = 0;
        for (QString line : proseLines(text)) {
            line.remove(codeSpan);
            for (auto matches = linkPattern.globalMatch(line); matches.hasNext();) {
                const QString target = matches.next().captured(1);
                if (scheme.match(target).hasMatch())
                    continue; // https:, mailto:, lectern:
                ++links;
                const qsizetype hash = target.indexOf(u'#');
                const QString file = hash < 0 ? target : target.left(hash);
                const QString anchor = hash < 0 ? QString() : target.mid(hash + 1);
                const QString resolved = file.isEmpty() ? path : QDir::cleanPath(folder.filePath(file));
                QVERIFY2(QFileInfo::exists(resolved), qPrintable(QStringLiteral("%1: the link %2 names no file").arg(document, target)));
                QVERIFY2(resolved.startsWith(sourceDir + u'/'), qPrintable(QStringLiteral("%1: the link %2 leaves the source tree").arg(document, target)));
                if (!anchor.isEmpty() && resolved.endsWith(QLatin1String(".md")))
                    QVERIFY2(anchorsOf(readText(resolved)).contains(anchor),
                             qPrintable(QStringLiteral("%1: the link %2 names no heading of %3").arg(document, target, QDir(sourceDir).relativeFilePath(resolved))));
            }
        }
        if (document == QLatin1String("README.md"))
            QVERIFY(links >= 10); // the screenshots and the documents
    }
};

QTEST_GUILESS_MAIN(DocsTest)
#include "tst_docs.moc"
