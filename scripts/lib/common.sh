# Shared by start.sh and test.sh.

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
fail() { printf '\033[31merror:\033[0m %s\n' "$*" >&2; exit 1; }
is_root() { [ "$(id -u)" = "0" ]; }

require_node() {
  command -v node >/dev/null || fail "Node.js 20 or newer is required: https://nodejs.org or 'apt-get install nodejs npm'."
  node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' \
    || fail "Node.js 20 or newer is required; this is $(node --version)."
}

# npm ci when node_modules is missing or older than the lockfile.
install_dependencies() {
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    step "Installing dependencies (npm ci)"
    npm ci --no-audit --no-fund
  fi
}

build_is_stale() {
  [ ! -f .next/BUILD_ID ] && return 0
  [ -n "$(find app components lib prisma public next.config.ts package-lock.json proxy.ts instrumentation.ts \
      -newer .next/BUILD_ID -type f -print -quit 2>/dev/null)" ]
}
