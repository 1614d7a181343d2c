// The real fleetdeck-agent: `rpc` starts the daemon, a second rpc reuses it, bad input gets
// error replies without killing it, and deep state folders still get a usable socket.
#include "core/protocol/Hello.h"
#include "core/protocol/Message.h"
#include "core/protocol/NodeFacts.h"
#include "tests/integration/agent/AgentProcess.h"
#include "tests/support/TestSupport.h"

#include <QCborMap>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;
using namespace fleetdeck::protocol;
using fleetdeck::test::agentBinary;
using fleetdeck::test::daemonPid;
using fleetdeck::test::processAlive;

namespace {

// One `fleetdeck-agent rpc` child spoken to frame by frame (blocking is fine in a test).
class RawRpc {
public:
    explicit RawRpc(const QString &stateDir)
    {
        m_process.start(agentBinary(), { u"rpc"_s, u"--state"_s, stateDir });
    }
    ~RawRpc()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(1000);
    }

    void sendRaw(const QByteArray &bytes) { m_process.write(bytes); }
    void send(const Message &message) { sendRaw(encodeMessage(message)); }

    std::optional<Message> receive(int timeoutMs = 10000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            if (auto decoded = m_reader.next()) {
                if (decoded->status != FrameDecode::Status::Complete)
                    return std::nullopt;
                MessageDecode m = decodeMessage(decoded->frame);
                if (auto *message = std::get_if<Message>(&m))
                    return *message;
                return std::nullopt;
            }
            if (m_process.state() == QProcess::NotRunning && m_process.bytesAvailable() == 0)
                return std::nullopt;
            m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
            m_reader.append(m_process.readAllStandardOutput());
        }
        return std::nullopt;
    }

    // The request's answer: a Response or an ErrorReply.
    std::optional<Message> call(quint32 id, const QString &method, const QCborValue &params = {})
    {
        send(Request { id, method, params });
        return receive();
    }

    bool hello()
    {
        const auto reply =
            call(1, u"hello"_s, HelloParams { { kProtocolVersion }, u"test"_s }.toCbor());
        return reply && std::holds_alternative<Response>(*reply);
    }

    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    FrameReader m_reader;
};

ErrorReply errorOf(const std::optional<Message> &m)
{
    if (!m || !std::holds_alternative<ErrorReply>(*m))
        return ErrorReply { 0xffffffffu, { ErrorCode::Internal, u"no error reply"_s, {} } };
    return std::get<ErrorReply>(*m);
}

} // namespace

