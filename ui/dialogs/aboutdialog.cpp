// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "store/database.h"

#include <ksyntaxhighlighting_version.h>
#include <karchive_version.h>

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace Lectern {

AboutDialog::AboutDialog(Database &database, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Lectern"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/lectern/icons/lectern.svg")).pixmap(64, 64));
    auto *text = new QLabel(this);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setText(QStringLiteral("<h2>Lectern %1</h2><p>%2</p>%3")
                      .arg(QStringLiteral(LECTERN_VERSION),
                           tr("An offline reader for articles, made for reading arguments closely: highlight the claims an author makes, tag them, "
                              "and export your notes."),
                           versionsHtml(database)));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(text);
    layout->addWidget(buttons);
}

QString AboutDialog::versionsHtml(Database &database)
{
    QSqlQuery query(QStringLiteral("SELECT sqlite_version()"), database.connection());
    const QString sqlite = query.next() ? query.value(0).toString() : tr("unknown");
    return QStringLiteral("<p>%1<br/>%2<br/>%3<br/>%4<br/>%5</p>")
        .arg(tr("Qt %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
             tr("KDE Frameworks Syntax Highlighting %1").arg(QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING)),
             tr("KDE Frameworks Archive %1").arg(QStringLiteral(KARCHIVE_VERSION_STRING)), tr("SQLite %1").arg(sqlite),
             tr("Library: %1").arg(database.path().toHtmlEscaped()));
}

} // namespace Lectern
