// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "epubimporter.h"

#include "epubpackage.h"
#include "htmlimporter.h"
#include "plugin/pluginlibrary.h"
#include "textdecoder.h"
#include "zipreader.h"

#include <QCoreApplication>
#include <QSet>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QUrl>

#include <algorithm>
#include <memory>
#include <optional>

namespace Lectern {

namespace {

QString sizeError(const QString &path, qint64 size, qint64 limit)
{
    const QLocale locale;
    return QCoreApplication::translate("Lectern::EpubImporter", "The uncompressed size exceeds the limit: %1 would unpack to %2, more than %3.")
        .arg(path, locale.formattedDataSize(size), locale.formattedDataSize(limit));
}

bool isUnsafePath(const QString &path)
{
    if (path.startsWith(QLatin1Char('/')) || path.startsWith(QLatin1Char('\\')))
        return true;
    if (path.size() >= 2 && path.at(1) == QLatin1Char(':'))
        return true; // "C:..."
    const QList<QStringView> segments = QStringView(path).split(u'/');
    for (const QStringView segment : segments) {
        for (const QStringView part : segment.split(u'\\')) {
            if (part == u"..")
                return true;
        }
    }
    return false;
}

// The first entry whose name could point outside the archive, by its name
// as stored (the folder tree has already cleaned the names it finds files
// by). Nothing is extracted, but such a book is hostile or broken.
QString firstUnsafeEntry(const ZipArchive &archive)
{
    const QList<ZipArchive::File> files = archive.files();
    const auto unsafe = std::find_if(files.cbegin(), files.cend(), [](const ZipArchive::File &file) { return isUnsafePath(file.storedPath); });
    return unsafe == files.cend() ? QString() : unsafe->storedPath;
}

// KArchive, with libcrypto, is a plugin: loaded at the first book, not at
// every start of the program.
ZipReader *zipReader(QString *error)
{
    QString why;
    ZipReader *reader = PluginLibrary::load<ZipReader>(QStringLiteral("lectern_zipreader"), &why);
    if (!reader)
        *error = QCoreApplication::translate("Lectern::EpubImporter", "could not be read: EPUB support is missing, %1").arg(why);
    return reader;
}

// Reads entries within the book's limits: refuses on the declared size
// before inflating anything, and stops inflating one byte past the declared
// size, so a header that lies cannot make it read more.
class EntryReader
{
public:
    EntryReader(ZipArchive &archive, qint64 budget, qint64 entryLimit)
        : m_archive(archive)
        , m_budget(budget)
        , m_entryLimit(entryLimit)
    {
    }

    QString error;

    /// Fails when these declared sizes would already break the limits.
    bool fits(const QList<ZipArchive::File> &files)
    {
        qint64 total = 0;
        for (const ZipArchive::File &file : files) {
            if (file.size > m_entryLimit) {
                error = sizeError(file.storedPath, file.size, m_entryLimit);
                return false;
            }
            total += file.size;
        }
        if (total > m_budget) {
            error = sizeError(QCoreApplication::translate("Lectern::EpubImporter", "the book"), total, m_budget);
            return false;
        }
        return true;
    }

