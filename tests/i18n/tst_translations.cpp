// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {
struct Message {
    QString context;
    QString source;
    QString type; // "", "unfinished", "obsolete" or "vanished"
    QStringList translations;
    bool numerus = false;
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"translation" && current.numerus)
            messages.append(current);
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name")
            context = xml.readElementText();
        else if (name == u"message")
            current = Message{context, {}, {}, {}, xml.attributes().value(u"numerus") == u"yes"};
        else if (name == u"source")
            current.source = xml.readElementText();
        else if (name == u"translation") {
            current.type = xml.attributes().value(u"type").toString();
            if (!current.numerus) {
                current.translations = {xml.readElementText()};
                messages.append(current);
            }
        } else if (name == u"numerusform") {
            current.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        qFatal("%s is not valid XML: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d|n)"));
    QSet<QString> found;
    for (const auto &match : pattern.globalMatch(text))
        found.insert(match.captured());
    return found;
}

bool hasAccelerator(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("&[^&\\s]"));
    return QString(text).remove(QStringLiteral("&&")).contains(pattern);
}

// English is the source language: its file holds only plural forms
// (qt_add_translations' PLURALS_TS_FILE, lupdate -pluralonly).
const QString pluralsFile = QStringLiteral("lectern_en.ts");

QStringList tsFiles()
{
    const QDir dir(QStringLiteral(LECTERN_SOURCE_DIR "/translations"));
    return dir.entryList({QStringLiteral("lectern_*.ts")}, QDir::Files, QDir::Name);
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyLanguageIsThere();
    void translationsAreComplete_data();
    void translationsAreComplete();
    void sourcesHaveNoNewOrVanishedStrings();
};

void TestTranslations::everyLanguageIsThere()
{
    const QStringList expected{QStringLiteral("lectern_de.ts"), pluralsFile, QStringLiteral("lectern_fr.ts"), QStringLiteral("lectern_it.ts"),
                               QStringLiteral("lectern_ja.ts")};
    QCOMPARE(tsFiles(), expected);
}

void TestTranslations::translationsAreComplete_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : tsFiles())
        QTest::newRow(qPrintable(file)) << file;
}

void TestTranslations::translationsAreComplete()
{
    QFETCH(QString, file);
    const QList<Message> messages = readTs(QStringLiteral(LECTERN_SOURCE_DIR "/translations/") + file);
    const bool pluralsOnly = file == pluralsFile;
    QVERIFY2(messages.size() > (pluralsOnly ? 10 : 100), qPrintable(file + QStringLiteral(" holds too few messages")));
    const int forms = file.contains(QStringLiteral("_ja")) ? 1 : 2;
    QStringList problems;
    for (const Message &m : messages) {
        const QString where = m.context + QStringLiteral(": \"") + m.source + u'"';
        if (pluralsOnly && !m.numerus)
            problems << where + QStringLiteral(" has no plural forms");
        if (!m.type.isEmpty())
            problems << where + QStringLiteral(" is ") + m.type;
        if (m.numerus && m.translations.size() != forms)
            problems << where + QStringLiteral(" has %1 plural forms, not %2").arg(m.translations.size()).arg(forms);
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty())
                problems << where + QStringLiteral(" has an empty translation");
            else if (placeholders(t) != placeholders(m.source))
                problems << where + QStringLiteral(" loses or adds a placeholder in \"") + t + u'"';
            else if (hasAccelerator(m.source) != hasAccelerator(t))
                problems << where + QStringLiteral(" loses or adds an accelerator in \"") + t + u'"';
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

// lupdate, run on the sources into a copy of each .ts file, must find nothing
// new (unfinished) and nothing gone (vanished or obsolete).
void TestTranslations::sourcesHaveNoNewOrVanishedStrings()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    QStringList copies;
    for (const QString &file : tsFiles()) {
        const QString copy = temp.filePath(file);
        QVERIFY(QFile::copy(QStringLiteral(LECTERN_SOURCE_DIR "/translations/") + file, copy));
        QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
        copies << copy;
    }
    const QString plurals = temp.filePath(pluralsFile);
    copies.removeOne(plurals);
    const QStringList sources{QStringLiteral(LECTERN_SOURCE_DIR "/app"), QStringLiteral(LECTERN_SOURCE_DIR "/ui"),
                              QStringLiteral(LECTERN_SOURCE_DIR "/plugins"), QStringLiteral("-locations"), QStringLiteral("none")};
    for (const QStringList &arguments : {sources + QStringList{QStringLiteral("-ts")} + copies,
                                         sources + QStringList{QStringLiteral("-pluralonly"), QStringLiteral("-ts"), plurals}}) {
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(LECTERN_LUPDATE), arguments);
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
    }
    copies << plurals;
    for (const QString &copy : std::as_const(copies)) {
        QStringList problems;
        for (const Message &m : readTs(copy)) {
            if (!m.type.isEmpty())
                problems << m.context + QStringLiteral(": \"") + m.source + QStringLiteral("\" is ") + m.type;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QFileInfo(copy).fileName() + QStringLiteral(" is out of date; run the update_translations target:\n")
                                                + problems.join(u'\n')));
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
