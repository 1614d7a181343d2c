#include "tests/support/TestSupport.h"
#include "ui/Theme.h"

#include <QImage>
#include <QStyle>
#include <QStyleFactory>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using fleetdeck::fleet::NodeState;

namespace {
constexpr NodeState kStates[] = { NodeState::Unknown, NodeState::Connecting, NodeState::Online,
    NodeState::Degraded, NodeState::Unreachable, NodeState::HostKeyRefused };

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette lightPalette()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    return fusion->standardPalette();
}

// The icon's shape alone: where it is opaque, whatever the colour.
QImage shapeOf(NodeState state, const QPalette &palette)
{
    QImage image = fleetdeck::ui::nodeStateIcon(state, palette).pixmap(32, 32).toImage();
    QImage mask(image.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            mask.setPixel(x, y, qAlpha(image.pixel(x, y)) > 127 ? 0xffffffu : 0xff000000u);
    }
    return mask;
}
} // namespace

// Status colours read on both themes' table rows, and every state has its own shape, so the
// state does not depend on telling colours apart.
class TestNodeStateTheme : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void coloursHaveContrastOnLightAndDark()
    {
        for (const QPalette &palette : { lightPalette(), fleetdeck::ui::darkPalette() }) {
            for (const NodeState state : kStates) {
                if (state == NodeState::Unknown)
                    continue; // the palette's own muted text
                const QColor color = fleetdeck::ui::nodeStateColor(state, palette);
                for (const auto role : { QPalette::Base, QPalette::AlternateBase }) {
                    const double ratio = contrast(color, palette.color(role));
                    QVERIFY2(ratio >= 4.5,
                        qPrintable(u"%1 on %2: %3"_s.arg(fleetdeck::fleet::nodeStateName(state),
                            palette.color(role).name(), QString::number(ratio))));
                }
            }
        }
        QVERIFY(fleetdeck::ui::nodeStateColor(NodeState::Online, lightPalette())
            != fleetdeck::ui::nodeStateColor(NodeState::Online, fleetdeck::ui::darkPalette()));
    }

    void everyStateHasItsOwnShape()
    {
        const QPalette palette = lightPalette();
        for (size_t i = 0; i < std::size(kStates); ++i) {
            const QImage a = shapeOf(kStates[i], palette);
            QVERIFY(!a.isNull());
            for (size_t j = i + 1; j < std::size(kStates); ++j)
                QVERIFY2(a != shapeOf(kStates[j], palette),
                    qPrintable(fleetdeck::fleet::nodeStateName(kStates[i]) + u" looks like "_s
                        + fleetdeck::fleet::nodeStateName(kStates[j])));
        }
    }
};

QTEST_MAIN(TestNodeStateTheme)
#include "tst_nodestatetheme.moc"
