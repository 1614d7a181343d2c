#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace fleetdeck::test {

void isolateFromUser()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString home = QDir::homePath();
    const QByteArray binaryDir = qgetenv("FLEETDECK_BINARY_DIR");
    if (binaryDir.isEmpty() || !home.startsWith(QString::fromLocal8Bit(binaryDir)))
        qFatal("tests must run through ctest, with HOME inside the build tree (HOME=%s)",
               qPrintable(home));
    QDir().mkpath(home);
    QDir().mkpath(QString::fromLocal8Bit(qgetenv("XDG_RUNTIME_DIR")));
    QFile::setPermissions(QString::fromLocal8Bit(qgetenv("XDG_RUNTIME_DIR")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

QString writeFile(const QTemporaryDir &dir, const QString &relativePath, const QByteArray &content)
{
    const QString path = dir.filePath(relativePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(content);
    return path;
}

QString testDataDir()
{
    return QString::fromLocal8Bit(qgetenv("FLEETDECK_SOURCE_DIR")) + u"/tests/data"_s;
}

QString binaryPath(const QString &name)
{
    return QString::fromLocal8Bit(qgetenv("FLEETDECK_BINARY_DIR")) + u"/bin/"_s + name;
}

} // namespace fleetdeck::test
