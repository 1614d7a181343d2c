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

# Every descendant of the recorded PID, from one pass over /proc: the connection processes call
# setsid(), so no process group or session reaches them all.
descendants() {
    for stat in /proc/[0-9]*/stat; do
        line=$(cat "$stat" 2>/dev/null) || continue
        # The command name (field 2) may hold spaces and parentheses: cut after the last ")".
        rest=${line##*) }
        pid=${stat#/proc/}
        echo "${pid%/stat} $(echo "$rest" | cut -d' ' -f2)"
    done | awk -v root="$1" '
        { children[$2] = children[$2] " " $1 }
        END {
            queue = root
            while (queue != "") {
                split(queue, ids, " "); queue = ""
                for (i in ids) {
                    n = split(children[ids[i]], kids, " ")
                    for (k = 1; k <= n; k++) { print kids[k]; queue = queue " " kids[k] }
                }
            }
        }'
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
