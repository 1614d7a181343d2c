#include "tests/support/TestSupport.h"
#include "ui/dialogs/PassphraseDialog.h"
#include "ui/dialogs/PassphraseDialogPrompt.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

#include <future>

using namespace Qt::StringLiterals;
using fleetdeck::credentials::PassphraseAnswer;
using fleetdeck::credentials::PassphrasePrompt;
using fleetdeck::ui::PassphraseDialogPrompt;

namespace {
using Answer = std::optional<PassphraseAnswer>;

// Asks on a worker thread, as an SSH handshake does.
std::future<Answer> askOnWorker(const PassphraseDialogPrompt &prompt, PassphrasePrompt question)
{
    return std::async(
        std::launch::async, [ask = prompt.promptFunction(), question] { return ask(question); });
}

bool ready(const std::future<Answer> &answer)
{
    return answer.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}
} // namespace

// The bridge from an SSH worker thread to the GUI's passphrase dialog: the worker blocks, the
// GUI thread keeps running its one event loop, and the dialog's buttons release the worker.
class TestPassphraseDialogPrompt : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<QWidget> m_parent;

private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }
    void init()
    {
        m_parent = std::make_unique<QWidget>();
        m_parent->show();
    }
    void cleanup() { m_parent.reset(); }

    void workerGetsWhatWasTyped()
    {
        PassphraseDialogPrompt prompt(m_parent.get());
        auto answer = askOnWorker(
            prompt, { u"/keys/id_ed25519"_s, 1, PassphrasePrompt::Previous::None, true });
        QTRY_VERIFY(prompt.currentDialog() && prompt.currentDialog()->isVisible());
        auto *dialog = prompt.currentDialog();
        QCOMPARE(dialog->findChild<QLabel *>(u"keyFileLabel"_s)->text(), u"/keys/id_ed25519"_s);
        QVERIFY(dialog->rememberBox()->isEnabled());
        QVERIFY(!dialog->findChild<QLabel *>(u"rememberNote"_s)->isVisibleTo(dialog));
        QVERIFY(!ready(answer)); // the worker waits; this thread does not
        QTest::keyClicks(dialog->passphraseEdit(), u"correct horse"_s);
        dialog->rememberBox()->setChecked(true);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"unlockButton"_s), Qt::LeftButton);
        QTRY_VERIFY(ready(answer));
        const Answer got = answer.get();
        QVERIFY(got);
        QCOMPARE(got->passphrase.view(), QByteArrayView("correct horse"));
        QVERIFY(got->remember);
    }

    void cancelSkipsTheKeyAndRetryExplains()
    {
        PassphraseDialogPrompt prompt(m_parent.get());
        auto answer = askOnWorker(prompt, { u"/k"_s, 3, PassphrasePrompt::Previous::Wrong, false });
        QTRY_VERIFY(prompt.currentDialog());
        auto *dialog = prompt.currentDialog();
        QVERIFY(dialog->messageText().contains(u"Wrong passphrase"_s));
        QVERIFY(dialog->messageText().contains(u"attempt 3"_s));
        QVERIFY(!dialog->rememberBox()->isEnabled());
        QVERIFY(!dialog->findChild<QLabel *>(u"rememberNote"_s)->text().isEmpty());
        QTest::keyClicks(dialog->passphraseEdit(), u"typed but cancelled"_s);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(ready(answer));
        QVERIFY(!answer.get());
    }

    void timeoutReleasesTheWorkerAndClosesTheDialog()
    {
        PassphraseDialogPrompt prompt(m_parent.get(), std::chrono::milliseconds(300));
        auto answer = askOnWorker(prompt, { u"/k"_s, 1, PassphrasePrompt::Previous::None, false });
        QTRY_VERIFY(ready(answer));
        QVERIFY(!answer.get());
        QTRY_VERIFY(!prompt.currentDialog());
    }

    // The app quitting while a handshake waits: the worker is released at once, and later
    // questions get no answer without waiting.
    void shutdownReleasesWaitingWorkers()
    {
        auto prompt = std::make_unique<PassphraseDialogPrompt>(m_parent.get());
        const auto ask = prompt->promptFunction();
        auto answer = askOnWorker(*prompt, { u"/k"_s, 1, PassphrasePrompt::Previous::None, false });
        QTRY_VERIFY(prompt->currentDialog());
        prompt.reset();
        QTRY_VERIFY(ready(answer));
        QVERIFY(!answer.get());
        auto late = std::async(std::launch::async, [ask] {
            return ask({ u"/k"_s, 1, PassphrasePrompt::Previous::None, false });
        });
        QVERIFY(late.wait_for(std::chrono::seconds(2)) == std::future_status::ready);
        QVERIFY(!late.get());
    }

    void askingOnTheGuiThreadNeverBlocks()
    {
        PassphraseDialogPrompt prompt(m_parent.get());
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!prompt.promptFunction()({ u"/k"_s, 1, PassphrasePrompt::Previous::None, false }));
        QVERIFY(timer.elapsed() < 1000);
        QVERIFY(!prompt.currentDialog());
    }
};

QTEST_MAIN(TestPassphraseDialogPrompt)
#include "tst_passphrasedialogprompt.moc"
