// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"
#include "export/exportscope.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QRadioButton;
class QSyntaxHighlighter;

namespace Lectern {

class Database;
class Taxonomy;

/// Export Notes: format, scope (the open article or the whole library,
/// narrowed by tag and stance), options, and a live preview of the output
/// coloured (CodeColouring) in the window's light or dark theme.
/// Library-wide exports show progress and can be cancelled.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(Database &database, Taxonomy &taxonomy, qint64 openArticle, QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setFormat(Exporter::Format format);
    Exporter::Format format() const;
    ExportScope scope() const;
    ExportOptions options() const;
    /// The text the preview shows (for PDF and ODT: the page they are made from).
    QString previewText() const;
    /// The syntax the preview is coloured as ("" when none).
    QString previewDefinition() const;
    /// The file name the save dialog offers: the article's title, or
    /// "claims-YYYY-MM-DD" for the whole library.
    QString suggestedFileName() const;
    /// Writes the export to path, with progress; false after showing why.
    bool exportTo(const QString &path);

    /// Articles a preview shows at most: it is a sample, not the export.
    static constexpr int previewArticles = 3;

private:
    void chooseFileAndExport();
    void updatePreview();
    void showPreview(const QString &text, const QString &fileName);
    void updateControls();

    Database &m_database;
    Taxonomy &m_taxonomy;
    qint64 m_openArticle;
    QComboBox *m_format;
    QRadioButton *m_articleScope;
    QRadioButton *m_libraryScope;
    QComboBox *m_tag;
    QComboBox *m_stance;
    QCheckBox *m_byteOrderMark;
    QLabel *m_summary;
    QPlainTextEdit *m_preview;
    QDialogButtonBox *m_buttons;
    QSyntaxHighlighter *m_highlighter = nullptr; // none without the plugin
    QString m_previewSyntax;
};

} // namespace Lectern
