// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lecternprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

namespace {
const QByteArray articleText = "Open Models and the Security Debate\n"
                               "A test article written for the docs/cli.md check.\n"
                               "\n"
                               "Critics say that publishing model weights helps misuse by people who would otherwise lack the skill.\n"
                               "\n"
                               "Supporters answer that openness helps defenders more than attackers, because defenders outnumber them.\n";

/// A subcommand and its action ("" for the subcommand itself), as `lectern --help` lists them.
struct Command {
    QString subcommand;
    QString action;
    QString synopsis;
    QString name() const { return action.isEmpty() ? subcommand : subcommand + QLatin1Char(' ') + action; }
};

/// The keys one shape of a JSON object has; `?` in docs/cli.md marks the optional ones.
struct Shape {
    QSet<QString> required;
    QSet<QString> optional;
};

QString keyList(const QSet<QString> &keys)
{
    QStringList sorted(keys.begin(), keys.end());
    sorted.sort();
    return sorted.join(QStringLiteral(", "));
}

QJsonArray asArray(const QString &output)
{
    const QJsonDocument document = QJsonDocument::fromJson(output.toUtf8());
    return document.isArray() ? document.array() : QJsonArray{document.object()};
}
} // namespace

#define VERIFY_RUN(run) QVERIFY2((run).code == 0, qPrintable(QStringLiteral("exit %1: %2").arg((run).code).arg((run).err)))

