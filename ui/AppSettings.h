#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace fleetdeck::ui {

enum class ThemeChoice { System, Light, Dark };

// Typed access to the desktop app's settings. Every key and its default lives in AppSettings.cpp;
// nothing secret is ever stored here (passphrases go to the OS keychain).
class AppSettings {
public:
    AppSettings();

    QString databasePath() const; // default: inventory::Database::defaultPath()
    void setDatabasePath(const QString &path);

    QString language() const; // "" follows the system, else "en", "de", "fr"
    void setLanguage(const QString &language);

    ThemeChoice theme() const; // default: System
    void setTheme(ThemeChoice theme);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

    QString lastImportDirectory() const; // default: the home folder
    void setLastImportDirectory(const QString &dir);

    static QString themeKey(ThemeChoice theme); // "system" | "light" | "dark"
    static ThemeChoice themeFromKey(const QString &key); // unknown -> System

private:
    QSettings m_settings;
};

} // namespace fleetdeck::ui
