#include "ui/dialogs/PassphraseDialogPrompt.h"

#include "core/common/Log.h"
#include "ui/dialogs/PassphraseDialog.h"

#include <QThread>
#include <QWidget>

#include <condition_variable>
#include <map>
#include <mutex>

namespace fleetdeck::ui {

using credentials::PassphraseAnswer;
using credentials::PassphrasePrompt;

struct PassphraseDialogPrompt::Shared {
    std::mutex mutex;
    std::condition_variable answered;
    PassphraseDialogPrompt *owner = nullptr; // null once shut down; guarded by mutex
    QThread *guiThread = nullptr;
    std::chrono::milliseconds timeout;
    quint64 nextId = 1;
    // Questions being waited for, and their answers once given (nullopt: cancelled).
    std::map<quint64, std::optional<std::optional<PassphraseAnswer>>> waiting;
};

PassphraseDialogPrompt::PassphraseDialogPrompt(
    QWidget *parentWidget, std::chrono::milliseconds timeout)
    : QObject(parentWidget)
    , m_parentWidget(parentWidget)
    , m_shared(std::make_shared<Shared>())
{
    m_shared->owner = this;
    m_shared->guiThread = thread();
    m_shared->timeout = timeout;
}

PassphraseDialogPrompt::~PassphraseDialogPrompt()
{
    shutdown();
    if (m_dialog)
        m_dialog->deleteLater();
}

void PassphraseDialogPrompt::shutdown()
{
    {
        const std::lock_guard lock(m_shared->mutex);
        m_shared->owner = nullptr;
        for (auto &[id, answer] : m_shared->waiting) {
            if (!answer)
                answer.emplace(std::nullopt);
        }
    }
    m_shared->answered.notify_all();
    if (m_dialog)
        m_dialog->reject();
}

credentials::PassphrasePromptFunction PassphraseDialogPrompt::promptFunction() const
{
    return [shared = m_shared](const PassphrasePrompt &prompt) -> std::optional<PassphraseAnswer> {
        std::unique_lock lock(shared->mutex);
        if (!shared->owner)
            return std::nullopt;
        if (QThread::currentThread() == shared->guiThread) {
            qCWarning(lcUi) << "passphrase asked on the GUI thread; not shown (it would block)";
            return std::nullopt;
        }
        const quint64 id = shared->nextId++;
        shared->waiting[id];
        // Posting under the lock: shutdown() cannot clear owner (and the object go away) between
        // the check and the post; events for a deleted object are dropped.
        PassphraseDialogPrompt *owner = shared->owner;
        QMetaObject::invokeMethod(
            owner, [owner, id, prompt] { owner->show(id, prompt); }, Qt::QueuedConnection);
        const bool done = shared->answered.wait_for(
            lock, shared->timeout, [&] { return shared->waiting[id].has_value(); });
        std::optional<PassphraseAnswer> answer;
        if (done)
            answer = std::move(*shared->waiting[id]);
        shared->waiting.erase(id);
        if (!done) {
            qCWarning(lcUi) << "passphrase question for" << prompt.identityFile
                            << "timed out; the key is skipped";
            if (PassphraseDialogPrompt *current = shared->owner)
                QMetaObject::invokeMethod(
                    current, [current, id] { current->cancel(id); }, Qt::QueuedConnection);
        }
        return answer;
    };
}

void PassphraseDialogPrompt::show(quint64 id, const PassphrasePrompt &prompt)
{
    {
        const std::lock_guard lock(m_shared->mutex);
        const auto it = m_shared->waiting.find(id);
        if (it == m_shared->waiting.end() || it->second)
            return; // timed out or cancelled before the GUI got to it
    }
    auto *dialog = new PassphraseDialog(prompt, m_parentWidget);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    m_dialogId = id;
    connect(dialog, &QDialog::finished, this, [this, dialog, id] {
        std::optional<PassphraseAnswer> answer = dialog->takeAnswer();
        {
            const std::lock_guard lock(m_shared->mutex);
            if (const auto it = m_shared->waiting.find(id);
                it != m_shared->waiting.end() && !it->second)
                it->second.emplace(std::move(answer));
        }
        m_shared->answered.notify_all();
    });
    dialog->open();
    Q_EMIT dialogShown(dialog);
}

void PassphraseDialogPrompt::cancel(quint64 id)
{
    if (m_dialog && m_dialogId == id)
        m_dialog->reject();
}

} // namespace fleetdeck::ui
