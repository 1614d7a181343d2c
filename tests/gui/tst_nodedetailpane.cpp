#include "tests/gui/GuiFixture.h"
#include "tests/support/TestSupport.h"
#include "ui/widgets/NodeDetailPane.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPushButton>
#include <QtTest>

using namespace Qt::StringLiterals;
using fleetdeck::fleet::NodeState;
using fleetdeck::fleet::NodeStatus;
using fleetdeck::test::GuiFixture;
using fleetdeck::ui::NodeDetailPane;

namespace {
// node.facts as docs/protocol.md describes them, from a GPU node.
QJsonObject gpuNodeFacts()
{
    return QJsonDocument::fromJson(R"json({
        "hostname": "lyon-cam-01", "osName": "Debian GNU/Linux 12 (bookworm)", "osId": "debian",
        "osVersion": "12", "kernel": "6.1.0-18-amd64", "architecture": "x86_64",
        "cpuModel": "AMD EPYC 7543", "cpuCount": 32, "memoryTotalBytes": 68719476736,
        "disks": [ { "mountPoint": "/", "device": "/dev/nvme0n1p2", "fileSystem": "ext4",
                     "totalBytes": 500000000000, "freeBytes": 250000000000 } ],
        "gpus": [ { "index": 0, "name": "NVIDIA L4", "uuid": "GPU-1",
                    "memoryTotalBytes": 24146608128, "driverVersion": "550.54.15" } ],
        "gpuNote": "" })json")
        .object();
}
} // namespace

class TestNodeDetailPane : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void emptyAndNeverConnectedStates()
    {
        NodeDetailPane pane;
        QVERIFY(!pane.nodeId());
        QVERIFY(pane.shownText().join(u' ').contains(u"Select a node"_s));
        fleetdeck::inventory::Node node = GuiFixture::node(u"cam"_s);
        node.id = 7;
        pane.setNode(node, std::nullopt);
        QCOMPARE(pane.nodeId(), 7);
        const QString text = pane.shownText().join(u'\n');
        QVERIFY(text.contains(u"cam"_s));
        QVERIFY(text.contains(u"Not connected"_s));
        QVERIFY(!text.contains(u"Hostname"_s));
    }

    void onlineNodeShowsConnectionAndFacts()
    {
        NodeDetailPane pane;
        fleetdeck::inventory::Node node = GuiFixture::node(u"lyon-cam-01"_s);
        NodeStatus status;
        status.state = NodeState::Online;
        status.at = QDateTime::currentDateTimeUtc();
        status.transport = u"ssh"_s;
        status.command = u"fleetdeck-agent rpc"_s;
        status.agentVersion = u"0.1.0"_s;
        status.protocolVersion = 1;
        status.facts = gpuNodeFacts();
        pane.setNode(node, status);
        const QStringList lines = pane.shownText();
        const QString text = lines.join(u'\n');
        QVERIFY2(lines.contains(u"Transport: SSH"_s), qPrintable(text));
        QVERIFY2(lines.contains(u"Agent command: fleetdeck-agent rpc"_s), qPrintable(text));
        QVERIFY2(lines.contains(u"Protocol version: 1"_s), qPrintable(text));
        QVERIFY2(lines.contains(u"Hostname: lyon-cam-01"_s), qPrintable(text));
        QVERIFY2(
            lines.contains(u"OS: Debian GNU/Linux 12 (bookworm) (x86_64)"_s), qPrintable(text));
        QVERIFY2(lines.contains(u"Kernel: 6.1.0-18-amd64"_s), qPrintable(text));
        QVERIFY2(text.contains(u"CPU: AMD EPYC 7543 × 32"_s), qPrintable(text));
        QVERIFY2(text.contains(u"GPU 0: NVIDIA L4, "_s), qPrintable(text));
        QVERIFY2(text.contains(u"driver 550.54.15"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Disk /: "_s), qPrintable(text));
        QVERIFY(!pane.findChild<QPushButton *>(u"hostKeyDetailsButton"_s)->isVisibleTo(&pane));
    }

    void noGpuSaysWhy()
    {
        NodeDetailPane pane;
        NodeStatus status;
        status.state = NodeState::Degraded;
        status.reason = u"The agent did not answer node.facts within 10 s."_s;
        QJsonObject facts = gpuNodeFacts();
        facts[u"gpus"_s] = QJsonArray();
        facts[u"gpuNote"_s] = u"libnvidia-ml.so.1 not found"_s;
        status.facts = facts;
        pane.setNode(GuiFixture::node(u"n"_s), status);
        const QString text = pane.shownText().join(u'\n');
        QVERIFY2(text.contains(u"Reason: The agent did not answer"_s), qPrintable(text));
        QVERIFY2(text.contains(u"GPUs: none (libnvidia-ml.so.1 not found)"_s), qPrintable(text));
    }
};

QTEST_MAIN(TestNodeDetailPane)
#include "tst_nodedetailpane.moc"
