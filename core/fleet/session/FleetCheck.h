#pragma once

#include "core/fleet/session/NodeStatus.h"
#include "core/fleet/session/SessionOptions.h"
#include "core/inventory/Node.h"

#include <QList>
#include <QObject>

namespace fleetdeck::fleet {

class FanOutScheduler;
class NodeSession;

// Checks many nodes at once: for each, a NodeSession runs connect, host key, hello and facts,
// at most `concurrency` at a time, then closes. finished() carries one status per node, in the
// order the nodes were given. Each node is bounded by SessionOptions::openTimeout, so one hung
// node never holds the whole check longer than that.
class FleetCheck : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        inventory::Node node;
        NodeStatus status;
    };

    FleetCheck(QList<inventory::Node> nodes, SessionOptions options, int concurrency,
               QObject *parent = nullptr);
    ~FleetCheck() override;

    // Starts from the event loop; finished() follows (at once for an empty list).
    void start();
    const QList<Outcome> &results() const { return m_results; }
    int peakConcurrency() const;

Q_SIGNALS:
    void nodeChecked(const fleetdeck::fleet::FleetCheck::Outcome &result);
    void finished();

private:
    void checkNode(int index, std::function<void()> done);

    QList<inventory::Node> m_nodes;
    SessionOptions m_options;
    QList<Outcome> m_results;
    FanOutScheduler *m_scheduler;
    int m_remaining = 0;
    bool m_started = false;
};

} // namespace fleetdeck::fleet
