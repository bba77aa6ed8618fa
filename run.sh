#!/usr/bin/env bash
# Newsmark's one build driver.
#   ./run.sh demo    build everything, print the CLI's summary of the sample article, serve the demo
#   ./run.sh test    install what is missing, build, run every test and the budget checks
#   ./run.sh bench   throughput, scaling, memory and size, side by side with compromise and wink-nlp
#   ./run.sh eval    accuracy on ../shared/eval/dev with its scorer
#   ./run.sh fuzz [seconds]   cargo-fuzz on analyze, HTML to text and the JSONL reader
#   ./run.sh package build dist/newsmark-chrome.zip and dist/newsmark-firefox.zip
#   ./run.sh setup | build | wasm
# Each step installs what it needs (idempotently) and skips what is already there.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
WASM_BINDGEN_VERSION=0.2.130
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# Installs what is missing, the slow pieces side by side: Debian's packages (Node.js and npm,
# the browsers) download while cargo compiles the wasm-bindgen CLI.
setup() {
  command -v cargo >/dev/null || { echo "cargo not found: install Rust with rustup first" >&2; exit 1; }
  local pids=()
  local apt=()
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then apt+=(nodejs npm); fi
  if [ "${NEWSMARK_BROWSERS:-}" != "none" ]; then
    [ -x /usr/bin/chromium ] || apt+=(chromium)
    [ -x /usr/bin/firefox-esr ] || apt+=(firefox-esr)
  fi
  if [ ${#apt[@]} -gt 0 ]; then
    log "installing ${apt[*]} (Debian)"
    { as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${apt[@]}" >/dev/null; } &
    pids+=($!)
  fi
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    log "adding the wasm32 target"; rustup target add wasm32-unknown-unknown
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
    log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes, once)"
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force --quiet &
    pids+=($!)
  fi
  for pid in "${pids[@]}"; do wait "$pid"; done
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "installing npm packages from the lockfile"; npm ci --no-audit --no-fund --loglevel=error
  fi
}

wasm() {
  log "building the WASM core"
  # LLVM inlines at opt-level "s" below a cost of 50; at 42, 1.7 KB less gzipped with no speed
  # difference that tools/compare.mjs could tell apart from noise (0.98–1.02 over four runs of
  # ten processes; session 18, docs/BENCHMARKS.md). At 40, 1 KB less again, with the few small
  # helpers it then left out of line on hot paths marked #[inline(always)] (the WASM packing,
  # Low::deref, the lexicon's per-token look-up): session 26
  cargo rustc --lib --crate-type cdylib --target wasm32-unknown-unknown --profile wasm --no-default-features --quiet -- -C llvm-args=-inline-threshold=40
  local out=target/pkg
  rm -rf "$out" && mkdir -p "$out"
  wasm-bindgen --target web --no-typescript --out-dir "$out" target/wasm32-unknown-unknown/wasm/newsmark.wasm
  # the generated glue and its snippets, minified (2.1 KB less gzipped, towards the 200 KB
  # budget); their sources are wasm-bindgen's output and src/js/
  find "$out" -name '*.js' -exec terser {} --module --compress passes=3 --mangle -o {} \;
  # -ocimfs: a function with one caller is inlined into it only up to this size. Without the
  # limit wasm-opt folds every pipeline stage into one huge function, which V8's optimising
  # compiler handles worse: analysis runs 1.16x faster with it (docs/BENCHMARKS.md, session 14).
  # 700 rather than session 14's 1500: 270 bytes less gzipped, the same speed (session 16).
  # --low-memory-unused: addresses below 1 KB are never read or written (rustc links the stack
  # first, at [0, 1 MB), growing down; data and heap start at 1 MB), so constant offsets fold
  # into loads and stores: 369 bytes less gzipped (session 17)
  # --strip-target-features: the section that tells a linker which WASM features the code uses
  # (132 bytes; browsers do not read it): 104 bytes less gzipped (session 22)
  wasm-opt -O2 --low-memory-unused --one-caller-inline-max-function-size=700 --converge --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
    --strip-debug --strip-producers --strip-target-features "$out/newsmark_bg.wasm" -o "$out/newsmark_bg.wasm"
  for dest in extension/pkg www/pkg; do
    rm -rf "$dest" && mkdir -p "$dest" && cp -r "$out"/newsmark.js "$out"/newsmark_bg.wasm "$out"/snippets "$dest"/
  done
  rm -rf www/lib && mkdir -p www/lib
  cp extension/content/highlight.js extension/content/view.js extension/popup/summary.js extension/popup/popup.css www/lib/
  node tools/package.mjs # target/package/chrome and target/package/firefox, as the stores get them
}

build() {
  setup
  log "building the native CLI"
  cargo build --release --quiet
  wasm
}

package() {
  build
  log "packages for the Chrome Web Store and addons.mozilla.org"
  node tools/package.mjs --zip
}

demo() {
  build
  log "the CLI on the sample article (www/sample.txt)"
  ./target/release/newsmark www/sample.txt
  log "serving the demo (Ctrl-C stops it)"
  exec node tools/serve.mjs --port "${PORT:-8080}"
}

# Runs a suite in the background, its output in target/test-logs/NAME.log.
started=()
suite() {
  local name=$1; shift
  mkdir -p target/test-logs
  # (errexit off inside: a failing suite must still write its status)
  ( set +e; "$@" > "target/test-logs/$name.log" 2>&1; echo $? > "target/test-logs/$name.rc" ) &
  started+=("$name:$!")
}
# Waits for every suite started, prints each one's output, fails if any failed.
finish() {
  local failed=()
  for s in "${started[@]}"; do
    local name=${s%%:*}
    wait "${s#*:}" || true
    log "$name"
    cat "target/test-logs/$name.log"
    [ "$(cat "target/test-logs/$name.rc")" = 0 ] || failed+=("$name")
  done
  started=()
  if [ ${#failed[@]} -gt 0 ]; then echo "FAILED: ${failed[*]}" >&2; exit 1; fi
}

test_all() {
  local t0=$SECONDS
  build
  local t1=$SECONDS
  # the Rust tests compile while the browsers run: two cores, two suites
  # (their results, and what skipped or measured; the whole output when one fails)
  suite "Rust tests" sh -c 'cargo test --quiet -- --show-output > target/test-logs/rust-full.log 2>&1; rc=$?
    grep -E "^(test result|skipped:|[0-9]+ MB:)" target/test-logs/rust-full.log
    [ $rc = 0 ] || cat target/test-logs/rust-full.log; exit $rc'
  suite "Node tests of the WASM build, web-ext lint of the Firefox package" sh -c \
    'node --test --test-reporter=spec tests/node/ && web-ext lint --source-dir target/package/firefox --warnings-as-errors --output text'
  # (a test or suite that hangs fails after 15 minutes, named, instead of holding the run: one
  # fresh-clone run of the whole command here was still going after 15 minutes, where the
  # others took 4-5, and which suite held it was not recorded)
  suite "end-to-end tests in Chromium and Firefox" node --test --test-reporter=spec --test-concurrency=1 --test-timeout=900000 tests/e2e/
  finish
  # timings alone, with nothing else running: the budgets, and the Rust tests of linear cost
  suite "budgets" sh -c 'node tools/budgets.mjs || exit 1
    cargo test --quiet --test core -- --ignored --show-output linear > target/test-logs/linear.log 2>&1; rc=$?
    grep -E "^(test result|[a-zA-Z][a-zA-Z ,-]*: [0-9.]+$)|panicked" target/test-logs/linear.log
    [ $rc = 0 ] || cat target/test-logs/linear.log; exit $rc'
  finish
  log "all tests passed: $((SECONDS - t1)) s after set-up and build ($((t1 - t0)) s)"
}

# Fuzzes the core (analyze on any bytes), HTML to text and the JSONL reader, each for $1 seconds
# (60 by default), from seeds made of the project's own fixtures; a crash is left in
# fuzz/artifacts/<target>/ and fails the command.
fuzz() {
  local secs=${1:-60}
  command -v cargo >/dev/null || { echo "cargo not found: install Rust with rustup first" >&2; exit 1; }
  rustup toolchain list | grep -q '^nightly' || { log "installing the nightly toolchain"; rustup toolchain install nightly --profile minimal; }
  command -v cargo-fuzz >/dev/null || { log "installing cargo-fuzz (a few minutes, once)"; cargo install cargo-fuzz --quiet; }
  local seeds=target/fuzz-corpus
  mkdir -p "$seeds"/analyze "$seeds"/html_to_text "$seeds"/jsonl_line
  cp www/sample.txt tests/fixtures/*.txt "$seeds"/analyze/
  cp tests/fixtures/*.html "$seeds"/html_to_text/
  head -n 5 bench/corpus/gum_wikinews.jsonl | split -l 1 - "$seeds"/jsonl_line/gum-
  for t in analyze html_to_text jsonl_line; do
    log "fuzzing $t for $secs s"
    cargo +nightly fuzz run --release "$t" "$seeds/$t" -- -max_total_time="$secs" -max_len=65536 -rss_limit_mb=4096 -print_final_stats=1 2>&1 \
      | grep -E '^(#[0-9]+.*(DONE|pulse)|stat::|==[0-9]+==|SUMMARY|Test unit written|.*panicked)' || true
    if ls fuzz/artifacts/"$t"/crash-* >/dev/null 2>&1; then echo "crash found: fuzz/artifacts/$t/" >&2; exit 1; fi
  done
}

case "${1:-}" in
  setup) setup ;;
  build) build ;;
  wasm) wasm ;;
  package) package ;;
  demo) demo ;;
  test) test_all ;;
  bench) build; node tools/bench.mjs "${@:2}" ;;
  eval) tools/eval.sh ;;
  fuzz) fuzz "${@:2}" ;;
  *) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
