#pragma once

#include <QMessageBox>

#include <functional>
#include <optional>

namespace fleetdeck::ui {

// Questions to the operator that never block: the answer comes back through a callback on
// context's thread. Tests answer ahead with setNextAnswer() and no box is shown at all.
class MessageBox {
public:
    using Answer = QMessageBox::StandardButton;

    static void question(QWidget *parent, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons, Answer defaultButton, QObject *context,
        std::function<void(Answer)> done);

    // Information and warnings: shown window-modal, nothing to wait for.
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);

    // The next question gets this answer without showing anything (tests only).
    static void setNextAnswer(Answer answer);
    // How many boxes warning()/information() showed; tests check it and close them.
    static int shownCount();

private:
    static void show(
        QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text);

    static std::optional<Answer> s_nextAnswer;
    static int s_shownCount;
};

} // namespace fleetdeck::ui
