#!/bin/sh
# Stops the sshd that start-sshd.sh started in DIR, and every process it started (the
# per-connection sshd processes and the commands they run), by the PIDs found from the recorded
# one. With --kill it sends SIGKILL, as if the server died; by default SIGTERM. --freeze (SIGSTOP)
# makes the server a silent peer whose connections stay up; --thaw (SIGCONT) wakes it again.
#
#   stop-sshd.sh DIR [--kill|--freeze|--thaw]
set -eu
[ $# -ge 1 ] || { echo "usage: $0 DIR [--kill|--freeze|--thaw]" >&2; exit 2; }
dir=$1
signal=TERM
case ${2:-} in
    --kill) signal=KILL ;;
    --freeze) signal=STOP ;;
    --thaw) signal=CONT ;;
    "") ;;
    *) echo "usage: $0 DIR [--kill|--freeze|--thaw]" >&2; exit 2 ;;
esac
[ -f "$dir/sshd.pid" ] || exit 0
root=$(cat "$dir/sshd.pid")

# Children by parent PID, read from /proc: the connection processes call setsid(), so no
# process group or session reaches them all.
children() {
    for stat in /proc/[0-9]*/stat; do
        # Field 4 is the parent PID; the command name (field 2) may hold spaces, so cut after ")".
        line=$(cat "$stat" 2>/dev/null) || continue
        rest=${line##*) }
        set -- $rest
        if [ "$2" = "$root_pid" ]; then
            pid=${stat#/proc/}; echo "${pid%/stat}"
        fi
    done
}
descendants() {
    root_pid=$1
    for child in $(children); do
        echo "$child"
        descendants "$child"
    done
}

pids="$root $(descendants "$root")"
# Stop the tree top-down so the listener accepts no new connection meanwhile.
for pid in $pids; do kill -s "$signal" "$pid" 2>/dev/null || true; done
if [ "$signal" = STOP ] || [ "$signal" = CONT ]; then exit 0; fi
waited=0
alive() {
    # A zombie nobody reaps yet counts as gone.
    state=$(cut -d')' -f2 "/proc/$1/stat" 2>/dev/null | cut -d' ' -f2) || return 1
    [ -n "$state" ] && [ "$state" != Z ]
}
for pid in $pids; do
    while alive "$pid" && [ $waited -lt 100 ]; do
        sleep 0.05
        waited=$((waited + 1))
    done
done
rm -f "$dir/sshd.pid"
