// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileimporter.h"

#include "curatedcardimporter.h"
#include "encodingdetector.h"
#include "epubimporter.h"
#include "htmlimporter.h"
#include "linelengthlimit.h"
#include "markdownimporter.h"
#include "pdfimporter.h"
#include "plaintextimporter.h"
#include "rawfilename.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Lectern {

namespace {
bool startsWithCaseless(const QByteArray &data, const char *prefix)
{
    return data.left(qsizetype(qstrlen(prefix))).compare(prefix, Qt::CaseInsensitive) == 0;
}

bool looksLikeHtml(const QByteArray &data)
{
    const QByteArray head = data.left(1024).trimmed();
    return startsWithCaseless(head, "<!doctype html") || startsWithCaseless(head, "<html") || head.contains("<head>") || head.contains("<body");
}

bool hasBom16(const QByteArray &data)
{
    return data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF");
}

// NUL bytes do not occur in text files (UTF-16 and UTF-32 aside, with or
// without a byte order mark).
bool looksBinary(const QByteArray &data)
{
    return !hasBom16(data) && data.left(64 * 1024).contains('\0') && EncodingDetector::wideUnicode(data).isEmpty();
}
// No more than cap bytes, whatever the size said: a file can grow while it
// is read. The first read asks for what the size promised, not for cap.
QByteArray readAtMost(QFile &file, qint64 size, qint64 cap)
{
    QByteArray data = file.read(std::min(size, cap));
    while (data.size() < cap && file.error() == QFileDevice::NoError) {
        const QByteArray more = file.read(std::min<qint64>(1024 * 1024, cap - data.size()));
        if (more.isEmpty())
            break;
        data += more;
    }
    return data;
}

} // namespace

struct FileImporter::Importers {
    PlainTextImporter text;
    CuratedCardImporter card;
    MarkdownImporter markdown;
    HtmlImporter html;
    EpubImporter epub;
    PdfImporter pdf;
};

FileImporter::FileImporter(qint64 maxFileSize)
    : m_maxFileSize(maxFileSize)
    , m_importers(std::make_unique<Importers>())
{
}

FileImporter::~FileImporter() = default;

QStringList FileImporter::supportedSuffixes()
{
    return {QStringLiteral("txt"), QStringLiteral("text"), QStringLiteral("md"), QStringLiteral("markdown"), QStringLiteral("html"),
            QStringLiteral("htm"), QStringLiteral("xhtml"), QStringLiteral("epub"), QStringLiteral("pdf")};
}

bool FileImporter::isSupported(const QString &path)
{
    return supportedSuffixes().contains(QFileInfo(path).suffix().toLower());
}

const Importer &FileImporter::importerFor(const QString &fileName, const QByteArray &data) const
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (data.startsWith("%PDF-") || suffix == QLatin1StringView("pdf"))
        return m_importers->pdf;
    if (suffix == QLatin1StringView("epub") || (data.startsWith("PK\x03\x04") && data.left(64).contains("epub")))
        return m_importers->epub;
    if (suffix == QLatin1StringView("md") || suffix == QLatin1StringView("markdown"))
        return m_importers->markdown;
    if (suffix.startsWith(QLatin1StringView("htm")) || suffix == QLatin1StringView("xhtml") || (suffix != QLatin1StringView("txt") && looksLikeHtml(data)))
        return m_importers->html;
    if (CuratedCardImporter::looksLikeCard(TextDecoder::decode(data.left(64 * 1024)).text))
        return m_importers->card;
    return m_importers->text;
}

ImportResult FileImporter::importFile(const QString &path) const
{
    QFile file;
    if (const QString problem = openRegularFile(path, &file); !problem.isEmpty())
        return ImportResult::failure(problem);
    if (file.size() > m_maxFileSize)
        return ImportResult::failure(QCoreApplication::translate("Lectern::FileImporter", "is larger than the import limit of %1 MB").arg(m_maxFileSize / (1024 * 1024)));
    const QByteArray data = readAtMost(file, file.size(), m_maxFileSize + 1);
    if (data.size() > m_maxFileSize)
        return ImportResult::failure(QCoreApplication::translate("Lectern::FileImporter", "is larger than the import limit of %1 MB").arg(m_maxFileSize / (1024 * 1024)));
    if (file.error() != QFileDevice::NoError)
        return ImportResult::failure(QCoreApplication::translate("Lectern::FileImporter", "cannot be read: %1").arg(file.errorString()));
    // The importer names the file as its source unless the file names
    // another (a Markdown front matter's url, for instance).
    const QString source = QFileInfo(path).absoluteFilePath();
    ImportResult result = importData(data, source);
    if (result.ok() && result.article.source.isEmpty())
        result.article.source = source;
    return result;
}

