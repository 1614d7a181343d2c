#pragma once

#include "agents/RequestDispatcher.h"
#include "core/protocol/Frame.h"

#include <QObject>

class QLocalSocket;

namespace fleetdeck::agent {

// One client connection to the daemon. A bad message gets an error reply and the session goes
// on; a bad frame (the stream cannot be trusted any more) gets an error reply and the session
// ends. Either way the daemon keeps serving others.
class RpcSession : public QObject {
    Q_OBJECT
public:
    // Takes ownership of socket.
    RpcSession(QLocalSocket *socket, RequestDispatcher::FactsSource facts, QObject *parent);

Q_SIGNALS:
    void finished();

private:
    void onReadyRead();
    void handleFrame(const protocol::Frame &frame);
    void runInBackground(quint32 id, std::function<QCborValue()> work);
    void send(const protocol::Message &message);
    void endAfterFlush();

    QLocalSocket *m_socket;
    protocol::FrameReader m_reader;
    RequestDispatcher m_dispatcher;
    bool m_ending = false;
};

} // namespace fleetdeck::agent
