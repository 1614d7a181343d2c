#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
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

QStringList textMutations(const QString &text, int count)
{
    static const QString alphabet = u"[]:=#\"'\\\n %!*,;{}&-0123456789ab"_s;
    QRandomGenerator random(4242);
    QStringList out;
    for (int i = 0; i < count; ++i) {
        QString s = text;
        for (int edits = 1 + random.bounded(4); edits > 0 && !s.isEmpty(); --edits) {
            const qsizetype at = random.bounded(int(s.size()));
            switch (random.bounded(3)) {
            case 0: s.remove(at, 1 + random.bounded(3)); break;
            case 1: s.insert(at, alphabet.at(random.bounded(int(alphabet.size())))); break;
            default: s.insert(at, s.mid(random.bounded(int(s.size())), 12)); break;
            }
        }
        out.append(s);
    }
    return out;
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
