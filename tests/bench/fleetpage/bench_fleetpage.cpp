// Prints how the Fleet page copes with 10,000 nodes. Not a pass/fail test: figures for people.
#include "core/inventory/AuditLog.h"
#include "core/inventory/Database.h"
#include "core/inventory/InventoryThread.h"
#include "core/inventory/NodeRepository.h"
#include "tests/support/TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/models/NodeFilterProxyModel.h"
#include "ui/models/NodeTableModel.h"
#include "ui/pages/FleetPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <sys/resource.h>
#include <vector>

using namespace Qt::StringLiterals;
using namespace fleetdeck;

namespace {
constexpr int NodeCount = 10000;

// Records the first paint of a widget after arm() was called.
class PaintWatch : public QObject {
public:
    bool painted = false;
    void arm() { painted = false; }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

// Runs the event loop until done() holds (a benchmark's main may spin its own loop).
bool runUntil(const std::function<bool()> &done, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

void buildInventory(const QString &path)
{
    auto db = inventory::Database::open(path);
    if (!db)
        qFatal("%s", qPrintable(db.error().toString()));
    inventory::AuditLog audit(**db, u"bench"_s);
    inventory::NodeRepository nodes(**db, audit);
    const Result<void> done = (*db)->transaction([&]() -> Result<void> {
        for (int i = 0; i < NodeCount; ++i) {
            inventory::Node n;
            n.name = u"node-%1"_s.arg(i, 5, 10, QChar(u'0'));
            n.host = u"10.%1.%2.%3"_s.arg(i / 65536).arg((i / 256) % 256).arg(i % 256);
            n.port = 22 + (i % 7);
            n.site = u"site-%1"_s.arg(i % 40);
            n.tier = i % 5 == 0 ? inventory::Tier::Cloud : inventory::Tier::Edge;
            n.labels.insert(u"gpu"_s, i % 3 ? u"l4"_s : u"a100"_s);
            n.labels.insert(u"rack"_s, QString::number(i % 97));
            if (auto r = nodes.upsertInTransaction(n); !r)
                return r.error();
        }
        return {};
    });
    if (!done)
        qFatal("%s", qPrintable(done.error().toString()));
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Times one change to the proxy until the table has painted it.
double timeRepaint(QTableView *view, PaintWatch &watch, const std::function<void()> &change)
{
    QElapsedTimer t;
    t.start();
    watch.arm();
    change();
    view->viewport()->update();
    runUntil([&] { return watch.painted; });
    return ms(t);
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Fleetdeck"_s);
    QApplication::setApplicationName(u"fleetdeck-bench"_s);
    test::isolateFromUser();

    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.sqlite"_s);
    QElapsedTimer t;
    t.start();
    buildInventory(path);
    std::printf("inventory: %d nodes written in %.0f ms\n", NodeCount, ms(t));

    inventory::InventoryThread thread;
    t.restart();
    ui::MainWindow window(thread);
    ui::FleetPage *page = window.fleetPage();
    QTableView *view = page->view();
    PaintWatch watch;
    view->viewport()->installEventFilter(&watch);
    int loaded = -1;
    QObject::connect(page, &ui::FleetPage::nodesLoaded, page, [&](int n) {
        loaded = n;
        watch.arm();
    });
    window.openInventory(path);
    window.show();
    const double created = ms(t);
    if (!runUntil([&] { return loaded >= 0 && watch.painted; }))
        qFatal("the table never painted");
    std::printf("window: created and shown in %.1f ms; table loaded (%d rows) and painted %.1f ms "
                "after creation\n",
        created, page->proxy()->rowCount(), ms(t));

    auto *filter = window.findChild<QLineEdit *>(u"filterEdit"_s);
    std::vector<double> keys;
    for (QChar c : u"site-1"_s)
        keys.push_back(timeRepaint(view, watch, [&] { QTest::keyClick(filter, c.toLatin1()); }));
    std::printf("filter: typing \"site-1\": %d rows left; per keystroke to repaint: first %.1f ms, "
                "worst %.1f ms\n",
        page->proxy()->rowCount(), keys.front(), *std::max_element(keys.begin(), keys.end()));
    const double cleared = timeRepaint(view, watch, [&] { filter->clear(); });
    std::printf("filter: clearing back to %d rows: %.1f ms\n", page->proxy()->rowCount(), cleared);

    const double byHost = timeRepaint(view, watch,
        [&] { view->sortByColumn(ui::NodeTableModel::HostColumn, Qt::DescendingOrder); });
    const double byPort = timeRepaint(view, watch,
        [&] { view->sortByColumn(ui::NodeTableModel::PortColumn, Qt::AscendingOrder); });
    const double byName = timeRepaint(view, watch,
        [&] { view->sortByColumn(ui::NodeTableModel::NameColumn, Qt::AscendingOrder); });
    std::printf("sort: %d rows by host %.1f ms, by port %.1f ms, by name %.1f ms\n",
        page->proxy()->rowCount(), byHost, byPort, byName);

    loaded = -1;
    t.restart();
    page->reload();
    runUntil([&] { return loaded >= 0; });
    const double reload = ms(t);
    const QList<inventory::Node> same = page->model()->nodes();
    t.restart();
    page->model()->syncNodes(same);
    std::printf("reload: read and merge %d unchanged nodes in %.1f ms, of which the merge on the "
                "GUI thread takes %.1f ms\n",
        loaded, reload, ms(t));

    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("memory: peak RSS %.1f MiB\n", double(usage.ru_maxrss) / 1024.0);
    return 0;
}
