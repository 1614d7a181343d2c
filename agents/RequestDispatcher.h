#pragma once

#include "core/protocol/Message.h"
#include "core/protocol/NodeFacts.h"
#include "core/protocol/ProtocolError.h"

#include <QCborValue>

#include <functional>
#include <optional>

namespace fleetdeck::agent {

// Answers the requests of one session: hello first, then the methods of the negotiated
// version. No I/O of its own (facts come from the given source), so it is tested directly.
class RequestDispatcher {
public:
    using FactsSource = std::function<protocol::NodeFacts()>;

    struct Outcome {
        QCborValue result;
        std::optional<protocol::ProtocolError> error;
        bool endSession = false; // close the session once the answer is sent
        // Slow work (system reads, NVML start-up) that produces the result; run off the
        // session's thread so one slow call does not stall every other session.
        std::function<QCborValue()> work;
    };

    explicit RequestDispatcher(FactsSource facts);

    Outcome dispatch(const protocol::Request &request);
    std::optional<int> version() const { return m_version; }

    static QStringList capabilities();

private:
    Outcome hello(const QCborValue &params);

    FactsSource m_facts;
    std::optional<int> m_version;
};

} // namespace fleetdeck::agent
