// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/textanchor.h"
#include "import/importer.h"
#include "plugin/pluginlibrary.h"

#include <QCoreApplication>
#include <cstdint>
#include <cstdlib>

namespace Lectern::Fuzz {

/// Importers promise to need no more than a QCoreApplication (translations,
/// Qt PDF); one lives for the whole run.
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "lectern-fuzz";
    static char *argv[] = {name, nullptr};
    static auto *application = new QCoreApplication(argc, argv);
    Q_UNUSED(application);
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// What every importer promises about a result: a failure says why, and an
/// article's canonical text can be built and anchored on from end to end.
inline void checkResult(const ImportResult &result)
{
    if (!result.ok())
        return;
    const QString text = result.article.canonicalText();
    qsizetype expected = result.article.blocks.isEmpty() ? 0 : result.article.blocks.size() - 1;
    for (const Block &block : result.article.blocks)
        expected += block.text.size();
    if (text.size() != expected)
        std::abort();
    const TextAnchor whole = TextAnchor::describe(text, 0, int(text.size()));
    if (whole.exact != text)
        std::abort();
}

/// Stops the run at once when the importer's plugin cannot be loaded:
/// every input would fail the same way and its code would go unfuzzed.
template<typename Interface>
bool requirePlugin(const char *target, const QString &name)
{
    QString error;
    if (!PluginLibrary::load<Interface>(name, &error))
        qFatal("%s: %s", target, qPrintable(error));
    return true;
}

/// Runs one importer on the input and checks the result.
inline int importOnce(const Importer &importer, const uint8_t *data, size_t size, const QString &fileName)
{
    checkResult(importer.parse(bytes(data, size), fileName));
    return 0;
}

} // namespace Lectern::Fuzz

// Qt PDF 6.8 leaks on damaged files (see tests/import/tst_pdfimporter.cpp);
// not ours to fix, so LeakSanitizer skips it rather than stopping every run.
extern "C" const char *__lsan_default_suppressions()
{
    return "leak:libQt6Pdf.so\n";
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Lectern::Fuzz::ensureApplication();
    return 0;
}
