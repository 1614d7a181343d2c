#pragma once

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QString>

namespace fleetdeck::test {

// Whether any file below folder holds needle: proof that a secret reached no file (no plain-text
// fallback, no settings) is that its bytes are nowhere on disk.
inline bool anyFileContains(const QString &folder, const QByteArray &needle)
{
    QDirIterator it(
        folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            return true;
    }
    return false;
}

} // namespace fleetdeck::test
