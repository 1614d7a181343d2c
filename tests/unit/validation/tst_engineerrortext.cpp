// EngineErrorText: every error code reads as an operator message with its facts, and the
// verdict split between "failed" and "cannot validate".
#include "core/validation/EngineErrorText.h"
#include "tests/support/TestSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace fleetdeck::validation;

class tst_EngineErrorText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void everyCodeHasAMessage()
    {
        for (int code = int(ErrorCode::FileNotFound); code <= int(ErrorCode::NotPrepared); ++code) {
            EngineError e = makeError(ErrorCode(code), "detail");
            e.opType = "Conv";
            e.nodeName = "conv_1";
            e.valueName = "weights";
            e.path = "/models/m.onnx";
            const fleetdeck::Error error = EngineErrorText::toError(e);
            QVERIFY2(error.message.size() > 20, qPrintable(u"code %1"_s.arg(code)));
            QVERIFY(!error.message.contains(u"%1"_s));
            QCOMPARE(error.location, u"/models/m.onnx"_s);
        }
    }

    void namesTheFacts()
    {
        EngineError e = makeError(ErrorCode::KernelFailed, "index 7 out of range [-3, 3)");
        e.opType = "Gather";
        e.nodeName = "lookup";
        const QString message = EngineErrorText::toError(e).message;
        QVERIFY(message.contains(u"Gather"_s) && message.contains(u"lookup"_s) && message.contains(u"index 7"_s));

        EngineError opset = makeError(ErrorCode::UnsupportedOpset, {});
        opset.opset = 21;
        opset.expected = 17;
        QVERIFY(EngineErrorText::toError(opset).message.contains(u"21"_s));
        QVERIFY(EngineErrorText::meansCannotValidate(opset));
        QVERIFY(!EngineErrorText::meansCannotValidate(e));
    }

    void groupsUnsupportedNodesByOp()
    {
        SupportReport report;
        report.nodes.push_back({"a", "Foo", "", 13, {UnsupportedKind::UnknownOp, {}}});
        report.nodes.push_back({"b", "Foo", "", 13, {UnsupportedKind::UnknownOp, {}}});
        report.nodes.push_back({"r", "Resize", "", 13, {UnsupportedKind::AttributeValue, "cubic Resize"}});
        const QStringList lines = EngineErrorText::describeUnsupported(report);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].startsWith(u"Foo: 2 node(s) (a, b)"_s), qPrintable(lines[0]));
        QVERIFY2(lines[1].contains(u"cubic Resize"_s), qPrintable(lines[1]));
    }
};

QTEST_GUILESS_MAIN(tst_EngineErrorText)
#include "tst_engineerrortext.moc"
