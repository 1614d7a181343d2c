#include "tests/support/TestSupport.h"
#include "tests/unit/layering/IncludeRules.h"

#include <QDir>
#include <QLibraryInfo>
#include <QtTest>

using namespace Qt::StringLiterals;
using fleetdeck::test::IncludeRules;

// The layering of DESIGN.md, proven on the source tree: core/ and agents/ include no widget
// header and nothing from the layers above them; core/protocol needs QtCore alone.
class TestIncludeRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        fleetdeck::test::isolateFromUser();
        m_qtIncludeRoot = QLibraryInfo::path(QLibraryInfo::HeadersPath);
        if (!QDir(m_qtIncludeRoot + u"/QtCore"_s).exists())
            QSKIP(qPrintable(u"Qt's headers are not at "_s + m_qtIncludeRoot
                + u"; install the Qt development package"_s));
        m_headers = IncludeRules::scanQtHeaders(m_qtIncludeRoot);
        m_sourceRoot = QString::fromLocal8Bit(qgetenv("FLEETDECK_SOURCE_DIR"));
        QVERIFY(QDir(m_sourceRoot + u"/core"_s).exists());
    }

    void parsesIncludesOutsideComments()
    {
        const QString text = u"#include <QString>\n"
                             "  #  include \"core/common/Result.h\"\n"
                             "// #include <QWidget>\n"
                             "/* #include <QDialog>\n"
                             "   #include <QMainWindow> */\n"
                             "#include <vector> // not <QLabel>\n"_s;
        const auto includes = IncludeRules::parse(text);
        QCOMPARE(includes.size(), 3);
        QCOMPARE(includes.at(0).path, u"QString"_s);
        QVERIFY(!includes.at(0).quoted);
        QCOMPARE(includes.at(1).path, u"core/common/Result.h"_s);
        QVERIFY(includes.at(1).quoted);
        QCOMPARE(includes.at(1).line, 2);
        QCOMPARE(includes.at(2).path, u"vector"_s);
        QCOMPARE(includes.at(2).line, 6);
    }

    void resolvesQtModules_data()
    {
        QTest::addColumn<QString>("include");
        QTest::addColumn<QString>("module");
        QTest::newRow("class header") << u"QWidget"_s << u"QtWidgets"_s;
        QTest::newRow("lower-case header") << u"qapplication.h"_s << u"QtWidgets"_s;
        QTest::newRow("module-qualified") << u"QtWidgets/QDialog"_s << u"QtWidgets"_s;
        QTest::newRow("whole module") << u"QtWidgets"_s << u"QtWidgets"_s;
        QTest::newRow("core") << u"QObject"_s << u"QtCore"_s;
        QTest::newRow("gui, also forwarded by widgets") << u"qaction.h"_s << u"QtGui"_s;
        QTest::newRow("network") << u"QtNetwork/QTcpSocket"_s << u"QtNetwork"_s;
        QTest::newRow("standard library") << u"vector"_s << QString();
        QTest::newRow("other library") << u"libssh/libssh.h"_s << QString();
    }

    void resolvesQtModules()
    {
        QFETCH(QString, include);
        QFETCH(QString, module);
        const IncludeRules rules(m_headers);
        QCOMPARE(rules.qtModule({ include, false, 1 }), module);
    }

    void reportsEachKindOfViolation()
    {
        const IncludeRules rules(m_headers);
        QStringList found = rules.check(
            u"core/fleet/Scheduler.cpp"_s, u"#include <QObject>\n#include <QMainWindow>\n"_s);
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().startsWith(u"core/fleet/Scheduler.cpp:2: <QMainWindow>"_s),
            qPrintable(found.first()));

        found = rules.check(u"core/protocol/Frame.h"_s,
            u"#include <QtCore/QByteArray>\n#include <QTcpSocket>\n"
            "#include \"core/common/Result.h\"\n#include \"core/inventory/Node.h\"\n"_s);
        QCOMPARE(found.size(), 2);
        QVERIFY(found.at(0).contains(u"QtNetwork; core/protocol needs QtCore alone"_s));
        QVERIFY(found.at(1).startsWith(u"core/protocol/Frame.h:4:"_s));

        found = rules.check(u"agents/Daemon.cpp"_s,
            u"#include \"ui/MainWindow.h\"\n#include \"core/inventory/Node.h\"\n"
            "#include \"core/protocol/Frame.h\"\n#include <QtCharts>\n"_s);
        QCOMPARE(found.size(), 3);

        QVERIFY(rules
                    .check(u"core/reports/PdfReport.cpp"_s,
                        u"#include <QPdfWriter>\n#include <QPainter>\n"_s)
                    .isEmpty());
    }

    void findsViolationsInATree()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        fleetdeck::test::writeFile(dir, u"core/fleet/Good.h"_s, "#include <QObject>\n");
        fleetdeck::test::writeFile(dir, u"core/fleet/sub/Bad.cpp"_s, "#include <QApplication>\n");
        fleetdeck::test::writeFile(dir, u"agents/Bad.h"_s, "#include <QtWidgets/QWidget>\n");
        fleetdeck::test::writeFile(dir, u"ui/Fine.h"_s, "#include <QWidget>\n");
        const QStringList found = IncludeRules(m_headers).checkTree(dir.path());
        QCOMPARE(found.size(), 2);
        QVERIFY(found.at(0).startsWith(u"agents/Bad.h:1:"_s));
        QVERIFY(found.at(1).startsWith(u"core/fleet/sub/Bad.cpp:1:"_s));
    }

    void sourceTreeKeepsItsLayers()
    {
        const QStringList violations = IncludeRules(m_headers).checkTree(m_sourceRoot);
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
    }

private:
    QString m_qtIncludeRoot;
    QString m_sourceRoot;
    QHash<QString, QString> m_headers;
};

QTEST_GUILESS_MAIN(TestIncludeRules)
#include "tst_includerules.moc"
