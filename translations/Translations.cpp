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
    const bool ours = ownTranslator->load(locale, u"fleetdeck"_s, u"_"_s, u":/i18n"_s);
    if (ours)
        QCoreApplication::installTranslator(ownTranslator.get());
    return ours;
}

} // namespace fleetdeck
