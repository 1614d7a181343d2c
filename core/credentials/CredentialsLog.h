#pragma once

#include <QLoggingCategory>

// The module's category, beside core/common's: QT_LOGGING_RULES="fleetdeck.credentials.debug=true".
// Never log a secret, only keys (identity file paths) and outcomes.
Q_DECLARE_LOGGING_CATEGORY(lcCredentials)
