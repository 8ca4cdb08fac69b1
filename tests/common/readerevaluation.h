// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Lectern {

/// Scores reader-mode import against expected outputs, for a folder of
/// saved pages: NAME.html beside NAME.expected.json, which holds "title",
/// "text" and optionally "byline", "published" and "site" (a missing or
/// empty "byline" means the page names no author), or beside
/// NAME.expected.txt, the text alone (the extraction fixtures), scored for
/// its text only. Each page goes through
/// FileImporter, as a file the user imports does. Shared by the reader
/// pages test and lectern-reader-eval.
class ReaderEvaluation
{
public:
    struct Expected
    {
        QString title;
        QString byline;
        QString published;
        QString site;
        QString text;
        bool textOnly = false; ///< from NAME.expected.txt: no title or byline to check
    };

    struct Page
    {
        QString name;
        Expected expected;
        QString error; ///< why the page or its expectations could not be read
        QString title;
        QString byline;
        QString published;
        QString site;
        double f1 = 0;
        qint64 importNanoseconds = 0; ///< the bytes already read

        bool titleRight() const;
        bool bylineRight() const;
    };

    struct Totals
    {
        int pages = 0;
        double meanF1 = 0;
        int below50 = 0;
        int below80 = 0;
        int titled = 0; ///< pages whose expectations give a title
        int titlesRight = 0;
        int bylines = 0; ///< pages whose expectations name an author
        int bylinesRight = 0;
        double meanImportMilliseconds = 0;
    };

    /// The NAME of every NAME.html in folder that has a NAME.expected.json
    /// or NAME.expected.txt, sorted.
    static QStringList pageNames(const QString &folder);
    /// Imports the page repeats times; importNanoseconds is the fastest.
    static Page score(const QString &folder, const QString &name, int repeats = 1);
    static Totals totals(const QList<Page> &pages);

    /// Token F1 of text against reference: words (letters and digits), lower
    /// case, as multisets; 1 when both are empty.
    static double tokenF1(const QString &text, const QString &reference);
    /// The words of text (letters and digits, lower case): "_" is Markdown's
    /// emphasis, not part of a word.
    static QStringList words(const QString &text);
    /// The share of reference's words (as a multiset) that text has.
    static double recall(const QStringList &text, const QStringList &reference);
    static double f1(const QStringList &text, const QStringList &reference);
    /// Equal once runs of white space are one space and the ends trimmed.
    static bool sameText(const QString &a, const QString &b);
};

} // namespace Lectern
