// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lecternprocess.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
// An article written for these tests: "openness" occurs twice, the last
// paragraph is dropped by the changed version below.
const QByteArray articleText = "Open Models and the Security Debate\n"
                               "A test article written for the claim commands.\n"
                               "\n"
                               "Critics say that publishing model weights helps misuse by people who would otherwise lack the skill.\n"
                               "\n"
                               "Supporters answer that openness helps defenders more than attackers, because defenders outnumber them.\n"
                               "\n"
                               "The evidence so far is mixed, and openness cuts both ways for every lab that publishes.\n"
                               "\n"
                               "Quantum pineapples harmonise the zeppelin ledger every second Tuesday of the month.\n";

// The same article edited: the first paragraph as it was (its claims stay), a sentence added in front of the
// second (claims after it move), the last paragraph replaced (its claim is orphaned).
const QByteArray changedText = "Open Models and the Security Debate\n"
                               "A test article written for the claim commands.\n"
                               "\n"
                               "Critics say that publishing model weights helps misuse by people who would otherwise lack the skill.\n"
                               "\n"
                               "The debate is old. Supporters answer that openness helps defenders more than attackers, because defenders outnumber them.\n"
                               "\n"
                               "The evidence so far is mixed, and openness cuts both ways for every lab that publishes.\n"
                               "\n"
                               "Regulators expect to decide next year what, if anything, should change for labs.\n";

const QString misuseQuote = QStringLiteral("publishing model weights helps misuse");
const QString defendersQuote = QStringLiteral("Supporters answer that openness helps defenders");
const QString pineappleQuote = QStringLiteral("Quantum pineapples harmonise the zeppelin ledger");
} // namespace

#define VERIFY_RUN(run) QVERIFY2((run).code == 0, qPrintable(QStringLiteral("exit %1: %2").arg((run).code).arg((run).err)))

