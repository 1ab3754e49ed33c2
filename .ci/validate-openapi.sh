#!/usr/bin/env bash
# Generates the OpenAPI document the handler serves and checks it with openapi-spec-validator.
#
#   .ci/validate-openapi.sh [output-file]
#
# Environment: SCRATCH_PATH (SwiftPM scratch path, default .build), PYTHON (default python3).
set -euo pipefail

cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
SCRATCH_PATH="${SCRATCH_PATH:-.build}"
OUT="${1:-${TMPDIR:-/tmp}/helpdesk-openapi.json}"

if ! "$PYTHON" -c 'import openapi_spec_validator' 2>/dev/null; then
    echo "Installing openapi-spec-validator…"
    "$PYTHON" -m pip install --quiet openapi-spec-validator
fi

rm -f "$OUT"
HELPDESK_OPENAPI_OUT="$OUT" swift test --scratch-path "$SCRATCH_PATH" --filter OpenAPIExportTests
if [ ! -s "$OUT" ]; then
    echo "error: the export test wrote nothing to $OUT" >&2
    exit 1
fi

"$PYTHON" -m openapi_spec_validator "$OUT"
