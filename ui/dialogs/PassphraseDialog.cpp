#include "ui/dialogs/PassphraseDialog.h"

#include "ui/Tr.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fleetdeck::ui {

using credentials::PassphraseAnswer;
using credentials::PassphrasePrompt;

PassphraseDialog::PassphraseDialog(const PassphrasePrompt &prompt, QWidget *parent)
    : QDialog(parent)
    , m_prompt(prompt)
    , m_messageLabel(new QLabel(this))
    , m_keyLabel(new QLabel(QDir::toNativeSeparators(prompt.identityFile), this))
    , m_passphraseEdit(new QLineEdit(this))
    , m_rememberBox(new QCheckBox(Tr::tr("Remember in the system keychain"), this))
    , m_rememberNote(new QLabel(this))
{
    setObjectName(u"passphraseDialog"_s);
    setWindowTitle(Tr::tr("SSH key passphrase"));
    m_messageLabel->setObjectName(u"passphraseMessage"_s);
    m_messageLabel->setWordWrap(true);
    m_keyLabel->setObjectName(u"keyFileLabel"_s);
    m_keyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_passphraseEdit->setObjectName(u"passphraseEdit"_s);
    m_passphraseEdit->setEchoMode(QLineEdit::Password);
    m_rememberBox->setObjectName(u"rememberBox"_s);
    m_rememberNote->setObjectName(u"rememberNote"_s);
    m_rememberNote->setWordWrap(true);
    m_rememberNote->setEnabled(false); // muted text

    QString message;
    switch (prompt.previous) {
    case PassphrasePrompt::Previous::None:
        message = Tr::tr("Enter the passphrase of this SSH key to connect.");
        break;
    case PassphrasePrompt::Previous::Wrong:
        message = Tr::tr("Wrong passphrase: it did not decrypt the key. Try again (attempt %1).")
                      .arg(prompt.attempt);
        break;
    case PassphrasePrompt::Previous::KeychainWrong:
        message = Tr::tr("The passphrase kept in the system keychain no longer decrypts this "
                         "key. Enter the current one.");
        break;
    }
    m_messageLabel->setText(message);
    if (prompt.previous != PassphrasePrompt::Previous::None) {
        QFont bold = m_messageLabel->font();
        bold.setBold(true);
        m_messageLabel->setFont(bold);
    }
    m_rememberBox->setEnabled(prompt.canRemember);
    if (prompt.canRemember) {
        m_rememberNote->hide();
    } else {
        m_rememberNote->setText(Tr::tr("No system keychain is available, so the passphrase is "
                                       "kept in memory only until Fleetdeck quits."));
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(Tr::tr("Unlock"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"unlockButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(Tr::tr("Key file:"), m_keyLabel);
    form->addRow(Tr::tr("Passphrase:"), m_passphraseEdit);
    form->addRow(QString(), m_rememberBox);
    form->addRow(QString(), m_rememberNote);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageLabel);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    m_passphraseEdit->setFocus();
}

PassphraseDialog::~PassphraseDialog()
{
    wipeField();
}

std::optional<PassphraseAnswer> PassphraseDialog::takeAnswer()
{
    if (result() != QDialog::Accepted) {
        wipeField();
        return std::nullopt;
    }
    QByteArray bytes = m_passphraseEdit->text().toUtf8();
    PassphraseAnswer answer { credentials::SecretBytes(std::move(bytes)),
        m_rememberBox->isEnabled() && m_rememberBox->isChecked() };
    wipeField();
    return answer;
}

QString PassphraseDialog::messageText() const
{
    return m_messageLabel->text();
}

void PassphraseDialog::wipeField()
{
    // QLineEdit keeps its text in a QString we cannot wipe in place; overwrite, then clear.
    m_passphraseEdit->setText(QString(m_passphraseEdit->text().size(), u'\0'));
    m_passphraseEdit->clear();
}

} // namespace fleetdeck::ui
