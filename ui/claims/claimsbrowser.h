// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;

namespace Lectern {

class ClaimChartsView;
class Database;
class LibraryClaimsModel;
class StanceComparisonModel;
class TagMatrixModel;
class Taxonomy;

/// A window on every claim in the library: a filtered list, a matrix of
/// articles × tags, the stances side by side per tag, and charts. The
/// matrix, stances and charts follow the filter; they are counted when their
/// tab is shown, so opening the window does not wait for them.
class ClaimsBrowser : public QWidget
{
    Q_OBJECT
public:
    ClaimsBrowser(Database &database, Taxonomy *taxonomy, QWidget *parent = nullptr);

    LibraryClaimsModel *model() const { return m_model; }
    TagMatrixModel *matrixModel() const { return m_matrix; }
    ClaimChartsView *charts() const { return m_charts; }
    QLineEdit *textFilter() const { return m_text; }
    QComboBox *tagFilter() const { return m_tag; }
    QTableView *claimsView() const { return m_claimsView; }
    QTabWidget *tabs() const { return m_tabs; }
    void reload();
    /// Within the available area of the screen the main window is on,
    /// centred over it: a window bigger than a laptop's screen is no use.
    void placeOver(const QWidget *mainWindow);

Q_SIGNALS:
    void claimActivated(qint64 articleId, qint64 claimId);
    void articleActivated(qint64 articleId);

private:
    QWidget *createFilters();
    void refillTags();
    void applyFilter();
    void updateSummaries();

    Taxonomy *m_taxonomy;
    LibraryClaimsModel *m_model;
    TagMatrixModel *m_matrix;
    StanceComparisonModel *m_stances;
    QLineEdit *m_text;
    QComboBox *m_tag;
    QComboBox *m_stance;
    QComboBox *m_kind;
    QLineEdit *m_speaker;
    QLineEdit *m_site;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QLabel *m_count;
    QTabWidget *m_tabs;
    QTableView *m_claimsView;
    ClaimChartsView *m_charts;
    bool m_summariesStale = true;
};

} // namespace Lectern
