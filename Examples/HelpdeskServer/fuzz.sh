#!/usr/bin/env bash
# Contract fuzzing for CI: builds helpdesk-server, starts it with a known key and --demo-data on a free
# loopback port, runs schemathesis with every check against the server's own /openapi.json, prints the
# counts of cases and failures, stops the server, and exits non-zero on any failure.
#
# Settings (environment):
#   CONFIGURATION         debug or release (default: debug)
#   MAX_EXAMPLES          test cases per operation and phase (default: 30)
#   TIME_LIMIT            hard ceiling of the schemathesis run, in seconds (default: 900); when reached it
#                         is interrupted, and what it found so far is reported and judged
#   MAX_TIME              a time budget that schemathesis fills, repeating fuzzing until it is spent
#                         (default: none: one pass of MAX_EXAMPLES per operation and phase)
#   SCHEMATHESIS_VERSION  the PyPI version installed (default: 4.32.5)
#   MIN_OPERATIONS        fail when the document describes fewer operations (default: 0: only warn)
#   SEED                  schemathesis seed, to replay a run (default: random, printed in the report)
#   SCHEMA                a local OpenAPI file to use instead of the server's /openapi.json
#   EXTRA_ARGS            more arguments for `schemathesis run`, split on spaces
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
configuration=${CONFIGURATION:-debug}
max_examples=${MAX_EXAMPLES:-30}
time_limit=${TIME_LIMIT:-900}
version=${SCHEMATHESIS_VERSION:-4.32.5}
min_operations=${MIN_OPERATIONS:-0}
work="$here/.build-fuzz"
venv="$work/venv"
report="$work/report"
key="fuzz-admin-key-0123456789abcdef"
server_pid=""
server_exit=""

log() { printf '==> %s\n' "$*"; }

# Stops the server with SIGTERM, which it answers with a graceful shutdown, and keeps its exit code.
stop_server() {
    if [[ -n "$server_pid" ]]; then
        kill -TERM "$server_pid" 2>/dev/null || true
        server_exit=0
        wait "$server_pid" 2>/dev/null || server_exit=$?
    fi
    server_pid=""
}
trap stop_server EXIT

mkdir -p "$work"
rm -rf "$report"

log "Building helpdesk-server ($configuration)"
swift build --package-path "$here" -c "$configuration" --product helpdesk-server
binary="$(swift build --package-path "$here" -c "$configuration" --show-bin-path)/helpdesk-server"

if [[ ! -x "$venv/bin/schemathesis" ]] || [[ "$("$venv/bin/schemathesis" --version)" != *" $version" ]]; then
    log "Installing schemathesis $version into $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$version"
fi

