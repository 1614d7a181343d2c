#!/bin/sh
# start-keyring.sh DIR: a private keychain for tests. Starts a D-Bus session bus of its own (no
# service activation, so nothing else is started behind the test's back) and gnome-keyring-daemon
# with only its Secret Service component, which creates and unlocks a "login" collection with a
# password fed on stdin: no desktop prompt. Prints DBUS_SESSION_BUS_ADDRESS=..., DBUS_PID=... and
# KEYRING_PID=...; stop-keyring.sh DIR ends both by PID.
set -eu
dir=$1
for tool in dbus-daemon gnome-keyring-daemon dbus-send; do
    command -v "$tool" >/dev/null || { echo "start-keyring.sh: $tool is not installed (packages dbus, gnome-keyring)" >&2; exit 3; }
done
mkdir -p "$dir/data" "$dir/run" "$dir/home"
chmod 700 "$dir/run"
address="unix:path=$dir/bus"
cat > "$dir/bus.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>$address</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
dbus_pid=$(dbus-daemon --config-file="$dir/bus.conf" --fork --print-pid=1)
echo "$dbus_pid" > "$dir/dbus.pid"

# --unlock reads the password from stdin and creates (or unlocks) the login collection with it.
printf '%s' "fleetdeck-test-keyring" | env HOME="$dir/home" XDG_DATA_HOME="$dir/data" \
    XDG_RUNTIME_DIR="$dir/run" DBUS_SESSION_BUS_ADDRESS="$address" \
    gnome-keyring-daemon --foreground --unlock --components=secrets >"$dir/keyring.log" 2>&1 &
keyring_pid=$!
echo "$keyring_pid" > "$dir/keyring.pid"

# Ready once org.freedesktop.secrets is owned on the bus (at most 10 s).
tries=0
until DBUS_SESSION_BUS_ADDRESS="$address" dbus-send --session --print-reply --dest=org.freedesktop.DBus \
        /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
        | grep -q "boolean true"; do
    tries=$((tries + 1))
    if [ "$tries" -gt 100 ] || ! kill -0 "$keyring_pid" 2>/dev/null; then
        echo "start-keyring.sh: gnome-keyring-daemon did not come up on the private bus:" >&2
        cat "$dir/keyring.log" >&2
        "$(dirname "$0")/stop-keyring.sh" "$dir"
        exit 1
    fi
    sleep 0.1
done
echo "DBUS_SESSION_BUS_ADDRESS=$address"
echo "DBUS_PID=$dbus_pid"
echo "KEYRING_PID=$keyring_pid"
