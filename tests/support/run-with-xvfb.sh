#!/bin/sh
# Runs a command on a private Xvfb server. Xvfb picks a free display itself (-displayfd), so
# tests running in parallel never race for the same display number.
set -eu
if ! command -v Xvfb >/dev/null 2>&1; then
    echo "run-with-xvfb: Xvfb not found; install the 'xvfb' package" >&2
    exit 1
fi
dir=$(mktemp -d)
trap 'kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; rm -rf "$dir"' EXIT INT TERM
mkfifo "$dir/fd"
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp -noreset 3>"$dir/fd" 2>"$dir/xvfb.log" &
xvfb_pid=$!
read -r display <"$dir/fd"
DISPLAY=":$display" "$@"
