#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace fleetdeck::ui {

// File choosers that never block: the chosen path comes back through a callback on context's
// thread (empty when the operator cancelled). Tests set the next name ahead; nothing is shown.
class FileDialog {
public:
    static void chooseOpenFile(QWidget *parent, const QString &caption, const QString &directory,
        const QString &filter, QObject *context, std::function<void(const QString &)> done);
    static void chooseSaveFile(QWidget *parent, const QString &caption, const QString &directory,
        const QString &filter, QObject *context, std::function<void(const QString &)> done);

    static void setNextFileName(const QString &path);

private:
    static void choose(bool save, QWidget *parent, const QString &caption, const QString &directory,
        const QString &filter, QObject *context, std::function<void(const QString &)> done);

    static std::optional<QString> s_nextFileName;
};

} // namespace fleetdeck::ui
