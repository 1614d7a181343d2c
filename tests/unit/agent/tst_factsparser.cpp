#include "agents/FactsParser.h"
#include "tests/support/TestSupport.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fleetdeck::agent::facts;

namespace {

// Excerpts of real files from the kinds of nodes Fleetdeck manages.
// (Plain literals: moc misreads raw strings.)
const QByteArray kUbuntuOsRelease = "PRETTY_NAME=\"Ubuntu 22.04.4 LTS\"\n"
                                    "NAME=\"Ubuntu\"\n"
                                    "VERSION_ID=\"22.04\"\n"
                                    "VERSION=\"22.04.4 LTS (Jammy Jellyfish)\"\n"
                                    "ID=ubuntu\n"
                                    "ID_LIKE=debian\n"
                                    "# a comment\n"
                                    "HOME_URL=\"https://www.ubuntu.com/\"\n";

const QByteArray kX86CpuInfo = "processor\t: 0\n"
                               "vendor_id\t: GenuineIntel\n"
                               "model name\t: Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz\n"
                               "flags\t\t: fpu vme de\n"
                               "\n"
                               "processor\t: 1\n"
                               "vendor_id\t: GenuineIntel\n"
                               "model name\t: Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz\n";

const QByteArray kRaspberryPiCpuInfo = "processor\t: 0\n"
                                       "BogoMIPS\t: 108.00\n"
                                       "CPU part\t: 0xd08\n"
                                       "\n"
                                       "processor\t: 1\n"
                                       "CPU part\t: 0xd08\n"
                                       "\n"
                                       "processor\t: 2\n"
                                       "processor\t: 3\n"
                                       "Hardware\t: BCM2835\n"
                                       "Revision\t: c03114\n"
                                       "Model\t\t: Raspberry Pi 4 Model B Rev 1.4\n";

const QByteArray kJetsonCpuInfo = "processor\t: 0\n"
                                  "model name\t: ARMv8 Processor rev 1 (v8l)\n"
                                  "CPU part\t: 0xd42\n"
                                  "processor\t: 1\n"
                                  "CPU part\t: 0xd42\n";

const QByteArray kBareArmCpuInfo = "processor\t: 0\n"
                                   "CPU implementer\t: 0x41\n"
                                   "CPU part\t: 0xd0c\n";

const QByteArray kMemInfo = "MemTotal:       65536000 kB\n"
                            "MemFree:         1234567 kB\n"
                            "MemAvailable:   40000000 kB\n";

} // namespace

class TestFactsParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void parsesOsRelease()
    {
        const auto os = parseOsRelease(kUbuntuOsRelease);
        QCOMPARE(os.value(u"PRETTY_NAME"_s), u"Ubuntu 22.04.4 LTS"_s);
        QCOMPARE(os.value(u"ID"_s), u"ubuntu"_s);
        QCOMPARE(os.value(u"VERSION_ID"_s), u"22.04"_s);
        QVERIFY(!os.contains(u"# a comment"_s));
        QCOMPARE(parseOsRelease("NAME=\"Say \\\"hi\\\"\"").value(u"NAME"_s), u"Say \"hi\""_s);
        QVERIFY(parseOsRelease("garbage without equals\n=\n").isEmpty());
    }

    void parsesCpuInfoOfSeveralArchitectures()
    {
        const CpuInfo x86 = parseCpuInfo(kX86CpuInfo);
        QCOMPARE(x86.count, 2);
        QCOMPARE(x86.model, u"Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz"_s);
        const CpuInfo pi = parseCpuInfo(kRaspberryPiCpuInfo);
        QCOMPARE(pi.count, 4);
        QCOMPARE(pi.model, u"Raspberry Pi 4 Model B Rev 1.4"_s);
        const CpuInfo jetson = parseCpuInfo(kJetsonCpuInfo);
        QCOMPARE(jetson.count, 2);
        QCOMPARE(jetson.model, u"ARMv8 Processor rev 1 (v8l)"_s);
        QCOMPARE(parseCpuInfo(kBareArmCpuInfo).model, u"ARM CPU part 0xd0c"_s);
        QCOMPARE(parseCpuInfo({}).count, 0);
    }

    void parsesMemTotal()
    {
        QCOMPARE(parseMemTotal(kMemInfo), 65536000ll * 1024);
        QCOMPARE(parseMemTotal("MemFree: 10 kB\n"), -1);
        QCOMPARE(parseMemTotal("MemTotal: lots kB\n"), -1);
    }

    void skipsPseudoFileSystems()
    {
        QVERIFY(isReportedFileSystem(u"/"_s, "ext4"));
        QVERIFY(isReportedFileSystem(u"/"_s, "overlay"));
        QVERIFY(isReportedFileSystem(u"/data"_s, "xfs"));
        QVERIFY(!isReportedFileSystem(u"/proc"_s, "proc"));
        QVERIFY(!isReportedFileSystem(u"/run"_s, "tmpfs"));
        QVERIFY(!isReportedFileSystem(u"/snap/core/1"_s, "squashfs"));
        QVERIFY(!isReportedFileSystem(u"/var/lib/docker/x"_s, "overlay"));
        QVERIFY(!isReportedFileSystem(u"/mnt/gvfs"_s, "fuse.gvfsd-fuse"));
    }
};

QTEST_GUILESS_MAIN(TestFactsParser)
#include "tst_factsparser.moc"
