// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfextraction.h"

#include "pdfreader.h"
#include "plugin/pluginlibrary.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>
#include <QDeadlineTimer>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <poll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace Lectern {

namespace {

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t written = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return false;
        done += written;
    }
    return true;
}

// Reads the child's answer until it closes the pipe or the deadline passes.
bool readUntilClosed(int fd, const QDeadlineTimer &deadline, QByteArray *out)
{
    char chunk[65536];
    for (;;) {
        const qint64 left = deadline.remainingTime();
        if (left == 0)
            return false;
        pollfd watch {fd, POLLIN, 0};
        const int ready = ::poll(&watch, 1, int(std::min<qint64>(left, 1000)));
        if (ready < 0 && errno != EINTR)
            return false;
        if (ready <= 0)
            continue;
        const ssize_t got = ::read(fd, chunk, sizeof chunk);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return got == 0;
        out->append(chunk, got);
    }
}

} // namespace

const PdfReader *PdfExtraction::reader(QString *error)
{
    QString why;
    const PdfReader *found = PluginLibrary::load<PdfReader>(QStringLiteral("lectern_pdfreader"), &why);
    if (!found)
        *error = QCoreApplication::translate("Lectern::PdfImporter", "could not be read: PDF support is missing, %1").arg(why);
    return found;
}

PdfExtraction PdfExtraction::read(const QByteArray &data)
{
    PdfExtraction failed;
    const PdfReader *pdf = reader(&failed.error);
    return pdf ? pdf->read(data) : failed;
}

std::chrono::seconds PdfExtraction::timeLimitFor(qsizetype bytes)
{
    using namespace std::chrono_literals;
    return 20s + 5s * (bytes / (1024 * 1024));
}

// Processor time, not wall time, is what a hostile file burns: a healthy
// book on a busy machine waits for the processor without using up its limit.
// The wall-clock backstop catches a child that neither runs nor ends.
std::chrono::milliseconds PdfExtraction::wallTimeBackstop(std::chrono::seconds processorLimit)
{
    using namespace std::chrono_literals;
    return 4 * processorLimit + 30s;
}

// A child forked from a threaded parent can inherit a lock that another
// thread held at the fork and wait or spin on it until stopped: seen in
// sanitizer runs of the suite, on a file read in 0.3 s moments before. So a
// child out of time gets one more try; a file that really is too heavy fails both.
PdfExtraction PdfExtraction::readBounded(const QByteArray &data, std::chrono::seconds limit)
{
    bool outOfTime = false;
    PdfExtraction extraction = readInChild(data, limit, &outOfTime);
    return outOfTime ? readInChild(data, limit, &outOfTime) : extraction;
}

PdfExtraction PdfExtraction::readInChild(const QByteArray &data, std::chrono::seconds limit, bool *outOfTime)
{
    *outOfTime = false;
    PdfExtraction failed;
    // Loaded here, before the fork: the child inherits it.
    const PdfReader *pdf = reader(&failed.error);
    if (!pdf)
        return failed;
    int fds[2];
    if (::pipe(fds) != 0) {
        failed.error = QCoreApplication::translate("Lectern::PdfImporter", "could not be read: no pipe for the PDF reader");
        return failed;
    }
    const QDeadlineTimer deadline(wallTimeBackstop(limit));
    const pid_t child = ::fork();
    if (child < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        failed.error = QCoreApplication::translate("Lectern::PdfImporter", "could not be read: the PDF reader could not start");
        return failed;
    }
    if (child == 0) {
        // The child: PDFium only, then out without running any exit handler
        // of the parent's (its files, its database, LeakSanitizer).
        ::close(fds[0]);
        // SIGXCPU at the soft limit ends the child; SIGKILL at the hard one.
        const rlim_t seconds = rlim_t(std::max<qint64>(1, limit.count()));
        const rlimit processorTime{seconds, seconds + 1};
        ::setrlimit(RLIMIT_CPU, &processorTime);
        const bool sent = writeAll(fds[1], pdf->read(data).serialized());
        ::_exit(sent ? 0 : 1);
    }
    ::close(fds[1]);
    QByteArray answer;
    const bool finished = readUntilClosed(fds[0], deadline, &answer);
    ::close(fds[0]);
    if (!finished)
        ::kill(child, SIGKILL);
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) { }
    *outOfTime = !finished || (WIFSIGNALED(status) && (WTERMSIG(status) == SIGXCPU || WTERMSIG(status) == SIGKILL));
    if (*outOfTime) {
        failed.error = QCoreApplication::translate("Lectern::PdfImporter", "took more than %1 s of processor time to read and was stopped: it is most likely malformed")
                           .arg(limit.count());
        return failed;
    }
    PdfExtraction extraction;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || !deserialize(answer, &extraction)) {
        failed.error = QCoreApplication::translate("Lectern::PdfImporter", "is damaged: the PDF reader stopped on it");
        return failed;
    }
    return extraction;
}

QByteArray PdfExtraction::serialized() const
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << quint32(0x4c504446) << error << qint32(pages.size());
    for (const Page &page : pages) {
        stream << page.text << page.bounds << qint32(page.formValues.size());
        for (const FormValue &value : page.formValues)
            stream << value.text << value.box;
    }
    stream << title << author << created << producer;
    return bytes;
}

bool PdfExtraction::deserialize(const QByteArray &bytes, PdfExtraction *extraction)
{
    QDataStream stream(bytes);
    quint32 magic = 0;
    qint32 count = 0;
    stream >> magic >> extraction->error >> count;
    if (magic != 0x4c504446 || count < 0)
        return false;
    for (qint32 i = 0; i < count && stream.status() == QDataStream::Ok; ++i) {
        Page page;
        qint32 values = 0;
        stream >> page.text >> page.bounds >> values;
        for (qint32 v = 0; v < values && stream.status() == QDataStream::Ok; ++v) {
            FormValue value;
            stream >> value.text >> value.box;
            page.formValues.append(value);
        }
        extraction->pages.append(page);
    }
    stream >> extraction->title >> extraction->author >> extraction->created >> extraction->producer;
    return stream.status() == QDataStream::Ok && stream.atEnd();
}

} // namespace Lectern
