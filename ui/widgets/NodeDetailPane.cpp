#include "ui/widgets/NodeDetailPane.h"

#include "ui/Theme.h"
#include "ui/Tr.h"

#include <QEvent>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fleetdeck::ui {

using fleet::NodeState;
using fleet::NodeStatus;

namespace {
// Sizes in facts are bytes; -1 (or absent) means the agent could not tell.
QString bytesText(const QJsonValue &value)
{
    const qint64 bytes = value.toInteger(-1);
    return bytes < 0 ? Tr::tr("unknown") : QLocale().formattedDataSize(bytes);
}

QString textOr(const QJsonValue &value, const QString &fallback)
{
    const QString text = value.toString();
    return text.isEmpty() ? fallback : text;
}
} // namespace

NodeDetailPane::NodeDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_emptyLabel(new QLabel(this))
    , m_titleLabel(new QLabel(this))
    , m_details(new QWidget(this))
    , m_form(new QFormLayout)
    , m_hostKeyButton(new QPushButton(this))
{
    setObjectName(u"nodeDetailPane"_s);
    m_emptyLabel->setObjectName(u"detailEmptyLabel"_s);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setEnabled(false); // the palette's muted text
    m_titleLabel->setObjectName(u"detailTitleLabel"_s);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_hostKeyButton->setObjectName(u"hostKeyDetailsButton"_s);
    connect(m_hostKeyButton, &QPushButton::clicked, this, [this] {
        if (m_node)
            Q_EMIT hostKeyDetailsRequested(m_node->id);
    });

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->addWidget(m_titleLabel);
    detailsLayout->addLayout(m_form);
    detailsLayout->addWidget(m_hostKeyButton, 0, Qt::AlignLeft);
    detailsLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_details);

    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setMinimumWidth(260);
    rebuild();
}

void NodeDetailPane::setNode(
    const std::optional<inventory::Node> &node, const std::optional<NodeStatus> &status)
{
    m_node = node;
    m_status = status;
    rebuild();
}

std::optional<qint64> NodeDetailPane::nodeId() const
{
    return m_node ? std::optional(m_node->id) : std::nullopt;
}

void NodeDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        rebuild();
    QWidget::changeEvent(event);
}

void NodeDetailPane::rebuild()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_hostKeyButton->hide();
    if (!m_node) {
        m_emptyLabel->setText(Tr::tr("Select a node to see its connection and facts."));
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    m_titleLabel->setText(m_node->name);
    const QString address = m_node->port == 22
        ? m_node->host
        : Tr::tr("%1, port %2").arg(m_node->host).arg(m_node->port);
    addRow(Tr::tr("Host"), address);
    // A node disconnected after a session keeps its reason and last facts; one never connected
    // has nothing to show yet.
    if (!m_status || (m_status->state == NodeState::Unknown && m_status->facts.isEmpty())) {
        addRow(Tr::tr("Status"),
            Tr::tr("Not connected. Connect to read this node's agent version and facts."));
        return;
    }
    addConnectionRows(*m_status);
    if (m_status->facts.isEmpty())
        return;
    addFactRows(m_status->facts, m_status->isUp());
}

void NodeDetailPane::addConnectionRows(const NodeStatus &status)
{
    addSection(Tr::tr("Connection"));
    const QColor color = nodeStateColor(status.state, palette());
    auto *state = new QLabel(m_details);
    state->setObjectName(u"detailStateLabel"_s);
    state->setPixmap(nodeStateIcon(status.state, palette()).pixmap(16, 16));
    auto *stateText =
        new QLabel(status.state == NodeState::Unknown ? Tr::tr("not connected")
                                                      : fleet::nodeStateLabel(status.state),
            m_details);
    stateText->setStyleSheet(u"color: %1; font-weight: bold;"_s.arg(color.name()));
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(state);
    stateRow->addWidget(stateText, 1);
    m_form->addRow(Tr::tr("State"), stateRow);
    if (status.at.isValid())
        addRow(Tr::tr("Since"), QLocale().toString(status.at.toLocalTime(), QLocale::ShortFormat));
    if (!status.reason.isEmpty())
        addRow(Tr::tr("Reason"), status.reason);
    if (!status.transport.isEmpty())
        addRow(Tr::tr("Transport"),
            status.transport == u"local" ? Tr::tr("local process") : Tr::tr("SSH"));
    if (!status.command.isEmpty())
        addRow(Tr::tr("Agent command"), status.command);
    if (!status.agentVersion.isEmpty())
        addRow(Tr::tr("Agent version"), status.agentVersion);
    if (status.protocolVersion)
        addRow(Tr::tr("Protocol version"), QString::number(*status.protocolVersion));
    if (status.hostKey) {
        const fleet::HostKeyFacts &key = *status.hostKey;
        if (!key.offeredFingerprint.isEmpty())
            addRow(Tr::tr("Host key"), key.offeredType + u' ' + key.offeredFingerprint);
        for (const QString &pinned : key.pinnedFingerprints)
            addRow(Tr::tr("Pinned key"), pinned);
        if (status.state == NodeState::HostKeyRefused) {
            m_hostKeyButton->setText(
                key.status == u"unknown" ? Tr::tr("Review host key…") : Tr::tr("How to fix…"));
            m_hostKeyButton->show();
        }
    }
}

