#include "ui/Theme.h"

#include <QApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace fleetdeck::ui {

namespace {
struct SystemLook {
    QString styleName;
    QPalette palette;
};

// Captured before the first change, so "system" can restore what the platform chose.
const SystemLook &systemLook()
{
    static const SystemLook look { QApplication::style()->name(), QApplication::palette() };
    return look;
}

QPalette lightPalette()
{
    QStyle *fusion = QStyleFactory::create(u"Fusion"_s);
    QPalette palette = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    return palette;
}
} // namespace

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xdf, 0xe1, 0xe5);
    const QColor disabledText(0x80, 0x82, 0x86);
    const QColor highlight(0x35, 0x74, 0xf0);

    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window.lighter(115));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.darker(120));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Link, highlight.lighter(130));
    p.setColor(QPalette::LinkVisited, highlight.lighter(110));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, window.lighter(130));
    return p;
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness()
        < palette.color(QPalette::WindowText).lightness();
}

void applyTheme(ThemeChoice theme)
{
    static bool changed = false;
    const SystemLook &system = systemLook();
    if (theme == ThemeChoice::System && !changed)
        return; // leave the platform's palette alone, so it can follow the desktop
    changed = true;
    switch (theme) {
    case ThemeChoice::System:
        QApplication::setStyle(system.styleName);
        QApplication::setPalette(system.palette);
        return;
    case ThemeChoice::Light:
        QApplication::setStyle(u"Fusion"_s);
        QApplication::setPalette(lightPalette());
        return;
    case ThemeChoice::Dark:
        QApplication::setStyle(u"Fusion"_s);
        QApplication::setPalette(darkPalette());
        return;
    }
}

QColor nodeStateColor(fleet::NodeState state, const QPalette &palette)
{
    using fleet::NodeState;
    // Darker shades on light bases, lighter ones on dark bases: each keeps about 4.5:1 contrast.
    const bool dark = isDarkPalette(palette);
    switch (state) {
    case NodeState::Online:
        return dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x1b, 0x7a, 0x2e);
    case NodeState::Degraded:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0x9a, 0x5b, 0x00);
    case NodeState::Unreachable:
        return dark ? QColor(0xef, 0x6b, 0x6b) : QColor(0xc0, 0x1f, 0x1f);
    case NodeState::HostKeyRefused:
        return dark ? QColor(0xf0, 0x7a, 0xc0) : QColor(0xa3, 0x12, 0x6b);
    case NodeState::Connecting:
        return dark ? QColor(0x6c, 0xb4, 0xf7) : QColor(0x15, 0x5f, 0xb8);
    case NodeState::Unknown:
        break;
    }
    return palette.color(QPalette::Disabled, QPalette::Text);
}

namespace {
QPainterPath nodeStateShape(fleet::NodeState state, const QRectF &r)
{
    using fleet::NodeState;
    QPainterPath path;
    const QPointF c = r.center();
    switch (state) {
    case NodeState::Online: // a filled disc
        path.addEllipse(r);
        break;
    case NodeState::Degraded: // a warning triangle
        path.moveTo(c.x(), r.top());
        path.lineTo(r.right(), r.bottom());
        path.lineTo(r.left(), r.bottom());
        path.closeSubpath();
        break;
    case NodeState::Unreachable: { // a cross
        const qreal w = r.width() * 0.18;
        QPainterPath bar;
        bar.addRect(QRectF(-w, -r.height() / 2, 2 * w, r.height()));
        const QTransform one = QTransform::fromTranslate(c.x(), c.y()).rotate(45);
        const QTransform other = QTransform::fromTranslate(c.x(), c.y()).rotate(-45);
        path = one.map(bar).united(other.map(bar));
        break;
    }
    case NodeState::HostKeyRefused: // a diamond
        path.moveTo(c.x(), r.top());
        path.lineTo(r.right(), c.y());
        path.lineTo(c.x(), r.bottom());
        path.lineTo(r.left(), c.y());
        path.closeSubpath();
        break;
    case NodeState::Connecting: // a ring
        path.addEllipse(r);
        path.addEllipse(
            r.adjusted(r.width() * 0.25, r.height() * 0.25, -r.width() * 0.25, -r.height() * 0.25));
        break;
    case NodeState::Unknown: // a dash
        path.addRect(QRectF(r.left(), c.y() - r.height() * 0.1, r.width(), r.height() * 0.2));
        break;
    }
    return path;
}
} // namespace

QIcon nodeStateIcon(fleet::NodeState state, const QPalette &palette)
{
    // Views ask for the icon of every visible row on each repaint: draw each one once per theme.
    static QHash<quint64, QIcon> cache;
    const QColor color = nodeStateColor(state, palette);
    const quint64 key = (quint64(color.rgba()) << 8) | quint64(state);
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    QIcon icon;
    for (const int size : { 16, 32 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal margin = size * 0.15;
        p.fillPath(nodeStateShape(
                       state, QRectF(0, 0, size, size).adjusted(margin, margin, -margin, -margin)),
            color);
        p.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(key, icon);
    return icon;
}

} // namespace fleetdeck::ui
