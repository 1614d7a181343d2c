#include "ui/widgets/MessageBox.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace fleetdeck::ui {

std::optional<MessageBox::Answer> MessageBox::s_nextAnswer;
int MessageBox::s_shownCount = 0;

void MessageBox::question(QWidget *parent, const QString &title, const QString &text,
    QMessageBox::StandardButtons buttons, Answer defaultButton, QObject *context,
    std::function<void(Answer)> done)
{
    if (s_nextAnswer) {
        const Answer answer = *s_nextAnswer;
        s_nextAnswer.reset();
        // Queued, as a real answer would be: the caller's code after question() runs first.
        QMetaObject::invokeMethod(
            context, [done = std::move(done), answer] { done(answer); }, Qt::QueuedConnection);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, title, text, buttons, parent);
    box->setDefaultButton(defaultButton);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, context,
        [box, done = std::move(done)](int) { done(box->standardButton(box->clickedButton())); });
    box->open();
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Warning, title, text);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Information, title, text);
}

void MessageBox::setNextAnswer(Answer answer)
{
    s_nextAnswer = answer;
}

int MessageBox::shownCount()
{
    return s_shownCount;
}

void MessageBox::show(
    QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    ++s_shownCount;
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setObjectName(u"fleetdeckMessageBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace fleetdeck::ui
