#pragma once

#include <QWidget>

class QLabel;

namespace fleetdeck::ui {

// An honest empty page for a feature that comes later: it says what will be there and shows no
// made-up data. Title and text are source strings (QT_TRANSLATE_NOOP in context Fleetdeck::Ui),
// translated whenever the language changes.
class PlaceholderPage : public QWidget {
    Q_OBJECT
public:
    PlaceholderPage(const char *title, const char *description, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    const char *m_title;
    const char *m_description;
    QLabel *m_titleLabel;
    QLabel *m_descriptionLabel;
    QLabel *m_comingLabel;
};

} // namespace fleetdeck::ui
