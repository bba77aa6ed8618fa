#!/usr/bin/env bash
# Records the Analysis JSON of every document the project can see, to check that a change which
# should not alter behaviour (a refactor) does not: run it before and after, compare the digests.
#   tools/snapshot.sh DIR     writes DIR/<corpus>.jsonl and prints one sha256 per corpus
# Corpora: the project's own fixtures (www/sample.txt, tests/fixtures/*.txt and *.html, the
# benchmark corpus) and, when ../shared is beside the checkout, ../shared/eval/dev/*.jsonl and the
# seed article (read in place, never copied).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: tools/snapshot.sh DIR}
mkdir -p "$out"
cargo build --release --quiet
bin=./target/release/newsmark
for f in www/sample.txt tests/fixtures/*.txt ../shared/seed/article.txt; do
  [ -f "$f" ] && "$bin" --json "$f" > "$out/$(basename "$f").json"
  [ -f "$f" ] && "$bin" "$f" > "$out/$(basename "$f").summary"
done
for f in tests/fixtures/*.html; do
  [ -f "$f" ] && "$bin" --json --html "$f" > "$out/$(basename "$f").json"
done
for f in bench/corpus/*.jsonl ../shared/eval/dev/*.jsonl; do
  [ -f "$f" ] && "$bin" --jsonl "$f" > "$out/$(basename "$f")"
done
(cd "$out" && sha256sum -- * )
