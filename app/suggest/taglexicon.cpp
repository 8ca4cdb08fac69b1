// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "taglexicon.h"

#include "tokenizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Lectern {

std::optional<TagLexicon> TagLexicon::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString();
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    TagLexicon lexicon;
    lexicon.m_tagName = root.value(QLatin1StringView("tag")).toString();
    const QJsonObject terms = root.value(QLatin1StringView("terms")).toObject();
    if (lexicon.m_tagName.isEmpty() || terms.isEmpty()) {
        *error = QCoreApplication::translate("Lectern::TagLexicon", "a lexicon needs a \"tag\" name and \"terms\"");
        return std::nullopt;
    }
    for (auto it = terms.begin(); it != terms.end(); ++it) {
        // The same features the classifier sees: a one-word term is its
        // stem, a two-word term the pair of stems.
        const QStringList features = Tokenizer::features(it.key());
        if (features.size() == 1 || features.size() == 3)
            lexicon.m_weights.insert(features.last(), it.value().toDouble(1.0));
    }
    return lexicon;
}

QList<TagLexicon> TagLexicon::bundled()
{
    QList<TagLexicon> lexicons;
    const QDir folder(QStringLiteral(":/lectern/suggest"));
    for (const QString &name : folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        if (name == QLatin1StringView("claimcues.json"))
            continue;
        QFile file(folder.filePath(name));
        QString error;
        const auto lexicon = file.open(QIODevice::ReadOnly) ? fromJson(file.readAll(), &error) : std::nullopt;
        if (lexicon)
            lexicons << *lexicon;
        else
            qWarning("suggest lexicon %s: %s", qPrintable(name), qPrintable(error.isEmpty() ? file.errorString() : error));
    }
    return lexicons;
}

double TagLexicon::score(const QStringList &features) const
{
    double sum = 0;
    QSet<QString> seen;
    for (const QString &feature : features) {
        const auto it = m_weights.constFind(feature);
        if (it != m_weights.cend() && !seen.contains(feature)) {
            sum += *it;
            seen.insert(feature);
        }
    }
    return sum;
}

} // namespace Lectern