    std::optional<QByteArray> read(const ZipArchive::File &file)
    {
        if (!fits({file}))
            return std::nullopt;
        // One byte more than declared is enough to catch a header that lies.
        std::optional<QByteArray> bytes = m_archive.read(file, file.size + 1);
        if (!bytes) {
            error = QCoreApplication::translate("Lectern::EpubImporter", "%1 cannot be read: its compression method is not supported.").arg(file.storedPath);
            return std::nullopt;
        }
        if (bytes->size() > file.size) {
            error = QCoreApplication::translate("Lectern::EpubImporter", "The archive is damaged: %1 holds more data than its header declares.")
                        .arg(file.storedPath);
            return std::nullopt;
        }
        m_budget -= bytes->size();
        return bytes;
    }

private:
    ZipArchive &m_archive;
    qint64 m_budget;
    qint64 m_entryLimit;
};

// A manifest href to a path in the archive; empty for remote resources.
QString resolveHref(const QString &opfPath, const QString &href)
{
    const QString withoutFragment = href.section(QLatin1Char('#'), 0, 0);
    if (withoutFragment.isEmpty() || QUrl(withoutFragment).scheme().size() > 1)
        return {};
    QString relative = QUrl::fromPercentEncoding(withoutFragment.toUtf8());
    while (relative.startsWith(QLatin1Char('/')))
        relative.remove(0, 1); // relative to the container's root
    const qsizetype slash = opfPath.lastIndexOf(QLatin1Char('/'));
    const QString base = slash < 0 ? QString() : opfPath.first(slash + 1);
    return QDir::cleanPath(base + relative);
}

QString plainDescription(const QString &description)
{
    if (!description.contains(QLatin1Char('<')))
        return description;
    // Publishers often put HTML in dc:description.
    const ImportResult result = HtmlImporter().parseHtml(description, QString(), HtmlImporter::Extraction::WholeDocument);
    QStringList texts;
    for (const Block &block : result.article.blocks)
        texts.append(block.text);
    return texts.join(QLatin1Char(' '));
}

struct Chapter
{
    QString path;
    ZipArchive::File file;
};

bool isHtmlChapter(const EpubPackage::Item &item, const QString &path)
{
    if (!item.mediaType.isEmpty())
        return item.mediaType.contains(QLatin1StringView("html"));
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"xhtml" || suffix == u"html" || suffix == u"htm";
}

// One book being read: its archive, its limits, what went wrong.
class Book
{
public:
    Book(ZipArchive &archive, qint64 budget, qint64 entryLimit)
        : m_archive(archive)
        , m_reader(archive, budget, entryLimit)
    {
    }

    QString error;
    QStringList warnings;
    QString opfPath;

    std::optional<EpubPackage> readPackage()
    {
        const std::optional<ZipArchive::File> containerFile = m_archive.file(QStringLiteral("META-INF/container.xml"));
        if (!containerFile)
            return failed(QCoreApplication::translate("Lectern::EpubImporter", "This is not an EPUB: META-INF/container.xml is missing."));
        const std::optional<QByteArray> container = m_reader.read(*containerFile);
        if (!container)
            return failed(m_reader.error);
        opfPath = QDir::cleanPath(EpubPackage::rootFilePath(*container));
        if (opfPath.isEmpty() || opfPath == QLatin1StringView("."))
            return failed(QCoreApplication::translate("Lectern::EpubImporter", "This is not an EPUB: META-INF/container.xml names no package document."));
        const std::optional<ZipArchive::File> opfFile = isUnsafePath(opfPath) ? std::nullopt : m_archive.file(opfPath);
        if (!opfFile)
            return failed(QCoreApplication::translate("Lectern::EpubImporter", "This is not an EPUB: its package document %1 is missing.").arg(opfPath));
        const std::optional<QByteArray> opf = m_reader.read(*opfFile);
        if (!opf)
            return failed(m_reader.error);
        QString xmlError;
        EpubPackage package = EpubPackage::parse(*opf, &xmlError);
        if (!xmlError.isEmpty())
            return failed(QCoreApplication::translate("Lectern::EpubImporter", "The EPUB's package document %1 is not valid XML: %2").arg(opfPath, xmlError));
        if (package.spine.isEmpty())
            return failed(QCoreApplication::translate("Lectern::EpubImporter", "The EPUB has no chapters: its spine is empty."));
        return package;
    }

    /// The spine's HTML documents in reading order; checks their declared
    /// sizes against the limits before any is inflated.
    std::optional<QList<Chapter>> chapters(const EpubPackage &package)
    {
        QList<Chapter> chapters;
        QList<ZipArchive::File> files;
        QSet<QString> listed;
        QStringList repeated; // in reading order, for the warnings
        for (const QString &id : package.spine) {
            const EpubPackage::Item item = package.manifest.value(id);
            const QString path = resolveHref(opfPath, item.href);
            // A spine may list a chapter again (a hostile one, 50,000 times):
            // the book holds its text once.
            if (!path.isEmpty() && listed.contains(path)) {
                if (!repeated.contains(path))
                    repeated.append(path);
                continue;
            }
            listed.insert(path);
            const std::optional<ZipArchive::File> file = path.isEmpty() || isUnsafePath(path) ? std::nullopt : m_archive.file(path);
            if (!file) {
                warnings.append(QCoreApplication::translate("Lectern::EpubImporter", "The chapter \"%1\" is listed but missing from the book.")
                                    .arg(item.href.isEmpty() ? id : item.href));
            } else if (isHtmlChapter(item, path)) { // images in the spine have no text
                chapters.append({path, *file});
                files.append(*file);
            }
        }
        for (const QString &path : std::as_const(repeated))
            warnings.append(QCoreApplication::translate("Lectern::EpubImporter", "The chapter \"%1\" is listed more than once; it was read once.").arg(path));
        if (!m_reader.fits(files))
            return failed(m_reader.error);
        return chapters;
    }

