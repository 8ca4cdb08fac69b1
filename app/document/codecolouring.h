// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QTextCharFormat>
#include <QtPlugin>

class QSyntaxHighlighter;
class QTextBlockUserData;
class QTextDocument;

namespace Lectern {

/// Colours code as KSyntaxHighlighting does. The codecolouring plugin
/// implements it, loaded at the first code block or export preview:
/// KSyntaxHighlighting links Qt Network, whose proxy and TLS libraries
/// would add about 10 ms to every start of the program.
class CodeColouring
{
public:
    /// A run of a line of code that is not drawn as plain text.
    struct Run {
        int offset = 0;
        int length = 0;
        QTextCharFormat format;
    };

    virtual ~CodeColouring() = default;

    /// The plugin, loaded at the first call; nullptr (said once on stderr)
    /// when it is missing, and code is then shown plain.
    static CodeColouring *plugin();

    /// Colours one line of code in the light or dark theme. `previous` is
    /// the state the line before ended in (null at a first line), `*state`
    /// this line's, made when null: both live in their blocks. Returns
    /// whether this line's state changed, when the next line must be
    /// coloured again.
    virtual bool colourLine(const QString &language, bool dark, const QString &text, const QTextBlockUserData *previous, QTextBlockUserData **state,
                            QList<Run> *runs) = 0;
    /// A highlighter that colours a whole document (a preview), owned by it.
    virtual QSyntaxHighlighter *createDocumentHighlighter(QTextDocument *document, bool dark) = 0;
    /// Colours the highlighter's document as a file of this name; returns
    /// the syntax's name, or an empty string when none fits.
    virtual QString setSyntaxForFileName(QSyntaxHighlighter *highlighter, const QString &fileName) = 0;
};

} // namespace Lectern

#define LecternCodeColouring_iid "org.lectern.CodeColouring/1"
Q_DECLARE_INTERFACE(Lectern::CodeColouring, LecternCodeColouring_iid)
