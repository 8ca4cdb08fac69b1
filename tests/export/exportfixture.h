// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/testlibrary.h"

#include "annotation/taxonomy.h"
#include "export/exportcollector.h"
#include "store/claimstore.h"
#include "store/tagstore.h"

#include <QDir>

#include <QFile>
#include <QTimeZone>

namespace Lectern {

/// A small library with two articles and four claims whose notes hold
/// commas, quotes and line breaks, times fixed so exports compare with goldens.
class ExportFixture : public TestLibrary
{
public:
    ExportFixture()
    {
        Article article;
        article.title = QStringLiteral("Harbour Wind Farm Hearing");
        article.byline = QStringLiteral("Ines Marlow");
        article.site = QStringLiteral("Coastal Ledger");
        article.published = QStringLiteral("2026-03-14");
        article.source = QStringLiteral("https://coastal-ledger.example/harbour-wind/");
        article.format = QStringLiteral("html");
        for (const char *text : {"The council heard three hours of evidence on the offshore wind proposal.",
                                 "Supporters argued that the turbines would bring 400 jobs to the port, and that \"nothing else on the table comes close\".",
                                 "Opponents said the survey of seabirds was done in the wrong season, so its numbers cannot be trusted.",
                                 "A decision is expected in June \U0001F32C after a second hearing."})
            article.blocks << Block::paragraph(QString::fromUtf8(text));
        StoreOutcome outcome;
        QString error;
        if (LibraryStore(database()).add(article, &outcome, &error))
            harbour = outcome.articleId;
        ferry = addArticle(QStringLiteral("Ferry Timetable <Notice>"), {QStringLiteral("Ferries will run hourly from May, weather permitting.")},
                           QStringLiteral("/home/reader/Articles/ferry.txt"));
        Taxonomy taxonomy(database());
        economy = taxonomy.addTag(QStringLiteral("Economy"), 0, QColor(QStringLiteral("#cc79a7")), QStringLiteral("Jobs, money, trade"), &error).value_or(0);
        jobs = taxonomy.addTag(QStringLiteral("Jobs"), economy, QColor(QStringLiteral("#f0e442")), QString(), &error).value_or(0);
        environment = taxonomy.addTag(QStringLiteral("Environment"), 0, QColor(QStringLiteral("#56b4e9")), QString(), &error).value_or(0);
        add(harbour, QStringLiteral("the turbines would bring 400 jobs to the port"), {jobs}, Claim::Stance::Supports, Claim::Kind::Claim,
            QStringLiteral("Supporters"), QStringLiteral("Figure from the developer, not the council: \"direct or indirect?\"\nAsk at the second hearing."));
        add(harbour, QStringLiteral("the survey of seabirds was done in the wrong season"), {environment}, Claim::Stance::Opposes, Claim::Kind::Evidence,
            QStringLiteral("Opponents"), QString());
        add(harbour, QStringLiteral("after a second hearing"), {economy, environment}, Claim::Stance::Neutral, Claim::Kind::CounterClaim, QString(),
            QStringLiteral("Date, place: unknown"));
        add(ferry, QStringLiteral("run hourly"), {}, Claim::Stance::Neutral, Claim::Kind::Claim, QString(), QString());
    }

    void add(qint64 articleId, const QString &quote, const QList<qint64> &tags, Claim::Stance stance, Claim::Kind kind, const QString &speaker,
             const QString &note)
    {
        const QString text = LibraryStore(database()).article(articleId)->canonicalText();
        const int start = int(text.indexOf(quote));
        QVERIFY(start >= 0);
        Claim claim;
        claim.articleId = articleId;
        claim.anchor = TextAnchor::describe(text, start, start + int(quote.size()));
        claim.tagIds = tags;
        claim.stance = stance;
        claim.kind = kind;
        claim.speaker = speaker;
        claim.note = note;
        claim.created = QDateTime(QDate(2026, 3, 15), QTime(9, claims), QTimeZone::UTC);
        claim.modified = claim.created.addSecs(3600);
        // Fixed, so that exports can be compared with reference files.
        claim.uid = QStringLiteral("0d5c3a9e-7b21-4c6f-9e84-%1").arg(claims + 1, 12, 10, QLatin1Char('0'));
        QString error;
        QVERIFY2(ClaimStore(database()).insert(&claim, &error), qPrintable(error));
        ++claims;
    }

    ExportData collect(const ExportScope &scope = ExportScope::library())
    {
        QString error;
        ExportCollector collector(database());
        std::optional<ExportData> data = collector.collect(scope, {}, &error);
        if (!data)
            qWarning("collect failed: %s", qPrintable(error));
        ExportData result = data.value_or(ExportData());
        result.exported = QDateTime(QDate(2026, 3, 16), QTime(12, 0), QTimeZone::UTC);
        return result;
    }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    qint64 harbour = 0;
    qint64 ferry = 0;
    qint64 economy = 0;
    qint64 jobs = 0;
    qint64 environment = 0;
    int claims = 0;
};

} // namespace Lectern
