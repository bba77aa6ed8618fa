#!/usr/bin/env python3
"""How well the Analysis's `confidence` holds on an evaluation corpus: for each category, the
precision and recall of all marks and of the confident ones (confidence >= 0.9, what the options'
"only confident marks" shows), and the calibration (marks grouped by confidence: their mean
confidence against the share that is right). Exact spans as ../shared/eval/score.py normalises
them; a figure is right when the gold has a figure of any kind with the same span. "overlap"
counts a mark right when it overlaps a gold mention of its category (the reader's view: the mark
is on the right thing, if not on exactly its words). A category the corpus does not annotate is
left out, and so is a document with no mention at all: OntoNotes' dev set holds 901 web documents
(wb) that were never annotated, whose every mark would count as wrong.

On a corpus of quotes (PolNeAR) the same for quotes: a quote is right when the scorer matches
it to an annotated attribution (token F1 0.5 or more, the best match) and its speaker is right
or not annotated, as end-to-end attribution counts it.

usage: tools/confident.py CORPUS [--genres nw,bn]   (CORPUS: onto_dev | conll_testa | wikigold | polnear_dev)
Reads ../shared/eval/dev/CORPUS.jsonl and target/eval/CORPUS.pred.jsonl (run tools/eval.sh first).
"""
import argparse, collections, importlib.util, json, os

GOLD = {'person': {'PERSON', 'PER'}, 'organization': {'ORG'}, 'place': {'GPE', 'LOC'},
        'figure': {'MONEY', 'PERCENT', 'CARDINAL', 'QUANTITY', 'DATE', 'TIME', 'ORDINAL'}}
CONFIDENT = 0.9

ap = argparse.ArgumentParser()
ap.add_argument('corpus')
ap.add_argument('--genres', default='')
a = ap.parse_args()
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
spec = importlib.util.spec_from_file_location('score', os.path.join(root, '..', 'shared', 'eval', 'score.py'))
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
gold, annotated = {}, set()
gold_path = os.path.join(root, '..', 'shared', 'eval', 'dev', a.corpus + '.jsonl')
if not os.path.exists(gold_path):  # a corpus tools/eval.sh rebuilt (wikigold)
    gold_path = os.path.join(root, 'target', 'eval', a.corpus + '.jsonl')
for line in open(gold_path):
    d = json.loads(line)
    if a.genres and d.get('genre') not in a.genres.split(','):
        continue
    if not d['mentions'] and not d.get('quotes'):  # unannotated: 901 of OntoNotes' 925 web documents
        continue
    gold[d['id']] = d
    annotated.update(m['label'] for m in d['mentions'])


def predictions():
    """Each predicted document of the corpus with its gold document, its text, and the code point
    at each UTF-16 offset (the Analysis's offsets are UTF-16, the corpus's code points)."""
    for line in open(os.path.join(root, 'target', 'eval', a.corpus + '.pred.jsonl')):
        p = json.loads(line)
        d = gold.get(p['id'])
        if not d:
            continue
        text = d['text']
        u16 = []
        for i, ch in enumerate(text):
            u16.extend([i] * (2 if ord(ch) > 0xFFFF else 1))
        u16.append(len(text))
        yield p, d, text, u16


def bands(marks):
    """The calibration: marks (confidence, right) grouped by confidence band."""
    for lo, hi in ((0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 1.01)):
        band = [(c, r) for c, r in marks if lo <= c < hi]
        if band:
            print(f'    [{lo:.2f}, {min(hi, 1):.2f}) {len(band):6d}  {sum(c for c, _ in band) / len(band):.2f}  {sum(r for _, r in band) / len(band):.2f}')


