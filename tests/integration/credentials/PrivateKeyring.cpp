#include "tests/integration/credentials/PrivateKeyring.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace fleetdeck::test {

// Short: the bus socket lives inside it, and Unix socket paths are limited to 107 bytes.
PrivateKeyring::PrivateKeyring()
    : m_dir(QDir::tempPath() + u"/fdkr-XXXXXX"_s)
{
}

PrivateKeyring::~PrivateKeyring()
{
    if (!m_started)
        return;
    // std::system, not QProcess: this may run after the QCoreApplication is gone.
    const int rc =
        std::system(qPrintable(u"'%1' '%2'"_s.arg(script(u"stop-keyring.sh"_s), m_dir.path())));
    if (rc != 0)
        std::fputs("stop-keyring.sh failed\n", stderr);
}

QString PrivateKeyring::missingTools()
{
    for (const QString &tool : { u"dbus-daemon"_s, u"gnome-keyring-daemon"_s, u"dbus-send"_s }) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            return u"%1 is not installed (Debian packages dbus, gnome-keyring)"_s.arg(tool);
    }
    return {};
}

bool PrivateKeyring::start()
{
    if (!m_dir.isValid()) {
        m_error = u"cannot create a temporary folder"_s;
        return false;
    }
    QProcess start;
    start.start(script(u"start-keyring.sh"_s), { m_dir.path() });
    if (!start.waitForFinished(30000) || start.exitCode() != 0) {
        m_error = QString::fromUtf8(start.readAllStandardError());
        return false;
    }
    m_started = true;
    for (const QByteArray &line : start.readAllStandardOutput().split('\n')) {
        if (line.startsWith("DBUS_SESSION_BUS_ADDRESS="))
            m_address = QString::fromUtf8(line.mid(line.indexOf('=') + 1));
    }
    if (m_address.isEmpty())
        m_error = u"start-keyring.sh printed no bus address"_s;
    return !m_address.isEmpty();
}

QString PrivateKeyring::script(const QString &name)
{
    return qEnvironmentVariable("FLEETDECK_SOURCE_DIR") + u"/tests/integration/credentials/"_s
        + name;
}

} // namespace fleetdeck::test
