#include "ui/widgets/SummaryTile.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace fleetdeck::ui {

SummaryTile::SummaryTile(QWidget *parent)
    : QAbstractButton(parent)
{
    setCheckable(true);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFocusPolicy(Qt::StrongFocus);
}

void SummaryTile::setValue(int value)
{
    if (value == m_value)
        return;
    m_value = value;
    setText(QLocale().toString(value) + u' ' + m_caption); // for accessibility and tests
    update();
}

void SummaryTile::setCaption(const QString &caption)
{
    m_caption = caption;
    setText(QLocale().toString(m_value) + u' ' + m_caption);
    update();
}

QSize SummaryTile::sizeHint() const
{
    const QFontMetrics fm(font());
    return { std::max(140, fm.horizontalAdvance(m_caption) + 32), fm.height() * 4 };
}

QSize SummaryTile::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    return { 100, fm.height() * 4 };
}

void SummaryTile::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    QColor fill = pal.color(QPalette::Base);
    QColor border = pal.color(QPalette::Mid);
    if (isChecked()) {
        fill = pal.color(QPalette::Highlight);
        fill.setAlpha(40);
        border = pal.color(QPalette::Highlight);
    } else if (m_hovered) {
        border = pal.color(QPalette::Highlight).lighter(130);
    }
    QPainterPath path;
    path.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    p.fillPath(path, fill);
    p.setPen(QPen(border, hasFocus() ? 2 : 1));
    p.drawPath(path);

    const QRect inner = rect().adjusted(14, 8, -14, -8);
    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * 1.9);
    big.setBold(true);
    p.setFont(big);
    p.setPen(pal.color(QPalette::Text));
    const QFontMetrics bigMetrics(big);
    p.drawText(QRect(inner.left(), inner.top(), inner.width(), bigMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter, QLocale().toString(m_value));
    p.setFont(font());
    QColor captionColor = pal.color(QPalette::Text);
    captionColor.setAlpha(170);
    p.setPen(captionColor);
    p.drawText(QRect(inner.left(), inner.top() + bigMetrics.height(), inner.width(),
                   inner.height() - bigMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(font()).elidedText(m_caption, Qt::ElideRight, inner.width()));
}

void SummaryTile::enterEvent(QEnterEvent *event)
{
    m_hovered = true;
    update();
    QAbstractButton::enterEvent(event);
}

void SummaryTile::leaveEvent(QEvent *event)
{
    m_hovered = false;
    update();
    QAbstractButton::leaveEvent(event);
}

} // namespace fleetdeck::ui
