// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ksyntaxcodecolouring.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QTextBlockUserData>

namespace Lectern {

namespace {
// The state at the end of a line, carried into the next, as
// KSyntaxHighlighting::SyntaxHighlighter keeps it.
class CodeState : public QTextBlockUserData
{
public:
    KSyntaxHighlighting::State state;
};
} // namespace

// Colours one line at a time, collecting the runs instead of setting them.
class LineColourer : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    KSyntaxHighlighting::State colour(const QString &text, const KSyntaxHighlighting::State &previous, QList<CodeColouring::Run> *runs)
    {
        m_runs = runs;
        return highlightLine(text, previous);
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (format.isDefaultTextStyle(theme()))
            return;
        QTextCharFormat chars;
        if (format.hasTextColor(theme()))
            chars.setForeground(format.textColor(theme()));
        if (format.isBold(theme()))
            chars.setFontWeight(QFont::Bold);
        if (format.isItalic(theme()))
            chars.setFontItalic(true);
        m_runs->append({offset, length, chars});
    }

private:
    QList<CodeColouring::Run> *m_runs = nullptr;
};

KSyntaxCodeColouring::KSyntaxCodeColouring()
    : m_lines(std::make_unique<LineColourer>())
{
}

KSyntaxCodeColouring::~KSyntaxCodeColouring() = default;

KSyntaxHighlighting::Theme KSyntaxCodeColouring::themeFor(bool dark) const
{
    return m_repository.defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme);
}

bool KSyntaxCodeColouring::colourLine(const QString &language, bool dark, const QString &text, const QTextBlockUserData *previous,
                                      QTextBlockUserData **state, QList<Run> *runs)
{
    const KSyntaxHighlighting::Definition definition = m_repository.definitionForName(language);
    if (!definition.isValid())
        return false;
    if (m_lines->definition() != definition)
        m_lines->setDefinition(definition);
    if (m_linesDark != dark) {
        m_lines->setTheme(themeFor(dark));
        m_linesDark = dark;
    }
    const auto *before = dynamic_cast<const CodeState *>(previous);
    auto *mine = dynamic_cast<CodeState *>(*state);
    if (!mine) {
        mine = new CodeState;
        *state = mine;
    }
    const KSyntaxHighlighting::State next = m_lines->colour(text, before ? before->state : KSyntaxHighlighting::State(), runs);
    if (mine->state == next)
        return false;
    mine->state = next;
    return true;
}

QSyntaxHighlighter *KSyntaxCodeColouring::createDocumentHighlighter(QTextDocument *document, bool dark)
{
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
    highlighter->setTheme(themeFor(dark));
    return highlighter;
}

QString KSyntaxCodeColouring::setSyntaxForFileName(QSyntaxHighlighter *highlighter, const QString &fileName)
{
    auto *syntax = qobject_cast<KSyntaxHighlighting::SyntaxHighlighter *>(highlighter);
    if (!syntax)
        return {};
    syntax->setDefinition(m_repository.definitionForFileName(fileName));
    return syntax->definition().isValid() ? syntax->definition().name() : QString();
}

} // namespace Lectern
