// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "annotation/taxonomy.h"
#include "document/codecolouring.h"
#include "export/exportcollector.h"
#include "export/exportfilename.h"
#include "export/htmlexporter.h"
#include "indexing/librarystore.h"
#include "store/tagstore.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QSyntaxHighlighter>
#include <QVBoxLayout>

namespace Lectern {

ExportDialog::ExportDialog(Database &database, Taxonomy &taxonomy, qint64 openArticle, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_taxonomy(taxonomy)
    , m_openArticle(openArticle)
    , m_format(new QComboBox(this))
    , m_articleScope(new QRadioButton(tr("The open &article"), this))
    , m_libraryScope(new QRadioButton(tr("The whole &library"), this))
    , m_tag(new QComboBox(this))
    , m_stance(new QComboBox(this))
    , m_byteOrderMark(new QCheckBox(tr("Start with a byte order mark (for spreadsheet programs)"), this))
    , m_summary(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export Notes"));
    for (Exporter::Format format : Exporter::formats())
        m_format->addItem(Exporter::name(format), int(format));
    m_tag->addItem(tr("Any tag"), 0);
    for (const Tag &tag : m_taxonomy.tags())
        m_tag->addItem(QString(m_taxonomy.depth(tag.id) * 2, QLatin1Char(' ')) + tag.name, tag.id);
    m_stance->addItem(tr("Any stance"), QString());
    for (Claim::Stance stance : {Claim::Stance::Supports, Claim::Stance::Opposes, Claim::Stance::Neutral})
        m_stance->addItem(Claim::stanceName(stance), Claim::stanceKey(stance));
    m_articleScope->setEnabled(openArticle > 0);
    (openArticle > 0 ? m_articleScope : m_libraryScope)->setChecked(true);

    auto *scope = new QVBoxLayout;
    scope->addWidget(m_articleScope);
    scope->addWidget(m_libraryScope);
    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("Claims of:"), scope);
    form->addRow(tr("&Tag:"), m_tag);
    form->addRow(tr("&Stance:"), m_stance);
    form->addRow(QString(), m_byteOrderMark);
    form->addRow(QString(), m_summary);

    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setAccessibleName(tr("Preview"));

    QPushButton *exportButton = m_buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);
    connect(exportButton, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *previewLabel = new QLabel(tr("Preview:"), this);
    previewLabel->setBuddy(m_preview);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_buttons);
    resize(760, 640);

    QSettings settings;
    const QString key = settings.value(QStringLiteral("export/format")).toString();
    if (const auto saved = Exporter::fromKey(key))
        setFormat(*saved);
    m_byteOrderMark->setChecked(settings.value(QStringLiteral("export/csvBom"), false).toBool());

