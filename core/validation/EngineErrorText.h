#pragma once

#include "core/common/Result.h"
#include "core/validation/engine/EngineError.h"
#include "core/validation/engine/EnginePlugin.h"
#include "core/validation/engine/SupportReport.h"

#include <QString>
#include <QStringList>

namespace fleetdeck::validation {

// Turns the engine library's structured errors and support reports into translated operator
// messages: what is wrong, where, and what to do.
class EngineErrorText
{
public:
    static Error toError(const EngineError &error);
    // Whether the error means "this model cannot be validated here" rather than "it failed".
    static bool meansCannotValidate(const EngineError &error);
    // One line per unsupported op: "Foo: 3 node(s) (a, b, c): no kernel".
    static QStringList describeUnsupported(const SupportReport &report);
    static QString reasonText(const UnsupportedReason &reason);
    // Why a plugin gave no engine, as a clause: "the CUDA engine plugin is not installed (looked
    // in: ...)", "no CUDA device: ...".
    static QString pluginText(const LoadedEngine &loaded);
};

} // namespace fleetdeck::validation
