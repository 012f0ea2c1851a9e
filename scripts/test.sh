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
ensure_prometheus
ensure_postgres
# The sign-in limit tests start redis-servers of their own, on free ports.
if ! command -v redis-server >/dev/null; then
  if is_root && command -v apt-get >/dev/null; then
    step "Installing redis-server from Debian's packages"
    apt_install redis-server
  else
    fail "redis-server is needed by the sign-in limit tests. Install it with: sudo apt-get install -y redis-server (or set REDIS_SERVER_PATH)."
  fi
fi
mkdir -p test-results

step "Type-checking"
npx tsc --noEmit -p .

step "Layers (what may import what)"
npm run -s check:layers

set +e
step "Unit and integration tests (vitest)"
# Each runner's results are removed first: a stale file must never stand in for a runner that did not run.
rm -f test-results/vitest.json
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
unit=$?

step "Building the app for the browser tests"
npx next build >test-results/build.log 2>&1 || { cat test-results/build.log; fail "next build failed"; }

step "Browser and API tests (Playwright, Chromium)"
rm -f test-results/playwright.json
npx playwright test
e2e=$?

step "Single sign-on through local OpenID Providers (Playwright, Chromium)"
rm -f test-results/playwright-sso.json
NEXT_DIST_DIR="${NEXT_DIST_DIR:-.next}" npx playwright test -c playwright.sso.config.ts
sso=$?

step "Two instances on one database: shared limits, sessions and saves (Playwright)"
rm -f test-results/playwright-instances.json
NEXT_DIST_DIR="${NEXT_DIST_DIR:-.next}" npx playwright test -c playwright.instances.config.ts
instances=$?

# The summary counts a runner that could not start as failed and exits non-zero for any failure.
node scripts/lib/summarise-results.mjs test-results/vitest.json test-results/playwright.json test-results/playwright-sso.json \
  test-results/playwright-instances.json
summary=$?
[ "$unit" -eq 0 ] && [ "$e2e" -eq 0 ] && [ "$sso" -eq 0 ] && [ "$instances" -eq 0 ] && [ "$summary" -eq 0 ]
