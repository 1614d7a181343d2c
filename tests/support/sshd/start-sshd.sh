#!/bin/sh
# Starts a real OpenSSH sshd on a free loopback port, for integration tests and benchmarks.
#
#   start-sshd.sh DIR [--port N] [--new-host-keys] [--host-key-types "ed25519 rsa ecdsa"]
#
# Everything lives in DIR (created if needed; reused on restart, so a restart keeps its port and
# host keys unless told otherwise):
#   DIR/hostkeys/ssh_host_<type>_key   the server's keys (--new-host-keys makes fresh ones)
#   DIR/client/id_ed25519{,.pub}       a client key pair, listed in DIR/authorized_keys
#   DIR/known_hosts                    "[127.0.0.1]:PORT" lines for the served host keys
#   DIR/sshd_config  DIR/sshd.log  DIR/sshd.pid  DIR/port  DIR/user
# Prints the port. Start N servers by giving N folders. Stop with stop-sshd.sh DIR.
#
# As root it also allows root logins by key and creates the unprivileged login user
# "fleetdeck-sshtest" (shell /bin/sh), authorised with the same client key; DIR/user names the
# user a test should log in as (the current user; benchmarks may pick fleetdeck-sshtest).
set -eu

usage() { echo "usage: $0 DIR [--port N] [--new-host-keys] [--host-key-types LIST]" >&2; exit 2; }
[ $# -ge 1 ] || usage
dir=$1; shift
port=""
new_keys=0
types="ed25519 rsa ecdsa"
while [ $# -gt 0 ]; do
    case $1 in
        --port) port=$2; shift 2 ;;
        --new-host-keys) new_keys=1; shift ;;
        --host-key-types) types=$2; shift 2 ;;
        *) usage ;;
    esac
done

sshd=/usr/sbin/sshd
[ -x "$sshd" ] || { echo "start-sshd: $sshd not found; install openssh-server" >&2; exit 1; }
test_user=fleetdeck-sshtest

mkdir -p "$dir/hostkeys" "$dir/client"
dir=$(cd "$dir" && pwd)

if [ -f "$dir/sshd.pid" ] && kill -0 "$(cat "$dir/sshd.pid")" 2>/dev/null; then
    echo "start-sshd: an sshd from $dir already runs (pid $(cat "$dir/sshd.pid"))" >&2
    exit 1
fi

if [ "$new_keys" = 1 ]; then
    rm -f "$dir"/hostkeys/ssh_host_*
fi
for type in $types; do
    key="$dir/hostkeys/ssh_host_${type}_key"
    [ -f "$key" ] || ssh-keygen -q -t "$type" -N "" -C "fleetdeck-test-host" -f "$key"
done
[ -f "$dir/client/id_ed25519" ] || ssh-keygen -q -t ed25519 -N "" -C "fleetdeck-test-client" -f "$dir/client/id_ed25519"
cp "$dir/client/id_ed25519.pub" "$dir/authorized_keys"
chmod 644 "$dir/authorized_keys"

user=$(id -un)
if [ "$(id -u)" = 0 ]; then
    # sshd needs its privilege separation folder.
    mkdir -p /run/sshd
    chmod 755 /run/sshd
    if ! id "$test_user" >/dev/null 2>&1; then
        useradd --create-home --shell /bin/sh "$test_user" >/dev/null 2>&1 || true
    fi
    # "!" would mean a locked account, which sshd refuses without PAM; "*" only bars passwords.
    usermod -p '*' "$test_user" >/dev/null 2>&1 || true
    # DIR usually sits in a private temp folder that user cannot enter: give it its own copy.
    home=$(getent passwd "$test_user" | cut -d: -f6)
    if [ -n "$home" ] && [ -d "$home" ]; then
        mkdir -p "$home/.ssh"
        touch "$home/.ssh/authorized_keys"
        grep -qxF "$(cat "$dir/client/id_ed25519.pub")" "$home/.ssh/authorized_keys" \
            || cat "$dir/client/id_ed25519.pub" >>"$home/.ssh/authorized_keys"
        chown -R "$test_user:" "$home/.ssh"
    fi
fi
echo "$user" >"$dir/user"

write_config() {
    {
        echo "ListenAddress 127.0.0.1"
        echo "Port $1"
        for type in $types; do echo "HostKey $dir/hostkeys/ssh_host_${type}_key"; done
        echo "AuthorizedKeysFile $dir/authorized_keys .ssh/authorized_keys"
        echo "PidFile $dir/sshd.pid"
        echo "PasswordAuthentication no"
        echo "KbdInteractiveAuthentication no"
        echo "PubkeyAuthentication yes"
        echo "PermitRootLogin prohibit-password"
        echo "StrictModes no"
        echo "UsePAM no"
        echo "MaxStartups 200:30:300"
        echo "MaxSessions 100"
        echo "LogLevel VERBOSE"
        echo "PrintMotd no"
        echo "Subsystem sftp internal-sftp"
        # Jump-host tests forward (direct-tcpip) to other fixtures, on loopback only.
        echo "AllowTcpForwarding local"
        echo "PermitOpen 127.0.0.1:* localhost:*"
    } >"$dir/sshd_config"
}

# Free port: try one, and if sshd cannot bind it, another. Binding is the only race-free test.
attempt=0
while :; do
    attempt=$((attempt + 1))
    if [ -n "$port" ]; then try=$port; else try=$(( ( $(od -An -N2 -tu2 /dev/urandom) % 30000 ) + 20000 )); fi
    write_config "$try"
    rm -f "$dir/sshd.pid"
    : >"$dir/sshd.log"
    # setsid: the server must not die with the shell that started it, nor get its signals.
    setsid "$sshd" -D -e -f "$dir/sshd_config" >>"$dir/sshd.log" 2>&1 </dev/null &
    pid=$!
    echo "$pid" >"$dir/sshd.pid.start"
    waited=0
    while [ $waited -lt 100 ]; do
        if grep -q "Server listening on 127.0.0.1 port $try" "$dir/sshd.log" 2>/dev/null; then
            echo "$pid" >"$dir/sshd.pid"
            echo "$try" >"$dir/port"
            rm -f "$dir/sshd.pid.start"
            : >"$dir/known_hosts"
            for type in $types; do
                printf '[127.0.0.1]:%s %s\n' "$try" "$(cut -d' ' -f1,2 "$dir/hostkeys/ssh_host_${type}_key.pub")" >>"$dir/known_hosts"
            done
            echo "$try"
            exit 0
        fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.05
        waited=$((waited + 1))
    done
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    if [ -n "$port" ] && [ $attempt -ge 40 ] || [ $attempt -ge 20 ]; then
        echo "start-sshd: sshd did not start; its log says:" >&2
        cat "$dir/sshd.log" >&2
        exit 1
    fi
    # A fixed port may still be held by the previous server's last connections: retry a while.
    [ -n "$port" ] && sleep 0.25
done
