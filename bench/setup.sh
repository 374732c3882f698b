#!/usr/bin/env bash
# Installs what the benchmark needs, idempotently (a second run costs a second or two):
# - the peers (sigma, graphology, graphology-layout-forceatlas2, cytoscape) with `npm ci`
#   from bench/package-lock.json, only when the lock file changed since the last install;
# - playwright-core, from the project's own node_modules (installed by `make setup`);
# - Debian's Chromium, if it is missing;
# - the `atlas` command-line tool, which generates the synthetic graphs.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"

stamp="$here/node_modules/.bench-lock.sha256"
want="$(sha256sum "$here/package-lock.json" | cut -d' ' -f1)"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
  echo "bench/setup: npm ci (sigma, graphology, graphology-layout-forceatlas2, cytoscape)"
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$want" > "$stamp"
fi

if [[ ! -d "$root/node_modules/playwright-core" ]]; then
  echo "bench/setup: npm ci in the project (playwright-core)"
  (cd "$root" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
fi

if [[ ! -x /usr/bin/chromium ]]; then
  echo "bench/setup: installing Debian's Chromium"
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi

(cd "$root" && cargo build -q -p atlas-cli)
