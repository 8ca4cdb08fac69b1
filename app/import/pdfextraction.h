// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <chrono>

namespace Lectern {

class PdfReader;

/// What Qt PDF (PDFium) reads from a PDF: each page's text with the boxes of
/// its glyph runs, and the metadata. Nothing more, so that it can be read in
/// a child process and handed back through a pipe.
///
/// PDFium can take minutes or forever on a hostile file (a fuzzer found a
/// 936-byte one), and a thread running it cannot be stopped. readBounded()
/// therefore reads in a forked child that is killed when its time is up; the
/// child runs only PDFium, everything Lectern does with the text stays here.
struct PdfExtraction
{
    /// What was typed or chosen in a form field, where the field stands
    /// (in points from the page's top left corner, as the bounds are).
    struct FormValue
    {
        QString text;
        QRectF box;
    };
    struct Page
    {
        QString text;
        QList<QPolygonF> bounds;
        QList<FormValue> formValues;
    };
    QString error; ///< why the PDF could not be read, or empty
    QList<Page> pages;
    QString title;
    QString author;
    QDateTime created;
    QString producer; ///< the program that made the PDF: /Creator, a line break, /Producer

    bool ok() const { return error.isEmpty(); }

    /// Reads in this process: no bound on time.
    static PdfExtraction read(const QByteArray &data);
    /// Reads in a child process; past the limit of processor time the child
    /// is stopped and the error says the file took too long (it is most
    /// likely malformed).
    static PdfExtraction readBounded(const QByteArray &data, std::chrono::seconds limit);
    /// The processor time a file of this size gets: twenty seconds, more
    /// for large files (a healthy 600-page book needs a few).
    static std::chrono::seconds timeLimitFor(qsizetype bytes);
    /// How long the parent waits, whatever the child does.
    static std::chrono::milliseconds wallTimeBackstop(std::chrono::seconds processorLimit);

    QByteArray serialized() const;
    static bool deserialize(const QByteArray &bytes, PdfExtraction *extraction);

private:
    static PdfExtraction readInChild(const QByteArray &data, std::chrono::seconds limit, bool *outOfTime);
    /// The pdfreader plugin, loaded at the first PDF.
    static const PdfReader *reader(QString *error);
};

} // namespace Lectern
