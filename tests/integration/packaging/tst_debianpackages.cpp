#include "tests/support/TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

#include <algorithm>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments, int timeoutMs = 60'000)
{
    QProcess process;
    // dpkg insists on finding ldconfig and start-stop-daemon, which live in sbin folders that a
    // user's PATH often lacks.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PATH"_s, env.value(u"PATH"_s) + u":/usr/local/sbin:/usr/sbin:/sbin"_s);
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = program + u" did not finish in time"_s;
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace

// Builds the .deb packages with cpack from this build tree, reads them with dpkg-deb, installs
// them with dpkg into a private root and runs the installed CLI from there.
class TestDebianPackages : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void appPackageHoldsTheDesktopApp();
    void agentPackageHoldsAgentAndUnit();
    void noPackageDependsOnCuda();
    void everyInstallRuleNamesAPackage();
    void installsIntoAPrivateRootAndRuns();

private:
    QString deb(const QString &package) const;
    QStringList contents(const QString &debFile) const;
    QString field(const QString &debFile, const QString &name) const;

    QTemporaryDir m_dir;
    QString m_binaryDir;
    QString m_dpkg;
    QString m_dpkgDeb;
    QStringList m_debs;
};

void TestDebianPackages::initTestCase()
{
    fleetdeck::test::isolateFromUser();
    const QString cpack = QStandardPaths::findExecutable(u"cpack"_s);
    m_dpkg = QStandardPaths::findExecutable(u"dpkg"_s);
    m_dpkgDeb = QStandardPaths::findExecutable(u"dpkg-deb"_s);
    if (cpack.isEmpty() || m_dpkg.isEmpty() || m_dpkgDeb.isEmpty()
        || QStandardPaths::findExecutable(u"dpkg-shlibdeps"_s).isEmpty())
        QSKIP(
            "cpack, dpkg, dpkg-deb or dpkg-shlibdeps is missing (apt-get install cmake dpkg-dev)");
    if (!QFile::exists(fleetdeck::test::binaryPath(u"fleetdeck-cli"_s)))
        QSKIP("fleetdeck-cli is not built; build it before packaging");

    QVERIFY(m_dir.isValid());
    m_binaryDir = QString::fromLocal8Bit(qgetenv("FLEETDECK_BINARY_DIR"));
    const QString out = m_dir.filePath(u"debs"_s);
    const Run packaged = run(cpack,
        { u"-G"_s, u"DEB"_s, u"-B"_s, out, u"--config"_s, m_binaryDir + u"/CPackConfig.cmake"_s },
        480'000);
    QVERIFY2(packaged.exitCode == 0, qPrintable(packaged.out + packaged.err));
    for (const QString &name : QDir(out).entryList({ u"*.deb"_s }, QDir::Files))
        m_debs.append(out + u'/' + name);
    QVERIFY2(!deb(u"fleetdeck"_s).isEmpty(), qPrintable(packaged.out));
}

QString TestDebianPackages::deb(const QString &package) const
{
    for (const QString &file : m_debs) {
        if (QFileInfo(file).fileName().startsWith(package + u'_'))
            return file;
    }
    return {};
}

QStringList TestDebianPackages::contents(const QString &debFile) const
{
    const Run listed = run(m_dpkgDeb, { u"--contents"_s, debFile });
    QStringList paths;
    for (const QString &line : listed.out.split(u'\n', Qt::SkipEmptyParts)) {
        // "-rwxr-xr-x root/root 123 2026-01-01 00:00 ./usr/bin/fleetdeck-cli"
        paths.append(line.section(u' ', -1).mid(1)); // drop the leading "."
    }
    return paths;
}

QString TestDebianPackages::field(const QString &debFile, const QString &name) const
{
    return run(m_dpkgDeb, { u"--field"_s, debFile, name }).out.trimmed();
}

void TestDebianPackages::appPackageHoldsTheDesktopApp()
{
    const QStringList files = contents(deb(u"fleetdeck"_s));
    QStringList expected { u"/usr/bin/fleetdeck-cli"_s };
    // The desktop entry, metadata and icons come with the desktop app (not in a headless build).
    if (QFile::exists(fleetdeck::test::binaryPath(u"fleetdeck"_s))) {
        expected << u"/usr/bin/fleetdeck"_s
                 << u"/usr/share/applications/io.fleetdeck.Fleetdeck.desktop"_s
                 << u"/usr/share/metainfo/io.fleetdeck.Fleetdeck.metainfo.xml"_s
                 << u"/usr/share/icons/hicolor/scalable/apps/io.fleetdeck.Fleetdeck.svg"_s;
        for (int size : { 16, 24, 32, 48, 64, 128, 256 })
            expected << u"/usr/share/icons/hicolor/%1x%1/apps/io.fleetdeck.Fleetdeck.png"_s.arg(
                size);
    } else {
        QVERIFY2(!files.contains(u"/usr/share/applications/io.fleetdeck.Fleetdeck.desktop"_s),
            "a desktop entry without the desktop app");
    }
    for (const QString &path : expected)
        QVERIFY2(files.contains(path), qPrintable(path + u" is not in the app package"_s));
    QVERIFY2(!files.contains(u"/usr/bin/fleetdeck-agent"_s), "the agent has its own package");
    // libonnx's checker runs in this child process (core/validation/engine/OnnxCheck.h).
    const bool hasChecker = std::any_of(files.begin(), files.end(), [](const QString &path) {
        return path.startsWith(u"/usr/lib/"_s) && path.endsWith(u"/fleetdeck/fleetdeck-onnx-check"_s);
    });
    QVERIFY2(hasChecker, qPrintable(files.join(u'\n')));

    // Depends were computed from the binaries' libraries, plus the plugins Qt loads at run time
    // (SQL driver, SVG icons), which no library lookup can find.
    const QString depends = field(deb(u"fleetdeck"_s), u"Depends"_s);
    QVERIFY2(depends.contains(u"libqt6core6"_s), qPrintable(depends));
    QVERIFY2(depends.contains(u"libqt6sql6-sqlite"_s), qPrintable(depends));
    QVERIFY2(depends.contains(u"libqt6svg6"_s), qPrintable(depends));
}

void TestDebianPackages::agentPackageHoldsAgentAndUnit()
{
    if (!QFile::exists(fleetdeck::test::binaryPath(u"fleetdeck-agent"_s)))
        QSKIP("fleetdeck-agent is not built, so there is no agent package");
    const QStringList files = contents(deb(u"fleetdeck-agent"_s));
    QVERIFY(files.contains(u"/usr/bin/fleetdeck-agent"_s));
    QVERIFY(files.contains(u"/usr/lib/systemd/system/fleetdeck-agent.service"_s));
    QVERIFY(files.contains(u"/usr/lib/sysusers.d/fleetdeck-agent.conf"_s));
    QVERIFY2(!files.contains(u"/usr/bin/fleetdeck-cli"_s), "edge nodes install only the agent");

    // The maintainer scripts that make the agent's user are in the package, executable.
    const QString info = run(m_dpkgDeb, { u"--info"_s, deb(u"fleetdeck-agent"_s) }).out;
    for (const QString &script : { u"postinst"_s, u"prerm"_s, u"postrm"_s }) {
        static const QRegularExpression executable(
            u"\\s\\d+ bytes,\\s+\\d+ lines\\s+\\*\\s+(\\S+)"_s);
        QStringList found;
        for (auto it = executable.globalMatch(info); it.hasNext();)
            found.append(it.next().captured(1));
        QVERIFY2(found.contains(script), qPrintable(info));
    }
}

void TestDebianPackages::noPackageDependsOnCuda()
{
    QVERIFY(!m_debs.isEmpty());
    for (const QString &file : m_debs) {
        if (QFileInfo(file).fileName().startsWith(u"fleetdeck-cuda-engine_"_s))
            continue; // the one package allowed to need CUDA
        const QString depends = field(file, u"Depends"_s);
        for (const QString &cuda : { u"libcuda"_s, u"libcudart"_s, u"libcublas"_s, u"libnvidia"_s })
            QVERIFY2(!depends.contains(cuda),
                qPrintable(QFileInfo(file).fileName() + u" depends on "_s + depends));
    }
}

// cpack packages the components app, agent and cuda-engine; an install() without COMPONENT
// lands in "Unspecified" and silently ships nowhere.
void TestDebianPackages::everyInstallRuleNamesAPackage()
{
    const QString cmake = QStandardPaths::findExecutable(u"cmake"_s);
    QVERIFY(!cmake.isEmpty());
    const QString prefix = m_dir.filePath(u"unspecified"_s);
    const Run installed = run(cmake,
        { u"--install"_s, m_binaryDir, u"--component"_s, u"Unspecified"_s, u"--prefix"_s, prefix });
    QVERIFY2(installed.exitCode == 0, qPrintable(installed.out + installed.err));
    QStringList strays;
    QDirIterator it(prefix, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        strays.append(it.next());
    QVERIFY2(strays.isEmpty(),
        qPrintable(
            u"installed by a rule without COMPONENT (add one in packaging/CMakeLists.txt): "_s
            + strays.join(u", "_s)));
}

void TestDebianPackages::installsIntoAPrivateRootAndRuns()
{
    QStringList prefix;
    if (::geteuid() != 0) {
        const QString fakeroot = QStandardPaths::findExecutable(u"fakeroot"_s);
        if (fakeroot.isEmpty())
            QSKIP("installing with dpkg needs root or fakeroot");
        prefix = { fakeroot, m_dpkg, u"--force-not-root"_s };
    } else {
        prefix = { m_dpkg };
    }
    const QString root = m_dir.filePath(u"root"_s);
    const QString admin = root + u"/var/lib/dpkg"_s;
    QVERIFY(QDir().mkpath(admin + u"/info"_s) && QDir().mkpath(admin + u"/updates"_s));
    for (const QString &file : { u"/status"_s, u"/available"_s }) {
        QFile empty(admin + file);
        QVERIFY(empty.open(QIODevice::WriteOnly));
    }

    // Depends name the system's Qt, which the private root lacks; the binaries use the host's.
    // The root has no shell to chroot into: the agent's maintainer scripts run outside it, with
    // DPKG_ROOT set, and then leave the host alone.
    QStringList arguments = prefix.mid(1);
    arguments << u"--root="_s + root << u"--log="_s + m_dir.filePath(u"dpkg.log"_s)
              << u"--force-depends"_s << u"--force-script-chrootless"_s << u"--install"_s << m_debs;
    const Run installed = run(prefix.first(), arguments, 120'000);
    QVERIFY2(installed.exitCode == 0, qPrintable(installed.out + installed.err));

    const Run status = run(m_dpkg, { u"--root="_s + root, u"--status"_s, u"fleetdeck"_s });
    QVERIFY2(status.out.contains(u"Status: install ok installed"_s), qPrintable(status.out));

    const Run version = run(root + u"/usr/bin/fleetdeck-cli"_s, { u"--version"_s });
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.contains(QStringLiteral(FLEETDECK_VERSION)), qPrintable(version.out));

    // The installed CLI finds its model checker where the package put it, and validates.
    const QString model = u"/usr/share/libonnx-testdata/data/node/test_relu/model.onnx"_s;
    if (QFile::exists(model)) {
        const Run validated = run(root + u"/usr/bin/fleetdeck-cli"_s,
            { u"--db"_s, m_dir.filePath(u"validate.sqlite"_s), u"--json"_s, u"validate"_s, model });
        QVERIFY2(validated.exitCode == 0, qPrintable(validated.out + validated.err));
        QVERIFY2(validated.out.contains(u"\"pass"_s), qPrintable(validated.out));
    }

    if (QFile::exists(root + u"/usr/lib/systemd/system/fleetdeck-agent.service"_s)) {
        QFile unit(root + u"/usr/lib/systemd/system/fleetdeck-agent.service"_s);
        QVERIFY(unit.open(QIODevice::ReadOnly));
        QVERIFY(unit.readAll().contains(
            "\nExecStart=/usr/bin/fleetdeck-agent daemon --state /var/lib/fleetdeck-agent\n"));
        QVERIFY(QFileInfo(root + u"/usr/bin/fleetdeck-agent"_s).isExecutable());
    }
}

QTEST_GUILESS_MAIN(TestDebianPackages)
#include "tst_debianpackages.moc"
