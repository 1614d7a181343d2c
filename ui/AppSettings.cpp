#include "ui/AppSettings.h"

#include "core/inventory/Database.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace fleetdeck::ui {

namespace {
// The keys, in one place. Renaming one loses what users saved under it: add, never rename.
const QString kDatabasePath = u"inventory/databasePath"_s;
const QString kLanguage = u"ui/language"_s;
const QString kTheme = u"ui/theme"_s;
const QString kWindowGeometry = u"ui/windowGeometry"_s;
const QString kLastImportDirectory = u"import/lastDirectory"_s;
} // namespace

AppSettings::AppSettings() = default;

QString AppSettings::databasePath() const
{
    const QString path = m_settings.value(kDatabasePath).toString();
    return path.isEmpty() ? inventory::Database::defaultPath() : path;
}

void AppSettings::setDatabasePath(const QString &path)
{
    m_settings.setValue(kDatabasePath, path);
}

QString AppSettings::language() const
{
    return m_settings.value(kLanguage, QString()).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(kLanguage, language);
}

ThemeChoice AppSettings::theme() const
{
    return themeFromKey(m_settings.value(kTheme, themeKey(ThemeChoice::System)).toString());
}

void AppSettings::setTheme(ThemeChoice theme)
{
    m_settings.setValue(kTheme, themeKey(theme));
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(kWindowGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kWindowGeometry, geometry);
}

QString AppSettings::lastImportDirectory() const
{
    return m_settings.value(kLastImportDirectory, QDir::homePath()).toString();
}

void AppSettings::setLastImportDirectory(const QString &dir)
{
    m_settings.setValue(kLastImportDirectory, dir);
}

QString AppSettings::themeKey(ThemeChoice theme)
{
    switch (theme) {
    case ThemeChoice::Light:
        return u"light"_s;
    case ThemeChoice::Dark:
        return u"dark"_s;
    case ThemeChoice::System:
        break;
    }
    return u"system"_s;
}

ThemeChoice AppSettings::themeFromKey(const QString &key)
{
    if (key == u"light")
        return ThemeChoice::Light;
    if (key == u"dark")
        return ThemeChoice::Dark;
    return ThemeChoice::System;
}

} // namespace fleetdeck::ui