// Holds docs/cli.md, the command-line reference, to what the built binary does:
// every subcommand `lectern --help` lists has its help page and a worked
// example there, and every `--json` output has exactly the keys its table
// says. The lists come from the binary and docs/cli.md, never from this
// file, so a new subcommand or key fails here until it is documented.
class CliReferenceTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The whole of docs/cli.md is the command-line reference (it was README's "Command line" section).
        QFile reference(QStringLiteral(LECTERN_SOURCE_DIR "/docs/cli.md"));
        QVERIFY2(reference.open(QIODevice::ReadOnly), qPrintable(reference.fileName()));
        m_section = QString::fromUtf8(reference.readAll());
        QVERIFY(m_section.startsWith(QStringLiteral("# Lectern's command line\n")));

        const LecternRun help = runLectern({QStringLiteral("--help")});
        VERIFY_RUN(help);
        m_help = help.out;
        m_commands = commandsInHelp(help.out);
        QVERIFY2(m_commands.size() > 15, qPrintable(help.out));
    }

    void exitCodesAreDocumented()
    {
        QVERIFY(m_help.contains(QStringLiteral("Exit codes: 0 success, 1 some item failed (the rest was done), 2 usage error.")));
        QVERIFY(m_section.contains(QStringLiteral("Exit codes: `0` success, `1` some item failed (the rest was done), `2` usage error.")));
    }

    void everySubcommandHasAHelpPage()
    {
        for (const Command &command : std::as_const(m_commands)) {
            QStringList arguments{QStringLiteral("help"), command.subcommand};
            if (!command.action.isEmpty())
                arguments << command.action;
            const LecternRun run = runLectern(arguments);
            QVERIFY2(run.code == 0 && run.err.isEmpty(), qPrintable(command.name() + u' ' + run.err));
            QVERIFY2(run.out.startsWith(QStringLiteral("lectern ") + command.synopsis + u'\n'), qPrintable(command.name() + u'\n' + run.out));
            // `SUBCOMMAND --help` says the same.
            arguments.removeFirst();
            arguments << QStringLiteral("--help");
            QCOMPARE(runLectern(arguments).out, run.out);
        }
    }

    void everySubcommandHasAWorkedExample()
    {
        // Lines such as "$ lectern tags add Misuse --parent Security", each followed by what it printed.
        static const QRegularExpression examplePattern(QStringLiteral("^\\$ lectern ([^\\n]*)\\n(?!\\$|```)([^\\n]*)"), QRegularExpression::MultilineOption);
        QSet<QString> shown;
        for (auto examples = examplePattern.globalMatch(m_section); examples.hasNext();) {
            const QStringList words = examples.next().captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const QString subcommand = words.value(0);
            const QString second = words.value(1);
            bool isAction = false;
            for (const Command &command : std::as_const(m_commands))
                isAction = isAction || (command.subcommand == subcommand && !command.action.isEmpty() && command.action == second);
            shown << (isAction ? subcommand + u' ' + second : subcommand);
        }
        for (const Command &command : std::as_const(m_commands))
            QVERIFY2(shown.contains(command.name()), qPrintable(QStringLiteral("docs/cli.md shows no `$ lectern %1` with its output").arg(command.name())));
    }

    void everyJsonOutputHasAKeyTable()
    {
        const QMap<QString, QList<Shape>> documented = keyTables();
        for (const Command &command : std::as_const(m_commands)) {
            if (command.synopsis.contains(QStringLiteral("--json")))
                QVERIFY2(documented.contains(command.name()), qPrintable(QStringLiteral("docs/cli.md documents no `%1 --json`").arg(command.name())));
        }
    }

    void jsonKeysMatchTheReference()
    {
        QTemporaryDir dir;
        m_library = dir.filePath(QStringLiteral("library.sqlite"));
        const QString article = dir.filePath(QStringLiteral("open-models.txt"));
        QFile file(article);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(articleText);
        file.close();

        // A library where every documented shape occurs: the samples (removed
        // lines, a curated card), this article, claims, a nested tag, a failed
        // file, and a new version of the article that moves a claim.
        const LecternRun import = lectern({QStringLiteral("import"), QStringLiteral(LECTERN_SOURCE_DIR "/resources/samples"), article,
                                           dir.filePath(QStringLiteral("missing.txt")), QStringLiteral("--json")});
        QCOMPARE(import.code, 1);
        const QJsonArray imported = QJsonDocument::fromJson(import.out.toUtf8()).array();
        const QString id = QString::number(imported.at(imported.size() - 2).toObject().value(QLatin1StringView("id")).toInteger());
        const int articles = int(imported.size() - 1);
        VERIFY_RUN(lectern({QStringLiteral("tags"), QStringLiteral("add"), QStringLiteral("Misuse"), QStringLiteral("--parent"), QStringLiteral("Security")}));

        QMap<QString, QJsonArray> outputs;
        const auto output = [&](const QString &command, const QStringList &arguments) {
            const LecternRun run = lectern(arguments + QStringList{QStringLiteral("--json")});
            QVERIFY2(run.code == 0, qPrintable(command + u' ' + run.err));
            for (const QJsonValue &value : asArray(run.out))
                outputs[command].append(value);
        };
        outputs[QStringLiteral("import")] = imported;
        output(QStringLiteral("annotate"), {QStringLiteral("annotate"), id, QStringLiteral("--quote"), QStringLiteral("openness helps defenders"),
                                            QStringLiteral("--tag"), QStringLiteral("Misuse")});
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(articleText + "\nA closing line makes a second version.\n");
        file.close();
        output(QStringLiteral("import"), {QStringLiteral("import"), article});
        output(QStringLiteral("list"), {QStringLiteral("list")});
        output(QStringLiteral("search"), {QStringLiteral("search"), QStringLiteral("openness")});
        output(QStringLiteral("claim edit"), {QStringLiteral("claim"), QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--note"), QStringLiteral("n")});
        output(QStringLiteral("claims"), {QStringLiteral("claims")});
        output(QStringLiteral("tags add"), {QStringLiteral("tags"), QStringLiteral("add"), QStringLiteral("Trade"), QStringLiteral("--parent"), QStringLiteral("Competition")});
        output(QStringLiteral("tags"), {QStringLiteral("tags")});
        const QString notes = dir.filePath(QStringLiteral("notes.json"));
        output(QStringLiteral("export"), {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), notes});
        const LecternRun elsewhere = runLectern({QStringLiteral("import-annotations"), notes, QStringLiteral("--json"), QStringLiteral("--library"),
                                                 dir.filePath(QStringLiteral("other.sqlite"))});
        VERIFY_RUN(elsewhere);
        outputs[QStringLiteral("import-annotations")] = asArray(elsewhere.out);
        for (int each = 1; each <= articles; ++each) {
            const QString number = QString::number(each);
            output(QStringLiteral("show"), {QStringLiteral("show"), number});
            output(QStringLiteral("summary"), {QStringLiteral("summary"), number});
            output(QStringLiteral("related"), {QStringLiteral("related"), number});
            output(QStringLiteral("suggest"), {QStringLiteral("suggest"), number});
        }
        VERIFY_RUN(lectern({QStringLiteral("delete"), id}));
        output(QStringLiteral("trash"), {QStringLiteral("trash")});
        VERIFY_RUN(lectern({QStringLiteral("restore"), id}));

        const QMap<QString, QList<Shape>> documented = keyTables();
        for (auto it = documented.cbegin(); it != documented.cend(); ++it) {
            const QStringList parts = it.key().split(QLatin1Char('/'));
            QVERIFY2(outputs.contains(parts.first()),
                     qPrintable(QStringLiteral("docs/cli.md documents `%1 --json`, which this test does not run").arg(parts.first())));
            QJsonArray objects = outputs.value(parts.first());
            if (parts.size() > 1) {
                // `show --json` → `blocks[]`: the elements; → `curated_summary`: the object, where there is one.
                QJsonArray inner;
                for (const QJsonValue &value : std::as_const(objects)) {
                    const QJsonValue nested = value.toObject().value(parts.last());
                    if (nested.isArray()) {
                        for (const QJsonValue &element : nested.toArray())
                            inner.append(element);
                    } else if (nested.isObject()) {
                        inner.append(nested);
                    }
                }
                objects = inner;
            }
            QVERIFY2(!objects.isEmpty(), qPrintable(QStringLiteral("no `%1 --json` output to check").arg(it.key())));
            QList<bool> seen(it.value().size(), false);
            for (const QJsonValue &value : std::as_const(objects)) {
                const QStringList keyNames = value.toObject().keys();
                const QSet<QString> keys(keyNames.begin(), keyNames.end());
                bool matched = false;
                for (qsizetype i = 0; i < it.value().size() && !matched; ++i) {
                    const Shape &shape = it.value().at(i);
                    if (keys.contains(shape.required) && (shape.required + shape.optional).contains(keys))
                        matched = seen[i] = true;
                }
                QVERIFY2(matched, qPrintable(QStringLiteral("`%1 --json` printed keys docs/cli.md does not list: %2").arg(it.key(), keyList(keys))));
            }
            QVERIFY2(!seen.contains(false), qPrintable(QStringLiteral("a shape docs/cli.md lists for `%1 --json` was never printed").arg(it.key())));
        }
    }

private:
    LecternRun lectern(const QStringList &arguments) const { return runLectern(arguments + QStringList{QStringLiteral("--library"), m_library}); }

    /// The synopses under "Subcommands:" in `lectern --help`: "  tags add NAME [--parent TAG] ...".
    static QList<Command> commandsInHelp(const QString &help)
    {
        static const QRegularExpression synopsisPattern(QStringLiteral("^  ([a-z][a-z-]*)((?: [a-z][a-z-]*)?)(.*)$"), QRegularExpression::MultilineOption);
        static const QRegularExpression wordPattern(QStringLiteral("^[a-z][a-z-]*$"));
        const qsizetype from = help.indexOf(QStringLiteral("Subcommands:\n"));
        const QString list = help.mid(from, help.indexOf(QStringLiteral("\n\n"), from) - from);
        QList<Command> commands;
        for (auto lines = synopsisPattern.globalMatch(list); lines.hasNext();) {
            const QRegularExpressionMatch line = lines.next();
            const QString action = line.captured(2).trimmed();
            commands << Command{line.captured(1), wordPattern.match(action).hasMatch() ? action : QString(), line.captured(0).trimmed()};
        }
        return commands;
    }

    /// docs/cli.md's key tables, rows such as
    /// | `claims --json`, `annotate --json` | `id`, `tags`, ... | and | `show --json` → `blocks[]` | `kind`, `level`?, ... |
    /// keyed "claims" and "show/blocks"; one command may have several shapes (import: a file imported, or failed).
    QMap<QString, QList<Shape>> keyTables() const
    {
        static const QRegularExpression rowPattern(QStringLiteral("^\\|([^|]*--json`[^|]*)\\|([^|]+)\\|\\s*$"), QRegularExpression::MultilineOption);
        static const QRegularExpression commandPattern(QStringLiteral("`([a-z][a-z -]*) --json`"));
        static const QRegularExpression fieldPattern(QStringLiteral("→ `([a-z_]+)(?:\\[\\])?`"));
        static const QRegularExpression keyPattern(QStringLiteral("`([a-z_]+)`([?]?)"));
        QMap<QString, QList<Shape>> documented;
        for (auto rows = rowPattern.globalMatch(m_section); rows.hasNext();) {
            const QRegularExpressionMatch row = rows.next();
            Shape shape;
            for (auto keys = keyPattern.globalMatch(row.captured(2)); keys.hasNext();) {
                const QRegularExpressionMatch key = keys.next();
                (key.captured(2).isEmpty() ? shape.required : shape.optional).insert(key.captured(1));
            }
            const QRegularExpressionMatch field = fieldPattern.match(row.captured(1));
            for (auto commands = commandPattern.globalMatch(row.captured(1)); commands.hasNext();)
                documented[commands.next().captured(1) + (field.hasMatch() ? QString(QLatin1Char('/') + field.captured(1)) : QString())] << shape;
        }
        return documented;
    }

    QString m_section;
    QString m_help;
    QList<Command> m_commands;
    QString m_library;
};

QTEST_GUILESS_MAIN(CliReferenceTest)
#include "tst_cli_readme.moc"
