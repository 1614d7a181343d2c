#include "ui/pages/SettingsPage.h"

#include "core/inventory/Database.h"
#include "translations/Translations.h"
#include "ui/AppSettings.h"
#include "ui/Theme.h"
#include "ui/Tr.h"
#include "ui/widgets/FileDialog.h"

#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fleetdeck::ui {

namespace {
QLocale localeFor(const QString &language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

void applyLanguage(const QString &language)
{
    const QLocale locale = localeFor(language);
    QLocale::setDefault(locale);
    installTranslations(locale);
}
} // namespace

SettingsPage::SettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_titleLabel(new QLabel(this))
    , m_dataGroup(new QGroupBox(this))
    , m_pathLabel(new QLabel(this))
    , m_pathEdit(new QLineEdit(this))
    , m_changeButton(new QPushButton(this))
    , m_defaultButton(new QPushButton(this))
    , m_dataNote(new QLabel(this))
    , m_lookGroup(new QGroupBox(this))
    , m_languageLabel(new QLabel(this))
    , m_languageCombo(new QComboBox(this))
    , m_themeLabel(new QLabel(this))
    , m_themeCombo(new QComboBox(this))
{
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_pathEdit->setObjectName(u"databasePathEdit"_s);
    m_pathEdit->setReadOnly(true);
    m_changeButton->setObjectName(u"changeDatabaseButton"_s);
    m_defaultButton->setObjectName(u"defaultDatabaseButton"_s);
    m_dataNote->setObjectName(u"databaseNote"_s);
    m_dataNote->setWordWrap(true);
    m_dataNote->setVisible(false);
    m_languageCombo->setObjectName(u"languageCombo"_s);
    m_themeCombo->setObjectName(u"themeCombo"_s);

    // Language names are written in their own language, so anyone can find theirs.
    m_languageCombo->addItem(QString(), QString());
    m_languageCombo->addItem(u"English"_s, u"en"_s);
    for (const QString &code : availableLanguages()) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_languageCombo->addItem(name, code);
    }
    for (ThemeChoice theme : { ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark })
        m_themeCombo->addItem(QString(), AppSettings::themeKey(theme));

    const AppSettings settings;
    m_languageCombo->setCurrentIndex(std::max(0, m_languageCombo->findData(settings.language())));
    m_themeCombo->setCurrentIndex(
        std::max(0, m_themeCombo->findData(AppSettings::themeKey(settings.theme()))));

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(m_changeButton);
    pathRow->addWidget(m_defaultButton);
    auto *dataLayout = new QVBoxLayout(m_dataGroup);
    dataLayout->addWidget(m_pathLabel);
    dataLayout->addLayout(pathRow);
    dataLayout->addWidget(m_dataNote);

    auto *lookLayout = new QFormLayout(m_lookGroup);
    lookLayout->addRow(m_languageLabel, m_languageCombo);
    lookLayout->addRow(m_themeLabel, m_themeCombo);
    m_languageLabel->setBuddy(m_languageCombo);
    m_themeLabel->setBuddy(m_themeCombo);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_dataGroup);
    layout->addWidget(m_lookGroup);
    layout->addStretch(1);

    connect(m_changeButton, &QPushButton::clicked, this, &SettingsPage::chooseDatabase);
    connect(m_defaultButton, &QPushButton::clicked, this,
        [this] { Q_EMIT databasePathRequested(inventory::Database::defaultPath()); });
    connect(m_languageCombo, &QComboBox::activated, this, &SettingsPage::onLanguageActivated);
    connect(m_themeCombo, &QComboBox::activated, this, &SettingsPage::onThemeActivated);
    retranslateUi();
}

void SettingsPage::applySavedLanguageAndTheme()
{
    const AppSettings settings;
    applyLanguage(settings.language());
    applyTheme(settings.theme());
}

void SettingsPage::setDatabasePath(const QString &path)
{
    m_pathEdit->setText(QFileInfo(path).absoluteFilePath());
    m_dataNote->clear();
    m_dataNote->setVisible(false);
}

void SettingsPage::setDatabaseError(const QString &message)
{
    m_dataNote->setText(message);
    m_dataNote->setVisible(true);
}

void SettingsPage::chooseDatabase()
{
    FileDialog::chooseSaveFile(this, Tr::tr("Open or create an inventory"),
        QFileInfo(m_pathEdit->text()).absolutePath(),
        Tr::tr("Fleetdeck inventory (*.sqlite *.db);;All files (*)"), this,
        [this](const QString &path) {
            if (!path.isEmpty())
                Q_EMIT databasePathRequested(path);
        });
}

void SettingsPage::onLanguageActivated(int index)
{
    const QString language = m_languageCombo->itemData(index).toString();
    AppSettings().setLanguage(language);
    applyLanguage(language);
    Q_EMIT languageChanged(language);
}

void SettingsPage::onThemeActivated(int index)
{
    const ThemeChoice theme = AppSettings::themeFromKey(m_themeCombo->itemData(index).toString());
    AppSettings().setTheme(theme);
    applyTheme(theme);
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SettingsPage::retranslateUi()
{
    m_titleLabel->setText(Tr::tr("Settings"));
    m_dataGroup->setTitle(Tr::tr("Data location"));
    m_pathLabel->setText(Tr::tr("The inventory file (SQLite) that holds nodes and the audit log:"));
    m_changeButton->setText(Tr::tr("Change…"));
    m_defaultButton->setText(Tr::tr("Use default"));
    m_lookGroup->setTitle(Tr::tr("Appearance"));
    m_languageLabel->setText(Tr::tr("&Language:"));
    m_languageCombo->setItemText(0, Tr::tr("System default"));
    m_themeLabel->setText(Tr::tr("&Theme:"));
    m_themeCombo->setItemText(0, Tr::tr("System"));
    m_themeCombo->setItemText(1, Tr::tr("Light"));
    m_themeCombo->setItemText(2, Tr::tr("Dark"));
}

} // namespace fleetdeck::ui