    /// Appends each chapter's blocks to article, in order.
    bool readChapters(const QList<Chapter> &chapters, Article &article)
    {
        const HtmlImporter html;
        bool invalidBytes = false;
        for (const Chapter &chapter : chapters) {
            const std::optional<QByteArray> bytes = m_reader.read(chapter.file);
            if (!bytes) {
                error = m_reader.error;
                return false;
            }
            const TextDecoder::Result decoded = TextDecoder::decode(*bytes, HtmlImporter::declaredCharset(*bytes));
            invalidBytes = invalidBytes || decoded.hadInvalidBytes;
            const ImportResult result = html.parseHtml(decoded.text, chapter.path, HtmlImporter::Extraction::WholeDocument);
            if (result.ok())
                append(result.article, article);
            else if (result.error != HtmlImporter::noTextError()) // a cover or a blank page is no news
                warnings.append(QCoreApplication::translate("Lectern::EpubImporter", "The chapter \"%1\" was skipped: %2").arg(chapter.path, result.error));
        }
        if (invalidBytes)
            warnings.append(TextDecoder::invalidBytesWarning());
        return true;
    }

    QString firstChapterTitle;
    QString firstChapterLanguage;

private:
    std::nullopt_t failed(const QString &reason)
    {
        error = reason;
        return std::nullopt;
    }

    void append(const Article &chapter, Article &article)
    {
        if (firstChapterTitle.isEmpty())
            firstChapterTitle = chapter.title;
        if (firstChapterLanguage.isEmpty())
            firstChapterLanguage = chapter.language;
        const int offset = int(article.blocks.size());
        for (RemovedLine line : chapter.removed) {
            line.afterBlock += offset;
            article.removed.append(line);
        }
        article.blocks.append(chapter.blocks);
    }

    ZipArchive &m_archive;
    EntryReader m_reader;
};

} // namespace

QString EpubImporter::format() const
{
    return QStringLiteral("epub");
}

ImportResult EpubImporter::parse(const QByteArray &data, const QString &fileName) const
{
    if (data.isEmpty())
        return ImportResult::failure(QCoreApplication::translate("Lectern::EpubImporter", "The file is empty."));
    QString missing;
    const ZipReader *reader = zipReader(&missing);
    if (!reader)
        return ImportResult::failure(missing);
    const std::unique_ptr<ZipArchive> zip = reader->open(data);
    if (!zip)
        return ImportResult::failure(QCoreApplication::translate("Lectern::EpubImporter", "This is not a valid EPUB (ZIP) archive."));
    if (const QString unsafe = firstUnsafeEntry(*zip); !unsafe.isEmpty())
        return ImportResult::failure(QCoreApplication::translate("Lectern::EpubImporter", "The archive contains an entry with an unsafe path: %1").arg(unsafe));

    Book book(*zip, m_maxUncompressedSize, m_maxEntrySize);
    const std::optional<EpubPackage> package = book.readPackage();
    if (!package)
        return ImportResult::failure(book.error);
    const std::optional<QList<Chapter>> chapters = book.chapters(*package);
    if (!chapters)
        return ImportResult::failure(book.error);
    Article article;
    if (!book.readChapters(*chapters, article))
        return ImportResult::failure(book.error);
    if (article.blocks.isEmpty())
        return ImportResult::failure(QCoreApplication::translate("Lectern::EpubImporter", "The book contains no readable text."));

    article.title = !package->title.isEmpty() ? package->title
        : !book.firstChapterTitle.isEmpty()   ? book.firstChapterTitle
                                              : QFileInfo(fileName).completeBaseName();
    article.byline = package->creators.join(QStringLiteral(", "));
    article.published = package->date;
    article.site = package->publisher;
    article.language = !package->language.isEmpty() ? package->language : book.firstChapterLanguage;
    article.excerpt = plainDescription(package->description);
    article.tags = package->subjects;
    article.source = fileName;
    article.format = format();
    article.warnings = book.warnings;
    return ImportResult::success(std::move(article));
}

} // namespace Lectern
