// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimsbrowser.h"

#include "annotation/claimstatistics.h"
#include "annotation/libraryclaimsmodel.h"
#include "annotation/stancecomparisonmodel.h"
#include "annotation/tagmatrixmodel.h"
#include "annotation/taxonomy.h"
#include "claimchartsview.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QScreen>
#include <QTableView>
#include <QVBoxLayout>

namespace Lectern {

namespace {
QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(true);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}
} // namespace

ClaimsBrowser::ClaimsBrowser(Database &database, Taxonomy *taxonomy, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_taxonomy(taxonomy)
    , m_model(new LibraryClaimsModel(database, taxonomy, this))
    , m_matrix(new TagMatrixModel(taxonomy, this))
    , m_stances(new StanceComparisonModel(taxonomy, this))
    , m_tabs(new QTabWidget(this))
    , m_charts(new ClaimChartsView(taxonomy, this))
{
    setWindowTitle(tr("Claims in the Library"));
    resize(1100, 700);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createFilters());

    m_claimsView = makeTable(m_model, this);
    // 100,000 rows: the header must not measure every row's text.
    m_claimsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_claimsView->setWordWrap(false);
    m_claimsView->horizontalHeader()->setSectionResizeMode(LibraryClaimsModel::QuoteColumn, QHeaderView::Stretch);
    m_claimsView->setAccessibleName(tr("Claims"));
    m_tabs->addTab(m_claimsView, tr("&Claims"));
    auto *matrixView = makeTable(m_matrix, this);
    matrixView->setSelectionBehavior(QAbstractItemView::SelectItems);
    matrixView->setAccessibleName(tr("Articles by tags"));
    m_tabs->addTab(matrixView, tr("Articles × &Tags"));
    auto *stanceView = makeTable(m_stances, this);
    stanceView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    stanceView->setAccessibleName(tr("Stances by tag"));
    m_tabs->addTab(stanceView, tr("&Stances"));
    m_tabs->addTab(m_charts, tr("C&harts"));
    layout->addWidget(m_tabs, 1);

    connect(m_model, &LibraryClaimsModel::filtered, this, [this] {
        m_count->setText(tr("%1 of %n claim(s)", nullptr, m_model->totalCount()).arg(m_model->rowCount()));
        m_summariesStale = true;
        if (m_tabs->currentIndex() != 0)
            updateSummaries();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index != 0 && m_summariesStale)
            updateSummaries();
    });
    connect(m_claimsView, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT claimActivated(index.data(LibraryClaimsModel::ArticleIdRole).toLongLong(), index.data(LibraryClaimsModel::ClaimIdRole).toLongLong());
    });
    connect(matrixView, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT articleActivated(index.data(TagMatrixModel::ArticleIdRole).toLongLong());
    });
    connect(m_taxonomy, &Taxonomy::changed, this, &ClaimsBrowser::refillTags);
    m_count->setText(tr("%1 of %n claim(s)", nullptr, m_model->totalCount()).arg(m_model->rowCount()));
}

