#include "agents/RpcSession.h"

#include "agents/Tr.h"
#include "core/common/Log.h"
#include "core/protocol/Message.h"

#include <QCoreApplication>
#include <QLocalSocket>
#include <QPointer>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace fleetdeck::agent {

using namespace fleetdeck::protocol;

RpcSession::RpcSession(QLocalSocket *socket, RequestDispatcher::FactsSource facts, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_dispatcher(std::move(facts))
{
    socket->setParent(this);
    connect(socket, &QLocalSocket::readyRead, this, &RpcSession::onReadyRead);
    connect(socket, &QLocalSocket::disconnected, this, &RpcSession::finished);
}

void RpcSession::onReadyRead()
{
    m_reader.append(m_socket->readAll());
    while (!m_ending) {
        std::optional<FrameDecode> decoded = m_reader.next();
        if (!decoded)
            return;
        if (decoded->status == FrameDecode::Status::Invalid) {
            qCWarning(lcAgent) << "ending session after a bad frame:" << decoded->error.message;
            send(ErrorReply { 0, decoded->error });
            endAfterFlush();
            return;
        }
        handleFrame(decoded->frame);
    }
}

void RpcSession::handleFrame(const Frame &frame)
{
    MessageDecode decoded = decodeMessage(frame);
    if (auto *bad = std::get_if<MessageDecodeError>(&decoded)) {
        qCInfo(lcAgent) << "bad message:" << bad->error.message;
        send(ErrorReply { bad->id, bad->error });
        return;
    }
    const Message &message = std::get<Message>(decoded);
    if (const auto *request = std::get_if<Request>(&message)) {
        RequestDispatcher::Outcome outcome = m_dispatcher.dispatch(*request);
        if (outcome.work) {
            runInBackground(request->id, std::move(outcome.work));
            return;
        }
        if (outcome.error)
            send(ErrorReply { request->id, *outcome.error });
        else
            send(Response { request->id, outcome.result });
        if (outcome.endSession)
            endAfterFlush();
    } else if (const auto *chunk = std::get_if<Chunk>(&message)) {
        send(ErrorReply { chunk->id,
            { ErrorCode::InvalidMessage, Tr::tr("No transfer %1 is in progress.").arg(chunk->id),
                {} } });
    } else {
        // Notifications, and replies to requests we never sent, need no answer.
        qCDebug(lcAgent) << "ignoring a frame of type" << int(frame.type);
    }
}

void RpcSession::runInBackground(quint32 id, std::function<QCborValue()> work)
{
    // The answer comes back through the application object, which outlives every session; the
    // QPointer is only read there, on this thread, so a session closed meanwhile is skipped.
    QPointer<RpcSession> self(this);
    QThreadPool::globalInstance()->start([self, id, work = std::move(work)] {
        QCborValue result = work();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, id, result = std::move(result)] {
                if (self && !self->m_ending)
                    self->send(Response { id, result });
            },
            Qt::QueuedConnection);
    });
}

void RpcSession::send(const Message &message)
{
    m_socket->write(encodeMessage(message));
}

void RpcSession::endAfterFlush()
{
    m_ending = true;
    // disconnectFromServer waits until the queued replies are written, then closes.
    m_socket->disconnectFromServer();
}

} // namespace fleetdeck::agent
