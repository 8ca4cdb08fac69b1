// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "karchivezipreader.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KZip>
#include <KZipFileEntry>

#include <QBuffer>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <vector>

namespace Lectern {

namespace {

constexpr qint64 ReadChunk = 64 * 1024;

// One archive, read in place: the buffer shares the caller's bytes.
class KZipArchive : public ZipArchive
{
public:
    explicit KZipArchive(const QByteArray &data)
        : m_zip(&m_buffer)
    {
        m_buffer.setData(data);
    }

    bool open()
    {
        if (!m_zip.open(QIODevice::ReadOnly) || m_zip.directory()->entries().isEmpty())
            return false;
        collectFiles();
        return true;
    }

    QList<File> files() const override { return m_files; }

    std::optional<File> file(const QString &path) const override
    {
        const KArchiveFile *found = m_zip.directory()->file(path);
        const qsizetype id = found ? m_ids.value(found, -1) : -1;
        if (id < 0)
            return std::nullopt;
        return m_files.at(id);
    }

    std::optional<QByteArray> read(const File &file, qint64 maxBytes) override
    {
        if (file.id < 0 || file.id >= m_entries.size())
            return std::nullopt;
        const std::unique_ptr<QIODevice> device(m_entries.at(file.id)->createDevice());
        if (!device)
            return std::nullopt; // KZip has no device for this compression method
        // In chunks, never asking for more than maxBytes in all: a header
        // that declares less than the data holds cannot make this inflate more.
        QByteArray bytes;
        bytes.reserve(std::max<qint64>(0, std::min(file.size, maxBytes)));
        while (bytes.size() < maxBytes) {
            const QByteArray chunk = device->read(std::min(ReadChunk, maxBytes - bytes.size()));
            if (chunk.isEmpty())
                break;
            bytes += chunk;
        }
        return bytes;
    }

private:
    // Every file in KArchive's folder tree, each once, in the order the
    // tree gives them.
    void collectFiles()
    {
        const KArchiveDirectory *root = m_zip.directory();
        std::vector<const KArchiveDirectory *> pending{root};
        QSet<const KArchiveDirectory *> seen{root};
        while (!pending.empty()) {
            const KArchiveDirectory *current = pending.back();
            pending.pop_back();
            const QStringList names = current->entries();
            for (const QString &name : names) {
                const KArchiveEntry *entry = current->entry(name);
                if (const auto *file = dynamic_cast<const KArchiveFile *>(entry))
                    add(file);
                const auto *directory = dynamic_cast<const KArchiveDirectory *>(entry);
                if (directory && !seen.contains(directory)) {
                    seen.insert(directory);
                    pending.push_back(directory);
                }
            }
        }
    }

    void add(const KArchiveFile *file)
    {
        // KZip keeps each file's name as stored in KZipFileEntry::path();
        // name() is only the tree's last segment.
        const auto *zipEntry = dynamic_cast<const KZipFileEntry *>(file);
        const qsizetype id = m_entries.size();
        m_files.append({zipEntry ? zipEntry->path() : file->name(), file->size(), id});
        m_entries.append(file);
        m_ids.insert(file, id);
    }

    // In this order: the buffer outlives the KZip that reads it.
    QBuffer m_buffer;
    KZip m_zip;
    QList<File> m_files;
    QList<const KArchiveFile *> m_entries; // by File::id
    QHash<const KArchiveFile *, qsizetype> m_ids;
};

} // namespace

std::unique_ptr<ZipArchive> KArchiveZipReader::open(const QByteArray &data) const
{
    auto archive = std::make_unique<KZipArchive>(data);
    if (!archive->open())
        return nullptr;
    return archive;
}

} // namespace Lectern
