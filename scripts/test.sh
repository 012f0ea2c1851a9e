#!/usr/bin/env bash
# Runs every test: types, unit and integration tests (against PGlite and PostgreSQL), then the
# browser tests against the built app. Installs what it needs when it can.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/common.sh
source scripts/lib/system-deps.sh
set -e

require_node
install_dependencies
ensure_chromium
ensure_postgres
mkdir -p test-results

step "Type-checking"
npx tsc --noEmit -p .

step "Layers (what may import what)"
npm run -s check:layers

set +e
step "Unit and integration tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
unit=$?

step "Building the app for the browser tests"
npx next build >test-results/build.log 2>&1 || { cat test-results/build.log; fail "next build failed"; }

step "Browser and API tests (Playwright, Chromium)"
npx playwright test
e2e=$?

step "Single sign-on through local OpenID Providers (Playwright, Chromium)"
rm -f test-results/playwright-sso.json
NEXT_DIST_DIR="${NEXT_DIST_DIR:-.next}" npx playwright test -c playwright.sso.config.ts
sso=$?
set -e

node scripts/lib/summarise-results.mjs test-results/vitest.json test-results/playwright.json test-results/playwright-sso.json
[ "$unit" -eq 0 ] && [ "$e2e" -eq 0 ] && [ "$sso" -eq 0 ]
