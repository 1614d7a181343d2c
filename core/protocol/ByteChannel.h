#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace fleetdeck::protocol {

// An ordered, reliable byte stream to one agent: a child process's stdio, a local socket, or
// (later) an SSH exec channel. The protocol client needs nothing more than this.
class ByteChannel : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~ByteChannel() override;

    virtual bool isOpen() const = 0;
    virtual void write(const QByteArray &bytes) = 0;
    // Everything received since the last call.
    virtual QByteArray readAll() = 0;
    // Closes this end; emits closed() once, unless it was already closed.
    virtual void close() = 0;

Q_SIGNALS:
    void opened();
    void readyRead();
    // The stream ended: closed by either side, or failed. reason is for the operator; empty when
    // this side closed it on purpose.
    void closed(const QString &reason);
};

} // namespace fleetdeck::protocol
