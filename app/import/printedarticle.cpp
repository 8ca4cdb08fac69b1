// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "printedarticle.h"

#include "article/article.h"
#include "boilerplaterules.h"
#include "bylineline.h"

#include <QCoreApplication>

#include <algorithm>

namespace Lectern {

namespace {

void sortByPlace(QList<RemovedLine> &removed)
{
    std::stable_sort(removed.begin(), removed.end(), [](const RemovedLine &a, const RemovedLine &b) { return a.afterBlock < b.afterBlock; });
}

} // namespace

void PrintedArticle::setBoilerplateAside(Article &article, const BoilerplateRules &rules)
{
    QList<Block> kept;
    QList<RemovedLine> removed;
    QList<int> keptIndex(article.blocks.size(), -1);
    for (qsizetype i = 0; i < article.blocks.size(); ++i) {
        const Block &block = article.blocks[i];
        const BoilerplateRules::Match match = rules.match(block.text.trimmed());
        if (match.action == BoilerplateRules::Action::Remove) {
            removed.append({block.text, match.reason, int(kept.size()) - 1});
        } else if (match.action == BoilerplateRules::Action::Byline && article.byline.isEmpty()) {
            article.byline = block.text;
        } else {
            kept.append(block);
        }
        keptIndex[i] = int(kept.size()) - 1;
    }
    if (kept.isEmpty())
        return; // all of it looked like boilerplate: better kept than lost
    for (RemovedLine line : std::as_const(article.removed)) {
        line.afterBlock = line.afterBlock < 0 ? -1 : keptIndex.value(line.afterBlock, int(kept.size()) - 1);
        removed.append(line);
    }
    sortByPlace(removed);
    article.blocks = std::move(kept);
    article.removed = std::move(removed);
}

void PrintedArticle::readByline(Article &article)
{
    constexpr qsizetype nearTheTop = 6;
    for (qsizetype i = 0; i < std::min(nearTheTop, article.blocks.size()); ++i) {
        const Block &block = article.blocks[i];
        if (block.kind != Block::Kind::Paragraph)
            continue;
        // A line of its own, or a byline's end: a sentence that ends in a
        // date ("The harbour closed on 12 March 2024") is no dateline.
        QString beforeDate;
        const QDate date = BylineLine::dateAtEnd(block.text, &beforeDate);
        Article found;
        const bool byline = BylineLine::read(date.isValid() ? beforeDate : block.text.trimmed(), found);
        if (date.isValid() && (beforeDate.isEmpty() || byline))
            article.published = date.toString(Qt::ISODate);
        if (!byline)
            continue;
        article.byline = found.byline;
        if (!found.published.isEmpty())
            article.published = found.published;
        article.removed.append({block.text, QCoreApplication::translate("Lectern::PdfImporter", "byline"), int(i) - 1});
        article.blocks.removeAt(i);
        for (RemovedLine &line : article.removed) {
            if (line.afterBlock >= int(i))
                --line.afterBlock;
        }
        article.removed.last().afterBlock = int(i) - 1;
        sortByPlace(article.removed);
        return;
    }
}

} // namespace Lectern