void NodeDetailPane::addFactRows(const QJsonObject &facts, bool current)
{
    addSection(current ? Tr::tr("Facts") : Tr::tr("Facts (last known)"));
    const QString unknown = Tr::tr("unknown");
    addRow(Tr::tr("Hostname"), textOr(facts.value(u"hostname"), unknown));
    QString os = textOr(facts.value(u"osName"), unknown);
    if (const QString arch = facts.value(u"architecture").toString(); !arch.isEmpty())
        os = Tr::tr("%1 (%2)").arg(os, arch);
    addRow(Tr::tr("OS"), os);
    addRow(Tr::tr("Kernel"), textOr(facts.value(u"kernel"), unknown));
    const int cpus = facts.value(u"cpuCount").toInt(0);
    const QString model = textOr(facts.value(u"cpuModel"), unknown);
    addRow(Tr::tr("CPU"), cpus > 0 ? Tr::tr("%1 × %n", nullptr, cpus).arg(model) : model);
    addRow(Tr::tr("Memory"), bytesText(facts.value(u"memoryTotalBytes")));

    const QJsonArray disks = facts.value(u"disks").toArray();
    for (const QJsonValue &value : disks) {
        const QJsonObject disk = value.toObject();
        addRow(Tr::tr("Disk %1").arg(disk.value(u"mountPoint").toString()),
            Tr::tr("%1 free of %2 (%3, %4)")
                .arg(bytesText(disk.value(u"freeBytes")), bytesText(disk.value(u"totalBytes")),
                    disk.value(u"device").toString(), disk.value(u"fileSystem").toString()));
    }
    const QJsonArray gpus = facts.value(u"gpus").toArray();
    for (const QJsonValue &value : gpus) {
        const QJsonObject gpu = value.toObject();
        addRow(Tr::tr("GPU %1").arg(gpu.value(u"index").toInt()),
            Tr::tr("%1, %2, driver %3")
                .arg(textOr(gpu.value(u"name"), unknown), bytesText(gpu.value(u"memoryTotalBytes")),
                    textOr(gpu.value(u"driverVersion"), unknown)));
    }
    if (gpus.isEmpty()) {
        const QString note = facts.value(u"gpuNote").toString();
        addRow(Tr::tr("GPUs"), note.isEmpty() ? Tr::tr("none") : Tr::tr("none (%1)").arg(note));
    }
}

void NodeDetailPane::addSection(const QString &title)
{
    auto *label = new QLabel(title, m_details);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 0);
    m_form->addRow(label);
}

void NodeDetailPane::addRow(const QString &label, const QString &value)
{
    auto *field = new QLabel(value, m_details);
    field->setWordWrap(true);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(label, field);
}

QStringList NodeDetailPane::shownText() const
{
    QStringList lines;
    if (!m_node)
        return { m_emptyLabel->text() };
    lines << m_titleLabel->text();
    for (int row = 0; row < m_form->rowCount(); ++row) {
        QLayoutItem *labelItem = m_form->itemAt(row, QFormLayout::LabelRole);
        QLayoutItem *fieldItem = m_form->itemAt(row, QFormLayout::FieldRole);
        QLayoutItem *spanItem = m_form->itemAt(row, QFormLayout::SpanningRole);
        auto text = [](QLayoutItem *item) {
            if (!item)
                return QString();
            if (const auto *label = qobject_cast<const QLabel *>(item->widget()))
                return label->text();
            if (const QLayout *layout = item->layout()) {
                QStringList parts;
                for (int i = 0; i < layout->count(); ++i) {
                    if (const auto *label =
                            qobject_cast<const QLabel *>(layout->itemAt(i)->widget());
                        label && !label->text().isEmpty())
                        parts << label->text();
                }
                return parts.join(u' ');
            }
            return QString();
        };
        if (spanItem)
            lines << text(spanItem);
        else
            lines << text(labelItem) + u": " + text(fieldItem);
    }
    return lines;
}

} // namespace fleetdeck::ui
