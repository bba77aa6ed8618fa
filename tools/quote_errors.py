#!/usr/bin/env python3
"""Lists what the quote stage gets wrong on PolNeAR dev, to find kinds of errors (not to tune to
examples): missed attributions, quotes that match none, and wrong speakers, each with context.
Matching is the shared scorer's own (token-overlap F1 >= 0.5, speaker by span or name).

usage: tools/quote_errors.py [--kind missed|spurious|speaker|all] [--direct] [--limit N]
Reads ../shared/eval/dev/polnear_dev.jsonl and target/eval/polnear_dev.pred.jsonl (run tools/eval.sh first).
"""
import argparse, importlib.util, json, os, random

ap = argparse.ArgumentParser()
ap.add_argument('--kind', default='all')
ap.add_argument('--direct', action='store_true', help='only quotes in quote marks')
ap.add_argument('--limit', type=int, default=30)
ap.add_argument('--seed', type=int, default=1)
a = ap.parse_args()
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
spec = importlib.util.spec_from_file_location('score', os.path.join(root, '..', 'shared', 'eval', 'score.py'))
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)

golds = score.load_jsonl(os.path.join(root, '..', 'shared', 'eval', 'dev', 'polnear_dev.jsonl'))
preds = {}
for p in score.load_jsonl(os.path.join(root, 'target', 'eval', 'polnear_dev.pred.jsonl')):
    for d in golds:
        if d['id'] == p['id']:
            preds[p['id']] = score.convert_utf16(p, d['text'])
            break

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
            rows['missed'].append(f"MISSED  [{short(content)}]  speaker={gname!r}  ({g['id']})")
        else:
            pqq = pq[gm[gi]][2]
            ok = score.speaker_correct(text, q, pqq)
            if ok is False:
                ps = pqq.get('speaker') or {}
                got = ps.get('name') or (text[ps['start']:ps['end']] if ps.get('start') is not None else None)
                rows['speaker'].append(f"SPEAKER [{short(content, 80)}]  gold={gname!r} got={got!r} cue={((pqq.get('cue') or {}).get('text'))!r}  ({g['id']})")
    for pi, (_, direct, q) in enumerate(pq):
        if pi in pm or (a.direct and not direct):
            continue
        ps = q.get('speaker') or {}
        got = ps.get('name') or (text[ps['start']:ps['end']] if ps.get('start') is not None else None)
        rows['spurious'].append(f"SPURIOUS [{short(text[q['start']:q['end']])}]  speaker={got!r} kind={q['kind']}  ({g['id']})")

random.seed(a.seed)
for kind, rs in rows.items():
    if a.kind in (kind, 'all'):
        print(f'--- {kind}: {len(rs)}')
        for r in random.sample(rs, min(a.limit, len(rs))):
            print(r)
