#include "core/protocol/AgentClient.h"

#include "core/common/Log.h"
#include "core/protocol/ByteChannel.h"
#include "core/protocol/Tr.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace fleetdeck::protocol {

AgentClient::AgentClient(ByteChannel *channel, QObject *parent)
    : QObject(parent)
    , m_channel(channel)
{
    connect(channel, &ByteChannel::readyRead, this, &AgentClient::onReadyRead);
    connect(channel, &ByteChannel::closed, this, &AgentClient::onClosed);
}

AgentClient::~AgentClient() = default;

bool AgentClient::isOpen() const
{
    return !m_ended && m_channel && m_channel->isOpen();
}

quint32 AgentClient::nextId()
{
    // Skip 0 (reserved for "unknown request") and ids still pending after a wrap-around.
    do {
        ++m_lastId;
    } while (m_lastId == 0 || m_pending.count(m_lastId) != 0);
    return m_lastId;
}

quint32 AgentClient::call(const QString &method, const QCborValue &params, QObject *context,
    ReplyHandler done, std::chrono::milliseconds timeout)
{
    const quint32 id = nextId();
    Pending pending { method, context, context != nullptr, std::move(done),
        std::make_unique<QTimer>() };
    pending.timer->setSingleShot(true);
    connect(pending.timer.get(), &QTimer::timeout, this, [this, id] { expire(id); });
    m_pending.emplace(id, std::move(pending));

    if (!isOpen()) {
        // Answer from the event loop, never from inside call(): callers need not be re-entrant.
        QMetaObject::invokeMethod(
            this,
            [this, id] {
                finish(id,
                    Reply { {},
                        ProtocolError { ErrorCode::ConnectionClosed,
                            Tr::tr("The connection to the agent is closed."), {} } });
            },
            Qt::QueuedConnection);
        return id;
    }
    m_pending.at(id).timer->start(timeout);
    qCDebug(lcProtocol) << "request" << id << method;
    m_channel->write(encodeMessage(Request { id, method, params }));
    return id;
}

void AgentClient::notify(const QString &method, const QCborValue &params)
{
    if (isOpen())
        m_channel->write(encodeMessage(Notification { method, params }));
}

void AgentClient::sendChunk(const Chunk &chunk)
{
    if (isOpen())
        m_channel->write(encodeMessage(chunk));
}

namespace {

// Reads a reply into T (T::fromCbor); a reply of the wrong shape is a protocol violation.
template<typename T> AgentClient::TypedReply<T> typed(const AgentClient::Reply &reply)
{
    if (!reply.ok())
        return { std::nullopt, reply.error };
    Result<T> parsed = T::fromCbor(reply.result);
    if (!parsed)
        return { std::nullopt,
            ProtocolError { ErrorCode::ProtocolViolation, parsed.error().message, {} } };
    return { std::move(parsed).value(), std::nullopt };
}

} // namespace

void AgentClient::hello(const QString &clientName, QObject *context, HelloHandler done,
    std::chrono::milliseconds timeout)
{
    const HelloParams params { supportedProtocolVersions(), clientName };
    call(
        method::Hello.toString(), params.toCbor(), context,
        [this, done = std::move(done)](const Reply &reply) {
            TypedReply<HelloResult> answer = typed<HelloResult>(reply);
            if (answer.ok() && !supportedProtocolVersions().contains(answer->version)) {
                answer.error = ProtocolError { ErrorCode::UnsupportedVersion,
                    Tr::tr("The agent chose protocol version %1, which this Fleetdeck does not "
                           "speak. Install matching versions of Fleetdeck and fleetdeck-agent.")
                        .arg(answer->version),
                    {} };
                answer.value.reset();
            }
            if (answer.ok())
                m_protocolVersion = answer->version;
            done(answer);
        },
        timeout);
}

void AgentClient::nodeFacts(QObject *context, FactsHandler done, std::chrono::milliseconds timeout)
{
    call(
        method::NodeFacts.toString(), {}, context,
        [done = std::move(done)](const Reply &reply) { done(typed<NodeFacts>(reply)); }, timeout);
}

