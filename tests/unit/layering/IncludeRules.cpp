#include "tests/unit/layering/IncludeRules.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace fleetdeck::test {

namespace {

// Modules that are, or pull in, QtWidgets.
const QSet<QString> &widgetModules()
{
    static const QSet<QString> modules { u"QtWidgets"_s, u"QtCharts"_s, u"QtPrintSupport"_s,
        u"QtOpenGLWidgets"_s, u"QtSvgWidgets"_s, u"QtUiTools"_s, u"QtQuickWidgets"_s,
        u"QtDesigner"_s };
    return modules;
}

// A header found in two modules (qaction.h is in QtGui, and QtWidgets forwards to it) belongs
// to the lower one.
int modulePriority(const QString &module)
{
    if (module == u"QtCore")
        return 0;
    if (module == u"QtGui")
        return 1;
    return 2;
}

QString stripComments(const QString &line, bool &inBlock)
{
    QString out;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (inBlock) {
            if (line.mid(i, 2) == u"*/") {
                inBlock = false;
                ++i;
            }
            continue;
        }
        if (line.mid(i, 2) == u"/*") {
            inBlock = true;
            ++i;
            continue;
        }
        if (line.mid(i, 2) == u"//")
            break;
        out.append(line.at(i));
    }
    return out;
}

QString topFolder(const QString &relativePath)
{
    return relativePath.section(u'/', 0, 0);
}

bool startsWithAny(const QString &path, const QStringList &prefixes)
{
    for (const QString &prefix : prefixes) {
        if (path.startsWith(prefix))
            return true;
    }
    return false;
}

} // namespace

IncludeRules::IncludeRules(QHash<QString, QString> moduleOfHeader)
    : m_moduleOfHeader(std::move(moduleOfHeader))
{
}

QHash<QString, QString> IncludeRules::scanQtHeaders(const QString &includeRoot)
{
    QHash<QString, QString> map;
    const QStringList modules =
        QDir(includeRoot).entryList({ u"Qt*"_s }, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &module : modules) {
        map.insert(module, module);
        const QStringList headers = QDir(includeRoot + u'/' + module).entryList(QDir::Files);
        for (const QString &header : headers) {
            const auto existing = map.constFind(header);
            if (existing == map.constEnd() || modulePriority(module) < modulePriority(*existing))
                map.insert(header, module);
        }
    }
    return map;
}

QList<IncludeDirective> IncludeRules::parse(const QString &text)
{
    static const QRegularExpression includeLine(uR"(^\s*#\s*include\s*([<"])([^>"]+)[>"])"_s);
    QList<IncludeDirective> includes;
    bool inBlock = false;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString code = stripComments(lines.at(i), inBlock);
        const QRegularExpressionMatch match = includeLine.match(code);
        if (match.hasMatch())
            includes.append(
                { match.captured(2).trimmed(), match.captured(1) == u"\"", int(i + 1) });
    }
    return includes;
}

QString IncludeRules::qtModule(const IncludeDirective &include) const
{
    const QString first = include.path.section(u'/', 0, 0);
    if (include.path.contains(u'/')) {
        const QString module = m_moduleOfHeader.value(first);
        return module == first ? module : QString();
    }
    return m_moduleOfHeader.value(include.path);
}

QStringList IncludeRules::check(const QString &relativePath, const QString &text) const
{
    const QString folder = topFolder(relativePath);
    const bool protocol = relativePath.startsWith(u"core/protocol/");
    const QStringList upperLayers { u"ui/"_s, u"app/"_s, u"cli/"_s };
    const QStringList protocolMayUse { u"core/protocol/"_s, u"core/common/"_s };
    const QStringList agentMayUse { u"agents/"_s, u"core/protocol/"_s, u"core/common/"_s,
        u"core/validation/"_s };

    QStringList violations;
    for (const IncludeDirective &include : parse(text)) {
        const QString where = relativePath + u':' + QString::number(include.line) + u": "_s;
        const QString written =
            include.quoted ? u'"' + include.path + u'"' : u'<' + include.path + u'>';
        const QString module = qtModule(include);
        if (widgetModules().contains(module)) {
            violations.append(where + written + u" is from "_s + module + u"; "_s + folder
                + u"/ never uses widgets: move this code to ui/"_s);
        } else if (protocol && !module.isEmpty() && module != u"QtCore") {
            violations.append(where + written + u" is from "_s + module
                + u"; core/protocol needs QtCore alone"_s);
        }
        if (!include.quoted)
            continue;
        if (startsWithAny(include.path, upperLayers)) {
            violations.append(where + written + u" reaches up into "_s + topFolder(include.path)
                + u"/; arrows point down only (app -> ui -> core)"_s);
        } else if (protocol && include.path.startsWith(u"core/")
            && !startsWithAny(include.path, protocolMayUse)) {
            violations.append(
                where + written + u"; core/protocol may use only core/common from the core"_s);
        } else if (folder == u"agents" && include.path.startsWith(u"core/")
            && !startsWithAny(include.path, agentMayUse)) {
            violations.append(where + written
                + u"; agents use only core/protocol, core/common and core/validation"_s);
        }
    }
    return violations;
}

QStringList IncludeRules::checkTree(const QString &root) const
{
    QStringList violations;
    const QStringList sourceSuffixes { u"h"_s, u"hpp"_s, u"cpp"_s, u"cc"_s, u"cu"_s, u"cuh"_s };
    for (const QString &top : { u"core"_s, u"agents"_s }) {
        QDirIterator it(root + u'/' + top, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!sourceSuffixes.contains(it.fileInfo().suffix()))
                continue;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                violations.append(path + u": cannot be read: "_s + file.errorString());
                continue;
            }
            const QString relative = QDir(root).relativeFilePath(path);
            violations += check(relative, QString::fromUtf8(file.readAll()));
        }
    }
    violations.sort();
    return violations;
}

} // namespace fleetdeck::test
