// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdocumentexporter.h"

#include "htmlexporter.h"

#include <QBuffer>
#include <QIODevice>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace Lectern {

TextDocumentExporter::TextDocumentExporter(Format format)
    : m_format(format)
{
}

bool TextDocumentExporter::write(const ExportData &data, QIODevice *device, QString *error) const
{
    HtmlExporter html;
    html.setOptions(options());
    const QString page = html.render(data, error);
    if (page.isNull())
        return false;
    QTextDocument document;
    document.setHtml(page);
    const QString title = data.articles.size() == 1 ? data.articles.first().article.title : tr("Lectern notes");
    document.setMetaInformation(QTextDocument::DocumentTitle, title);
    // Both writers are made into a buffer: the ODF zip writer closes its
    // device when done, which a QSaveFile must never be (only committed).
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (m_format == Format::Odt) {
        QTextDocumentWriter writer(&buffer, "odf");
        if (!writer.write(&document)) {
            *error = tr("the OpenDocument writer failed");
            return false;
        }
    } else {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Lectern"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter));
        document.print(&writer);
    }
    return writeBytes(device, buffer.data(), error);
}

} // namespace Lectern