QString FileImporter::openRegularFile(const QString &path, QFile *file)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        // A name that is not valid UTF-8 is reached by its bytes.
        const std::optional<QByteArray> native = RawFileName::bytesOf(path);
        return native ? openByBytes(*native, file) : QCoreApplication::translate("Lectern::FileImporter", "the file does not exist");
    }
    if (info.isDir())
        return QCoreApplication::translate("Lectern::FileImporter", "is a folder, not a file");
    // A pipe never ends and a device such as /dev/zero never stops giving:
    // only regular files (or links to them) are read.
    if (!info.isFile())
        return QCoreApplication::translate("Lectern::FileImporter", "is not a regular file (a pipe, a socket or a device)");
    file->setFileName(path);
    if (!file->open(QIODevice::ReadOnly))
        return QCoreApplication::translate("Lectern::FileImporter", "cannot be read: %1").arg(file->errorString());
    return {};
}

QString FileImporter::openByBytes(const QByteArray &native, QFile *file)
{
    // Non-blocking, so that opening a pipe returns and is refused below.
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return QCoreApplication::translate("Lectern::FileImporter", "cannot be read: %1").arg(QString::fromLocal8Bit(strerror(errno)));
    struct stat status;
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        ::close(fd);
        return S_ISDIR(status.st_mode) ? QCoreApplication::translate("Lectern::FileImporter", "is a folder, not a file")
                                       : QCoreApplication::translate("Lectern::FileImporter", "is not a regular file (a pipe, a socket or a device)");
    }
    if (!file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return QCoreApplication::translate("Lectern::FileImporter", "cannot be read: %1").arg(file->errorString());
    }
    return {};
}

ImportResult FileImporter::importData(const QByteArray &data, const QString &fileName) const
{
    if (data.isEmpty())
        return ImportResult::failure(QCoreApplication::translate("Lectern::FileImporter", "is empty"));
    if (data.size() > m_maxFileSize)
        return ImportResult::failure(QCoreApplication::translate("Lectern::FileImporter", "is larger than the import limit of %1 MB").arg(m_maxFileSize / (1024 * 1024)));
    const Importer &importer = importerFor(fileName, data);
    const bool binaryFormat = &importer == &m_importers->pdf || &importer == &m_importers->epub;
    if (!binaryFormat && m_encoding.isEmpty() && looksBinary(data))
        return ImportResult::failure(QCoreApplication::translate("Lectern::FileImporter", "is a binary file, not text"));
    if (const QString tooLong = binaryFormat ? QString() : LineLengthLimit::check(data, &importer == &m_importers->html); !tooLong.isEmpty())
        return ImportResult::failure(tooLong);
    ImportResult result = binaryFormat || m_encoding.isEmpty() ? importer.parse(data, fileName) : parseAs(importer, data, fileName);
    if (result.ok() && result.article.title.trimmed().isEmpty())
        result.article.title = QFileInfo(fileName).completeBaseName();
    return result;
}

// The user named the encoding: the importer gets the text as UTF-8, which
// every importer takes as it is.
ImportResult FileImporter::parseAs(const Importer &importer, const QByteArray &data, const QString &fileName) const
{
    const TextDecoder::Result decoded = TextDecoder::decodeAs(data, m_encoding);
    ImportResult result = importer.parse(decoded.text.toUtf8(), fileName);
    if (result.ok()) {
        result.article.encoding = decoded.encoding;
        if (decoded.hadInvalidBytes)
            result.article.warnings << TextDecoder::invalidBytesWarning();
    }
    return result;
}

} // namespace Lectern
