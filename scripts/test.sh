#!/usr/bin/env bash
# The one test command (npm test): typecheck, Biome lint, knip (unused code), unit/golden/architecture tests and the Chromium
# e2e tests.
# Ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .cache
bash scripts/ensure-browser.sh || exit 1

typecheck_failed=0
echo "== typecheck"
if ! npm run --silent typecheck; then typecheck_failed=1; fi

lint_failed=0
echo "== biome lint"
if ! npm run --silent lint; then lint_failed=1; fi

unused_failed=0
echo "== knip (unused files, exports, dependencies)"
if ! npx knip --no-progress; then unused_failed=1; fi

echo "== vitest (unit + e2e)"
npx vitest run --reporter=default --reporter=json --outputFile.json=.cache/vitest-results.json "$@"
vitest_status=$?

node scripts/summarize-tests.mjs .cache/vitest-results.json "$typecheck_failed" "$vitest_status" "$unused_failed" "$lint_failed"