// Runs the built `lectern` binary's claim and tag subcommands end to end
// against a temporary library and an article written on the fly.
class CliClaimsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_library = m_dir->filePath(QStringLiteral("library.sqlite"));
        m_article = m_dir->filePath(QStringLiteral("open-models.txt"));
        write(m_article, articleText);
    }

    // Issue #25: with two imports running, thousands of files failed with
    // "database is locked" while annotate waited. Every writer waits its turn.
    void twoImportsAndAnnotatingAtOnce()
    {
        const Run first = lectern({QStringLiteral("import"), m_article});
        VERIFY_RUN(first);
        constexpr int filesPerImport = 1500;
        constexpr int annotations = 25;
        QStringList folders;
        for (const QString &name : {QStringLiteral("north"), QStringLiteral("south")}) {
            const QString folder = m_dir->filePath(name);
            QVERIFY(QDir().mkpath(folder));
            for (int i = 0; i < filesPerImport; ++i)
                write(folder + QStringLiteral("/note-%1.txt").arg(i),
                      QStringLiteral("Harbour note %1 %2\n\nThe %1 gauge at the %2 pier read %3 metres.\n").arg(name).arg(i).arg(i % 7).toUtf8());
            folders << folder;
        }
        std::vector<std::unique_ptr<QProcess>> imports;
        for (const QString &folder : std::as_const(folders)) {
            imports.push_back(std::make_unique<QProcess>());
            imports.back()->start(QStringLiteral(LECTERN_BINARY), {QStringLiteral("--library"), m_library, QStringLiteral("import"), folder});
            QVERIFY(imports.back()->waitForStarted());
        }
        for (int i = 0; i < annotations; ++i) {
            const Run annotate = lectern({QStringLiteral("annotate"), QStringLiteral("1"), QStringLiteral("--range"), QStringLiteral("%1:%2").arg(i).arg(i + 10),
                                          QStringLiteral("--tag"), QStringLiteral("Security")});
            VERIFY_RUN(annotate);
        }
        for (const auto &import : imports) {
            QVERIFY(import->waitForFinished(300000));
            QVERIFY2(import->exitCode() == 0, import->readAllStandardError().left(2000).constData());
        }
        const Run list = lectern({QStringLiteral("list"), QStringLiteral("--json")});
        VERIFY_RUN(list);
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 1 + 2 * filesPerImport);
        const Run claims = lectern({QStringLiteral("claims"), QStringLiteral("--json")});
        VERIFY_RUN(claims);
        QCOMPARE(QJsonDocument::fromJson(claims.out.toUtf8()).array().size(), annotations);
    }

    // Issue #25: claims made on the command line never taught the
    // suggestions; the window's claims did.
    void commandLineClaimsTeachSuggestions()
    {
        const QString privacyArticle = m_dir->filePath(u"tracking.txt"_s);
        QByteArray text = "Tracking and the Open Web\nA test article on data brokers.\n\n";
        const QStringList sentences{
            u"Data brokers sell location histories without consent."_s, u"Brokers keep location histories for years without consent."_s,
            u"Apps share location data with brokers without asking."_s, u"Location histories reveal where people sleep and pray."_s,
            u"Consent banners hide that brokers resell location data."_s, u"Brokers match location data to names without consent."_s,
            u"Nobody consented to brokers selling their location histories."_s};
        for (const QString &sentence : sentences)
            text += sentence.toUtf8() + "\n\n";
        write(privacyArticle, text);
        const QString probe = m_dir->filePath(u"probe.txt"_s);
        write(probe, "Brokers and Location\nA probe.\n\nCritics argue that data brokers must not sell location histories without consent, because it "
                     "harms users.\n");
        const Run first = lectern({u"import"_s, privacyArticle});
        VERIFY_RUN(first);
        const Run added = lectern({u"tags"_s, u"add"_s, u"Privacy"_s});
        VERIFY_RUN(added);
        const auto privacySuggested = [this, &probe] {
            const Run suggest = lectern({u"suggest"_s, u"--json"_s, probe});
            for (const QJsonValue &item : QJsonDocument::fromJson(suggest.out.toUtf8()).array()) {
                if (item.toObject().value(QLatin1StringView("tag")).toString() == u"Privacy"_s)
                    return true;
            }
            return false;
        };
        QVERIFY(!privacySuggested());
        for (const QString &sentence : sentences) {
            const Run annotate = lectern({u"annotate"_s, u"1"_s, u"--quote"_s, sentence, u"--tag"_s, u"Privacy"_s});
            VERIFY_RUN(annotate);
        }
        QVERIFY(privacySuggested());
        // Claims arriving in another library by import-annotations teach it too.
        const QString notes = m_dir->filePath(u"notes.json"_s);
        const Run exported = lectern({u"export"_s, u"--format"_s, u"json"_s, u"--all"_s, u"-o"_s, notes});
        VERIFY_RUN(exported);
        m_library = m_dir->filePath(u"other.sqlite"_s);
        QVERIFY(!privacySuggested());
        const Run imported = lectern({u"import-annotations"_s, notes});
        VERIFY_RUN(imported);
        QVERIFY(privacySuggested());
    }

    void helpListsTheClaimSubcommands()
    {
        const Run help = lectern({QStringLiteral("--help")}, false);
        VERIFY_RUN(help);
        for (const char *synopsis : {"annotate ID", "claims [ID | --all]", "claim edit CLAIM", "claim delete CLAIM", "tags [--json]", "tags add NAME",
                                     "tags rename TAG NEWNAME", "tags merge FROM INTO", "tags delete TAG [--yes]"})
            QVERIFY2(help.out.contains(QLatin1StringView(synopsis)), synopsis);
        const Run claim = lectern({QStringLiteral("help"), QStringLiteral("claim")}, false);
        VERIFY_RUN(claim);
        QVERIFY(claim.out.contains(QStringLiteral("claim edit")) && claim.out.contains(QStringLiteral("claim delete")));
        const Run merge = lectern({QStringLiteral("help"), QStringLiteral("tags"), QStringLiteral("merge")}, false);
        VERIFY_RUN(merge);
        QVERIFY(merge.out.contains(QStringLiteral("tags merge FROM INTO")) && !merge.out.contains(QStringLiteral("tags add")));
        const Run annotate = lectern({QStringLiteral("annotate"), QStringLiteral("--help")}, false);
        VERIFY_RUN(annotate);
        QVERIFY(annotate.out.contains(QStringLiteral("--occurrence")));
    }

    void annotateByQuoteAndByRange()
    {
        const QString text = importArticle();
        const Run byQuote = lectern({QStringLiteral("annotate"), QStringLiteral("1"), QStringLiteral("--quote"), misuseQuote, QStringLiteral("--tag"),
                                     QStringLiteral("Security"), QStringLiteral("--stance"), QStringLiteral("opposes"), QStringLiteral("--kind"),
                                     QStringLiteral("claim"), QStringLiteral("--speaker"), QStringLiteral("Critics"), QStringLiteral("--note"),
                                     QStringLiteral("the core objection")});
        VERIFY_RUN(byQuote);
        QCOMPARE(byQuote.out, QStringLiteral("1\n"));

        // The second "openness", by position in the canonical text.
        const int second = int(text.indexOf(QStringLiteral("openness"), text.indexOf(QStringLiteral("openness")) + 1));
        QVERIFY(second > 0);
        const QString range = QStringLiteral("%1:%2").arg(second).arg(second + 8);
        const Run byRange = lectern({QStringLiteral("annotate"), QStringLiteral("1"), QStringLiteral("--range"), range, QStringLiteral("--tag"),
                                     QStringLiteral("innovation,Competition"), QStringLiteral("--kind"), QStringLiteral("evidence"), QStringLiteral("--json")});
        VERIFY_RUN(byRange);
        const QJsonObject rangeClaim = QJsonDocument::fromJson(byRange.out.toUtf8()).object();
        QCOMPARE(rangeClaim.value(QLatin1StringView("id")).toInteger(), qint64(2));
        QCOMPARE(rangeClaim.value(QLatin1StringView("exact")).toString(), QStringLiteral("openness"));
        QCOMPARE(rangeClaim.value(QLatin1StringView("start")).toInt(), second);
        QCOMPARE(rangeClaim.value(QLatin1StringView("tags")).toArray(), QJsonArray({QStringLiteral("Innovation"), QStringLiteral("Competition")}));
        QCOMPARE(rangeClaim.value(QLatin1StringView("kind")).toString(), QStringLiteral("evidence"));
        QCOMPARE(rangeClaim.value(QLatin1StringView("stance")).toString(), QStringLiteral("neutral"));

        const Run claims = lectern({QStringLiteral("claims"), QStringLiteral("1"), QStringLiteral("--json")});
        VERIFY_RUN(claims);
        const QJsonArray array = QJsonDocument::fromJson(claims.out.toUtf8()).array();
        QCOMPARE(array.size(), 2);
        const QJsonObject claim = array.at(0).toObject();
        const int start = int(text.indexOf(misuseQuote));
        QCOMPARE(claim.value(QLatin1StringView("id")).toInteger(), qint64(1));
        QCOMPARE(claim.value(QLatin1StringView("article_id")).toInteger(), qint64(1));
        QCOMPARE(claim.value(QLatin1StringView("start")).toInt(), start);
        QCOMPARE(claim.value(QLatin1StringView("end")).toInt(), start + int(misuseQuote.size()));
        QCOMPARE(claim.value(QLatin1StringView("exact")).toString(), misuseQuote);
        QCOMPARE(claim.value(QLatin1StringView("prefix")).toString(), text.mid(start - 32, 32));
        QCOMPARE(claim.value(QLatin1StringView("suffix")).toString(), text.mid(start + misuseQuote.size(), 32));
        QCOMPARE(claim.value(QLatin1StringView("tags")).toArray(), QJsonArray({QStringLiteral("Security")}));
        QCOMPARE(claim.value(QLatin1StringView("stance")).toString(), QStringLiteral("opposes"));
        QCOMPARE(claim.value(QLatin1StringView("kind")).toString(), QStringLiteral("claim"));
        QCOMPARE(claim.value(QLatin1StringView("speaker")).toString(), QStringLiteral("Critics"));
        QCOMPARE(claim.value(QLatin1StringView("note")).toString(), QStringLiteral("the core objection"));
        QCOMPARE(claim.value(QLatin1StringView("status")).toString(), QStringLiteral("anchored"));
        QCOMPARE(claim.value(QLatin1StringView("confidence")).toDouble(), 1.0);
        for (const char *key : {"created", "modified"}) {
            const QString stamp = claim.value(QLatin1StringView(key)).toString();
            const QDateTime time = QDateTime::fromString(stamp, Qt::ISODate);
            QVERIFY2(stamp.endsWith(QLatin1Char('Z')) && time.isValid() && qAbs(time.secsTo(QDateTime::currentDateTimeUtc())) < 600, qPrintable(stamp));
        }

        // Text: one tab-separated line per claim.
        const Run plain = lectern({QStringLiteral("claims"), QStringLiteral("--all")});
        VERIFY_RUN(plain);
        const QStringList lines = plain.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.first().split(QLatin1Char('\t')),
                 QStringList({QStringLiteral("1"), QStringLiteral("1"), QString::number(start), QString::number(start + int(misuseQuote.size())),
                              QStringLiteral("anchored"), QStringLiteral("opposes"), QStringLiteral("claim"), QStringLiteral("Security"),
                              QStringLiteral("Critics"), misuseQuote, QStringLiteral("the core objection")}));
        QCOMPARE(lines.last().split(QLatin1Char('\t')).value(7), QStringLiteral("Innovation,Competition"));
    }

    void ambiguousQuoteNeedsAnOccurrence()
    {
        const QString text = importArticle();
        const QStringList annotate{QStringLiteral("annotate"), QStringLiteral("1"), QStringLiteral("--quote"), QStringLiteral("openness"),
                                   QStringLiteral("--tag"), QStringLiteral("Innovation")};
        const Run ambiguous = lectern(annotate);
        QCOMPARE(ambiguous.code, 1);
        QVERIFY2(ambiguous.err.contains(QStringLiteral("occurs 2 times in article 1")), qPrintable(ambiguous.err));
        QVERIFY(ambiguous.out.isEmpty());
        const Run second = lectern(annotate + QStringList{QStringLiteral("--occurrence"), QStringLiteral("2"), QStringLiteral("--json")});
        VERIFY_RUN(second);
        const QJsonObject claim = QJsonDocument::fromJson(second.out.toUtf8()).object();
        QCOMPARE(claim.value(QLatin1StringView("start")).toInt(), int(text.indexOf(QStringLiteral("openness"), text.indexOf(QStringLiteral("openness")) + 1)));
    }

    void claimsFilters()
    {
        importArticle();
        VERIFY_RUN(lectern({QStringLiteral("tags"), QStringLiteral("add"), QStringLiteral("Misuse"), QStringLiteral("--parent"), QStringLiteral("Security")}));
        annotate(misuseQuote, QStringLiteral("Security/Misuse"), {QStringLiteral("--stance"), QStringLiteral("opposes")});
        annotate(pineappleQuote, QStringLiteral("Competition"), {QStringLiteral("--stance"), QStringLiteral("supports")});
        QCOMPARE(claimIds({QStringLiteral("--tag"), QStringLiteral("Security")}), QList<qint64>({1})); // through its sub-tag
        QCOMPARE(claimIds({QStringLiteral("--tag"), QStringLiteral("misuse")}), QList<qint64>({1}));
        QCOMPARE(claimIds({QStringLiteral("--tag"), QStringLiteral("Misuse,Competition")}), QList<qint64>({1, 2}));
        QCOMPARE(claimIds({QStringLiteral("--stance"), QStringLiteral("supports")}), QList<qint64>({2}));
        QCOMPARE(claimIds({QStringLiteral("--status"), QStringLiteral("orphan")}), QList<qint64>());
        QCOMPARE(claimIds({QStringLiteral("1"), QStringLiteral("--status"), QStringLiteral("anchored")}), QList<qint64>({1, 2}));
        QCOMPARE(claimIds({QStringLiteral("--all")}), QList<qint64>({1, 2}));
    }

    void editAndDeleteAClaim()
    {
        importArticle();
        annotate(misuseQuote, QStringLiteral("Security"), {QStringLiteral("--note"), QStringLiteral("first thoughts")});
        const Run edit = lectern({QStringLiteral("claim"), QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--stance"), QStringLiteral("supports"),
                                  QStringLiteral("--tag"), QStringLiteral("Innovation,Security"), QStringLiteral("--speaker"), QStringLiteral("  A. Critic "),
                                  QStringLiteral("--note"), QString(), QStringLiteral("--json")});
        VERIFY_RUN(edit);
        const QJsonObject edited = QJsonDocument::fromJson(edit.out.toUtf8()).object();
        QCOMPARE(edited.value(QLatin1StringView("stance")).toString(), QStringLiteral("supports"));
        QCOMPARE(edited.value(QLatin1StringView("tags")).toArray(), QJsonArray({QStringLiteral("Innovation"), QStringLiteral("Security")}));
        QCOMPARE(edited.value(QLatin1StringView("speaker")).toString(), QStringLiteral("A. Critic"));
        QCOMPARE(edited.value(QLatin1StringView("note")).toString(), QString());
        QCOMPARE(edited.value(QLatin1StringView("kind")).toString(), QStringLiteral("claim")); // untouched
        QVERIFY(edited.value(QLatin1StringView("modified")).toString() >= edited.value(QLatin1StringView("created")).toString());

        const Run stored = lectern({QStringLiteral("claims"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(stored.out.toUtf8()).array().first().toObject(), edited);

        const Run plainEdit = lectern({QStringLiteral("claim"), QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--kind"), QStringLiteral("counter-claim")});
        VERIFY_RUN(plainEdit);
        QCOMPARE(plainEdit.out, QStringLiteral("changed claim 1\n"));

        const Run remove = lectern({QStringLiteral("claim"), QStringLiteral("delete"), QStringLiteral("1")});
        VERIFY_RUN(remove);
        QCOMPARE(remove.out, QStringLiteral("deleted claim 1\n"));
        QCOMPARE(claimIds({}), QList<qint64>());
        const Run again = lectern({QStringLiteral("claim"), QStringLiteral("delete"), QStringLiteral("1")});
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(QStringLiteral("there is no claim with id '1'")), qPrintable(again.err));
    }

    void tagTreeAndEdits()
    {
        importArticle();
        const Run start = lectern({QStringLiteral("tags")});
        VERIFY_RUN(start);
        QVERIFY2(start.out.startsWith(QStringLiteral("Security  #d55e00  0 claim")), qPrintable(start.out));

        const Run add = lectern({QStringLiteral("tags"), QStringLiteral("add"), QStringLiteral("Misuse"), QStringLiteral("--parent"), QStringLiteral("Security"),
                                 QStringLiteral("--color"), QStringLiteral("#112233"), QStringLiteral("--description"), QStringLiteral("Harm done with models")});
        VERIFY_RUN(add);
        QCOMPARE(add.out, QStringLiteral("added tag 4 \u201CSecurity/Misuse\u201D\n"));
        const Run nested = lectern({QStringLiteral("tags"), QStringLiteral("add"), QStringLiteral("Bio"), QStringLiteral("--parent"),
                                    QStringLiteral("Security/Misuse"), QStringLiteral("--json")});
        VERIFY_RUN(nested);
        QCOMPARE(QJsonDocument::fromJson(nested.out.toUtf8()).object().value(QLatin1StringView("path")).toString(), QStringLiteral("Security/Misuse/Bio"));
        annotate(misuseQuote, QStringLiteral("Bio"));

        const Run tree = lectern({QStringLiteral("tags")});
        QVERIFY2(tree.out.contains(QStringLiteral("\n  Misuse  #112233  1 claim")), qPrintable(tree.out));
        QVERIFY2(tree.out.contains(QStringLiteral("\n    Bio  ")), qPrintable(tree.out));
        const Run json = lectern({QStringLiteral("tags"), QStringLiteral("--json")});
        VERIFY_RUN(json);
        const QJsonArray top = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(top.size(), 3);
        const QJsonObject security = top.first().toObject();
        QCOMPARE(security.value(QLatin1StringView("name")).toString(), QStringLiteral("Security"));
        QCOMPARE(security.value(QLatin1StringView("claims")).toInt(), 1);
        const QJsonObject misuse = security.value(QLatin1StringView("children")).toArray().first().toObject();
        QCOMPARE(misuse.value(QLatin1StringView("path")).toString(), QStringLiteral("Security/Misuse"));
        QCOMPARE(misuse.value(QLatin1StringView("color")).toString(), QStringLiteral("#112233"));
        QCOMPARE(misuse.value(QLatin1StringView("description")).toString(), QStringLiteral("Harm done with models"));
        QCOMPARE(misuse.value(QLatin1StringView("children")).toArray().first().toObject().value(QLatin1StringView("name")).toString(), QStringLiteral("Bio"));

        const Run rename = lectern({QStringLiteral("tags"), QStringLiteral("rename"), QStringLiteral("Security/Misuse"), QStringLiteral("Abuse")});
        VERIFY_RUN(rename);
        QCOMPARE(rename.out, QStringLiteral("renamed tag \u201CSecurity/Misuse\u201D to \u201CSecurity/Abuse\u201D\n"));
        QCOMPARE(claimField(1, "tags").toArray(), QJsonArray({QStringLiteral("Security/Abuse/Bio")}));

        const Run merge = lectern({QStringLiteral("tags"), QStringLiteral("merge"), QStringLiteral("Abuse"), QStringLiteral("Innovation")});
        VERIFY_RUN(merge);
        QVERIFY2(merge.out.startsWith(QStringLiteral("merged tag \u201CSecurity/Abuse\u201D into \u201CInnovation\u201D: 1 claim")), qPrintable(merge.out));
        QCOMPARE(claimField(1, "tags").toArray(), QJsonArray({QStringLiteral("Innovation")}));

        const Run refused = lectern({QStringLiteral("tags"), QStringLiteral("delete"), QStringLiteral("Innovation")});
        QCOMPARE(refused.code, 1);
        QVERIFY(refused.out.isEmpty());
        QVERIFY2(refused.err.contains(QStringLiteral("tag 'Innovation' is on 1 claim")) && refused.err.contains(QStringLiteral("--yes")), qPrintable(refused.err));
        QCOMPARE(claimField(1, "tags").toArray(), QJsonArray({QStringLiteral("Innovation")}));

        const Run unused = lectern({QStringLiteral("tags"), QStringLiteral("delete"), QStringLiteral("Competition")});
        VERIFY_RUN(unused);
        const Run confirmed = lectern({QStringLiteral("tags"), QStringLiteral("delete"), QStringLiteral("Innovation"), QStringLiteral("--yes")});
        VERIFY_RUN(confirmed);
        QVERIFY2(confirmed.out.startsWith(QStringLiteral("deleted tag \u201CInnovation\u201D: 1 claim")), qPrintable(confirmed.out));
        const QJsonArray left = QJsonDocument::fromJson(lectern({QStringLiteral("tags"), QStringLiteral("--json")}).out.toUtf8()).array();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().toObject().value(QLatin1StringView("children")).toArray().size(), 0);
    }

    void reimportReportsClaimCounts()
    {
        const QString oldText = importArticle();
        annotate(misuseQuote, QStringLiteral("Security"));
        annotate(defendersQuote, QStringLiteral("Innovation"));
        annotate(pineappleQuote, QStringLiteral("Competition"));
        write(m_article, changedText);
        const Run reimport = lectern({QStringLiteral("import"), m_article});
        VERIFY_RUN(reimport);
        QVERIFY2(reimport.out.contains(QStringLiteral("updated article 1")) && reimport.out.contains(QStringLiteral("to version 2")), qPrintable(reimport.out));
        QVERIFY2(reimport.out.contains(QStringLiteral("claims: 1 stayed, 1 moved, 1 orphaned")), qPrintable(reimport.out));

        // What the counts say is what happened to each claim.
        const QString newText = articleTextNow();
        QVERIFY(newText != oldText);
        QCOMPARE(claimField(1, "start").toInt(), int(oldText.indexOf(misuseQuote)));
        QCOMPARE(claimField(1, "start").toInt(), int(newText.indexOf(misuseQuote)));
        QVERIFY(newText.indexOf(defendersQuote) != oldText.indexOf(defendersQuote));
        QCOMPARE(claimField(2, "start").toInt(), int(newText.indexOf(defendersQuote)));
        QCOMPARE(claimField(2, "status").toString(), QStringLiteral("anchored"));
        QCOMPARE(claimField(3, "status").toString(), QStringLiteral("orphan"));
        QCOMPARE(claimIds({QStringLiteral("--status"), QStringLiteral("orphan")}), QList<qint64>({3}));

        // A line added at the end moves nothing; the orphan stays one.
        write(m_article, changedText + "\nA closing line makes a third version.\n");
        const Run json = lectern({QStringLiteral("import"), m_article, QStringLiteral("--json")});
        VERIFY_RUN(json);
        const QJsonObject entry = QJsonDocument::fromJson(json.out.toUtf8()).array().first().toObject();
        QCOMPARE(entry.value(QLatin1StringView("status")).toString(), QStringLiteral("new-version"));
        QCOMPARE(entry.value(QLatin1StringView("version")).toInt(), 3);
        QCOMPARE(entry.value(QLatin1StringView("claims")).toInt(), 3);
        QCOMPARE(entry.value(QLatin1StringView("stayed_claims")).toInt(), 2);
        QCOMPARE(entry.value(QLatin1StringView("moved_claims")).toInt(), 0);
        QCOMPARE(entry.value(QLatin1StringView("orphaned_claims")).toInt(), 1);

        // The same text again is a duplicate: no new version, nothing re-anchored.
        const Run same = lectern({QStringLiteral("import"), m_article, QStringLiteral("--json")});
        VERIFY_RUN(same);
        const QJsonObject duplicate = QJsonDocument::fromJson(same.out.toUtf8()).array().first().toObject();
        QCOMPARE(duplicate.value(QLatin1StringView("status")).toString(), QStringLiteral("duplicate"));
        QCOMPARE(duplicate.value(QLatin1StringView("stayed_claims")).toInt() + duplicate.value(QLatin1StringView("moved_claims")).toInt(), 0);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("fragment");
        const auto row = [](const char *name, std::initializer_list<const char *> arguments, int code, const QString &fragment) {
            QStringList list;
            for (const char *argument : arguments)
                list << QString::fromUtf8(argument);
            QTest::newRow(name) << list << code << fragment;
        };
        const QString quoteOpen = QStringLiteral("\u201C");
        row("unknown article", {"annotate", "99", "--quote", "openness", "--tag", "Security"}, 1, QStringLiteral("there is no article with id '99'"));
        row("unknown article in claims", {"claims", "99"}, 1, QStringLiteral("there is no article with id '99'"));
        row("missing quote", {"annotate", "1", "--quote", "not in the text", "--tag", "Security"}, 1,
            QStringLiteral("article 1 does not contain the quote ") + quoteOpen + QStringLiteral("not in the text"));
        row("ambiguous quote", {"annotate", "1", "--quote", "openness", "--tag", "Security"}, 1, QStringLiteral("occurs 2 times in article 1"));
        row("occurrence beyond", {"annotate", "1", "--quote", "openness", "--occurrence", "3", "--tag", "Security"}, 1, QStringLiteral("no occurrence 3"));
        row("unknown tag", {"annotate", "1", "--quote", "model weights", "--tag", "Security,Nonsense"}, 1, QStringLiteral("there is no tag 'Nonsense'"));
        row("unknown tag filter", {"claims", "--tag", "Nonsense"}, 1, QStringLiteral("there is no tag 'Nonsense'"));
        row("range without colon", {"annotate", "1", "--range", "5", "--tag", "Security"}, 2, QStringLiteral("--range needs START:END"));
        row("range not numbers", {"annotate", "1", "--range", "a:b", "--tag", "Security"}, 2, QStringLiteral("not 'a:b'"));
        row("range negative", {"annotate", "1", "--range", "-3:5", "--tag", "Security"}, 2, QStringLiteral("--range needs START:END"));
        row("range backwards", {"annotate", "1", "--range", "10:5", "--tag", "Security"}, 2, QStringLiteral("--range 10:5 is empty"));
        row("range empty", {"annotate", "1", "--range", "7:7", "--tag", "Security"}, 2, QStringLiteral("--range 7:7 is empty"));
        row("range beyond the end", {"annotate", "1", "--range", "10:100000", "--tag", "Security"}, 2,
            QStringLiteral("--range 10:100000 goes beyond the end of article 1"));
        row("range beyond any number", {"annotate", "1", "--range", "1:123456789012345678901234567890", "--tag", "Security"}, 2,
            QStringLiteral("goes beyond the end of article 1"));
        row("quote and range", {"annotate", "1", "--quote", "x", "--range", "1:2", "--tag", "Security"}, 2, QStringLiteral("not both"));
        row("neither quote nor range", {"annotate", "1", "--tag", "Security"}, 2, QStringLiteral("annotate needs --quote TEXT or --range START:END"));
        row("no tag", {"annotate", "1", "--quote", "model weights"}, 2, QStringLiteral("annotate needs --tag"));
        row("no article id", {"annotate", "--quote", "model weights", "--tag", "Security"}, 2, QStringLiteral("annotate needs exactly one article id"));
        row("bad stance", {"annotate", "1", "--quote", "model weights", "--tag", "Security", "--stance", "maybe"}, 2, QStringLiteral("unknown stance 'maybe'"));
        row("bad kind", {"annotate", "1", "--quote", "model weights", "--tag", "Security", "--kind", "rumour"}, 2, QStringLiteral("unknown kind 'rumour'"));
        row("bad occurrence", {"annotate", "1", "--quote", "openness", "--occurrence", "0", "--tag", "Security"}, 2,
            QStringLiteral("--occurrence needs a positive number"));
        row("bad status", {"claims", "--status", "lost"}, 2, QStringLiteral("unknown status 'lost'"));
        row("id and --all", {"claims", "1", "--all"}, 2, QStringLiteral("claims takes one article id or --all"));
        row("option of another subcommand", {"claims", "--quote", "x"}, 2, QStringLiteral("claims does not take --quote"));
        row("unknown claim to edit", {"claim", "edit", "42", "--note", "x"}, 1, QStringLiteral("there is no claim with id '42'"));
        row("unknown claim to delete", {"claim", "delete", "seven"}, 1, QStringLiteral("there is no claim with id 'seven'"));
        row("edit without changes", {"claim", "edit", "1"}, 2, QStringLiteral("claim edit needs at least one of"));
        row("unknown claim action", {"claim", "frob", "1"}, 2, QStringLiteral("unknown claim action 'frob'"));
        row("claim without action", {"claim"}, 2, QStringLiteral("claim needs an action: edit, delete"));
        row("unknown tags action", {"tags", "frob"}, 2, QStringLiteral("unknown tags action 'frob'"));
        row("help for unknown action", {"help", "tags", "frob"}, 2, QStringLiteral("unknown tags action 'frob'"));
        row("merge into itself", {"tags", "merge", "Security", "security"}, 1, QStringLiteral("cannot merge tag 'Security' into itself"));
        row("merge unknown tag", {"tags", "merge", "Nonsense", "Security"}, 1, QStringLiteral("there is no tag 'Nonsense'"));
        row("merge needs two tags", {"tags", "merge", "Security"}, 2, QStringLiteral("tags merge needs FROM INTO"));
        row("rename unknown tag", {"tags", "rename", "Nonsense", "Sense"}, 1, QStringLiteral("there is no tag 'Nonsense'"));
        row("delete unknown tag", {"tags", "delete", "Nonsense"}, 1, QStringLiteral("there is no tag 'Nonsense'"));
        row("add under unknown parent", {"tags", "add", "Child", "--parent", "Nonsense"}, 1, QStringLiteral("there is no tag 'Nonsense'"));
        row("add existing tag", {"tags", "add", "security"}, 1, QStringLiteral("already a tag named"));
        row("bad colour", {"tags", "add", "Red", "--color", "red"}, 2, QStringLiteral("--color needs a colour as #RRGGBB"));
        row("slash in a name", {"tags", "add", "Security/Misuse"}, 2, QStringLiteral("cannot contain '/'"));
        row("yes outside delete", {"tags", "add", "Misuse", "--yes"}, 2, QStringLiteral("tags add does not take --yes"));
    }
    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, fragment);
        importArticle();
        const Run run = lectern(arguments);
        QVERIFY2(run.code == code, qPrintable(QStringLiteral("exit %1, stderr: %2").arg(run.code).arg(run.err)));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
        QVERIFY2(run.err.startsWith(QStringLiteral("lectern: ")) && run.err.contains(fragment), qPrintable(run.err));
        // Nothing was written: no claim appeared, the codebook is as it was.
        QCOMPARE(claimIds({}), QList<qint64>());
        QCOMPARE(lectern({QStringLiteral("tags")}).out.count(QLatin1Char('\n')), 3);
    }

