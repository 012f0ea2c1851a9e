#!/usr/bin/env bash
# Installs, builds, migrates and serves Meridian on http://localhost:${PORT:-3000}.
# Without DATABASE_URL it uses the embedded PGlite database under .data/ (migrated on start).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/common.sh

require_node
install_dependencies
if build_is_stale; then
  step "Building the app"
  npx next build
fi
if [ -n "${DATABASE_URL:-}" ]; then
  step "Applying migrations to PostgreSQL"
  npm run -s db:migrate
fi
step "Serving Meridian on http://${HOST:-localhost}:${PORT:-3000}"
exec npx next start -p "${PORT:-3000}" -H "${HOST:-localhost}"
