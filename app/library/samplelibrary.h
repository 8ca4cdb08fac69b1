// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Lectern {

class LibraryStore;

/// The original articles bundled with Lectern, so a first start shows what
/// the application does.
class SampleLibrary
{
public:
    /// Resource paths of the sample articles.
    static QStringList files();
    /// Imports the samples when the library is empty; returns how many were
    /// imported. Errors go to errors, one line per file.
    static int importIfEmpty(LibraryStore &store, QStringList *errors);
    /// Imports the samples whatever the library holds (those already there are skipped).
    static int import(LibraryStore &store, QStringList *errors);
};

} // namespace Lectern
