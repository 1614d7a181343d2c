#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace fleetdeck::test {

// One #include directive as written in a source file.
struct IncludeDirective {
    QString path; // as written, without the quotes or angle brackets
    bool quoted = false;
    int line = 0;
};

// The layering rules of DESIGN.md, checked on #include lines:
//  - core/ and agents/ never include a widget module (QtWidgets, QtCharts, QtPrintSupport...)
//    nor ui/, app/ or cli/;
//  - core/protocol includes no Qt module but QtCore and no project header outside
//    core/protocol and core/common;
//  - agents/ includes from core only core/protocol, core/common and core/validation.
// Qt headers are told apart by where they live: moduleOfHeader maps a header name as it may be
// included ("QWidget", "qwidget.h") to its module ("QtWidgets").
class IncludeRules {
public:
    explicit IncludeRules(QHash<QString, QString> moduleOfHeader);

    // Reads every module folder under Qt's include root (QLibraryInfo::HeadersPath).
    static QHash<QString, QString> scanQtHeaders(const QString &includeRoot);

    // The #include lines of a file's text, skipping those inside comments.
    static QList<IncludeDirective> parse(const QString &text);

    // The Qt module an include resolves to, or an empty string when it is not a Qt header.
    QString qtModule(const IncludeDirective &include) const;

    // Violations in one file; relativePath is from the repository root ("core/fleet/X.cpp").
    QStringList check(const QString &relativePath, const QString &text) const;

    // Violations in every C++ source under root/core and root/agents.
    QStringList checkTree(const QString &root) const;

private:
    QHash<QString, QString> m_moduleOfHeader;
};

} // namespace fleetdeck::test
