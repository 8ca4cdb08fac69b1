// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"

#include "store/corruptionwatch.h"

#include "store/database.h"
#include "store/librarybackups.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace Lectern {

CliContext::CliContext()
    : m_out(stdout)
    , m_err(stderr)
{
}

CliContext::~CliContext() = default;

int CliContext::usage(const QString &message)
{
    m_err << "lectern: " << message << '\n' << tr("Try 'lectern --help'.") << '\n';
    return UsageError;
}

int CliContext::failed(const QString &message)
{
    m_err << "lectern: " << message << '\n';
    return ItemFailed;
}

void CliContext::printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

QString CliContext::field(const QString &text)
{
    QString flat = text;
    for (QChar &c : flat) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QChar::ParagraphSeparator || c == QChar::LineSeparator)
            c = QLatin1Char(' ');
    }
    return flat;
}

QString CliContext::libraryPath() const
{
    return m_libraryPath.isEmpty() ? Database::defaultPath() : m_libraryPath;
}

int CliContext::finish(int code)
{
    const QString damage = CorruptionWatch::damage();
    if (!m_database || damage.isEmpty())
        return code;
    const QString path = m_database->path();
    m_database.reset();
    QString error;
    if (!Database::recordDamage(path, damage, &error))
        m_err << error << '\n';
    failed(tr("the library %1 is damaged (%2); what was read from it may be incomplete, and nothing was written. The next command checks it "
              "whole, moves it aside and says which backup to restore.")
               .arg(path, damage));
    return std::max(code, int(ItemFailed));
}

Database *CliContext::database()
{
    if (m_database)
        return m_database.get();
    // The default place is made when missing; a folder typed after --library
    // that does not exist is more likely a typo than a wish for a new one.
    if (const QFileInfo chosen(m_libraryPath); !m_libraryPath.isEmpty() && !chosen.absoluteDir().exists()) {
        failed(tr("the folder of the library %1 does not exist").arg(chosen.absoluteFilePath()));
        return nullptr;
    }
    auto database = std::make_unique<Database>();
    database->setNewLibraryAllowed(m_newLibraryAllowed);
    QString error;
    if (!database->open(libraryPath(), &error, Database::Access::ReadWrite, Database::Check::Daily)) {
        failed(error);
        // The damaged file is aside; say how to get the library back.
        if (database->damagedCopyPath().isEmpty())
            return nullptr;
        if (const std::optional<QFileInfo> backup = LibraryBackups(libraryPath()).newest())
            m_err << tr("The newest backup is %1; to restore it: lectern backup restore '%1'").arg(backup->absoluteFilePath()) << '\n'
                  << tr("Then, to bring back the claims made since that backup: lectern backup salvage '%1'").arg(database->damagedCopyPath()) << '\n';
        m_err << tr("To start a new, empty library there instead, add --new.") << '\n';
        return nullptr;
    }
    if (database->isReadOnly())
        m_err << tr("Note: the library %1 is open read-only (%2); changes are refused.").arg(database->path(), database->readOnlyReason()) << '\n';
    m_database = std::move(database);
    return m_database.get();
}

} // namespace Lectern