QWidget *ClaimsBrowser::createFilters()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_text = new QLineEdit(box);
    m_text->setPlaceholderText(tr("Filter by text, speaker or article…"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Filter claims"));
    m_tag = new QComboBox(box);
    m_tag->setAccessibleName(tr("Tag"));
    refillTags();
    m_stance = new QComboBox(box);
    m_stance->setAccessibleName(tr("Stance"));
    m_stance->addItem(tr("Any stance"), -1);
    for (const Claim::Stance stance : {Claim::Stance::Supports, Claim::Stance::Opposes, Claim::Stance::Neutral})
        m_stance->addItem(Claim::stanceName(stance), int(stance));
    m_kind = new QComboBox(box);
    m_kind->setAccessibleName(tr("Kind"));
    m_kind->addItem(tr("Any kind"), -1);
    for (const Claim::Kind kind : {Claim::Kind::Claim, Claim::Kind::Evidence, Claim::Kind::CounterClaim})
        m_kind->addItem(Claim::kindName(kind), int(kind));
    auto field = [box](const QString &placeholder, int width) {
        auto *edit = new QLineEdit(box);
        edit->setPlaceholderText(placeholder);
        edit->setAccessibleName(placeholder);
        edit->setClearButtonEnabled(true);
        edit->setMaximumWidth(width);
        return edit;
    };
    m_speaker = field(tr("Speaker"), 160);
    m_site = field(tr("Site"), 160);
    m_from = field(tr("From (YYYY-MM-DD)"), 130);
    m_to = field(tr("To (YYYY-MM-DD)"), 130);
    m_count = new QLabel(box);
    // Combo boxes as wide as their longest entry would keep the window wider than a small screen.
    for (QComboBox *combo : {m_tag, m_stance, m_kind}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    row->addWidget(m_text, 2);
    for (QWidget *widget : {static_cast<QWidget *>(m_tag), static_cast<QWidget *>(m_stance), static_cast<QWidget *>(m_kind),
                            static_cast<QWidget *>(m_speaker), static_cast<QWidget *>(m_site), static_cast<QWidget *>(m_from),
                            static_cast<QWidget *>(m_to), static_cast<QWidget *>(m_count)})
        row->addWidget(widget);
    // Filtering runs in memory, a longer text among the rows already shown:
    // apply on every keystroke.
    for (QLineEdit *edit : {m_text, m_speaker, m_site, m_from, m_to})
        connect(edit, &QLineEdit::textChanged, this, &ClaimsBrowser::applyFilter);
    for (QComboBox *combo : {m_tag, m_stance, m_kind})
        connect(combo, &QComboBox::currentIndexChanged, this, &ClaimsBrowser::applyFilter);
    return box;
}

void ClaimsBrowser::refillTags()
{
    const qint64 current = m_tag->currentData().toLongLong();
    const QSignalBlocker blocker(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("Any tag"), 0);
    for (const Tag &tag : m_taxonomy->tags())
        m_tag->addItem(QString(m_taxonomy->depth(tag.id) * 2, QLatin1Char(' ')) + tag.name, tag.id);
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(current)));
}

void ClaimsBrowser::applyFilter()
{
    LibraryClaimFilter filter;
    filter.text = m_text->text().trimmed();
    filter.tagId = m_tag->currentData().toLongLong();
    if (const int stance = m_stance->currentData().toInt(); stance >= 0)
        filter.stance = Claim::Stance(stance);
    if (const int kind = m_kind->currentData().toInt(); kind >= 0)
        filter.kind = Claim::Kind(kind);
    filter.speaker = m_speaker->text().trimmed();
    filter.site = m_site->text().trimmed();
    filter.from = m_from->text().trimmed();
    filter.to = m_to->text().trimmed();
    m_model->setFilter(filter);
}

void ClaimsBrowser::updateSummaries()
{
    m_model->finishLoading();
    const ClaimStatistics statistics = ClaimStatistics::compute(m_model->catalog(), m_model->visibleClaims(), *m_taxonomy);
    m_matrix->setStatistics(&m_model->catalog(), statistics);
    m_stances->setStatistics(&m_model->catalog(), statistics);
    m_charts->setStatistics(statistics);
    m_summariesStale = false;
}

void ClaimsBrowser::placeOver(const QWidget *mainWindow)
{
    const QRect available = mainWindow->screen()->availableGeometry();
    // The frame (title bar, borders) must fit too; until this window is
    // shown, the main window's frame tells how big it will be.
    const QSize frame = mainWindow->frameGeometry().size() - mainWindow->geometry().size();
    resize(size().boundedTo(available.size() - frame));
    QRect placed(QPoint(), size() + frame);
    placed.moveCenter(mainWindow->frameGeometry().center());
    placed.moveLeft(qBound(available.left(), placed.left(), available.right() - placed.width() + 1));
    placed.moveTop(qBound(available.top(), placed.top(), available.bottom() - placed.height() + 1));
    move(placed.topLeft());
}

void ClaimsBrowser::reload()
{
    m_model->reload();
}

} // namespace Lectern