void AgentClient::close()
{
    endSession(ProtocolError {
        ErrorCode::ConnectionClosed, Tr::tr("The connection to the agent was closed."), {} });
}

void AgentClient::onReadyRead()
{
    if (m_ended || !m_channel)
        return;
    m_reader.append(m_channel->readAll());
    QPointer<AgentClient> self(this);
    while (self && !m_ended) {
        std::optional<FrameDecode> decoded = m_reader.next();
        if (!decoded)
            return;
        if (decoded->status == FrameDecode::Status::Invalid) {
            endSession(ProtocolError { ErrorCode::ProtocolViolation,
                Tr::tr("The agent's answer is not valid: %1").arg(decoded->error.message), {} });
            return;
        }
        MessageDecode message = decodeMessage(decoded->frame);
        if (auto *bad = std::get_if<MessageDecodeError>(&message)) {
            endSession(ProtocolError { ErrorCode::ProtocolViolation,
                Tr::tr("The agent sent a malformed message: %1").arg(bad->error.message), {} });
            return;
        }
        handleMessage(std::move(std::get<Message>(message)));
    }
}

void AgentClient::handleMessage(Message message)
{
    if (auto *response = std::get_if<Response>(&message)) {
        finish(response->id, Reply { std::move(response->result), std::nullopt });
    } else if (auto *error = std::get_if<ErrorReply>(&message)) {
        const bool fatal = error->error.code == ErrorCode::BadFrame
            || error->error.code == ErrorCode::FrameTooLarge;
        if (fatal || error->id == 0) {
            // The agent could not tell which request failed; nothing pending can be trusted.
            endSession(error->error);
            return;
        }
        finish(error->id, Reply { {}, error->error });
    } else if (auto *notification = std::get_if<Notification>(&message)) {
        Q_EMIT notificationReceived(notification->method, notification->params);
    } else if (auto *chunk = std::get_if<Chunk>(&message)) {
        Q_EMIT chunkReceived(*chunk);
    } else if (auto *request = std::get_if<Request>(&message)) {
        // Protocol 1 has no agent-to-client requests; say so instead of leaving it hanging.
        m_channel->write(encodeMessage(ErrorReply { request->id,
            { ErrorCode::MethodNotFound,
                Tr::tr("The control plane has no method \"%1\".").arg(request->method), {} } }));
    }
}

void AgentClient::finish(quint32 id, Reply reply)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end()) {
        qCDebug(lcProtocol) << "answer for unknown or expired request" << id;
        return;
    }
    Pending pending = std::move(it->second);
    m_pending.erase(it);
    pending.timer.reset();
    if (pending.done && (!pending.guarded || pending.context))
        pending.done(reply);
}

void AgentClient::expire(quint32 id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const auto ms = it->second.timer->interval();
    finish(id,
        Reply { {},
            ProtocolError { ErrorCode::Timeout,
                Tr::tr("The agent did not answer \"%1\" within %2 s.")
                    .arg(it->second.method)
                    .arg(ms / 1000.0, 0, 'g', 3),
                {} } });
}

void AgentClient::onClosed(const QString &reason)
{
    endSession(ProtocolError { ErrorCode::ConnectionClosed,
        reason.isEmpty() ? Tr::tr("The connection to the agent was closed.") : reason, {} });
}

void AgentClient::endSession(const ProtocolError &error)
{
    if (m_ended)
        return;
    m_ended = true;
    qCDebug(lcProtocol) << "session ended:" << error.message;
    QPointer<AgentClient> self(this);
    while (self && !m_pending.empty())
        finish(m_pending.begin()->first, Reply { {}, error });
    if (!self)
        return;
    if (m_channel && m_channel->isOpen())
        m_channel->close();
    Q_EMIT sessionEnded(error);
}

} // namespace fleetdeck::protocol
