#!/usr/bin/env python3
"""Lists what the quote stage gets wrong on a PolNeAR split, to find kinds of errors (not to tune
to examples): missed attributions, quotes that match none, and wrong speakers, each with context;
with --classes, how many of each kind (where the cue stands, "that", "according to", the cue's
verb, what the wrong speaker was instead). Matching is the shared scorer's own (token-overlap
F1 >= 0.5, speaker by span or name).

Study one split and check the other: the studied split is polnear_train (the default); polnear_dev
is the unstudied check, looked at for its totals only.

usage: tools/quote_errors.py [--split train|dev] [--classes] [--kind missed|spurious|speaker|all] [--direct] [--limit N]
                             [--context CHARS] [--none]
Reads ../shared/eval/dev/polnear_<split>.jsonl and target/eval/polnear_<split>.pred.jsonl
(tools/eval.sh writes them).
"""
import argparse, importlib.util, json, os, random

ap = argparse.ArgumentParser()
ap.add_argument('--kind', default='all')
ap.add_argument('--direct', action='store_true', help='only quotes in quote marks')
ap.add_argument('--limit', type=int, default=30)
ap.add_argument('--seed', type=int, default=1)
ap.add_argument('--split', default='train', choices=['train', 'dev'])
ap.add_argument('--context', type=int, default=0, help='with each speaker error, this many characters of text before and after the quote')
ap.add_argument('--none', action='store_true', help='speaker errors: only quotes given no speaker')
ap.add_argument('--classes', action='store_true', help='counts by kind of error instead of examples')
a = ap.parse_args()
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
spec = importlib.util.spec_from_file_location('score', os.path.join(root, '..', 'shared', 'eval', 'score.py'))
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)

golds = score.load_jsonl(os.path.join(root, '..', 'shared', 'eval', 'dev', f'polnear_{a.split}.jsonl'))
by_id = {d['id']: d for d in golds}
preds = {}
for p in score.load_jsonl(os.path.join(root, 'target', 'eval', f'polnear_{a.split}.pred.jsonl')):
    if p['id'] in by_id:
        preds[p['id']] = score.convert_utf16(p, by_id[p['id']]['text'])
from collections import Counter
classes = Counter()
cues = Counter()
PRONOUNS = {'he', 'she', 'they', 'i', 'we', 'it', 'you', 'him', 'her', 'them'}

def miss_class(text, q, frags, direct):
    """The kind of a missed attribution, from where its cue stands."""
    cue = q.get('cue') or {}
    ct = (cue.get('text') or '').lower()
    if 'according to' in ct:
        return 'according to', ct
    if not cue or cue.get('start') is None:
        return 'no cue', ''
    s0, e0 = frags[0][0], frags[-1][1]
    first = ct.split()[0] if ct.split() else ''
    if direct:
        return 'direct quote', first
    if cue['start'] >= e0:
        return 'reported, cue after the content', first
    between = text[cue['end']:s0].strip().lower()
    if between.endswith('that') or between == 'that':
        return 'reported, cue + that', first
    if between == '':
        return 'reported, cue + content (no that)', first
    return 'reported, cue ... content', first

def speaker_class(text, q, pq):
    g = (q.get('speaker') or {})
    gt = (g.get('text') or '').lower()
    ps = pq.get('speaker') or {}
    got = (ps.get('name') or (text[ps['start']:ps['end']] if ps.get('start') is not None else '') or '').lower()
    if not ps:
        return 'speaker: none found'
    if got in PRONOUNS or (ps.get('name') is None and ps.get('start') is not None):
        return 'speaker: pronoun or unresolved'
    if gt in PRONOUNS:
        return 'speaker: gold is a pronoun, another name given'
    return 'speaker: another name'

rows = {'missed': [], 'spurious': [], 'speaker': []}
short = lambda s, n=110: (s[:n] + '…') if len(s) > n else s
for g in golds:
    text = g['text']
    ti = score.TokenIndex(text)
    gq = []
    for q in g.get('quotes', []):
        frags = [tuple(f) for f in q.get('fragments') or []]
        if not frags:
            continue
        gq.append((ti.token_ids(frags), score.is_direct(text, frags[0][0], frags[-1][1]), q, frags))
    pq = [(ti.token_ids([(q['start'], q['end'])]), score.is_direct(text, q['start'], q['end']), q) for q in preds.get(g['id'], {}).get('quotes', [])]
    pairs = sorted(((score.tok_f1(gt, pt), gi, pi) for gi, (gt, _, _, _) in enumerate(gq) for pi, (pt, _, _) in enumerate(pq)), key=lambda x: (-x[0], x[1], x[2]))
    gm, pm = {}, {}
    for f, gi, pi in pairs:
        if f >= 0.5 and gi not in gm and pi not in pm:
            gm[gi], pm[pi] = pi, gi
    for gi, (_, direct, q, frags) in enumerate(gq):
        if a.direct and not direct:
            continue
        content = ' … '.join(text[s:e] for s, e in frags)
        sp = q.get('speaker') or {}
        gname = sp.get('name') or sp.get('text') or ''
        if gi not in gm:
            kind, cue = miss_class(text, q, frags, direct)
            classes['missed: ' + kind] += 1
            if cue:
                cues[cue] += 1
            rows['missed'].append(f"MISSED  <{kind}; cue={(q.get('cue') or {}).get('text')!r}> [{short(content)}]  speaker={gname!r}  ({g['id']})")
        else:
            pqq = pq[gm[gi]][2]
            ok = score.speaker_correct(text, q, pqq)
            if ok is False:
                classes[speaker_class(text, q, pqq)] += 1
                ps = pqq.get('speaker') or {}
                got = ps.get('name') or (text[ps['start']:ps['end']] if ps.get('start') is not None else None)
                if a.none and pqq.get('speaker'):
                    continue
                ctx = ''
                if a.context:
                    s0, e0 = frags[0][0], frags[-1][1]
                    ctx = '\n    ' + ' '.join(text[max(0, s0 - a.context):s0].split()) + ' ⟦…⟧ ' + ' '.join(text[e0:e0 + a.context].split())
                rows['speaker'].append(f"SPEAKER [{short(content, 80)}]  gold={gname!r} got={got!r} cue={((pqq.get('cue') or {}).get('text'))!r}  ({g['id']}){ctx}")
    for pi, (_, direct, q) in enumerate(pq):
        if pi in pm or (a.direct and not direct):
            continue
        ps = q.get('speaker') or {}
        got = ps.get('name') or (text[ps['start']:ps['end']] if ps.get('start') is not None else None)
        classes['spurious: ' + q['kind']] += 1
        rows['spurious'].append(f"SPURIOUS [{short(text[q['start']:q['end']])}]  speaker={got!r} kind={q['kind']}  ({g['id']})")

if a.classes:
    for k, n in sorted(classes.items()):
        print(f'{n:5d}  {k}')
    print('missed, by the first word of their cue:', ', '.join(f'{c} {n}' for c, n in cues.most_common(40)))
    raise SystemExit
random.seed(a.seed)
for kind, rs in rows.items():
    if a.kind in (kind, 'all'):
        print(f'--- {kind}: {len(rs)}')
        for r in random.sample(rs, min(a.limit, len(rs))):
            print(r)
