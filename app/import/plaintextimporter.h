// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boilerplaterules.h"
#include "importer.h"

namespace Lectern {

/// Articles saved as plain text: the first line is the title, a short second
/// line the dek, short title-like lines between paragraphs are headings, and
/// site boilerplate goes to the removed list by BoilerplateRules.
class PlainTextImporter : public Importer
{
public:
    explicit PlainTextImporter(const BoilerplateRules &rules = BoilerplateRules::builtIn());

    QString format() const override { return QStringLiteral("text"); }
    ImportResult parse(const QByteArray &data, const QString &fileName) const override;
    /// For text that is already decoded (and line endings normalised).
    ImportResult parseText(const QString &text, const QString &fileName) const;

    /// Lines of a decoded text file: line endings normalised, trailing space cut.
    static QStringList splitLines(const QString &text);
    static bool isTitleLike(const QString &line);

private:
    const BoilerplateRules &m_rules;
};

} // namespace Lectern