if any(d.get('quotes') for d in gold.values()):
    # quotes: each predicted quote right or not, as end-to-end attribution counts it
    marks = collections.defaultdict(list)
    for p, d, text, u16 in predictions():
        ti = score.TokenIndex(text)
        golds = [(ti.token_ids([tuple(f) for f in q['fragments']]), q) for q in d.get('quotes', []) if q.get('fragments')]
        for q in p.get('quotes', []):
            toks = ti.token_ids([(u16[q['start']], u16[q['end']])])
            f, g = max(((score.tok_f1(gt, toks), gq) for gt, gq in golds), default=(0.0, None), key=lambda x: x[0])
            sp = q.get('speaker')
            pq = {'speaker': sp and {'start': u16[sp['start']], 'end': u16[sp['end']], 'name': sp.get('name')}}
            right = f >= 0.5 and score.speaker_correct(text, g, pq) is not False
            for cat in ('quote', 'quote: ' + q['kind']):
                marks[cat].append((q.get('confidence', 0.0), right))
    print(f"== {a.corpus}: quotes right end to end (content matched, speaker right); 'confident' is confidence >= {CONFIDENT}")
    for cat, ms in sorted(marks.items()):
        conf = [r for c, r in ms if c >= CONFIDENT]
        print(f'  {cat:18s} all: {len(ms):5d}, P {100 * sum(r for _, r in ms) / max(len(ms), 1):5.1f}   confident: {len(conf):5d}, P {100 * sum(conf) / max(len(conf), 1):5.1f}')
    print('  calibration: confidence band, quotes, mean confidence, share right')
    bands(marks['quote'])
    raise SystemExit
# per category: gold count, and (confidence, right) for each mark; figures also by kind
n_gold = collections.Counter()
marks = collections.defaultdict(list)
for p, d, text, u16 in predictions():
    for cat, labels in GOLD.items():
        if not annotated & labels:
            continue
        names = cat != 'figure'
        golds = {score.norm_span(text, m['start'], m['end'], names) for m in d['mentions'] if m['label'] in labels}
        near = lambda s, e: any(gs < e and s < ge for gs, ge in golds)
        n_gold[cat] += len(golds)
        seen = set()
        for m in p['mentions']:
            if m['kind'] != cat or m.get('figure', {}).get('minor'):
                continue
            span = score.norm_span(text, u16[m['start']], u16[m['end']], names)
            if span in seen:
                continue
            seen.add(span)
            c = m.get('confidence', 0.0)
            marks[cat].append((c, span in golds, near(*span)))
            if cat == 'figure':
                marks['figure: ' + m['figure']['kind']].append((c, span in golds, near(*span)))
print(f"== {a.corpus} {a.genres or 'all genres'}: exact spans; 'confident' is confidence >= {CONFIDENT}")
pct = lambda x, n: f'{100 * x / max(n, 1):5.1f}'
for cat, ms in sorted(marks.items()):
    right = sum(r for _, r, _ in ms)
    conf = [(r, o) for c, r, o in ms if c >= CONFIDENT]
    line = f'  {cat:18s} all: {len(ms):5d} marks, P {pct(right, len(ms))}'
    line += f' R {pct(right, n_gold[cat])}' if cat in n_gold else '        '
    line += f'   confident: {len(conf):5d} marks, P {pct(sum(r for r, _ in conf), len(conf))}'
    line += f' R {pct(sum(r for r, _ in conf), n_gold[cat])}' if cat in n_gold else '        '
    line += f' (overlap P {pct(sum(o for _, o in conf), len(conf))})'
    print(line)
# what "only confident marks" shows on a page: every category's confident marks together
every = [(r, o) for cat, ms in marks.items() if ':' not in cat for c, r, o in ms if c >= CONFIDENT]
print(f'  {"every mark":18s} all: {sum(len(ms) for cat, ms in marks.items() if ":" not in cat):5d} marks,'
      f'{"":16s}confident: {len(every):5d} marks, P {pct(sum(r for r, _ in every), len(every))}'
      f'{"":8s} (overlap P {pct(sum(o for _, o in every), len(every))})')
print('  calibration (all categories): confidence band, marks, mean confidence, share right')
bands([(c, r) for cat, ms in marks.items() if ':' not in cat for c, r, _ in ms])
