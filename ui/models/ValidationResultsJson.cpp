#include "ui/models/ValidationResultsJson.h"

using namespace Qt::StringLiterals;

namespace fleetdeck::ui {

inventory::ValidationVerdict storedVerdict(validation::Verdict verdict)
{
    using Stored = inventory::ValidationVerdict;
    // A cancelled run is never stored; were it, it would be no verdict on the model.
    return verdict == validation::Verdict::Passed ? Stored::Pass
        : verdict == validation::Verdict::Failed  ? Stored::Fail
                                                  : Stored::CannotValidate;
}

QString deviceChoiceName(validation::DeviceChoice choice)
{
    switch (choice) {
    case validation::DeviceChoice::Auto:
        return u"auto"_s;
    case validation::DeviceChoice::Cpu:
        return u"cpu"_s;
    case validation::DeviceChoice::Cuda:
        return u"cuda"_s;
    }
    return {};
}

validation::ValidationSubject subjectOf(const ValidationOutcome &outcome)
{
    const ValidationRequest &request = outcome.request;
    validation::ValidationSubject subject;
    subject.target = request.reference.isEmpty() ? request.modelPath : request.reference;
    subject.modelPath = request.modelPath;
    subject.sha256 = outcome.sha256;
    subject.reference = request.reference;
    subject.dataDir = request.options.dataDir;
    // What was asked for; the report names the engine and device that ran, once one was chosen.
    subject.engine = request.options.device == validation::DeviceChoice::Cuda ? u"cuda"_s : u"cpu"_s;
    subject.device = subject.engine;
    subject.deviceChoice = deviceChoiceName(request.options.device);
    subject.tolerance = request.options.tolerance;
    subject.seed = request.options.seed;
    return subject;
}

QJsonObject resultsJson(const ValidationOutcome &outcome)
{
    QJsonObject json = validation::validationReportJson(subjectOf(outcome), outcome.report);
    json.insert(u"source"_s, u"gui"_s);
    return json;
}

} // namespace fleetdeck::ui
