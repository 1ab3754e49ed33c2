#!/usr/bin/env bash
# CI's look at the benchmark package: build everything in release, run its tests, and run the
# runner at N = 10,000 with few runs, which fails if the two sides disagree on any answer.
set -euo pipefail
cd "$(dirname "$0")"
swift build -c release
swift test -c release
.build/release/helpdesk-bench --sizes 10000 --runs 100 --writes 1000 --no-wal >/dev/null
echo "benchmark smoke run: both sides agreed"
