#pragma once

#include "core/fleet/session/NodeStatus.h"
#include "core/inventory/Node.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace fleetdeck::ui {

// The current node's live connection and what its agent reported: state and reason, transport,
// agent command and versions, host key, and the node's facts (OS, CPU, memory, disks, GPUs).
// Read-only; it shows what it is given and asks nothing of the fleet itself.
class NodeDetailPane : public QWidget {
    Q_OBJECT
public:
    explicit NodeDetailPane(QWidget *parent = nullptr);

    // Nothing: no current node (the empty state). A node without a status: never connected.
    void setNode(
        const std::optional<inventory::Node> &node, const std::optional<fleet::NodeStatus> &status);
    std::optional<qint64> nodeId() const;

    // "Label: value" lines of what is shown, in order (for tests and copying).
    QStringList shownText() const;

Q_SIGNALS:
    // The operator asked to see why the host key was refused (a changed key: how to fix it).
    void hostKeyDetailsRequested(qint64 nodeId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void addSection(const QString &title);
    void addRow(const QString &label, const QString &value);
    void addConnectionRows(const fleet::NodeStatus &status);
    void addFactRows(const QJsonObject &facts, bool current);

    std::optional<inventory::Node> m_node;
    std::optional<fleet::NodeStatus> m_status;
    QStackedWidget *m_stack;
    QLabel *m_emptyLabel;
    QLabel *m_titleLabel;
    QWidget *m_details;
    QFormLayout *m_form;
    QPushButton *m_hostKeyButton;
};

} // namespace fleetdeck::ui
