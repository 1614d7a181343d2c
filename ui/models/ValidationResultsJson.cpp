#include "ui/models/ValidationResultsJson.h"

#include "core/validation/ValidationReportJson.h"

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

QJsonObject resultsJson(const ValidationOutcome &outcome)
{
    const ValidationRequest &request = outcome.request;
    validation::ValidationSubject subject;
    subject.target = request.reference.isEmpty() ? request.modelPath : request.reference;
    subject.modelPath = request.modelPath;
    subject.sha256 = outcome.sha256;
    subject.reference = request.reference;
    subject.dataDir = request.options.dataDir;
    subject.engine = u"cpu"_s;
    subject.device = u"cpu"_s;
    subject.tolerance = request.options.tolerance;
    subject.seed = request.options.seed;
    QJsonObject json = validation::validationReportJson(subject, outcome.report);
    json.insert(u"source"_s, u"gui"_s);
    json.insert(u"deviceChoice"_s, request.deviceAuto ? u"auto"_s : u"cpu"_s);
    return json;
}

} // namespace fleetdeck::ui
