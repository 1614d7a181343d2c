#include "ui/widgets/FileDialog.h"

#include <QFileDialog>

namespace fleetdeck::ui {

std::optional<QString> FileDialog::s_nextFileName;

void FileDialog::chooseOpenFile(QWidget *parent, const QString &caption, const QString &directory,
    const QString &filter, QObject *context, std::function<void(const QString &)> done)
{
    choose(false, parent, caption, directory, filter, context, std::move(done));
}

void FileDialog::chooseSaveFile(QWidget *parent, const QString &caption, const QString &directory,
    const QString &filter, QObject *context, std::function<void(const QString &)> done)
{
    choose(true, parent, caption, directory, filter, context, std::move(done));
}

void FileDialog::setNextFileName(const QString &path)
{
    s_nextFileName = path;
}

void FileDialog::choose(bool save, QWidget *parent, const QString &caption,
    const QString &directory, const QString &filter, QObject *context,
    std::function<void(const QString &)> done)
{
    if (s_nextFileName) {
        const QString path = *s_nextFileName;
        s_nextFileName.reset();
        QMetaObject::invokeMethod(
            context, [done = std::move(done), path] { done(path); }, Qt::QueuedConnection);
        return;
    }
    auto *dialog = new QFileDialog(parent, caption, directory, filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    // Choosing an existing inventory opens it; nothing is ever overwritten.
    dialog->setOption(QFileDialog::DontConfirmOverwrite, save);
    QObject::connect(
        dialog, &QFileDialog::finished, context, [dialog, done = std::move(done)](int r) {
            const QStringList files = dialog->selectedFiles();
            done(r == QDialog::Accepted && !files.isEmpty() ? files.first() : QString());
        });
    dialog->open();
}

} // namespace fleetdeck::ui
