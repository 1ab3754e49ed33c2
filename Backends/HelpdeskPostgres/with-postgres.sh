#!/usr/bin/env bash
# Runs COMMAND... against a throwaway PostgreSQL server on 127.0.0.1.
#
# Installs Debian's `postgresql` package if initdb/pg_ctl are missing (needs root), creates a
# cluster in a temporary directory, starts it on a free loopback port with trust authentication,
# creates the database `helpdesk`, exports HELPDESK_POSTGRES_URL, runs the command, and always
# stops the server and removes the directory on exit. Exits with the command's status.
#
#   bash Backends/HelpdeskPostgres/with-postgres.sh swift test --package-path Backends/HelpdeskPostgres
set -euo pipefail

if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGUMENT...]" >&2
    exit 64
fi

find_bin() {
    local name="$1" dir
    for dir in /usr/lib/postgresql/*/bin; do
        if [ -x "$dir/$name" ]; then
            echo "$dir/$name"
            return 0
        fi
    done
    command -v "$name" 2>/dev/null || return 1
}

if ! find_bin initdb >/dev/null || ! find_bin pg_ctl >/dev/null; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "$0: PostgreSQL is not installed and installing it needs root" >&2
        exit 69
    fi
    echo "$0: installing postgresql from Debian's packages" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi

INITDB="$(find_bin initdb)"
PG_CTL="$(find_bin pg_ctl)"
BIN_DIR="$(dirname "$PG_CTL")"

# As root, the cluster belongs to the `postgres` user: initdb and postgres refuse to run as root.
if [ "$(id -u)" -eq 0 ]; then
    if ! id postgres >/dev/null 2>&1; then
        useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    fi
    as_owner() { runuser -u postgres -- "$@"; }
else
    as_owner() { "$@"; }
fi

WORK_DIR="$(mktemp -d "${TMPDIR:-/tmp}/helpdesk-postgres.XXXXXX")"
chmod 755 "$WORK_DIR"
DATA_DIR="$WORK_DIR/data"
LOG_FILE="$WORK_DIR/server.log"
if [ "$(id -u)" -eq 0 ]; then chown postgres: "$WORK_DIR"; fi

cleanup() {
    local status=$?
    if [ -f "$DATA_DIR/postmaster.pid" ]; then
        as_owner "$PG_CTL" -D "$DATA_DIR" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$WORK_DIR"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

free_port() {
    local port
    for _ in $(seq 1 50); do
        port=$((20000 + RANDOM % 20000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    echo "$0: no free port found" >&2
    return 1
}
PORT="$(free_port)"

as_owner "$INITDB" -D "$DATA_DIR" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
as_owner "$PG_CTL" -D "$DATA_DIR" -l "$LOG_FILE" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $WORK_DIR -c max_connections=300 -c fsync=off" start >/dev/null \
    || { cat "$LOG_FILE" >&2; exit 1; }
as_owner "$BIN_DIR/createdb" -h 127.0.0.1 -p "$PORT" -U postgres helpdesk

export HELPDESK_POSTGRES_URL="postgres://postgres@127.0.0.1:$PORT/helpdesk"
echo "$0: PostgreSQL $("$BIN_DIR/postgres" --version | awk '{print $3}') at $HELPDESK_POSTGRES_URL" >&2

set +e
"$@"
STATUS=$?
set -e
exit "$STATUS"
