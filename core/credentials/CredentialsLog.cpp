#include "core/credentials/CredentialsLog.h"

Q_LOGGING_CATEGORY(lcCredentials, "fleetdeck.credentials", QtInfoMsg)
