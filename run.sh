#!/usr/bin/env bash
# Newsmark's one build driver.
#   ./run.sh demo    build everything, print the CLI's summary of the seed article, serve the demo
#   ./run.sh test    install what is missing, build, run every test and the budget checks
#   ./run.sh bench   throughput, scaling, memory and size, side by side with compromise and wink-nlp
#   ./run.sh eval    accuracy on ../shared/eval/dev with its scorer
#   ./run.sh setup | build | wasm | package
# Each step installs what it needs (idempotently) and skips what is already there.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
WASM_BINDGEN_VERSION=0.2.130
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

setup() {
  command -v cargo >/dev/null || { echo "cargo not found: install Rust with rustup first" >&2; exit 1; }
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    log "adding the wasm32 target"; rustup target add wasm32-unknown-unknown
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
    log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes, once)"
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
  fi
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    log "installing Node.js and npm"; as_root apt-get update -qq; as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm
  fi
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "installing npm packages from the lockfile"; npm ci --no-audit --no-fund --loglevel=error
  fi
}

setup_browser() {
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    log "installing Debian's Chromium"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium chromium-driver
  fi
}

wasm() {
  log "building the WASM core"
  cargo rustc --lib --crate-type cdylib --target wasm32-unknown-unknown --profile wasm --no-default-features --quiet
  local out=target/pkg
  rm -rf "$out" && mkdir -p "$out"
  wasm-bindgen --target web --no-typescript --out-dir "$out" target/wasm32-unknown-unknown/wasm/newsmark.wasm
  wasm-opt -O3 --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
    --strip-debug --strip-producers "$out/newsmark_bg.wasm" -o "$out/newsmark_bg.wasm"
  for dest in extension/pkg www/pkg; do
    rm -rf "$dest" && mkdir -p "$dest" && cp -r "$out"/newsmark.js "$out"/newsmark_bg.wasm "$out"/snippets "$dest"/
  done
  rm -rf www/lib && mkdir -p www/lib
  cp extension/content/highlight.js extension/content/marks.css extension/popup/summary.js extension/popup/popup.css www/lib/
}

build() {
  setup
  log "building the native CLI"
  cargo build --release --quiet
  wasm
}

package() {
  build
  if ! command -v zip >/dev/null; then
    log "installing zip"; as_root apt-get update -qq; as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq zip
  fi
  mkdir -p dist
  rm -f dist/newsmark-extension.zip
  (cd extension && zip -qr ../dist/newsmark-extension.zip . -x '*.DS_Store')
  log "dist/newsmark-extension.zip"
}

demo() {
  build
  log "the CLI on the seed article"
  if [ -f ../shared/seed/article.txt ]; then ./target/release/newsmark ../shared/seed/article.txt; fi
  log "serving the demo (Ctrl-C stops it)"
  exec node tools/serve.mjs --port "${PORT:-8080}"
}

test_all() {
  build
  setup_browser
  local t0=$SECONDS
  log "Rust tests"; cargo test --quiet
  log "Node tests of the WASM build"; node --test tests/node/
  log "end-to-end tests in Chromium"; node --test --test-concurrency=1 tests/e2e/
  log "budgets"; node tools/budgets.mjs
  log "all tests passed in $((SECONDS - t0)) s (after the build)"
}

case "${1:-}" in
  setup) setup; setup_browser ;;
  build) build ;;
  wasm) wasm ;;
  package) package ;;
  demo) demo ;;
  test) test_all ;;
  bench) build; node tools/bench.mjs "${@:2}" ;;
  eval) tools/eval.sh ;;
  *) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
