// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayList>
#include <QList>
#include <QRegularExpression>
#include <QSet>

#include <gumbo.h>

namespace Lectern {

/// What reader mode leaves out of a web page besides its frame: blocks whose
/// class or id names clutter (share bars, comments, galleries, author bios),
/// blocks headed as clutter ("More on this story", "… in pictures") and lists
/// of links. Data (resources/import/clutter.json), beside the boilerplate
/// line rules, so it grows without code.
class ClutterRules
{
public:
    /// The rules shipped with Lectern.
    static const ClutterRules &builtIn();
    /// Rules from a JSON document of the same shape; errors leave it empty.
    static ClutterRules fromJson(const QByteArray &json, QString *error = nullptr);

    /// The listed word that element's class or id is named with, else
    /// empty. strongOnly: words that mark clutter whatever the page, for the
    /// lenient pass.
    QString classHint(const GumboNode *element, bool strongOnly) const;
    /// Readability's class weight: +25 for each of class and id named like
    /// content, -25 for each named like clutter.
    int classWeight(const GumboNode *element) const;
    /// Whether element's class or id says it never holds the article (reader
    /// comments), however long its paragraphs.
    bool isNeverContent(const GumboNode *element) const;
    /// Whether element's class or id names it the article's lead (a
    /// standfirst), which pages often set apart from the body.
    bool isLead(const GumboNode *element) const;
    /// The rule that marks element as clutter by what it shows (its heading,
    /// a list of links), else empty.
    QString blockHint(const GumboNode *element) const;

private:
    struct HeadingRule
    {
        QString name;
        QRegularExpression pattern;
    };

    QSet<QByteArray> m_strong;
    QSet<QByteArray> m_weak;
    QSet<QByteArray> m_content;
    QSet<QByteArray> m_neverContent;
    QSet<QByteArray> m_lead;
    QSet<QByteArray> m_weightPositive;
    QSet<QByteArray> m_weightNegative;
    QList<HeadingRule> m_headings;
    int m_linkListItems = 3;
    double m_linkListDensity = 0.8;
};

} // namespace Lectern
