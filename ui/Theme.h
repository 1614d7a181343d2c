#pragma once

#include "core/fleet/session/NodeStatus.h"
#include "ui/AppSettings.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace fleetdeck::ui {

// Applies a theme to the running QApplication. Qt 6.4 cannot report the desktop's colour scheme,
// so "system" means: the style and palette the platform gave the application at start-up.
void applyTheme(ThemeChoice theme);

// The dark palette used with the Fusion style.
QPalette darkPalette();

// True when a palette is dark (its window colour is darker than its text).
bool isDarkPalette(const QPalette &palette);

// A node state's colour, chosen for contrast on this palette's base (light or dark).
QColor nodeStateColor(fleet::NodeState state, const QPalette &palette);
// A node state's icon: a distinct shape per state (a disc, a triangle, a cross...) in its colour,
// so the state reads without telling colours apart.
QIcon nodeStateIcon(fleet::NodeState state, const QPalette &palette);

} // namespace fleetdeck::ui
