#!/usr/bin/env bash
# CI's look at the benchmark package: build everything (release by default), run its tests, and run
# the runner at N = 10,000 with few runs, which fails if any side disagrees with raw SQLite on any answer.
# The library runs on the in-memory store and on SQLiteStore; on PostgresStore too when
# HELPDESK_POSTGRES_URL is set (for example under Backends/HelpdeskPostgres/with-postgres.sh).
set -euo pipefail
cd "$(dirname "$0")"
# CONFIGURATION (default release) and SCRATCH_PATH (default .build) let CI build in debug into a build
# folder that other packages with the same dependencies have filled already.
configuration=${CONFIGURATION:-release}
scratch=(--scratch-path "${SCRATCH_PATH:-$PWD/.build}")
backends=memory,sqlite
if [ -n "${HELPDESK_POSTGRES_URL:-}" ]; then backends="$backends,postgres"; fi
# One build with the tests: a plain `swift build` and `swift test` share the build folder with
# different flags, so running both would compile everything twice.
swift build -c "$configuration" "${scratch[@]}" --build-tests
swift test -c "$configuration" "${scratch[@]}" --skip-build
bin=$(swift build -c "$configuration" "${scratch[@]}" --show-bin-path)
"$bin/helpdesk-bench" --sizes 10000 --runs 100 --writes 1000 --no-wal --backends "$backends" >/dev/null
echo "benchmark smoke run ($backends): every side agreed with raw SQLite"
