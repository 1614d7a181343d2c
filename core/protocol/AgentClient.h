#pragma once

#include "core/protocol/Frame.h"
#include "core/protocol/Hello.h"
#include "core/protocol/Message.h"
#include "core/protocol/NodeFacts.h"
#include "core/protocol/ProtocolError.h"

#include <QCborValue>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>

class QTimer;

namespace fleetdeck::protocol {

class ByteChannel;

// The control plane's side of the agent protocol, over any ByteChannel: request ids, pending
// requests with their own timeouts, notifications and chunks from the agent. Every call gets
// exactly one answer (reply, error, timeout or closed channel), always from the event loop.
class AgentClient : public QObject {
    Q_OBJECT
public:
    struct Reply {
        QCborValue result;
        std::optional<ProtocolError> error;
        bool ok() const { return !error.has_value(); }
    };
    using ReplyHandler = std::function<void(const Reply &)>;
    // A method's answer read into its type, or why there is none; the code tells an agent that
    // refused from one that never answered (timeout, closed channel).
    template<typename T> struct TypedReply {
        std::optional<T> value;
        std::optional<ProtocolError> error;
        bool ok() const { return value.has_value(); }
        const T &operator*() const { return *value; }
        const T *operator->() const { return &*value; }
    };
    using HelloHandler = std::function<void(const TypedReply<HelloResult> &)>;

    static constexpr std::chrono::milliseconds kDefaultTimeout { 10000 };

    // The channel is not owned; it must outlive the client or close first.
    explicit AgentClient(ByteChannel *channel, QObject *parent = nullptr);
    ~AgentClient() override;

    // done is skipped if context is destroyed before the answer comes.
    quint32 call(const QString &method, const QCborValue &params, QObject *context,
        ReplyHandler done, std::chrono::milliseconds timeout = kDefaultTimeout);
    void notify(const QString &method, const QCborValue &params);
    void sendChunk(const Chunk &chunk);

    // The first exchange: offers every version we speak and records the one chosen.
    void hello(const QString &clientName, QObject *context, HelloHandler done,
        std::chrono::milliseconds timeout = kDefaultTimeout);
    std::optional<int> protocolVersion() const { return m_protocolVersion; }

    // node.facts, read into NodeFacts.
    using FactsHandler = std::function<void(const TypedReply<NodeFacts> &)>;
    void nodeFacts(
        QObject *context, FactsHandler done, std::chrono::milliseconds timeout = kDefaultTimeout);

    bool isOpen() const;
    int pendingCount() const { return int(m_pending.size()); }
    // Fails every pending request with ConnectionClosed and closes the channel.
    void close();

Q_SIGNALS:
    void notificationReceived(const QString &method, const QCborValue &params);
    void chunkReceived(const fleetdeck::protocol::Chunk &chunk);
    // The session is over (channel closed or the peer broke the protocol); every pending
    // request has already been answered with this error.
    void sessionEnded(const fleetdeck::protocol::ProtocolError &error);

private:
    struct Pending {
        QString method;
        QPointer<QObject> context;
        bool guarded = false; // a context was given: skip done once it is gone
        ReplyHandler done;
        std::unique_ptr<QTimer> timer;
    };

    void onReadyRead();
    void onClosed(const QString &reason);
    void handleMessage(Message message);
    void finish(quint32 id, Reply reply);
    void expire(quint32 id);
    void endSession(const ProtocolError &error);
    quint32 nextId();

    QPointer<ByteChannel> m_channel;
    FrameReader m_reader;
    std::map<quint32, Pending> m_pending;
    quint32 m_lastId = 0;
    std::optional<int> m_protocolVersion;
    bool m_ended = false;
};

} // namespace fleetdeck::protocol
