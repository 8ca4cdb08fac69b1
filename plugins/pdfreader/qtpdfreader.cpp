// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "qtpdfreader.h"

#include "popplerformreader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfDocument>
#include <QPdfSelection>

#include <algorithm>

namespace Lectern {

namespace {
QString loadError(QPdfDocument::Status status, QPdfDocument::Error error)
{
    if (status == QPdfDocument::Status::Loading)
        return QCoreApplication::translate("Lectern::PdfImporter", "is incomplete (a partial download?)");
    switch (error) {
    case QPdfDocument::Error::IncorrectPassword:
        return QCoreApplication::translate("Lectern::PdfImporter", "is encrypted (password protected)");
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return QCoreApplication::translate("Lectern::PdfImporter", "is encrypted with an unsupported security scheme");
    case QPdfDocument::Error::DataNotYetAvailable:
        return QCoreApplication::translate("Lectern::PdfImporter", "is incomplete (a partial download?)");
    case QPdfDocument::Error::InvalidFileFormat:
        return QCoreApplication::translate("Lectern::PdfImporter", "is damaged or not a valid PDF");
    case QPdfDocument::Error::None:
    case QPdfDocument::Error::Unknown:
    case QPdfDocument::Error::FileNotFound:
        break;
    }
    return QCoreApplication::translate("Lectern::PdfImporter", "could not be read as a PDF");
}
} // namespace

namespace {
// A one-page PDF with one filled form field.
QByteArray smallForm()
{
    QByteArray pdf = "%PDF-1.4\n";
    const QList<QByteArray> objects {
        "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [4 0 R] >> >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Annots [4 0 R] >>",
        "<< /Type /Annot /Subtype /Widget /FT /Tx /T (a) /Rect [10 10 100 30] /P 3 0 R /V (b) >>",
    };
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 5\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}
} // namespace

// The plugin is loaded before the first fork (PdfExtraction::readBounded).
// Reading a small form here does PDFium's and Poppler's first-use set-up
// (static data, the Qt parts they use) in this process: a child forked
// while another thread held one of the locks that set-up takes would wait
// for it forever.
QtPdfReader::QtPdfReader()
{
    PopplerFormReader::prepare();
    read(smallForm());
}

PdfExtraction QtPdfReader::read(const QByteArray &data) const
{
    PdfExtraction extraction;
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer); // synchronous: the buffer holds all the data
    if (document.status() != QPdfDocument::Status::Ready) {
        extraction.error = loadError(document.status(), document.error());
        return extraction;
    }
    for (int page = 0; page < document.pageCount(); ++page) {
        const QPdfSelection selection = document.getAllText(page);
        extraction.pages.append({selection.text(), selection.bounds(), {}});
    }
    const QList<QList<PdfExtraction::FormValue>> formValues = PopplerFormReader::read(data);
    for (qsizetype page = 0; page < std::min(formValues.size(), extraction.pages.size()); ++page)
        extraction.pages[page].formValues = formValues[page];
    extraction.title = document.metaData(QPdfDocument::MetaDataField::Title).toString();
    extraction.author = document.metaData(QPdfDocument::MetaDataField::Author).toString();
    extraction.created = document.metaData(QPdfDocument::MetaDataField::CreationDate).toDateTime();
    extraction.producer = document.metaData(QPdfDocument::MetaDataField::Creator).toString() + QLatin1Char('\n')
        + document.metaData(QPdfDocument::MetaDataField::Producer).toString();
    return extraction;
}

} // namespace Lectern
