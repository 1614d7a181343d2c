#include "tests/support/sshd/SshdFixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <utility>

using namespace Qt::StringLiterals;

namespace fleetdeck::test {

namespace {

QString readTrimmed(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

} // namespace

SshdFixture::SshdFixture(QString dir) : m_dir(std::move(dir))
{
    QDir().mkpath(m_dir);
}

SshdFixture::~SshdFixture()
{
    if (m_running)
        stop();
}

QString SshdFixture::scriptDir()
{
    return QString::fromLocal8Bit(qgetenv("FLEETDECK_SOURCE_DIR")) + u"/tests/support/sshd"_s;
}

bool SshdFixture::start(const StartOptions &options)
{
    QStringList arguments = {m_dir};
    const int port = options.port != 0 ? options.port : m_port;
    if (port != 0)
        arguments << u"--port"_s << QString::number(port);
    if (options.newHostKeys)
        arguments << u"--new-host-keys"_s;
    arguments << u"--host-key-types"_s << options.hostKeyTypes.join(u' ');
    QProcess script;
    script.start(scriptDir() + u"/start-sshd.sh"_s, arguments);
    if (!script.waitForFinished(60000) || script.exitStatus() != QProcess::NormalExit
        || script.exitCode() != 0) {
        m_error = u"start-sshd.sh failed: "_s + QString::fromUtf8(script.readAllStandardError())
                  + script.errorString();
        return false;
    }
    m_port = QString::fromUtf8(script.readAllStandardOutput()).trimmed().toInt();
    m_running = m_port > 0;
    if (!m_running)
        m_error = u"start-sshd.sh printed no port"_s;
    return m_running;
}

void SshdFixture::stop()
{
    runStop({});
}

void SshdFixture::kill()
{
    runStop(u"--kill"_s);
}

void SshdFixture::freeze()
{
    runStop(u"--freeze"_s);
    m_running = true;
}

void SshdFixture::thaw()
{
    runStop(u"--thaw"_s);
    m_running = true;
}

bool SshdFixture::runStop(const QString &mode)
{
    QStringList arguments = {m_dir};
    if (!mode.isEmpty())
        arguments << mode;
    QProcess script;
    script.start(scriptDir() + u"/stop-sshd.sh"_s, arguments);
    const bool ok = script.waitForFinished(30000) && script.exitCode() == 0;
    m_running = false;
    if (!ok)
        m_error = u"stop-sshd.sh failed: "_s + QString::fromUtf8(script.readAllStandardError());
    return ok;
}

QString SshdFixture::user() const
{
    return readTrimmed(m_dir + u"/user"_s);
}

QString SshdFixture::knownHostsPath() const
{
    return m_dir + u"/known_hosts"_s;
}

QString SshdFixture::clientKeyPath() const
{
    return m_dir + u"/client/id_ed25519"_s;
}

QString SshdFixture::hostKeyPublicPath(const QString &type) const
{
    return m_dir + u"/hostkeys/ssh_host_"_s + type + u"_key.pub"_s;
}

QString SshdFixture::logText() const
{
    return readTrimmed(m_dir + u"/sshd.log"_s);
}

} // namespace fleetdeck::test
