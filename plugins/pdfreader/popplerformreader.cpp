// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "popplerformreader.h"

#include <poppler-form.h>
#include <poppler-qt6.h>

namespace Lectern {

namespace {

QString valueOf(const Poppler::FormField &field)
{
    switch (field.type()) {
    case Poppler::FormField::FormText: {
        const auto &text = static_cast<const Poppler::FormFieldText &>(field);
        return text.textType() == Poppler::FormFieldText::FileSelect ? QString() : text.text();
    }
    case Poppler::FormField::FormChoice: {
        const auto &choice = static_cast<const Poppler::FormFieldChoice &>(field);
        if (choice.isEditable() && !choice.editChoice().isEmpty())
            return choice.editChoice();
        QStringList chosen;
        const QStringList choices = choice.choices();
        for (int index : choice.currentChoices()) {
            if (index >= 0 && index < choices.size())
                chosen << choices[index];
        }
        return chosen.join(QStringLiteral(", "));
    }
    default: // buttons and signatures hold no text a reader typed
        return {};
    }
}

QList<PdfExtraction::FormValue> valuesOn(const Poppler::Page &page)
{
    QList<PdfExtraction::FormValue> values;
    const QSizeF size = page.pageSizeF();
    for (const std::unique_ptr<Poppler::FormField> &field : page.formFields()) {
        // A password field's text is not the reader's to keep.
        if (!field->isVisible() || (field->type() == Poppler::FormField::FormText && static_cast<const Poppler::FormFieldText &>(*field).isPassword()))
            continue;
        const QString text = valueOf(*field).trimmed();
        if (text.isEmpty())
            continue;
        const QRectF unit = field->rect();
        values.append({text, QRectF(unit.x() * size.width(), unit.y() * size.height(), unit.width() * size.width(), unit.height() * size.height())});
    }
    return values;
}

void ignorePopplerMessages(const QString &, const QVariant &) { }

} // namespace

void PopplerFormReader::prepare()
{
    // Poppler writes every complaint about a damaged file to stderr; the
    // import reports its own errors.
    Poppler::setDebugErrorFunction(ignorePopplerMessages, QVariant());
}

QList<QList<PdfExtraction::FormValue>> PopplerFormReader::read(const QByteArray &data)
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(data);
    QList<QList<PdfExtraction::FormValue>> pages;
    if (!document || document->isLocked() || document->formType() == Poppler::Document::NoForm)
        return pages;
    for (int i = 0; i < document->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        pages.append(page ? valuesOn(*page) : QList<PdfExtraction::FormValue>());
    }
    return pages;
}

} // namespace Lectern
