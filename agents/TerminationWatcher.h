#pragma once

#include <QObject>

class QSocketNotifier;

namespace fleetdeck::agent {

// Turns SIGTERM and SIGINT into a Qt signal (self-pipe), so the daemon stops through its event
// loop and removes its socket and pid file instead of dying mid-write.
class TerminationWatcher : public QObject {
    Q_OBJECT
public:
    explicit TerminationWatcher(QObject *parent = nullptr);
    ~TerminationWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void onSignalByte();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace fleetdeck::agent
