#pragma once

#include <QAbstractButton>

namespace fleetdeck::ui {

// A clickable, checkable figure with a caption ("128 / Edge nodes"). Painted, not composed of
// child widgets, so it stays cheap and follows the palette (light and dark themes).
class SummaryTile : public QAbstractButton {
    Q_OBJECT
public:
    explicit SummaryTile(QWidget *parent = nullptr);

    void setValue(int value);
    int value() const { return m_value; }
    void setCaption(const QString &caption);
    QString caption() const { return m_caption; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    int m_value = 0;
    QString m_caption;
    bool m_hovered = false;
};

} // namespace fleetdeck::ui
