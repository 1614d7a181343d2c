#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace fleetdeck::test {

// Makes QStandardPaths point into test folders and refuses to run with the real HOME
// (fleetdeck_add_test gives every test its own). Call first in initTestCase().
void isolateFromUser();

// Writes content to dir/relativePath (creating folders) and returns the absolute path.
QString writeFile(const QTemporaryDir &dir, const QString &relativePath, const QByteArray &content);

// Deterministic random edits of a valid input (deletions, inserted syntax characters, repeated
// fragments), for parsers that must answer every one with a value or an Error, never crash or hang.
QStringList textMutations(const QString &text, int count);

// The source tree's tests/data folder.
QString testDataDir();

// Path of a built binary (bin/ of the build tree), e.g. binaryPath(u"fleetdeck-cli"_s).
QString binaryPath(const QString &name);

} // namespace fleetdeck::test
