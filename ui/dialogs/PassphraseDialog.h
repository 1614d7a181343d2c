#pragma once

#include "core/credentials/PassphraseSource.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace fleetdeck::ui {

// Asks for the passphrase of one encrypted SSH key: the key file, a masked field, "remember in
// the system keychain" (disabled, with the reason, when there is no keychain), and on a retry
// why it is asked again.
class PassphraseDialog : public QDialog {
    Q_OBJECT
public:
    explicit PassphraseDialog(
        const credentials::PassphrasePrompt &prompt, QWidget *parent = nullptr);
    ~PassphraseDialog() override;

    // What was typed, when the dialog was accepted; nothing otherwise. Wipes the field.
    std::optional<credentials::PassphraseAnswer> takeAnswer();
    const credentials::PassphrasePrompt &prompt() const { return m_prompt; }

    QLineEdit *passphraseEdit() const { return m_passphraseEdit; }
    QCheckBox *rememberBox() const { return m_rememberBox; }
    QString messageText() const;

private:
    void wipeField();

    credentials::PassphrasePrompt m_prompt;
    QLabel *m_messageLabel;
    QLabel *m_keyLabel;
    QLineEdit *m_passphraseEdit;
    QCheckBox *m_rememberBox;
    QLabel *m_rememberNote;
};

} // namespace fleetdeck::ui
