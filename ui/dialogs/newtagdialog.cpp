// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "newtagdialog.h"

#include "annotation/tagpalette.h"
#include "annotation/taxonomy.h"
#include "reader/tagswatch.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace Lectern {

NewTagDialog::NewTagDialog(Taxonomy *taxonomy, QWidget *parent)
    : QDialog(parent)
    , m_taxonomy(taxonomy)
    , m_path(new QLineEdit(this))
    , m_colours(new QButtonGroup(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Tag"));
    m_path->setObjectName(QStringLiteral("path"));
    m_path->setPlaceholderText(tr("A name, or a path such as Security/Misuse"));
    m_path->setAccessibleName(tr("Tag name or path"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    auto *swatches = new QHBoxLayout;
    swatches->setSpacing(2);
    addSwatches(swatches);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_path);
    form->addRow(tr("Colour:"), swatches);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewTagDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, &NewTagDialog::updateProblem);
    m_path->setFocus(); // typing the name is the next step, whatever was focused before
    updateProblem();
}

void NewTagDialog::addSwatches(QHBoxLayout *row)
{
    const QList<QColor> taken = m_taxonomy->colours();
    const QColor suggested = m_taxonomy->suggestedColor();
    const QList<QColor> palette = TagPalette::colours();
    const bool anyDistinct = std::any_of(palette.cbegin(), palette.cend(), [&](const QColor &colour) { return TagPalette::isDistinct(colour, taken); });
    int id = 0;
    for (const QColor &colour : palette) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("colour"));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setIcon(TagSwatch::icon(colour, 24));
        button->setIconSize(QSize(24, 24));
        button->setProperty("colour", colour);
        button->setAccessibleName(colour.name());
        // Once every colour is near some tag's, all stay open rather than none.
        const bool distinct = TagPalette::isDistinct(colour, taken);
        button->setEnabled(distinct || !anyDistinct);
        button->setToolTip(distinct ? colour.name() : tr("Too close to a tag's colour for colour-blind readers"));
        button->setChecked(colour == suggested);
        m_colours->addButton(button, id++);
        row->addWidget(button);
    }
    row->addStretch();
}

QColor NewTagDialog::chosenColour() const
{
    const QAbstractButton *checked = m_colours->checkedButton();
    return checked ? checked->property("colour").value<QColor>() : m_taxonomy->suggestedColor();
}

void NewTagDialog::updateProblem()
{
    const QString path = m_path->text().trimmed();
    QString problem;
    if (const std::optional<qint64> existing = m_taxonomy->findByPath(path); existing && m_taxonomy->path(*existing).compare(path, Qt::CaseInsensitive) == 0)
        problem = tr("There is already a tag %1.").arg(m_taxonomy->path(*existing, QStringLiteral(" › ")));
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!path.isEmpty() && problem.isEmpty());
}

void NewTagDialog::accept()
{
    QString error;
    const std::optional<qint64> created = m_taxonomy->addPath(m_path->text(), chosenColour(), &error);
    if (!created) {
        m_problem->setText(error);
        m_problem->setVisible(true);
        return;
    }
    m_created = *created;
    QDialog::accept();
}

} // namespace Lectern
