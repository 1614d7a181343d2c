#pragma once

#include "ui/AppSettings.h"

#include <QPalette>

namespace fleetdeck::ui {

// Applies a theme to the running QApplication. Qt 6.4 cannot report the desktop's colour scheme,
// so "system" means: the style and palette the platform gave the application at start-up.
void applyTheme(ThemeChoice theme);

// The dark palette used with the Fusion style.
QPalette darkPalette();

// True when a palette is dark (its window colour is darker than its text).
bool isDarkPalette(const QPalette &palette);

} // namespace fleetdeck::ui
