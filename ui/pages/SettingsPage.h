#pragma once

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fleetdeck::ui {

// Data location, language and theme. Language and theme apply at once (widgets retranslate on
// QEvent::LanguageChange; no restart). A new data location is asked for here and opened by the
// main window, which reports back with setDatabasePath() or setDatabaseError().
class SettingsPage : public QWidget {
    Q_OBJECT
public:
    explicit SettingsPage(QWidget *parent = nullptr);

    void setDatabasePath(const QString &path); // what is open now
    void setDatabaseError(const QString &message);

    // Applies the saved language and theme to the running application (at start-up).
    static void applySavedLanguageAndTheme();

Q_SIGNALS:
    void databasePathRequested(const QString &path);
    void languageChanged(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void chooseDatabase();
    void onLanguageActivated(int index);
    void onThemeActivated(int index);

    QLabel *m_titleLabel;
    QGroupBox *m_dataGroup;
    QLabel *m_pathLabel;
    QLineEdit *m_pathEdit;
    QPushButton *m_changeButton;
    QPushButton *m_defaultButton;
    QLabel *m_dataNote;
    QGroupBox *m_lookGroup;
    QLabel *m_languageLabel;
    QComboBox *m_languageCombo;
    QLabel *m_themeLabel;
    QComboBox *m_themeCombo;
};

} // namespace fleetdeck::ui
