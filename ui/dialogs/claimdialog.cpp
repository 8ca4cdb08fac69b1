// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimdialog.h"

#include "newtagdialog.h"

#include "annotation/taxonomy.h"
#include "import/commonmarkdocument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QPushButton>
#include <QVBoxLayout>

namespace Lectern {

ClaimDialog::ClaimDialog(const Claim &claim, Taxonomy *taxonomy, QWidget *parent)
    : QDialog(parent)
    , m_original(claim)
    , m_taxonomy(taxonomy)
    , m_tags(new QListWidget(this))
    , m_stance(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_speaker(new QLineEdit(claim.speaker, this))
    , m_note(new QPlainTextEdit(claim.note, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Claim"));
    auto *quote = new QLabel(QStringLiteral("“%1”").arg(claim.anchor.exact.left(400).toHtmlEscaped()), this);
    quote->setWordWrap(true);
    quote->setTextFormat(Qt::RichText);
    quote->setAccessibleName(tr("Quoted text"));
    fillTags(claim.tagIds);
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setMaximumHeight(140);
    fillStances(claim.stance);
    for (Claim::Kind kind : {Claim::Kind::Claim, Claim::Kind::Evidence, Claim::Kind::CounterClaim})
        m_kind->addItem(Claim::kindName(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(claim.kind)));
    m_speaker->setPlaceholderText(tr("Who makes this claim (optional)"));
    m_note->setPlaceholderText(tr("Your note, in Markdown"));
    m_note->setTabChangesFocus(true);
    m_note->setObjectName(QStringLiteral("note"));

    auto *form = new QFormLayout(this);
    form->addRow(quote);
    auto *tagColumn = new QVBoxLayout;
    tagColumn->addWidget(m_tags);
    auto *newTag = new QPushButton(tr("New T&ag…"), this);
    newTag->setObjectName(QStringLiteral("newTag"));
    newTag->setToolTip(tr("Add a tag to the codebook and give this claim it"));
    connect(newTag, &QPushButton::clicked, this, &ClaimDialog::addNewTag);
    tagColumn->addWidget(newTag, 0, Qt::AlignLeft);
    auto *tagsLabel = new QLabel(tr("&Tags:"), this);
    tagsLabel->setBuddy(m_tags); // a label beside a layout has no buddy of its own
    form->addRow(tagsLabel, tagColumn);
    auto *stanceColumn = new QVBoxLayout;
    stanceColumn->addWidget(m_stance, 0, Qt::AlignLeft);
    stanceColumn->addWidget(stanceExplanation());
    auto *stanceLabel = new QLabel(tr("&Stance:"), this);
    stanceLabel->setBuddy(m_stance);
    form->addRow(stanceLabel, stanceColumn);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("S&peaker:"), m_speaker);
    auto *noteLabel = new QLabel(tr("&Note:"), this);
    noteLabel->setBuddy(m_note);
    form->addRow(noteLabel, noteEditorWithPreview());
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tags, &QListWidget::itemChanged, this, &ClaimDialog::updateOk);
    // Ctrl+Enter saves from inside the note, as in most note editors.
    auto *save = new QAction(this);
    save->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(save, &QAction::triggered, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    addAction(save);
    resize(720, 520);
    updateOk();
}

void ClaimDialog::fillStances(Claim::Stance current)
{
    m_stance->setObjectName(QStringLiteral("stance"));
    const QList<std::pair<Claim::Stance, QString>> stances {
        {Claim::Stance::Supports, tr("The passage argues for the position under debate")},
        {Claim::Stance::Opposes, tr("The passage argues against the position under debate")},
        {Claim::Stance::Neutral, tr("The passage reports or explains without taking a side")},
    };
    for (const auto &[stance, explanation] : stances) {
        m_stance->addItem(Claim::stanceName(stance), int(stance));
        m_stance->setItemData(m_stance->count() - 1, explanation, Qt::ToolTipRole);
    }
    m_stance->setCurrentIndex(m_stance->findData(int(current)));
}

QLabel *ClaimDialog::stanceExplanation()
{
    auto *label = new QLabel(tr("Whether the passage argues for or against the position the article debates (such as a policy or a proposal), "
                                "as its speaker means it; neutral when it only reports."),
                             this);
    label->setObjectName(QStringLiteral("stanceExplanation"));
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QWidget *ClaimDialog::noteEditorWithPreview()
{
    auto *preview = new QTextBrowser(this);
    preview->setObjectName(QStringLiteral("notePreview"));
    preview->setAccessibleName(tr("Note as it will read"));
    preview->setOpenLinks(false);
    preview->setFocusPolicy(Qt::NoFocus);
    preview->setPlaceholderText(tr("The note, rendered, shows here"));
    // Re-rendering at every key would make typing lag in a long note.
    auto *pause = new QTimer(this);
    pause->setSingleShot(true);
    pause->setInterval(150);
    const auto render = [this, preview] { preview->setHtml(CommonMarkDocument(m_note->toPlainText()).safeHtml()); };
    connect(pause, &QTimer::timeout, this, render);
    connect(m_note, &QPlainTextEdit::textChanged, pause, qOverload<>(&QTimer::start));
    render();
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_note);
    split->addWidget(preview);
    split->setChildrenCollapsible(false);
    return split;
}

void ClaimDialog::focusNote()
{
    m_note->setFocus();
    m_note->moveCursor(QTextCursor::End);
}

void ClaimDialog::updateOk()
{
    bool anyTag = false;
    for (int row = 0; row < m_tags->count(); ++row)
        anyTag = anyTag || m_tags->item(row)->checkState() == Qt::Checked;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(anyTag || m_original.tagIds.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(anyTag ? QString() : tr("A claim needs at least one tag"));
}

void ClaimDialog::fillTags(const QList<qint64> &checked)
{
    const QSignalBlocker quiet(m_tags);
    m_tags->clear();
    for (const Tag &tag : m_taxonomy->tags()) {
        auto *item = new QListWidgetItem(QStringLiteral("%1%2").arg(QString(m_taxonomy->depth(tag.id) * 4, QLatin1Char(' ')), tag.name), m_tags);
        item->setData(Qt::UserRole, tag.id);
        item->setData(Qt::DecorationRole, tag.color);
        item->setToolTip(tag.description);
        item->setCheckState(checked.contains(tag.id) ? Qt::Checked : Qt::Unchecked);
    }
}

QList<qint64> ClaimDialog::checkedTags() const
{
    QList<qint64> checked;
    for (int row = 0; row < m_tags->count(); ++row) {
        if (m_tags->item(row)->checkState() == Qt::Checked)
            checked << m_tags->item(row)->data(Qt::UserRole).toLongLong();
    }
    return checked;
}

void ClaimDialog::addNewTag()
{
    NewTagDialog dialog(m_taxonomy, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    fillTags(checkedTags() << dialog.createdTag());
    updateOk();
}

Claim ClaimDialog::claim() const
{
    Claim edited = m_original;
    const QList<qint64> checked = checkedTags();
    // Keep the order the claim had; new tags go last.
    QList<qint64> ordered;
    for (qint64 tag : m_original.tagIds) {
        if (checked.contains(tag))
            ordered << tag;
    }
    for (qint64 tag : checked) {
        if (!ordered.contains(tag))
            ordered << tag;
    }
    edited.tagIds = ordered;
    edited.stance = Claim::Stance(m_stance->currentData().toInt());
    edited.kind = Claim::Kind(m_kind->currentData().toInt());
    edited.speaker = m_speaker->text().trimmed();
    edited.note = m_note->toPlainText();
    return edited;
}

bool ClaimDialog::isChanged() const
{
    const Claim edited = claim();
    return edited.tagIds != m_original.tagIds || edited.stance != m_original.stance || edited.kind != m_original.kind || edited.speaker != m_original.speaker
        || edited.note != m_original.note;
}

} // namespace Lectern
