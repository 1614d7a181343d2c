#pragma once

#include <QLocale>
#include <QStringList>

namespace fleetdeck {

// Languages shipped with Fleetdeck, as locale names ("de", "fr"); English is the source language.
QStringList availableLanguages();

// Installs (or replaces) Qt's and Fleetdeck's translators for locale on the running
// QCoreApplication. Widgets receive QEvent::LanguageChange and retranslate themselves.
// Returns false if Fleetdeck has no translation for that language: English stays in use, with
// its plural forms.
bool installTranslations(const QLocale &locale);

} // namespace fleetdeck
