# Makes sure the test suite's system dependencies are there: Debian's Chromium and a PostgreSQL
# server. As root it installs and starts them; otherwise it says exactly what to run.

apt_install() {
  if [ -z "${APT_UPDATED:-}" ]; then apt-get update -qq; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_chromium() {
  export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
  [ -x "$CHROMIUM_PATH" ] && return 0
  if is_root && command -v apt-get >/dev/null; then
    step "Installing Chromium from Debian's packages"
    apt_install chromium
  else
    fail "Chromium is needed for the browser tests. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH)."
  fi
}

# promtool (Debian's prometheus package) checks and unit-tests the monitoring bundle's rules; the package
# installs the server too but starts nothing by itself.
ensure_prometheus() {
  command -v promtool >/dev/null && return 0
  if is_root && command -v apt-get >/dev/null; then
    step "Installing Prometheus (promtool) from Debian's packages"
    apt_install prometheus
  else
    fail "promtool is needed for the monitoring tests. Install it with: sudo apt-get install -y prometheus"
  fi
}

pg_reachable() {
  node -e '
    const { Client } = require("pg");
    const c = new Client({ connectionString: process.argv[1], connectionTimeoutMillis: 3000 });
    c.connect().then(() => c.end()).then(() => process.exit(0), () => process.exit(1));
  ' "$1" 2>/dev/null
}

ensure_postgres() {
  export MERIDIAN_TEST_PG_URL="${MERIDIAN_TEST_PG_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"
  pg_reachable "$MERIDIAN_TEST_PG_URL" && return 0
  if ! is_root || ! command -v apt-get >/dev/null; then
    fail "PostgreSQL is needed at $MERIDIAN_TEST_PG_URL. Install and start it (sudo apt-get install -y postgresql), or set MERIDIAN_TEST_PG_URL."
  fi
  if ! command -v pg_ctlcluster >/dev/null || [ -z "$(ls /etc/postgresql 2>/dev/null)" ]; then
    step "Installing PostgreSQL from Debian's packages"
    apt_install postgresql
  fi
  local version
  version="$(ls /etc/postgresql | sort -V | tail -n 1)"
  step "Starting PostgreSQL $version"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || pg_ctlcluster "$version" main start || true
  for _ in $(seq 1 30); do pg_reachable "$MERIDIAN_TEST_PG_URL" && return 0; sleep 1; done
  # A fresh Debian cluster asks for a password over TCP: give the test user one.
  su postgres -c "psql -q -c \"ALTER USER postgres PASSWORD 'postgres'\"" >/dev/null
  export MERIDIAN_TEST_PG_URL="postgresql://postgres:postgres@127.0.0.1:5432/postgres"
  pg_reachable "$MERIDIAN_TEST_PG_URL" || fail "PostgreSQL was started but does not accept connections at 127.0.0.1:5432."
}