private:
    using Run = Lectern::LecternRun;

    Run lectern(QStringList arguments, bool withLibrary = true)
    {
        if (withLibrary)
            arguments << QStringLiteral("--library") << m_library;
        return Lectern::runLectern(arguments);
    }

    /// Imports the test article as article 1 and returns its canonical text.
    QString importArticle()
    {
        const Run run = lectern({QStringLiteral("import"), m_article});
        if (run.code != 0 || !run.out.contains(QStringLiteral("imported as article 1")))
            qFatal("import failed: %s", qPrintable(run.err));
        return articleTextNow();
    }

    QString articleTextNow()
    {
        const Run show = lectern({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")});
        return QJsonDocument::fromJson(show.out.toUtf8()).object().value(QLatin1StringView("text")).toString();
    }

    void annotate(const QString &quote, const QString &tag, const QStringList &more = {})
    {
        const Run run = lectern(QStringList{QStringLiteral("annotate"), QStringLiteral("1"), QStringLiteral("--quote"), quote, QStringLiteral("--tag"), tag}
                                + more);
        if (run.code != 0)
            qFatal("annotate failed: %s", qPrintable(run.err));
    }

    QList<qint64> claimIds(const QStringList &filter)
    {
        const Run run = lectern(QStringList{QStringLiteral("claims"), QStringLiteral("--json")} + filter);
        QList<qint64> ids;
        for (const QJsonValue &claim : QJsonDocument::fromJson(run.out.toUtf8()).array())
            ids << claim.toObject().value(QLatin1StringView("id")).toInteger();
        return ids;
    }

    QJsonValue claimField(qint64 claimId, const char *key)
    {
        const Run run = lectern({QStringLiteral("claims"), QStringLiteral("--json")});
        for (const QJsonValue &claim : QJsonDocument::fromJson(run.out.toUtf8()).array()) {
            if (claim.toObject().value(QLatin1StringView("id")).toInteger() == claimId)
                return claim.toObject().value(QLatin1StringView(key));
        }
        return {};
    }

    static void write(const QString &path, const QByteArray &data)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(data);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_library;
    QString m_article;
};

QTEST_GUILESS_MAIN(CliClaimsTest)
#include "tst_cli_claims.moc"
