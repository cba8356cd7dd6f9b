#!/usr/bin/env bash
# Every test: unit and component tests (Vitest), team mode against a real team server on 127.0.0.1,
# then the built extension end to end in Chromium.
# Ends with one line "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
rm -f test-results/unit.json test-results/team.json test-results/e2e.json
npx wxt build >test-results/build.log 2>&1 || { cat test-results/build.log; echo "build failed"; exit 1; }
npx vitest run --reporter=dot --reporter=json --outputFile.json=test-results/unit.json
npx vitest run --config vitest.team.config.ts --reporter=dot --reporter=json --outputFile.json=test-results/team.json
npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=test-results/e2e.json
npx tsx scripts/count-results.ts test-results/unit.json test-results/team.json test-results/e2e.json
