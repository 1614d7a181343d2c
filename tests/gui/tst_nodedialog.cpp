#include "tests/gui/GuiFixture.h"
#include "tests/support/TestSupport.h"
#include "ui/dialogs/NodeDialog.h"
#include "ui/widgets/FileDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest>

using namespace Qt::StringLiterals;
using fleetdeck::inventory::Node;
using fleetdeck::inventory::Tier;
using fleetdeck::ui::NodeDialog;

class TestNodeDialog : public QObject {
    Q_OBJECT
private:
    template<typename T> static T *field(NodeDialog &dialog, const QString &name)
    {
        T *widget = dialog.findChild<T *>(name);
        if (!widget)
            qFatal("no %s in the dialog", qPrintable(name));
        return widget;
    }
    static QPushButton *okButton(NodeDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
    static void type(QWidget *widget, const QString &text)
    {
        widget->setFocus();
        const QStringList lines = text.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                QTest::keyClick(widget, Qt::Key_Return);
            QTest::keyClicks(widget, lines[i]);
        }
    }

private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void emptyFormIsRefused()
    {
        NodeDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(field<QLabel>(dialog, u"problemLabel"_s)->isVisible());
        QVERIFY(!dialog.problem().isEmpty());
    }

    void validInputEnablesOkAndSubmits()
    {
        NodeDialog dialog;
        dialog.setKnownSites({ u"lyon"_s });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        type(field<QLineEdit>(dialog, u"nameEdit"_s), u"edge-01"_s);
        QVERIFY(!okButton(dialog)->isEnabled()); // no host yet
        type(field<QLineEdit>(dialog, u"hostEdit"_s), u"10.0.0.7"_s);
        type(field<QComboBox>(dialog, u"siteCombo"_s)->lineEdit(), u"lyon"_s);
        type(field<QPlainTextEdit>(dialog, u"labelsEdit"_s), u"gpu=l4\nzone = a"_s);
        QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(dialog.problem()));
        QVERIFY(!field<QLabel>(dialog, u"problemLabel"_s)->isVisible());

        QSignalSpy submitted(&dialog, &NodeDialog::nodeSubmitted);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(submitted.count(), 1);
        const Node node = submitted.first().first().value<Node>();
        QCOMPARE(node.name, u"edge-01"_s);
        QCOMPARE(node.host, u"10.0.0.7"_s);
        QCOMPARE(node.site, u"lyon"_s);
        QCOMPARE(node.labels.value(u"zone"_s), u"a"_s);
        QCOMPARE(node.labels.value(u"gpu"_s), u"l4"_s);
        QVERIFY(dialog.isVisible()); // stays open until the save answers
        QVERIFY(!okButton(dialog)->isEnabled()); // and cannot be submitted twice

        dialog.saveFinished(fleetdeck::Error { u"disk full"_s, {} });
        QVERIFY(dialog.isVisible());
        QVERIFY(field<QLabel>(dialog, u"problemLabel"_s)->text().contains(u"disk full"_s));
        QVERIFY(okButton(dialog)->isEnabled());
        dialog.saveFinished({});
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void invalidFieldsDisableOk_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("labels");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("bad name") << u"-bad name"_s << u"h.example"_s << QString() << u"bad name"_s;
        QTest::newRow("bad host") << u"ok"_s << u"not a host!"_s << QString() << u"not a host!"_s;
        QTest::newRow("label without =") << u"ok"_s << u"h.example"_s << u"gpu"_s << u"line 1"_s;
        QTest::newRow("duplicate label")
            << u"ok"_s << u"h.example"_s << u"a=1\na=2"_s << u"twice"_s;
        QTest::newRow("taken name") << u"taken"_s << u"h.example"_s << QString() << u"taken"_s;
    }

    void invalidFieldsDisableOk()
    {
        QFETCH(QString, name);
        QFETCH(QString, host);
        QFETCH(QString, labels);
        QFETCH(QString, mentions);
        NodeDialog dialog;
        dialog.setTakenNames({ u"taken"_s });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        type(field<QLineEdit>(dialog, u"nameEdit"_s), name);
        type(field<QLineEdit>(dialog, u"hostEdit"_s), host);
        if (!labels.isEmpty())
            type(field<QPlainTextEdit>(dialog, u"labelsEdit"_s), labels);
        QVERIFY(!okButton(dialog)->isEnabled());
        const QString problem = field<QLabel>(dialog, u"problemLabel"_s)->text();
        QVERIFY2(problem.contains(mentions), qPrintable(problem));

        QSignalSpy submitted(&dialog, &NodeDialog::nodeSubmitted);
        QTest::keyClick(&dialog, Qt::Key_Return); // Enter does not get past validation
        QCOMPARE(submitted.count(), 0);
    }

    void editKeepsOwnNameAndFillsFields()
    {
        Node node = fleetdeck::test::GuiFixture::node(u"taken"_s, Tier::Cloud, u"eu"_s, 2222);
        node.id = 7;
        node.labels.insert(u"gpu"_s, u"a100"_s);
        NodeDialog dialog;
        dialog.setTakenNames({ u"taken"_s });
        dialog.setNode(node);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(dialog.problem()));
        QCOMPARE(field<QSpinBox>(dialog, u"portSpin"_s)->value(), 2222);
        QCOMPARE(field<QComboBox>(dialog, u"tierCombo"_s)->currentIndex(), 1);
        QCOMPARE(field<QPlainTextEdit>(dialog, u"labelsEdit"_s)->toPlainText(), u"gpu=a100"_s);
        const auto edited = dialog.node();
        QVERIFY(edited.ok());
        QCOMPARE(edited->id, 7);
    }

    void identityFileComesFromTheFileDialogSeam()
    {
        NodeDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fleetdeck::ui::FileDialog::setNextFileName(u"/keys/id_ed25519"_s);
        QPushButton *browse = nullptr;
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            if (button->text().contains(u"Browse"_s))
                browse = button;
        }
        QVERIFY(browse);
        QTest::mouseClick(browse, Qt::LeftButton);
        QTRY_COMPARE(field<QLineEdit>(dialog, u"identityEdit"_s)->text(), u"/keys/id_ed25519"_s);
    }
};

QTEST_MAIN(TestNodeDialog)
#include "tst_nodedialog.moc"
