#include "cli/CliApplication.h"
#include "core/fleet/session/OpenFileLimit.h"
#include "translations/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QLoggingCategory>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the desktop app, so both find the same default inventory.
    QCoreApplication::setOrganizationName(u"Fleetdeck"_s);
    QCoreApplication::setApplicationName(u"fleetdeck"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FLEETDECK_VERSION));
    fleetdeck::installTranslations(QLocale::system());
    // The libraries log their progress at info level; on a terminal that is noise next to the
    // command's own output. QT_LOGGING_RULES still turns it back on.
    QLoggingCategory::setFilterRules(u"fleetdeck.*.info=false"_s);
    // `nodes check --all` on a large fleet holds a descriptor or more per node.
    fleetdeck::fleet::raiseOpenFileLimit();

    QFile out;
    QFile err;
    out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    fleetdeck::cli::CliApplication cli(out, err);
    return cli.run(QCoreApplication::arguments().mid(1));
}
