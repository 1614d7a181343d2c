#pragma once

#include "core/credentials/PassphraseSource.h"
#include "ui/dialogs/PassphraseDialog.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <memory>

class QWidget;

namespace fleetdeck::ui {

// Lets an SSH handshake on a worker thread ask the operator through a PassphraseDialog on the GUI
// thread. The worker posts the question and waits on a condition (with a deadline); the dialog is
// shown with open(), and its accepted/rejected signal fulfils the wait, so the GUI never runs a
// nested event loop. Destroying this object (the app quitting) releases every waiting worker
// with "no answer", as does the deadline.
class PassphraseDialogPrompt : public QObject {
    Q_OBJECT
public:
    explicit PassphraseDialogPrompt(
        QWidget *parentWidget, std::chrono::milliseconds timeout = std::chrono::minutes(5));
    ~PassphraseDialogPrompt() override;

    // For credentials::PassphraseSource. Safe to call from any thread but the GUI thread (where
    // it answers "no answer" at once rather than deadlock); it keeps working, answering nothing,
    // after this object is gone.
    credentials::PassphrasePromptFunction promptFunction() const;

    // Releases waiting workers now; later questions get no answer.
    void shutdown();

    PassphraseDialog *currentDialog() const { return m_dialog; }

Q_SIGNALS:
    void dialogShown(fleetdeck::ui::PassphraseDialog *dialog);

private:
    struct Shared;
    void show(quint64 id, const credentials::PassphrasePrompt &prompt);
    void cancel(quint64 id);

    QWidget *m_parentWidget;
    std::shared_ptr<Shared> m_shared;
    QPointer<PassphraseDialog> m_dialog;
    quint64 m_dialogId = 0;
};

} // namespace fleetdeck::ui
