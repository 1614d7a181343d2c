#pragma once

#include "core/fleet/session/NodeStatus.h"
#include "core/inventory/Node.h"
#include "core/transport/HostKey.h"

#include <QDialog>
#include <QList>
#include <QPointer>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace fleetdeck::ui {

// What the operator is shown about a refused host key. An UNKNOWN key gets a question (accept and
// pin it, or leave the node refused); a CHANGED or revoked key never offers to accept: it shows
// the pinned and the offered fingerprints and the command that removes the old line.
class HostKeyDialog : public QDialog {
    Q_OBJECT
public:
    // offered: the key to pin on Accept; without it (or for a changed key) nothing can be accepted.
    HostKeyDialog(const inventory::Node &node, const fleet::NodeStatus &status,
        const std::optional<transport::HostKey> &offered, QWidget *parent = nullptr);

    bool offersAccept() const { return m_offersAccept; }
    const inventory::Node &node() const { return m_node; }
    const std::optional<transport::HostKey> &offeredKey() const { return m_offered; }
    // The `ssh-keygen -R` command for a changed key; empty for an unknown one.
    QString fixCommand() const;

    // The command that removes host's lines from a known_hosts file, quoted for a POSIX shell.
    static QString removeCommand(const QString &host, int port, const QString &knownHostsPath);

private:
    QString unknownKeyText(const fleet::HostKeyFacts &key) const;
    QString refusedKeyText(const fleet::HostKeyFacts &key) const;

    inventory::Node m_node;
    std::optional<transport::HostKey> m_offered;
    bool m_offersAccept = false;
    QLabel *m_textLabel;
    QLineEdit *m_commandEdit;
    QDialogButtonBox *m_buttons;
};

// Host-key questions, one dialog at a time: later prompts wait in order, and a second prompt for
// a node already waiting replaces the first (the newest offered key is the one to judge).
class HostKeyQueue : public QObject {
    Q_OBJECT
public:
    explicit HostKeyQueue(QWidget *parentWidget);

    void ask(const inventory::Node &node, const fleet::NodeStatus &status,
        const std::optional<transport::HostKey> &offered);
    HostKeyDialog *current() const { return m_current; }
    int pendingCount() const { return int(m_pending.size()); }

Q_SIGNALS:
    void accepted(const fleetdeck::inventory::Node &node, const fleetdeck::transport::HostKey &key);
    void rejected(const fleetdeck::inventory::Node &node);

private:
    struct Prompt {
        inventory::Node node;
        fleet::NodeStatus status;
        std::optional<transport::HostKey> offered;
    };
    void showNext();

    QWidget *m_parentWidget;
    QList<Prompt> m_pending;
    QPointer<HostKeyDialog> m_current;
};

} // namespace fleetdeck::ui
