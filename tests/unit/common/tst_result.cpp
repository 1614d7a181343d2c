#include "core/common/Result.h"
#include "tests/support/TestSupport.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using fleetdeck::Error;
using fleetdeck::Result;

class TestResult : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void valueAndError()
    {
        Result<int> good = 42;
        QVERIFY(good.ok());
        QCOMPARE(*good, 42);

        Result<int> bad = Error{u"port out of range"_s, u"nodes.csv:3"_s};
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().toString(), u"nodes.csv:3: port out of range"_s);

        Result<void> done;
        QVERIFY(done.ok());
        Result<void> failed = Error{u"disk full"_s, {}};
        QVERIFY(!failed);
        QCOMPARE(failed.error().toString(), u"disk full"_s);
    }

    void temporariesYieldValuesNotReferences()
    {
        // A reference into a temporary Result dangles at the end of a range-for's init.
        static_assert(std::is_same_v<decltype(*std::declval<Result<QStringList>>()), QStringList>);
        static_assert(std::is_same_v<decltype(std::declval<Result<QStringList>>().value()),
                                     QStringList>);
        auto make = [] { return Result<QStringList>(QStringList{u"a"_s, u"b"_s, u"c"_s}); };
        QStringList seen;
        for (const QString &item : *make())
            seen.append(item);
        QCOMPARE(seen, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    }

    void movesOutValue()
    {
        Result<QStringList> list = QStringList{u"a"_s, u"b"_s};
        const QStringList taken = std::move(list).value();
        QCOMPARE(taken.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
