#include "translations/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace fleetdeck {

QStringList availableLanguages()
{
    return {u"de"_s, u"fr"_s};
}

bool installTranslations(const QLocale &locale)
{
    static std::unique_ptr<QTranslator> qtTranslator;
    static std::unique_ptr<QTranslator> ownTranslator;
    for (auto *translator : {qtTranslator.get(), ownTranslator.get()}) {
        if (translator)
            QCoreApplication::removeTranslator(translator);
    }
    qtTranslator = std::make_unique<QTranslator>();
    ownTranslator = std::make_unique<QTranslator>();

    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator.get());
    // English is the source language, but its plural forms ("1 node", "12 nodes") come from
    // fleetdeck_en: it also serves every language Fleetdeck has no translation for.
    const bool ours = ownTranslator->load(locale, u"fleetdeck"_s, u"_"_s, u":/i18n"_s)
        && !ownTranslator->language().startsWith(u"en"_s);
    if (ours || ownTranslator->load(u"fleetdeck_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(ownTranslator.get());
    return ours;
}

} // namespace fleetdeck
