#include "core/credentials/PassphraseSource.h"
#include "core/credentials/SecretStore.h"
#include "tests/support/TestSupport.h"
#include "tests/unit/credentials/SecretScan.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace fleetdeck;
using namespace fleetdeck::credentials;
using Previous = PassphrasePrompt::Previous;

namespace {

// A keychain kept in memory, counting what is asked of it; "unavailable" on demand.
class MemoryStore final : public SecretStore {
public:
    Result<std::optional<SecretBytes>> read(const QString &key) override
    {
        const std::lock_guard lock(m_mutex);
        ++reads;
        if (unavailable)
            return Error { u"no keychain here"_s, {} };
        const auto found = m_secrets.find(key);
        if (found == m_secrets.end())
            return std::optional<SecretBytes>();
        return std::optional<SecretBytes>(found->second);
    }
    Result<void> write(const QString &key, QByteArrayView secret) override
    {
        const std::lock_guard lock(m_mutex);
        ++writes;
        if (unavailable)
            return Error { u"no keychain here"_s, {} };
        m_secrets[key] = SecretBytes::copyOf(secret);
        return {};
    }
    Result<void> remove(const QString &key) override
    {
        const std::lock_guard lock(m_mutex);
        m_secrets.erase(key);
        return {};
    }
    std::optional<QByteArray> stored(const QString &key)
    {
        const std::lock_guard lock(m_mutex);
        const auto found = m_secrets.find(key);
        return found == m_secrets.end() ? std::nullopt : std::optional(found->second.copy());
    }

    std::atomic<int> reads = 0;
    std::atomic<int> writes = 0;
    std::atomic<bool> unavailable = false;

private:
    std::mutex m_mutex;
    std::map<QString, SecretBytes> m_secrets;
};

// An operator who answers from a script, slowly enough for callers to pile up, and a record of
// every question and of how many were on screen at once.
class ScriptedOperator {
public:
    explicit ScriptedOperator(QList<std::optional<QByteArray>> answers, bool remember = false)
        : m_answers(std::move(answers))
        , m_remember(remember)
    {
    }

    PassphrasePromptFunction prompt()
    {
        return [this](const PassphrasePrompt &question) -> std::optional<PassphraseAnswer> {
            const int open = ++m_open;
            int seen = m_mostOpen.load();
            while (open > seen && !m_mostOpen.compare_exchange_weak(seen, open)) { }
            std::this_thread::sleep_for(std::chrono::milliseconds(30));
            std::optional<QByteArray> answer;
            {
                const std::lock_guard lock(m_mutex);
                questions.append(question);
                answer = m_answers.isEmpty() ? std::nullopt : m_answers.takeFirst();
            }
            --m_open;
            if (!answer)
                return std::nullopt;
            return PassphraseAnswer { SecretBytes(*answer), m_remember };
        };
    }

    int mostOpenAtOnce() const { return m_mostOpen; }

    QList<PassphrasePrompt> questions;

private:
    std::mutex m_mutex;
    QList<std::optional<QByteArray>> m_answers;
    bool m_remember;
    std::atomic<int> m_open = 0;
    std::atomic<int> m_mostOpen = 0;
};

// Stands in for decrypting a key: each file name has one right passphrase, "<name>-right".
bool rightFor(const QString &identityFile, QByteArrayView passphrase)
{
    return passphrase == QByteArray(QFileInfo(identityFile).fileName().toUtf8() + "-right");
}

// Runs the provider for every path on its own thread, all at once, as parallel handshakes do.
QList<std::optional<QByteArray>> inParallel(
    const transport::PassphraseProvider &provider, const QStringList &paths)
{
    QList<std::optional<QByteArray>> results(paths.size());
    std::vector<std::thread> threads;
    std::atomic<bool> go = false;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        threads.emplace_back([&, i] {
            while (!go)
                std::this_thread::yield();
            results[i] = provider(paths.at(i), 1);
        });
    }
    go = true;
    for (std::thread &thread : threads)
        thread.join();
    return results;
}

} // namespace

