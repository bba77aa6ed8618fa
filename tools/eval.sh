#!/usr/bin/env bash
# Scores the core on the evaluation corpora in ../shared/eval/dev with ../shared/eval/score.py.
# The corpora are read in place, never copied; predictions go to target/eval/.
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL=../shared/eval
[ -d "$EVAL/dev" ] || { echo "skipped: $EVAL/dev is not here"; exit 0; }
cargo build --release --quiet
mkdir -p target/eval
score() { # corpus, extra scorer flags
  local gold="$EVAL/dev/$1.jsonl"
  [ -f "$gold" ] || gold="target/eval/$1.jsonl"
  ./target/release/newsmark --jsonl "$gold" > "target/eval/$1.pred.jsonl"
  python3 "$EVAL/score.py" one --gold "$gold" --pred "target/eval/$1.pred.jsonl" --offsets utf16 \
    --json "target/eval/$1.score.json" "${@:2}" > /dev/null
  python3 - "target/eval/$1.score.json" "$1" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
print(f"== {sys.argv[2]} ({d['docs']} documents)")
for cat, v in d.get('entities', {}).items():
    e = v['exact']
    print(f"  {cat:13s} exact F1 {e['f']*100:5.1f}  P {e['p']*100:5.1f}  R {e['r']*100:5.1f}   lenient F1 {v['lenient']['f']*100:5.1f}")
q = d.get('quotes')
if q:
    for k in ('all', 'direct'):
        v = q[k]
        e2e = v.get('end_to_end') or {}
        print(f"  quotes {k:6s} content F1 {v['content']['f']*100:5.1f}   attribution end-to-end F1 {e2e.get('f', 0)*100:5.1f}   speaker accuracy {v.get('speaker_acc_on_matched', 0)*100:5.1f}")
PY
}
score onto_dev --genres nw,bn
# OntoNotes' other genres (unstudied), on the documents that were annotated: the dev set also holds
# 901 web documents (wb) and 15 news documents with no mention at all, never annotated, whose every
# mark would count as wrong (the line above counts them, as the scorer does)
python3 - <<'PY'
import json
keep = set()
with open('target/eval/onto_annotated.jsonl', 'w') as g:
    for line in open('../shared/eval/dev/onto_dev.jsonl'):
        if json.loads(line)['mentions']:
            keep.add(json.loads(line)['id'])
            g.write(line)
with open('target/eval/onto_annotated.pred.jsonl', 'w') as p:
    for line in open('target/eval/onto_dev.pred.jsonl'):
        if json.loads(line)['id'] in keep:
            p.write(line)
PY
echo "== onto_dev, annotated documents: exact F1 person / organization / place / figure"
for genre in nw,bn mz bc wb tc; do
  python3 "$EVAL/score.py" one --gold target/eval/onto_annotated.jsonl --pred target/eval/onto_annotated.pred.jsonl \
    --offsets utf16 --genres "$genre" --json target/eval/onto_annotated.score.json > /dev/null
  python3 -c "import json, sys; d = json.load(open(sys.argv[1])); e = d['entities']
print(f'  {sys.argv[2]:6s} ({d[\"docs\"]:3d} documents)', ' / '.join(f'{e[k][\"exact\"][\"f\"] * 100:.1f}' for k in ('person', 'organization', 'place', 'figure')))" \
    target/eval/onto_annotated.score.json "$genre"
done
score conll_testa
# WikiGold, rebuilt from ../shared/train: CoNLL's labels on text that may be studied
python3 tools/wikigold_corpus.py > target/eval/wikigold.jsonl
score wikigold
score polnear_dev
