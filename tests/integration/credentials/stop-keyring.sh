#!/bin/sh
# stop-keyring.sh DIR: ends what start-keyring.sh DIR started, by the PIDs it recorded.
dir=$1
for name in keyring dbus; do
    if [ -f "$dir/$name.pid" ]; then
        pid=$(cat "$dir/$name.pid")
        kill "$pid" 2>/dev/null
        rm -f "$dir/$name.pid"
    fi
done
exit 0
