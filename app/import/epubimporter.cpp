// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "epubimporter.h"

#include "epubpackage.h"
#include "htmlimporter.h"
#include "textdecoder.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KZip>
#include <KZipFileEntry>

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <QUrl>

#include <memory>
#include <optional>
#include <vector>

namespace Lectern {

namespace {

constexpr qint64 ReadChunk = 64 * 1024;

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
// as stored. Nothing is extracted, but such a book is hostile or broken.
QString firstUnsafeEntry(const KArchiveDirectory *root)
{
    std::vector<const KArchiveDirectory *> pending{root};
    QSet<const KArchiveDirectory *> seen{root};
    while (!pending.empty()) {
        const KArchiveDirectory *current = pending.back();
        pending.pop_back();
        const QStringList names = current->entries();
        for (const QString &name : names) {
            const KArchiveEntry *entry = current->entry(name);
            // A file's stored name is the one to judge (and to show): the
            // tree has already dropped leading slashes and folded "a/../".
            if (const auto *file = dynamic_cast<const KZipFileEntry *>(entry); file && isUnsafePath(file->path()))
                return file->path();
            const auto *directory = dynamic_cast<const KArchiveDirectory *>(entry);
            if (directory && !seen.contains(directory)) {
                seen.insert(directory);
                pending.push_back(directory);
            }
        }
    }
    return {};
}

// Reads entries within the book's limits: refuses on the declared size
// before inflating anything, and stops inflating at the declared size, so a
// header that lies cannot make it read more.
class EntryReader
{
public:
    EntryReader(qint64 budget, qint64 entryLimit)
        : m_budget(budget)
        , m_entryLimit(entryLimit)
    {
    }

    QString error;

    /// Fails when these declared sizes would already break the limits.
    bool fits(const QList<const KArchiveFile *> &files)
    {
        qint64 total = 0;
        for (const KArchiveFile *file : files) {
            if (file->size() > m_entryLimit) {
                error = sizeError(path(file), file->size(), m_entryLimit);
                return false;
            }
            total += file->size();
        }
        if (total > m_budget) {
            error = sizeError(QCoreApplication::translate("Lectern::EpubImporter", "the book"), total, m_budget);
            return false;
        }
        return true;
    }

    std::optional<QByteArray> read(const KArchiveFile *file)
    {
        const qint64 declared = file->size();
        if (!fits({file}))
            return std::nullopt;
        const std::unique_ptr<QIODevice> device(file->createDevice());
        if (!device) {
            error = QCoreApplication::translate("Lectern::EpubImporter", "%1 cannot be read: its compression method is not supported.").arg(path(file));
            return std::nullopt;
        }
        QByteArray bytes;
        bytes.reserve(declared);
        while (bytes.size() <= declared) {
            const QByteArray chunk = device->read(std::min<qint64>(ReadChunk, declared + 1 - bytes.size()));
            if (chunk.isEmpty())
                break;
            bytes += chunk;
        }
        if (bytes.size() > declared) {
            error
                = QCoreApplication::translate("Lectern::EpubImporter", "The archive is damaged: %1 holds more data than its header declares.").arg(path(file));
            return std::nullopt;
        }
        m_budget -= bytes.size();
        return bytes;
    }

private:
    static QString path(const KArchiveFile *file)
    {
        const auto *zipEntry = dynamic_cast<const KZipFileEntry *>(file);
        return zipEntry ? zipEntry->path() : file->name();
    }

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
    const KArchiveFile *file = nullptr;
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
    Book(const KArchiveDirectory *root, qint64 budget, qint64 entryLimit)
        : m_root(root)
        , m_reader(budget, entryLimit)
    {
    }

    QString error;
    QStringList warnings;
    QString opfPath;

    std::optional<EpubPackage> readPackage()
    {
        const KArchiveFile *containerFile = m_root->file(QStringLiteral("META-INF/container.xml"));
        if (!containerFile)
            return failed(QCoreApplication::translate("Lectern::EpubImporter", "This is not an EPUB: META-INF/container.xml is missing."));
        const std::optional<QByteArray> container = m_reader.read(containerFile);
        if (!container)
            return failed(m_reader.error);
        opfPath = QDir::cleanPath(EpubPackage::rootFilePath(*container));
        if (opfPath.isEmpty() || opfPath == QLatin1StringView("."))
            return failed(QCoreApplication::translate("Lectern::EpubImporter", "This is not an EPUB: META-INF/container.xml names no package document."));
        const KArchiveFile *opfFile = isUnsafePath(opfPath) ? nullptr : m_root->file(opfPath);
        if (!opfFile)
            return failed(QCoreApplication::translate("Lectern::EpubImporter", "This is not an EPUB: its package document %1 is missing.").arg(opfPath));
        const std::optional<QByteArray> opf = m_reader.read(opfFile);
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
        QList<const KArchiveFile *> files;
        for (const QString &id : package.spine) {
            const EpubPackage::Item item = package.manifest.value(id);
            const QString path = resolveHref(opfPath, item.href);
            const KArchiveFile *file = path.isEmpty() || isUnsafePath(path) ? nullptr : m_root->file(path);
            if (!file) {
                warnings.append(QCoreApplication::translate("Lectern::EpubImporter", "The chapter \"%1\" is listed but missing from the book.")
                                    .arg(item.href.isEmpty() ? id : item.href));
            } else if (isHtmlChapter(item, path)) { // images in the spine have no text
                chapters.append({path, file});
                files.append(file);
            }
        }
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

    const KArchiveDirectory *m_root;
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
    QBuffer buffer;
    buffer.setData(data);
    KZip zip(&buffer);
    if (!zip.open(QIODevice::ReadOnly) || zip.directory()->entries().isEmpty())
        return ImportResult::failure(QCoreApplication::translate("Lectern::EpubImporter", "This is not a valid EPUB (ZIP) archive."));
    if (const QString unsafe = firstUnsafeEntry(zip.directory()); !unsafe.isEmpty())
        return ImportResult::failure(QCoreApplication::translate("Lectern::EpubImporter", "The archive contains an entry with an unsafe path: %1").arg(unsafe));

    Book book(zip.directory(), m_maxUncompressedSize, m_maxEntrySize);
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
