#!/usr/bin/env bash
# Fleetdeck on Debian 12: install what is needed, build, and then either
#   demo  - launch the app on a throw-away local demo fleet, or
#   test  - run the whole test suite (what CI runs).
# Run as root, or as a user with sudo. Safe to run again: apt and the build are incremental.
set -euo pipefail

mode=${1:-}
case "$mode" in
    demo|test) ;;
    *) echo "usage: $0 demo|test" >&2; exit 2 ;;
esac

cd "$(dirname "$0")/.."
root=$(pwd)

if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi

# Debian packages are the only source of dependencies. Keep this list in step with README.md.
packages=(
    build-essential cmake ninja-build pkg-config ccache git file
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6opengl6-dev libqt6svg6
    qt6-qpa-plugins libgl-dev libxkbcommon-dev libvulkan-dev
    qtkeychain-qt6-dev libssh-dev libssl-dev libyaml-cpp-dev
    libonnx-dev libprotobuf-dev protobuf-compiler libonnx-testdata python3-onnx
    openssh-server openssh-client iproute2
    xvfb xauth fonts-dejavu-core dbus-x11 gnome-keyring
    clang libclang-rt-14-dev
    desktop-file-utils appstream poppler-utils librsvg2-bin
    ansible-core hyperfine
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "==> Installing ${#missing[@]} Debian packages"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
jobs=$(nproc)

case "$mode" in
demo)
    cmake --preset release "${launcher[@]}"
    cmake --build --preset release -j "$jobs" --target fleetdeck fleetdeck-cli fleetdeck-agent
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "==> No display found: starting the demo on a virtual screen (Xvfb)."
        exec "$root/tests/support/run-with-xvfb.sh" "$root/build/release/bin/fleetdeck" --demo
    fi
    exec "$root/build/release/bin/fleetdeck" --demo
    ;;
test)
    echo "==> Full build (warnings are errors) and every test"
    cmake --preset ci "${launcher[@]}"
    cmake --build --preset ci -j "$jobs"
    ctest --preset ci -j "$jobs"
    echo "==> Headless build: core, cli and agent without QtWidgets"
    cmake --preset headless "${launcher[@]}"
    cmake --build --preset headless -j "$jobs"
    ctest --preset headless -j "$jobs"
    ;;
esac
