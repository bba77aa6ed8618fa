#!/usr/bin/env python3
"""Lists what the core gets wrong on an evaluation corpus, to find kinds of errors (not to tune
to examples): false positives and misses for one category, with context, exact-span matching.

usage: tools/errors.py CORPUS CATEGORY [--genres nw,bn] [--limit N] [--kind fp|fn|both]
  CORPUS: onto_dev | conll_testa | wikigold ; CATEGORY: person | organization | place | money | percent |
  count | quantity | date | time | ordinal | figure
Reads ../shared/eval/dev/CORPUS.jsonl and target/eval/CORPUS.pred.jsonl (run tools/eval.sh first).
"""
import argparse, importlib.util, json, os, random

GOLD = {'person': {'PERSON', 'PER'}, 'organization': {'ORG'}, 'place': {'GPE', 'LOC'}, 'money': {'MONEY'},
        'percent': {'PERCENT'}, 'count': {'CARDINAL'}, 'quantity': {'QUANTITY'}, 'date': {'DATE'},
        'time': {'TIME'}, 'ordinal': {'ORDINAL'}, 'figure': {'MONEY', 'PERCENT', 'CARDINAL', 'QUANTITY', 'DATE'}}

ap = argparse.ArgumentParser()
ap.add_argument('corpus'); ap.add_argument('category')
ap.add_argument('--genres', default='nw,bn'); ap.add_argument('--limit', type=int, default=40)
ap.add_argument('--kind', default='both'); ap.add_argument('--seed', type=int, default=1)
a = ap.parse_args()
root = os.path.join(os.path.dirname(__file__), '..')
# the scorer's own span normalisation, so that what is listed is what it counts
spec = importlib.util.spec_from_file_location('score', os.path.join(root, '..', 'shared', 'eval', 'score.py'))
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
gold = {}
gold_path = os.path.join(root, '..', 'shared', 'eval', 'dev', a.corpus + '.jsonl')
if not os.path.exists(gold_path):  # a corpus tools/eval.sh rebuilt (wikigold)
    gold_path = os.path.join(root, 'target', 'eval', a.corpus + '.jsonl')
for line in open(gold_path):
    d = json.loads(line)
    if 'genre' in d and a.genres and d['genre'] not in a.genres.split(','):
        continue
    gold[d['id']] = d
fp, fn = [], []
for line in open(os.path.join(root, 'target', 'eval', a.corpus + '.pred.jsonl')):
    p = json.loads(line)
    d = gold.get(p['id'])
    if not d:
        continue
    text = d['text']
    u16 = []  # utf16 -> code point
    for i, ch in enumerate(text):
        u16.extend([i] * (2 if ord(ch) > 0xFFFF else 1))
    u16.append(len(text))
    def cat_of(m):
        if m['kind'] != 'figure':
            return m['kind']
        k = m['figure']['kind']
        return {'duration': 'date'}.get(k, k)
    want = a.category
    names = want in ('person', 'organization', 'place')
    preds = set()
    for m in p['mentions']:
        c = cat_of(m)
        if c == want or (want == 'figure' and m['kind'] == 'figure' and c not in ('time', 'ordinal')):
            preds.add(score.norm_span(text, u16[m['start']], u16[m['end']], names))
    golds = {score.norm_span(text, m['start'], m['end'], names) for m in d['mentions'] if m['label'] in GOLD[want]}
    ctx = lambda s, e: (text[max(0, s - 40):s] + '[' + text[s:e] + ']' + text[e:e + 40]).replace('\n', ' ')
    labels = {score.norm_span(text, m['start'], m['end'], names): m['label'] for m in d['mentions']}
    for s, e in preds - golds:
        fp.append(f"FP {text[s:e]!r:32} gold={labels.get((s, e), '-'):9} {ctx(s, e)}")
    for s, e in golds - preds:
        fn.append(f"FN {text[s:e]!r:32} {ctx(s, e)}")
random.seed(a.seed)
for name, rows in (('fp', fp), ('fn', fn)):
    if a.kind in (name, 'both'):
        print(f'--- {name}: {len(rows)}')
        for r in random.sample(rows, min(a.limit, len(rows))):
            print(r)
