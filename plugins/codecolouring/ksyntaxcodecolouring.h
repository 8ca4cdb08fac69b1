// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/codecolouring.h"

#include <KSyntaxHighlighting/Repository>

#include <QObject>

#include <memory>
#include <optional>

namespace Lectern {

class LineColourer;

/// CodeColouring by KSyntaxHighlighting, in its default light and dark themes.
class KSyntaxCodeColouring : public QObject, public CodeColouring
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID LecternCodeColouring_iid)
    Q_INTERFACES(Lectern::CodeColouring)
public:
    KSyntaxCodeColouring();
    ~KSyntaxCodeColouring() override;

    bool colourLine(const QString &language, bool dark, const QString &text, const QTextBlockUserData *previous, QTextBlockUserData **state,
                    QList<Run> *runs) override;
    QSyntaxHighlighter *createDocumentHighlighter(QTextDocument *document, bool dark) override;
    QString setSyntaxForFileName(QSyntaxHighlighter *highlighter, const QString &fileName) override;

private:
    KSyntaxHighlighting::Theme themeFor(bool dark) const;

    KSyntaxHighlighting::Repository m_repository;
    std::unique_ptr<LineColourer> m_lines;
    std::optional<bool> m_linesDark; // the theme m_lines has, set at the first line
};

} // namespace Lectern
