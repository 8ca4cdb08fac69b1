// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lectern {

/// Finds who a sentence attributes its claim to: "Osei argued that …",
/// "According to the trade ministry, …", "In the words of Dr. Varga, …",
/// "…, said Senator Lind." Returns an empty string for unattributed text.
class SpeakerDetector
{
public:
    static QString detect(QStringView sentence);

private:
    static QString clean(QString name);
};

} // namespace Lectern