log "Starting the server on a free loopback port"
# The log exists before the server starts: a background command's redirection happens in the child, after
# the fork, so on a busy machine the loop below could otherwise read before the file is there.
: >"$work/server.log"
"$binary" --host 127.0.0.1 --port 0 --api-key "$key" --demo-data --rate-limit 1000000 >"$work/server.log" 2>&1 &
server_pid=$!
port=""
for _ in $(seq 1 300); do
    port=$(sed -n 's|^Helpdesk API listening on http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$work/server.log" || true)
    if [[ -n "$port" ]] && curl --silent --fail --output /dev/null "http://127.0.0.1:$port/openapi.json"; then
        break
    fi
    if ! kill -0 "$server_pid" 2>/dev/null; then
        cat "$work/server.log"
        echo "fuzz: the server exited before answering" >&2
        exit 1
    fi
    port=""
    sleep 0.1
done
if [[ -z "$port" ]]; then
    cat "$work/server.log"
    echo "fuzz: the server did not answer within 30 seconds" >&2
    exit 1
fi
log "Server answering on http://127.0.0.1:$port"

location="http://127.0.0.1:$port/openapi.json"
arguments=()
if [[ -n "${SCHEMA:-}" ]]; then
    location="$(cd "$(dirname "$SCHEMA")" && pwd)/$(basename "$SCHEMA")"
    arguments+=(--url "http://127.0.0.1:$port/api/v1")
fi
if [[ -n "${SEED:-}" ]]; then arguments+=(--seed "$SEED"); fi
if [[ -n "${MAX_TIME:-}" ]]; then arguments+=(--max-time "$MAX_TIME"); fi
# shellcheck disable=SC2206 # EXTRA_ARGS is split on spaces on purpose.
if [[ -n "${EXTRA_ARGS:-}" ]]; then arguments+=(${EXTRA_ARGS}); fi

log "Running schemathesis against $location"
status=0
# SIGINT at the time limit: schemathesis stops as on Ctrl-C and still writes its report. It runs in
# .build-fuzz, where it keeps its .hypothesis and .schemathesis folders.
cd "$work"
timeout --signal=INT --kill-after=60 "$time_limit" \
    "$venv/bin/schemathesis" run "$location" \
    --checks all \
    --header "Authorization: Bearer $key" \
    --max-examples "$max_examples" \
    --request-timeout 10 \
    --workers 1 \
    --no-color \
    --report json,junit \
    --report-dir "$report" \
    ${arguments[@]+"${arguments[@]}"} || status=$?

server_alive=1
kill -0 "$server_pid" 2>/dev/null || server_alive=0
stop_server

summary=$(python3 - "$report" <<'PYTHON'
import glob, json, sys
paths = sorted(glob.glob(sys.argv[1] + "/*.json"))
if not paths:
    print("missing")
    sys.exit()
run = json.load(open(paths[-1]))
cases, operations = run["test_cases"], run["operations"]
print(operations["total"], operations["tested"], cases["generated"], cases["with_failures"],
      cases["unique_failures"], cases["errored"] + len(run["errors"]), run["stop_reason"])
PYTHON
)
if [[ "$summary" == "missing" ]]; then
    echo "fuzz: schemathesis wrote no report (exit code $status)" >&2
    exit 1
fi
read -r operations tested cases failed unique errors stop_reason <<<"$summary"

echo
echo "Contract fuzzing summary"
echo "  operations in the document: $operations (tested: $tested)"
echo "  test cases:                 $cases"
echo "  cases with failures:        $failed ($unique unique failures)"
echo "  errors:                     $errors"
echo "  stopped because:            $stop_reason$([[ $stop_reason == interrupted ]] && echo " (TIME_LIMIT of ${time_limit}s)")"
echo "  server up until the end:    $([[ $server_alive == 1 ]] && echo yes || echo "NO (see $work/server.log)")"
echo "  server stopped cleanly:     $([[ $server_exit == 0 ]] && echo yes || echo "NO: exit code $server_exit")"
echo "  reports:                    $report"

problems=()
[[ "$server_alive" == 1 ]] || problems+=("the server died during the run")
[[ "$server_exit" == 0 ]] || problems+=("the server did not stop cleanly (exit code $server_exit)")
[[ "$operations" -ge "$min_operations" ]] || problems+=("the document describes fewer than $min_operations operations")
[[ "$failed" -eq 0 ]] || problems+=("$failed test cases failed")
[[ "$errors" -eq 0 ]] || problems+=("$errors errors")
# schemathesis exits with 2 when there are no operations; an interruption at the time limit is not a
# failure in itself (what was found before it is counted above).
if [[ "$status" -ne 0 && "$operations" -gt 0 && "$stop_reason" != interrupted ]]; then
    problems+=("schemathesis exited with $status")
fi
if [[ ${#problems[@]} -gt 0 ]]; then
    printf 'fuzz: FAILED: %s\n' "${problems[@]}" >&2
    exit 1
fi
if [[ "$operations" -eq 0 ]]; then
    echo "fuzz: WARNING: the document describes no operations, so nothing was fuzzed (MIN_OPERATIONS=1 fails then)"
fi
echo "fuzz: passed"