    for (QComboBox *combo : {m_format, m_tag, m_stance})
        connect(combo, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    for (QRadioButton *radio : {m_articleScope, m_libraryScope})
        connect(radio, &QRadioButton::toggled, this, &ExportDialog::updatePreview);
    connect(m_byteOrderMark, &QCheckBox::toggled, this, &ExportDialog::updatePreview);
    updatePreview();
    // The dialog opens with the focus on its first choice, so keys act in
    // it at once, before (or without) a window manager activating it.
    m_format->setFocus(Qt::OtherFocusReason);
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::setFormat(Exporter::Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

Exporter::Format ExportDialog::format() const
{
    return Exporter::Format(m_format->currentData().toInt());
}

ExportScope ExportDialog::scope() const
{
    ExportScope scope = m_articleScope->isChecked() && m_openArticle > 0 ? ExportScope::article(m_openArticle) : ExportScope::library();
    if (const qint64 tag = m_tag->currentData().toLongLong())
        scope.tagIds = TagStore(m_database).withDescendants(tag);
    scope.stance = Claim::stanceFromKey(m_stance->currentData().toString());
    return scope;
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.csvByteOrderMark = m_byteOrderMark->isChecked();
    return options;
}

QString ExportDialog::previewText() const
{
    return m_preview->toPlainText();
}

QString ExportDialog::previewDefinition() const
{
    return m_previewSyntax;
}

void ExportDialog::updateControls()
{
    m_byteOrderMark->setVisible(format() == Exporter::Format::Csv);
}

void ExportDialog::updatePreview()
{
    updateControls();
    // The preview reads only the first few articles: a sample that stays
    // quick for any library. The export itself reads everything.
    ExportCollector collector(m_database);
    collector.setArticleLimit(previewArticles);
    QString error;
    const std::optional<ExportData> data = collector.collect(scope(), {}, &error);
    if (!data) {
        showPreview(error, {});
        return;
    }
    const int articles = collector.articlesFound();
    m_summary->setText(tr("%n claim(s)", nullptr, collector.claimsFound()) + QStringLiteral(" \u00b7 ") + tr("%n article(s)", nullptr, articles)
                       + (articles > previewArticles ? QStringLiteral(" \u00b7 ") + tr("the preview shows the first %1").arg(previewArticles) : QString()));

    const Exporter::Format shown = Exporter::isText(format()) ? format() : Exporter::Format::Html;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const std::unique_ptr<Exporter> exporter = Exporter::create(shown, options());
    if (!exporter->write(*data, &buffer, &error)) {
        showPreview(error, {});
        return;
    }
    QByteArray bytes = buffer.data();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    showPreview(QString::fromUtf8(bytes), QStringLiteral("preview.") + Exporter::key(shown));
}

// A highlighter queues the colouring of the lines after the one it changed;
// those calls point into the text and must not outlive it. Deleting the
// highlighter drops them, so each text gets a highlighter of its own.
void ExportDialog::showPreview(const QString &text, const QString &fileName)
{
    delete m_highlighter;
    m_highlighter = nullptr;
    m_previewSyntax.clear();
    m_preview->setPlainText(text);
    CodeColouring *colouring = CodeColouring::plugin();
    if (!colouring || fileName.isEmpty())
        return;
    m_highlighter = colouring->createDocumentHighlighter(m_preview->document(), palette().color(QPalette::Base).lightness() < 128);
    m_previewSyntax = colouring->setSyntaxForFileName(m_highlighter, fileName);
}

bool ExportDialog::exportTo(const QString &path)
{
    const ExportScope exportScope = scope();
    QProgressDialog progress(tr("Exporting notes…"), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(exportScope.kind == ExportScope::Kind::Library ? 300 : 2000);
    // Reading the articles is the first half of the bar, writing the second.
    const auto step = [&progress](int offset) {
        return [&progress, offset](int done, int total) {
            progress.setMaximum(2 * total);
            progress.setValue(offset * total + done);
            return !progress.wasCanceled();
        };
    };
    QString error;
    ExportCollector collector(m_database);
    const std::optional<ExportData> data = collector.collect(exportScope, step(0), &error);
    bool ok = data.has_value();
    if (ok) {
        const std::unique_ptr<Exporter> exporter = Exporter::create(format(), options());
        exporter->setProgress(step(1));
        ok = exporter->save(*data, path, &error);
    }
    progress.reset();
    if (!ok && !progress.wasCanceled())
        QMessageBox::warning(this, tr("Cannot Export Notes"), error);
    return ok;
}

QString ExportDialog::suggestedFileName() const
{
    const QString suffix = Exporter::key(format());
    if (scope().kind == ExportScope::Kind::Library)
        return ExportFileName::forLibrary(QDate::currentDate(), suffix);
    const std::optional<Article> article = LibraryStore(m_database).article(m_openArticle);
    return article ? ExportFileName::forArticle(article->title, suffix) : ExportFileName::forLibrary(QDate::currentDate(), suffix);
}

void ExportDialog::chooseFileAndExport()
{
    QSettings settings;
    const QString key = Exporter::key(format());
    const QString folder = settings.value(QStringLiteral("export/folder"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString suggested = QDir(folder).filePath(suggestedFileName());
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Notes"), suggested, QStringLiteral("%1 (*.%2)").arg(Exporter::name(format()), key));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    settings.setValue(QStringLiteral("export/format"), key);
    settings.setValue(QStringLiteral("export/csvBom"), m_byteOrderMark->isChecked());
    if (exportTo(path))
        accept();
}

} // namespace Lectern
