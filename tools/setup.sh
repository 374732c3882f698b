#!/usr/bin/env bash
# Installs what Alliance Atlas needs, and only what is missing: a second run costs seconds.
#
#   tools/setup.sh serve   # to build and serve: the wasm32 target, trunk, wasm-bindgen-cli, npm packages
#   tools/setup.sh test    # all of that, plus clippy, rustfmt, Chromium and ChromeDriver, xmllint,
#                          # nginx with its brotli_static module and unzip (Debian)
#
# Versions that were verified on these machines are pinned (see shared/design/toolchain.md):
# trunk 0.21 (0.22 needs a newer rustc), wasm-bindgen-cli at the exact version in Cargo.lock,
# wasm-opt from the npm package binaryen@132 (Debian's binaryen breaks the page).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
mode=${1:-serve}
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# The wasm-bindgen version Cargo.lock resolved; the CLI must match it exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

ensure_rust() {
  if ! command -v cargo >/dev/null; then
    echo "cargo is missing: install Rust 1.88 or newer with rustup (https://rustup.rs)" >&2
    exit 1
  fi
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  if [ "$mode" = test ]; then
    for component in clippy rustfmt; do
      if ! rustup component list --installed | grep -q "^$component"; then
        say "adding $component"
        rustup component add "$component"
      fi
    done
  fi
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION (about 9 minutes on 2 cores, once)"
    cargo install trunk --version "=$TRUNK_VERSION" --locked
  fi
}

ensure_wasm_bindgen() {
  local version
  version=$(wasm_bindgen_version)
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $version" ]; then
    say "installing wasm-bindgen-cli $version (about 3 minutes, once)"
    # Not --locked: the registry mirror lacks one of its locked dependency versions.
    cargo install wasm-bindgen-cli --version "=$version"
  fi
  # trunk reads the version it must find from Trunk.toml; keep the two in step.
  if ! grep -q "wasm_bindgen = \"$version\"" Trunk.toml; then
    echo "Trunk.toml pins a wasm-bindgen other than Cargo.lock's $version; update [tools] wasm_bindgen" >&2
    exit 1
  fi
}

ensure_npm() {
  local stamp=node_modules/.atlas-lock-sha256 want
  want=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    say "installing npm packages (binaryen for wasm-opt, Playwright, axe-core, world-atlas)"
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
    echo "$want" > "$stamp"
  fi
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    return
  fi
  say "installing Debian's Chromium and ChromeDriver"
  local sudo=""
  if [ "$(id -u)" != 0 ]; then sudo=sudo; fi
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends chromium chromium-driver fonts-dejavu-core
}

ensure_xmllint() {
  if command -v xmllint >/dev/null; then
    return
  fi
  say "installing Debian's xmllint (the GEXF and GraphML exports are checked against their XSDs)"
  local sudo=""
  if [ "$(id -u)" != 0 ]; then sudo=sudo; fi
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends libxml2-utils
}

# The release archive's nginx configuration is tested with Debian's nginx (tests/release/).
# Installing nginx would start its default site on port 80: a policy-rc.d that refuses every
# start (the one Debian's Docker images already have, else a temporary one) keeps it stopped,
# and on a systemd machine it is not started at boot either. The tests start their own.
ensure_nginx() {
  if [ -x /usr/sbin/nginx ] && [ -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] \
    && command -v unzip >/dev/null; then
    return
  fi
  say "installing Debian's nginx, its brotli_static module and unzip (the release archive is served in a test)"
  local sudo="" policy=/usr/sbin/policy-rc.d temporary_policy=""
  if [ "$(id -u)" != 0 ]; then sudo=sudo; fi
  if [ ! -e "$policy" ]; then
    temporary_policy=yes
    printf '#!/bin/sh\n# tools/setup.sh: no service starts while nginx is installed\nexit 101\n' | $sudo tee "$policy" >/dev/null
    $sudo chmod 755 "$policy"
  fi
  local status=0
  { $sudo apt-get update &&
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends \
      nginx libnginx-mod-http-brotli-static unzip; } || status=$?
  if [ -n "$temporary_policy" ]; then $sudo rm -f "$policy"; fi
  if [ "$status" != 0 ]; then return "$status"; fi
  if [ -d /run/systemd/system ]; then
    say "nginx will not start at boot (systemctl disable nginx); the tests start their own"
    $sudo systemctl disable nginx
  fi
}

ensure_rust
ensure_npm
ensure_trunk
ensure_wasm_bindgen
if [ "$mode" = test ]; then
  ensure_chromium
  ensure_xmllint
  ensure_nginx
fi
say "set-up complete ($mode)"
