// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexporter.h"

#include "lecternurl.h"

#include <QIODevice>

namespace Lectern {

namespace {
QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

void appendRow(QString &out, const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        out += CsvExporter::field(fields.at(i));
    }
    out += QLatin1StringView("\r\n");
}
} // namespace

QStringList CsvExporter::columns()
{
    // Stable, untranslated names: scripts and spreadsheet formulas refer to
    // them, so a new column goes at the end.
    return {QStringLiteral("article_id"), QStringLiteral("article"), QStringLiteral("tags"),    QStringLiteral("stance"),
            QStringLiteral("kind"),       QStringLiteral("speaker"), QStringLiteral("quote"),   QStringLiteral("note"),
            QStringLiteral("start"),      QStringLiteral("end"),     QStringLiteral("created"), QStringLiteral("modified"),
            QStringLiteral("status"),     QStringLiteral("link"),    QStringLiteral("uid")};
}

namespace {
// A spreadsheet runs a cell that starts with one of these as a formula
// (=HYPERLINK(...) in a note): OWASP's advice is a leading apostrophe,
// which spreadsheets show as text and do not display.
bool startsFormula(const QString &text)
{
    static const QString triggers = QStringLiteral("=+-@\t\r");
    return !text.isEmpty() && triggers.contains(text.front());
}
} // namespace

QString CsvExporter::field(const QString &input)
{
    const QString text = startsFormula(input) ? QLatin1Char('\'') + input : input;
    bool quote = false;
    for (const QChar c : text) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            quote = true;
            break;
        }
    }
    if (!quote)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1StringView("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvExporter::render(const ExportData &data, QString *error) const
{
    QString out;
    appendRow(out, columns());
    for (int i = 0; i < data.articles.size(); ++i) {
        const ExportArticle &article = data.articles.at(i);
        for (const Claim &claim : article.claims) {
            // Several tags share one cell: "; " never occurs in a tag path's separator.
            appendRow(out,
                      {QString::number(article.article.id), article.article.title, data.tagPaths(claim).join(QStringLiteral("; ")),
                       Claim::stanceKey(claim.stance), Claim::kindKey(claim.kind), claim.speaker, claim.anchor.exact, claim.note,
                       QString::number(claim.start()), QString::number(claim.end()), isoUtc(claim.created), isoUtc(claim.modified),
                       Claim::statusKey(claim.status), LecternUrl{article.article.id, claim.id, claim.uid}.toString(), claim.uid});
        }
        if (!advance(i + 1, int(data.articles.size()), error))
            return QString();
    }
    return out;
}

bool CsvExporter::write(const ExportData &data, QIODevice *device, QString *error) const
{
    const QString text = render(data, error);
    if (text.isNull())
        return false;
    QByteArray bytes = text.toUtf8();
    if (options().csvByteOrderMark)
        bytes.prepend("\xEF\xBB\xBF");
    return writeBytes(device, bytes, error);
}

} // namespace Lectern
