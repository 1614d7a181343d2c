// The engine plugin loader (EnginePlugin.h) on real libraries: each test plugin variant is its
// own .so (test_engine_plugin.cpp), and the loader's reasons are what the operator reads.
#include "core/validation/EngineErrorText.h"
#include "core/validation/engine/EnginePlugin.h"
#include "core/validation/engine/InstallLayout.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

using namespace Qt::StringLiterals;
using namespace fleetdeck::validation;

namespace {

std::string testPlugin(const char *kind)
{
    const QString path = qEnvironmentVariable("FLEETDECK_TEST_PLUGIN_DIR") + u"/libtest-engine-plugin-"_s
        + QLatin1StringView(kind) + u".so"_s;
    return QFile::encodeName(path).toStdString();
}

QByteArray q(const std::string &text)
{
    return QByteArray::fromStdString(text);
}

} // namespace

class tst_EnginePlugin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        fleetdeck::test::isolateFromUser();
        QVERIFY2(QFile::exists(QString::fromStdString(testPlugin("cpu"))), "the test plugins are built");
    }
    void cleanup() { qunsetenv("FLEETDECK_CUDA_ENGINE"); }

    void environmentNamesTheOnlyPlaceLooked()
    {
        qputenv("FLEETDECK_CUDA_ENGINE", "/nonexistent/libfleetdeck-cuda-engine.so");
        const LoadedEngine loaded = loadCudaEngine({});
        QVERIFY(!loaded.engine);
        QCOMPARE(loaded.status, PluginStatus::NotInstalled);
        QCOMPARE(loaded.searched.size(), std::size_t(1));
        QVERIFY2(loaded.unavailable.starts_with("the CUDA engine plugin is not installed (looked in: "
                                                "/nonexistent/libfleetdeck-cuda-engine.so ($FLEETDECK_CUDA_ENGINE))"),
                 loaded.unavailable.c_str());
        const QString text = EngineErrorText::pluginText(loaded);
        QVERIFY2(text.contains(u"/nonexistent/libfleetdeck-cuda-engine.so"_s), qPrintable(text));
    }

    void looksBesideTheProgramThenInThePluginFolder()
    {
        const std::vector<std::filesystem::path> candidates = helperCandidates(cudaEnginePluginFileName());
        QVERIFY(candidates.size() >= 2);
        QCOMPARE(candidates.front(), runningProgram().parent_path() / cudaEnginePluginFileName());
        const LoadedEngine loaded = loadCudaEngine({});
        bool present = false;
        for (const auto &candidate : candidates)
            present = present || std::filesystem::is_regular_file(candidate);
        if (present) {
            // This build has the real CUDA plugin in place: the loader found and tried it.
            QVERIFY2(loaded.status != PluginStatus::NotInstalled, loaded.unavailable.c_str());
            QVERIFY(!loaded.path.empty());
            return;
        }
        QCOMPARE(loaded.status, PluginStatus::NotInstalled);
        QCOMPARE(loaded.searched.size(), candidates.size());
        for (std::size_t i = 0; i < candidates.size(); ++i)
            QCOMPARE(loaded.searched[i], candidates[i].string());
        QVERIFY(loaded.path.empty());
    }

    void refusesAFileThatIsNoSharedObject()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"libfleetdeck-cuda-engine.so"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a library\n");
        file.close();
        qputenv("FLEETDECK_CUDA_ENGINE", QFile::encodeName(path));
        const LoadedEngine loaded = loadCudaEngine({});
        QVERIFY(!loaded.engine);
        QCOMPARE(loaded.status, PluginStatus::NotLoadable);
        QCOMPARE(loaded.path, path.toStdString());
        QVERIFY2(!loaded.detail.empty(), "dlerror() says why");
        QVERIFY2(EngineErrorText::pluginText(loaded).contains(path), q(loaded.unavailable));
    }

    void refusesAPluginOfAnotherAbi()
    {
        const LoadedEngine loaded = loadEnginePlugin(testPlugin("wrongabi"), {});
        QVERIFY(!loaded.engine);
        QCOMPARE(loaded.status, PluginStatus::WrongAbi);
        QCOMPARE(loaded.pluginAbi, engineAbiVersion + 1);
        const std::string expected = "was built for another Fleetdeck (ABI " + std::to_string(engineAbiVersion + 1)
            + ", this is " + std::to_string(engineAbiVersion) + ")";
        QVERIFY2(loaded.unavailable.ends_with(expected), loaded.unavailable.c_str());
    }

    void refusesALibraryWithoutTheEntryPoint()
    {
        const LoadedEngine loaded = loadEnginePlugin(testPlugin("noentry"), {});
        QVERIFY(!loaded.engine);
        QCOMPARE(loaded.status, PluginStatus::NotAnEngine);
        QCOMPARE(loaded.detail, std::string(createEngineSymbol));
        QVERIFY2(loaded.unavailable.ends_with("is not a Fleetdeck engine plugin: it has no fleetdeck_create_engine"),
                 loaded.unavailable.c_str());
    }

    void passesOnThePluginsReasonWhenThereIsNoDevice()
    {
        qputenv("FLEETDECK_CUDA_ENGINE", QByteArray::fromStdString(testPlugin("nodevice")));
        const LoadedEngine loaded = loadCudaEngine({});
        QVERIFY(!loaded.engine);
        QCOMPARE(loaded.status, PluginStatus::NoDevice);
        // Said once, though both the plugin and the loader would start with it.
        QCOMPARE(loaded.unavailable, std::string("no CUDA device: the test plugin never has one"));
        QCOMPARE(EngineErrorText::pluginText(loaded), u"no CUDA device: the test plugin never has one"_s);
    }

    void createsAnEngineAndKeepsTheLibraryLoaded()
    {
        qputenv("FLEETDECK_CUDA_ENGINE", QByteArray::fromStdString(testPlugin("cpu")));
        LoadedEngine first = loadCudaEngine({});
        QVERIFY2(first.engine, first.unavailable.c_str());
        QCOMPARE(first.status, PluginStatus::Loaded);
        QCOMPARE(first.engine->name(), std::string("cpu-plugin"));
        QVERIFY(!first.engine->deviceInfo().gpu);
        first.engine.reset();
        // The library stayed loaded: a second engine comes from the same code, and the first one's
        // destructor (plugin code) ran without unloading anything under it.
        const LoadedEngine second = loadCudaEngine({});
        QVERIFY(second.engine);
        QCOMPARE(second.engine->name(), std::string("cpu-plugin"));
    }

    // The real CUDA plugin of this build, when CUDA was found: on a machine without a GPU (or its
    // driver) it must load and decline with "no CUDA device: ..."; with one, give a GPU engine.
    // Anything else (a missing CUDA library, a wrong ABI) is a packaging bug.
    void realCudaPluginLoadsAndSaysWhetherADeviceExists()
    {
        const QString real = qEnvironmentVariable("FLEETDECK_REAL_CUDA_ENGINE");
        if (real.isEmpty())
            QSKIP("this build has no CUDA engine plugin (CUDA was not found at configure time)");
        const LoadedEngine loaded = loadEnginePlugin(QFile::encodeName(real).toStdString(), {});
        if (loaded.engine) {
            QVERIFY(loaded.engine->deviceInfo().gpu);
            QVERIFY(!loaded.engine->deviceInfo().name.empty());
            return;
        }
        QCOMPARE(loaded.status, PluginStatus::NoDevice);
        QVERIFY2(loaded.unavailable.starts_with("no CUDA device: "), loaded.unavailable.c_str());
        std::printf("The CUDA engine plugin here: %s\n", loaded.unavailable.c_str());
    }
};

QTEST_GUILESS_MAIN(tst_EnginePlugin)
#include "tst_engineplugin.moc"
