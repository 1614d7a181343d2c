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

if [ "$(id -u)" -eq 0 ]; then
    sudo=""
elif command -v sudo >/dev/null; then
    sudo="sudo"
else
    echo "setup-debian: run this as root, or install sudo and give your user the right to use it" >&2
    exit 1
fi

# Debian packages are the only source of dependencies (README.md points here for the list).
packages=(
    # toolchain; dpkg-dev and file let cpack compute the .deb packages' Depends
    build-essential cmake ninja-build pkg-config ccache git file dpkg-dev
    # Qt 6.4: Core Sql Network Concurrent Gui Widgets Charts Test LinguistTools, and the plugins
    # the programs load at run time (SQLite driver, platform plugins, SVG icons)
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6opengl6-dev libqt6svg6
    qt6-qpa-plugins libgl-dev libxkbcommon-dev libvulkan-dev
    # core libraries: QtKeychain (passphrases), libssh, OpenSSL, yaml-cpp (Ansible import),
    # ONNX and protobuf (core/validation) with ONNX's own test data (conformance tests)
    qtkeychain-qt6-dev libssh-dev libssl-dev libyaml-cpp-dev
    libonnx-dev libprotobuf-dev protobuf-compiler libonnx-testdata python3-onnx
    # integration tests: a real sshd on loopback, network namespaces
    openssh-server openssh-client iproute2
    # GUI tests on a private X server; a keyring for QtKeychain
    xvfb xauth fonts-dejavu-core dbus-x11 gnome-keyring
    # fuzzing (FLEETDECK_FUZZ=ON): clang with libFuzzer
    clang libclang-rt-14-dev
    # packaging checks: desktop file, AppStream, PDF reports, icons, the agent's systemd unit,
    # installing the built .deb packages into a private root as a normal user
    desktop-file-utils appstream poppler-utils librsvg2-bin systemd fakeroot
    # Ansible-format checks and benchmarks
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
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_CUDA_COMPILER_LAUNCHER=ccache)
    # Paths relative to the checkout, so the headless build reuses the full build's objects.
    export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=true
fi
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
    echo "==> Full build (warnings are errors) and every test but the benchmarks"
    cmake --preset ci "${launcher[@]}"
    cmake --build --preset ci -j "$jobs"
    ctest --preset ci -j "$jobs"

    echo "==> Headless build: core, cli and agent without QtWidgets; its unit tests"
    cmake --preset headless "${launcher[@]}"
    cmake --build --preset headless -j "$jobs"
    ctest --preset headless -j "$jobs" -L unit

    echo "==> Fuzzing, bounded: the agent protocol's frame decoder and the ONNX model loader (clang, libFuzzer)"
    cmake --preset fuzz "${launcher[@]}"
    cmake --build --preset fuzz -j "$jobs" --target fuzz_protocol fuzz_onnx_loader
    ctest --preset fuzz
    ;;
esac
