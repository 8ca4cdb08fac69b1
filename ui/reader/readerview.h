// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

class QLabel;

namespace Lectern {

struct Article;

/// Shows one article for reading: its title and byline above a text column
/// capped near 70 characters and centred.
class ReaderView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ReaderView(QWidget *parent = nullptr);

    void showArticle(const Article &article);
    /// Selects and scrolls to the first place one of terms occurs.
    void revealFirstMatch(const QStringList &terms);
    QString headerText() const;

    void copySelection();
    void selectAllText();
    void zoomInText();
    void zoomOutText();
    void resetZoom();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateMargins();

    QLabel *m_header;
    int m_zoom = 0;
};

} // namespace Lectern
