// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article/articledetails.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Lectern {

/// Edit ▸ Article Details: title, byline, site, published date, web
/// address and topics of one article. The text itself is never edited here.
class ArticleDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    ArticleDetailsDialog(const ArticleDetails &details, QWidget *parent);

    ArticleDetails details() const;
    /// Empty when every field can be kept; else what is wrong, for the dialog to show.
    static QString problemWith(const ArticleDetails &details);

private:
    void updateProblem();

    QLineEdit *m_title;
    QLineEdit *m_byline;
    QLineEdit *m_site;
    QLineEdit *m_published;
    QLineEdit *m_address;
    QLineEdit *m_topics;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Lectern