class tst_PassphraseSource : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolateFromUser();
        QVERIFY(m_dir.isValid());
        for (const QString &name : { u"id_a"_s, u"id_b"_s, u"id_c"_s })
            test::writeFile(m_dir, name, "not a real key: the test's check stands in for libssh\n");
    }

    void manyParallelCallersAskOnce()
    {
        ScriptedOperator person({ "id_a-right"_ba });
        const PassphraseSource source(nullptr, person.prompt(), rightFor);
        const QStringList paths(32, path(u"id_a"_s));
        const auto results = inParallel(source.provider(), paths);
        QCOMPARE(person.questions.size(), 1);
        for (const auto &result : results)
            QCOMPARE(result, std::optional("id_a-right"_ba));
        // Later connections in the same process do not ask again either.
        QCOMPARE(source.provider()(path(u"id_a"_s), 1), std::optional("id_a-right"_ba));
        QCOMPARE(person.questions.size(), 1);
    }

    void questionsAboutSeveralKeysComeOneAtATime()
    {
        ScriptedOperator person({ "id_a-right"_ba, "id_b-right"_ba, "id_c-right"_ba });
        // The operator answers in a fixed order, the keys are asked in any: check loosely.
        const PassphraseSource source(nullptr, person.prompt(),
            [](const QString &, QByteArrayView p) { return p.endsWith("-right"); });
        QStringList paths;
        for (int i = 0; i < 10; ++i)
            paths << path(u"id_a"_s) << path(u"id_b"_s) << path(u"id_c"_s);
        const auto results = inParallel(source.provider(), paths);
        QCOMPARE(person.mostOpenAtOnce(), 1);
        QCOMPARE(person.questions.size(), 3);
        for (const auto &result : results)
            QVERIFY(result.has_value());
    }

    void wrongPassphraseIsAskedAgainAndSaidSo()
    {
        ScriptedOperator person({ "typo"_ba, "id_a-right"_ba });
        const PassphraseSource source(nullptr, person.prompt(), rightFor);
        QCOMPARE(source.provider()(path(u"id_a"_s), 1), std::optional("id_a-right"_ba));
        QCOMPARE(person.questions.size(), 2);
        QCOMPARE(person.questions.at(0).previous, Previous::None);
        QCOMPARE(person.questions.at(1).previous, Previous::Wrong);
        QCOMPARE(person.questions.at(1).attempt, 2);
        QCOMPARE(person.questions.at(1).identityFile, path(u"id_a"_s));
    }

    void threeWrongPassphrasesSkipTheKey()
    {
        ScriptedOperator person({ "1"_ba, "2"_ba, "3"_ba, "id_a-right"_ba });
        const PassphraseSource source(nullptr, person.prompt(), rightFor);
        QCOMPARE(source.provider()(path(u"id_a"_s), 1), std::nullopt);
        QCOMPARE(person.questions.size(), 3);
    }

    void cancelledQuestionSkipsEveryoneWaiting()
    {
        ScriptedOperator person({ std::nullopt, "id_a-right"_ba });
        const PassphraseSource source(nullptr, person.prompt(), rightFor);
        const auto results = inParallel(source.provider(), QStringList(16, path(u"id_a"_s)));
        QCOMPARE(person.questions.size(), 1);
        for (const auto &result : results)
            QCOMPARE(result, std::nullopt);
        // A connection started later asks again: the operator may have changed their mind.
        QCOMPARE(source.provider()(path(u"id_a"_s), 1), std::optional("id_a-right"_ba));
    }

    void keychainFirstAndNoQuestion()
    {
        auto store = std::make_shared<MemoryStore>();
        QVERIFY(store->write(PassphraseSource::keychainKey(path(u"id_a"_s)), "id_a-right"));
        ScriptedOperator person({});
        const PassphraseSource source(store, person.prompt(), rightFor);
        const auto results = inParallel(source.provider(), QStringList(20, path(u"id_a"_s)));
        for (const auto &result : results)
            QCOMPARE(result, std::optional("id_a-right"_ba));
        QCOMPARE(store->reads.load(), 1);
        QVERIFY(person.questions.isEmpty());
    }

    void wrongKeychainPassphraseFallsBackToAskingOnce()
    {
        auto store = std::make_shared<MemoryStore>();
        const QString key = PassphraseSource::keychainKey(path(u"id_a"_s));
        QVERIFY(store->write(key, "stale"));
        ScriptedOperator person({ std::nullopt, "id_a-right"_ba });
        const PassphraseSource source(store, person.prompt(), rightFor);
        QCOMPARE(source.provider()(path(u"id_a"_s), 1), std::nullopt);
        QCOMPARE(person.questions.size(), 1);
        QCOMPARE(person.questions.at(0).previous, Previous::KeychainWrong);
        QVERIFY(person.questions.at(0).canRemember);
        // The stale passphrase is not tried again: the next connection goes straight to the
        // operator.
        QCOMPARE(source.provider()(path(u"id_a"_s), 1), std::optional("id_a-right"_ba));
        QCOMPARE(store->reads.load(), 1);
        QCOMPARE(person.questions.at(1).previous, Previous::None);
        // Not remembered: the keychain keeps what it had.
        source.acceptedHook()(path(u"id_a"_s), "id_a-right");
        QCOMPARE(store->stored(key), std::optional("stale"_ba));
    }

    void rememberedOnlyAfterTheKeyDecrypted()
    {
        auto store = std::make_shared<MemoryStore>();
        ScriptedOperator person({ "typo"_ba, "id_b-right"_ba }, true);
        const PassphraseSource source(store, person.prompt(), rightFor);
        const QString key = PassphraseSource::keychainKey(path(u"id_b"_s));
        QCOMPARE(source.provider()(path(u"id_b"_s), 1), std::optional("id_b-right"_ba));
        // Handed out, not yet used: nothing stored, least of all the typo.
        QCOMPARE(store->writes.load(), 0);
        QCOMPARE(store->stored(key), std::nullopt);
        // Another passphrase reported as accepted (not the one this source gave) stores nothing.
        source.acceptedHook()(path(u"id_b"_s), "something else");
        QCOMPARE(store->writes.load(), 0);
        source.acceptedHook()(path(u"id_b"_s), "id_b-right");
        QCOMPARE(store->stored(key), std::optional("id_b-right"_ba));
        // Once: 50 sessions reporting success write the keychain one time.
        source.acceptedHook()(path(u"id_b"_s), "id_b-right");
        QCOMPARE(store->writes.load(), 1);
    }

    void notRememberedWhenNotAsked()
    {
        auto store = std::make_shared<MemoryStore>();
        ScriptedOperator person({ "id_c-right"_ba }, false);
        const PassphraseSource source(store, person.prompt(), rightFor);
        QCOMPARE(source.provider()(path(u"id_c"_s), 1), std::optional("id_c-right"_ba));
        source.acceptedHook()(path(u"id_c"_s), "id_c-right");
        QCOMPARE(store->writes.load(), 0);
    }

    void unavailableKeychainMeansAskingAndIsTriedOnce()
    {
        auto store = std::make_shared<MemoryStore>();
        store->unavailable = true;
        ScriptedOperator person({ "id_a-right"_ba, "id_b-right"_ba }, true);
        PassphraseSource source(store, person.prompt(), rightFor);
        QString failure;
        source.setRememberFailedHandler(
            [&](const QString &file, const QString &why) { failure = file + u": "_s + why; });
        QStringList unavailable;
        source.setKeychainUnavailableHandler([&](const QString &why) { unavailable.append(why); });
        QCOMPARE(source.provider()(path(u"id_a"_s), 1), std::optional("id_a-right"_ba));
        QCOMPARE(source.provider()(path(u"id_b"_s), 1), std::optional("id_b-right"_ba));
        // One timeout's worth of waiting, not one per key, and said once.
        QCOMPARE(store->reads.load(), 1);
        QCOMPARE(unavailable, QStringList { u"no keychain here"_s });
        source.acceptedHook()(path(u"id_a"_s), "id_a-right");
        QCOMPARE(failure, path(u"id_a"_s) + u": no keychain here"_s);
    }

    void rememberWithoutKeychainWritesNothingAnywhere()
    {
        ScriptedOperator person({ "id_a-right-but-unique-7f3a"_ba }, true);
        const PassphraseSource source(
            nullptr, person.prompt(), [](const QString &, QByteArrayView) { return true; });
        QCOMPARE(
            source.provider()(path(u"id_a"_s), 1), std::optional("id_a-right-but-unique-7f3a"_ba));
        QVERIFY(!person.questions.at(0).canRemember);
        source.acceptedHook()(path(u"id_a"_s), "id_a-right-but-unique-7f3a");
        // No plain-text fallback: not in the test's HOME (settings, data, cache) nor beside the
        // key.
        QVERIFY2(!test::anyFileContains(QDir::homePath(), "id_a-right-but-unique-7f3a"),
            "a passphrase was written to a file");
        QVERIFY(!test::anyFileContains(m_dir.path(), "id_a-right-but-unique-7f3a"));
    }

    void laterAttemptMeansThePassphraseFailed()
    {
        ScriptedOperator person({ "id_a-right"_ba, "id_a-right"_ba });
        const PassphraseSource source(nullptr, person.prompt(), rightFor);
        QVERIFY(source.provider()(path(u"id_a"_s), 1));
        // The authenticator could not use it after all (the key file changed): ask, saying so.
        QVERIFY(source.provider()(path(u"id_a"_s), 2));
        QCOMPARE(person.questions.size(), 2);
        QCOMPARE(person.questions.at(1).previous, Previous::Wrong);
    }

    void handedOutBuffersAreTheCallersOwn()
    {
        ScriptedOperator person({ "id_a-right"_ba });
        const PassphraseSource source(nullptr, person.prompt(), rightFor);
        std::optional<QByteArray> first = source.provider()(path(u"id_a"_s), 1);
        QVERIFY(first && first->isDetached());
        // The authenticator wipes what it got; the next caller still gets the passphrase.
        first->fill('\0');
        QCOMPARE(source.provider()(path(u"id_a"_s), 1), std::optional("id_a-right"_ba));
    }

    void keyIsTheCanonicalPath()
    {
        const QString link = m_dir.filePath(u"link_to_a"_s);
        QVERIFY(QFile::link(path(u"id_a"_s), link));
        QCOMPARE(PassphraseSource::keychainKey(link),
            u"ssh-passphrase:"_s + QFileInfo(path(u"id_a"_s)).canonicalFilePath());
        QCOMPARE(PassphraseSource::keychainKey(m_dir.path() + u"/sub/../id_a"_s),
            PassphraseSource::keychainKey(link));
    }

    void realKeyIsChecked()
    {
        // The default check decrypts with libssh, on a key ssh-keygen made.
        const QString key = m_dir.filePath(u"id_ed25519_enc"_s);
        QProcess keygen;
        keygen.start(u"ssh-keygen"_s,
            { u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, u"open sesame"_s, u"-f"_s, key });
        if (!keygen.waitForStarted())
            QSKIP("ssh-keygen (openssh-client) is not installed");
        QVERIFY(keygen.waitForFinished(20000) && keygen.exitCode() == 0);
        QVERIFY(passphraseDecryptsKey(key, "open sesame"));
        QVERIFY(!passphraseDecryptsKey(key, "open sesam"));
        QVERIFY(!passphraseDecryptsKey(key, ""));
        QVERIFY(!passphraseDecryptsKey(m_dir.filePath(u"missing"_s), "open sesame"));

        ScriptedOperator person({ "wrong"_ba, "open sesame"_ba });
        const PassphraseSource source(nullptr, person.prompt());
        QCOMPARE(source.provider()(key, 1), std::optional("open sesame"_ba));
        QCOMPARE(person.questions.size(), 2);
    }

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(tst_PassphraseSource)
#include "tst_passphrasesource.moc"