class TestAgentDaemon : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        fleetdeck::test::isolateFromUser();
        QVERIFY2(QFileInfo(agentBinary()).isExecutable(), qPrintable(agentBinary()));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_state = m_dir->filePath(u"state"_s);
    }

    void cleanup()
    {
        fleetdeck::test::stopDaemon(m_state);
        QVERIFY(!processAlive(daemonPid(m_state)));
        m_dir.reset();
    }

    void rpcStartsTheDaemonAndASecondRpcReusesIt()
    {
        qint64 firstPid = 0;
        {
            RawRpc rpc(m_state);
            QVERIFY(rpc.hello());
            firstPid = daemonPid(m_state);
            QVERIFY(processAlive(firstPid));
            QVERIFY(firstPid != rpc.process().processId());
            const auto ping = rpc.call(2, u"ping"_s, QCborMap { { u"n"_s, 5 } });
            QVERIFY(ping && std::holds_alternative<Response>(*ping));
            QCOMPARE(std::get<Response>(*ping).result.toMap().value(u"n"_s).toInteger(), 5);
        }
        // The first rpc has exited; the daemon outlives it and serves the next one.
        QVERIFY(processAlive(firstPid));
        RawRpc second(m_state);
        QVERIFY(second.hello());
        QCOMPARE(daemonPid(m_state), firstPid);
        const auto facts = second.call(3, u"node.facts"_s);
        QVERIFY(facts && std::holds_alternative<Response>(*facts));
        const auto parsed = NodeFacts::fromCbor(std::get<Response>(*facts).result);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->hostname, QSysInfo::machineHostName());
        QVERIFY(parsed->cpuCount > 0);
        QVERIFY(parsed->memoryTotalBytes > 0);
        QVERIFY(!parsed->gpus.isEmpty() || !parsed->gpuNote.isEmpty());
    }

    void rpcsStartingTogetherShareOneDaemon()
    {
        // No daemon yet: each rpc may launch one; the state folder's lock lets one win.
        std::vector<std::unique_ptr<RawRpc>> rpcs;
        for (int i = 0; i < 4; ++i)
            rpcs.push_back(std::make_unique<RawRpc>(m_state));
        for (auto &rpc : rpcs)
            QVERIFY(rpc->hello());
        const qint64 pid = daemonPid(m_state);
        QVERIFY(processAlive(pid));
        for (auto &rpc : rpcs) {
            const auto ping = rpc->call(2, u"ping"_s);
            QVERIFY(ping && std::holds_alternative<Response>(*ping));
        }
        QCOMPARE(daemonPid(m_state), pid);
    }

    void aKilledDaemonIsReplacedByTheNextRpc()
    {
        {
            RawRpc rpc(m_state);
            QVERIFY(rpc.hello());
        }
        const qint64 killed = daemonPid(m_state);
        QCOMPARE(::kill(pid_t(killed), SIGKILL), 0);
        QTRY_VERIFY(!processAlive(killed));
        // Its socket, pid file and socket record are left behind; none may get in the way.
        QVERIFY(QFile::exists(m_state + u"/agent.sock"_s));
        RawRpc rpc(m_state);
        QVERIFY(rpc.hello());
        const qint64 replacement = daemonPid(m_state);
        QVERIFY(replacement != killed);
        QVERIFY(processAlive(replacement));
    }

    void pipelinedRequestsAreAllAnswered()
    {
        RawRpc rpc(m_state);
        QVERIFY(rpc.hello());
        // node.facts runs off the daemon's event loop, so its answer may come after the pings.
        rpc.sendRaw(encodeMessage(Request { 10, u"node.facts"_s, {} })
            + encodeMessage(Request { 11, u"ping"_s, {} })
            + encodeMessage(Request { 12, u"ping"_s, {} }));
        QSet<quint32> answered;
        for (int i = 0; i < 3; ++i) {
            const auto reply = rpc.receive();
            QVERIFY(reply && std::holds_alternative<Response>(*reply));
            answered.insert(std::get<Response>(*reply).id);
        }
        QCOMPARE(answered, (QSet<quint32> { 10, 11, 12 }));
    }

    void theStartedDaemonIsFullyDetached()
    {
        RawRpc rpc(m_state);
        QVERIFY(rpc.hello());
        const qint64 pid = daemonPid(m_state);
        // Its own session, so no terminal or SSH session hang-up reaches it...
        QVERIFY(::getsid(pid_t(pid)) != ::getsid(0));
        QVERIFY(::getsid(pid_t(pid)) != ::getsid(pid_t(rpc.process().processId())));
        // ...and none of rpc's pipes: an SSH channel closes as soon as rpc exits.
        const QString fds = u"/proc/%1/fd/"_s.arg(pid);
        QCOMPARE(QFile::symLinkTarget(fds + u"0"_s), u"/dev/null"_s);
        QCOMPARE(QFile::symLinkTarget(fds + u"1"_s), m_state + u"/daemon.log"_s);
        QCOMPARE(QFile::symLinkTarget(fds + u"2"_s), m_state + u"/daemon.log"_s);
        for (const QFileInfo &fd : QDir(fds).entryInfoList(QDir::System | QDir::NoDotAndDotDot))
            QVERIFY2(!fd.symLinkTarget().contains(u"pipe:"_s), qPrintable(fd.symLinkTarget()));
    }

    void stateFolderAndSocketArePrivate()
    {
        RawRpc rpc(m_state);
        QVERIFY(rpc.hello());
        struct stat info { };
        QCOMPARE(::stat(QFile::encodeName(m_state).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0700u);
        QCOMPARE(::stat(QFile::encodeName(m_state + u"/agent.sock"_s).constData(), &info), 0);
        QVERIFY(S_ISSOCK(info.st_mode));
        QCOMPARE(info.st_mode & 0077, 0u);
    }

    void badMessagesGetErrorRepliesAndTheSessionGoesOn()
    {
        RawRpc rpc(m_state);
        QCOMPARE(errorOf(rpc.call(5, u"ping"_s)).error.code, ErrorCode::HelloRequired);
        const ErrorReply version =
            errorOf(rpc.call(6, u"hello"_s, HelloParams { { 99 }, u"future"_s }.toCbor()));
        QCOMPARE(version.id, 6u);
        QCOMPARE(version.error.code, ErrorCode::UnsupportedVersion);
        QVERIFY(version.error.message.contains(u"99"_s));
        QVERIFY(rpc.hello());

        rpc.sendRaw(encodeFrame(FrameType::Request, "\xa2\x62id")); // truncated CBOR
        const ErrorReply truncated = errorOf(rpc.receive());
        QCOMPARE(truncated.id, 0u);
        QCOMPARE(truncated.error.code, ErrorCode::MalformedMessage);

        rpc.sendRaw(encodeFrame(FrameType::Request,
            QCborValue(QCborMap { { u"id"_s, 7 }, { u"method"_s, 1 } }).toCbor()));
        const ErrorReply wrongType = errorOf(rpc.receive());
        QCOMPARE(wrongType.id, 7u);
        QCOMPARE(wrongType.error.code, ErrorCode::InvalidMessage);

        const ErrorReply unknown = errorOf(rpc.call(8, u"deploy.everything"_s));
        QCOMPARE(unknown.id, 8u);
        QCOMPARE(unknown.error.code, ErrorCode::MethodNotFound);
        QVERIFY(unknown.error.message.contains(u"deploy.everything"_s));

        const auto ping = rpc.call(9, u"ping"_s);
        QVERIFY(ping && std::holds_alternative<Response>(*ping));
    }

    void aBadFrameEndsOnlyItsSession()
    {
        RawRpc first(m_state);
        QVERIFY(first.hello());
        const qint64 pid = daemonPid(m_state);

        RawRpc broken(m_state);
        broken.sendRaw("GET / HTTP/1.1\r\n\r\n");
        const ErrorReply badMagic = errorOf(broken.receive());
        QCOMPARE(badMagic.error.code, ErrorCode::BadFrame);
        QVERIFY(broken.process().waitForFinished(5000));
        QCOMPARE(broken.process().exitCode(), 0);

        RawRpc huge(m_state);
        QByteArray header = encodeFrame(FrameType::Request, {});
        header[8] = '\x7f'; // declares ~2 GiB of payload
        huge.sendRaw(header);
        QCOMPARE(errorOf(huge.receive()).error.code, ErrorCode::FrameTooLarge);

        QVERIFY(processAlive(pid));
        const auto ping = first.call(2, u"ping"_s);
        QVERIFY(ping && std::holds_alternative<Response>(*ping));
    }

    void sessionShutdownEndsTheRpc()
    {
        RawRpc rpc(m_state);
        QVERIFY(rpc.hello());
        const auto reply = rpc.call(2, u"session.shutdown"_s);
        QVERIFY(reply && std::holds_alternative<Response>(*reply));
        QVERIFY(rpc.process().waitForFinished(5000));
        QCOMPARE(rpc.process().exitCode(), 0);
        QVERIFY(processAlive(daemonPid(m_state)));
    }

    void rpcExitsCleanlyWhenStdinCloses()
    {
        RawRpc rpc(m_state);
        QVERIFY(rpc.hello());
        rpc.process().closeWriteChannel();
        QVERIFY(rpc.process().waitForFinished(5000));
        QCOMPARE(rpc.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(rpc.process().exitCode(), 0);
        QVERIFY(processAlive(daemonPid(m_state)));
    }

    void aDeepStateFolderGetsAShortPrivateSocket()
    {
        QString deep = m_dir->path();
        while (QFile::encodeName(deep).size() < 200)
            deep += u"/a-rather-long-folder-name"_s;
        m_state = deep + u"/state"_s;
        RawRpc rpc(m_state);
        QVERIFY(rpc.hello());
        QFile record(m_state + u"/agent.socket"_s);
        QVERIFY(record.open(QIODevice::ReadOnly));
        const QString socket = QString::fromUtf8(record.readAll()).trimmed();
        QVERIFY(QFile::encodeName(socket).size() <= 107);
        QVERIFY2(socket.startsWith(qEnvironmentVariable("XDG_RUNTIME_DIR")), qPrintable(socket));
        struct stat info { };
        QCOMPARE(::stat(QFile::encodeName(QFileInfo(socket).absolutePath()).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0700u);
        const auto ping = rpc.call(2, u"ping"_s);
        QVERIFY(ping && std::holds_alternative<Response>(*ping));
    }

    void theDaemonRefusesASecondInstance()
    {
        RawRpc rpc(m_state);
        QVERIFY(rpc.hello());
        QProcess second;
        second.start(agentBinary(), { u"daemon"_s, u"--state"_s, m_state });
        QVERIFY(second.waitForFinished(5000));
        QCOMPARE(second.exitCode(), 1);
        QVERIFY(second.readAllStandardError().contains("already serves"));
        const auto ping = rpc.call(2, u"ping"_s);
        QVERIFY(ping && std::holds_alternative<Response>(*ping));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_state;
};

QTEST_GUILESS_MAIN(TestAgentDaemon)
#include "tst_agentdaemon.moc"
