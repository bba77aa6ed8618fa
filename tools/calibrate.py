#!/usr/bin/env python3
"""Writes src/analysis/confidence_table.rs: for each class of name mention (kind x evidence, see
src/analysis/confidence.rs), the share of Newsmark's marks of that class that are right on GUM's
Wikinews news and interviews (../shared/train/gum_news: texts CC-BY 2.5, annotations CC-BY 4.0;
data whose licence allows shipping what is derived from it, see ../shared/train/README.md).

A mark is right when GUM has a mention of the same kind (person, organization, place) that holds
it and goes on, if at all, with a possessive or words in lowercase: GUM's mentions are whole noun
phrases ("US President Donald Trump", "Herrick at the camp"), Newsmark marks the name in them. Shares are smoothed towards the kind's
overall share (4 marks' worth), so that a rare class is not 0 or 1.

usage: tools/calibrate.py [--check]   (needs ../shared beside the checkout and a release build of
       the confidence_classes example: cargo build --release --example confidence_classes)
       --check prints the table it would write and the calibration by class, writes nothing
"""
import collections, glob, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..')
TSV = os.path.join(ROOT, '..', 'shared', 'train', 'gum_news', 'coref', 'gum', 'tsv')
KINDS = ['person', 'organization', 'place']
SMOOTH = 4
NO_SPACE_BEFORE = {',', '.', ';', ':', '!', '?', ')', ']', '%', "n't", "'s", "'re", "'ve", "'ll", "'d", "'m", '’s', '...'}
NO_SPACE_AFTER = {'(', '[', '$', '£', '€', '#'}


def document(path):
    """The running text of one GUM document (as tools/gum_corpus.py joins it) and its person,
    organization and place mentions as (kind, start, end) character offsets into it."""
    sentences, ents = [], []  # ents: per token, the list of (kind, id or None)
    for line in open(path, encoding='utf-8'):
        if line.startswith('#Text='):
            sentences.append([])
            continue
        cols = line.rstrip('\n').split('\t')
        if len(cols) < 4 or not re.match(r'^\d+-\d+$', cols[0]) or not sentences:
            continue
        marks = []
        if cols[3] != '_':
            for e in cols[3].split('|'):
                m = re.match(r'^([a-z]+)(?:\[(\d+)\])?$', e)
                if m:
                    marks.append((m.group(1), m.group(2)))
        sentences[-1].append(cols[2])
        ents.append(marks)
    # join the tokens, keeping each token's offsets
    text, offsets = '', []
    for i, toks in enumerate(sentences):
        if i:
            text += '\n\n' if i % 4 == 1 else ' '
        open_quote, glue, first = False, True, True
        for j, t in enumerate(toks):
            space = not glue and not first
            if t in NO_SPACE_BEFORE:
                space = False
            if t == '-' and j > 0 and j + 1 < len(toks) and toks[j - 1][-1:].isalnum() and toks[j + 1][:1].isalnum():
                space, glue = False, True
            elif t in ('"', "'"):
                if open_quote:
                    space = False
                glue = not open_quote
                open_quote = not open_quote
            else:
                glue = t in NO_SPACE_AFTER
            if space:
                text += ' '
            offsets.append((len(text), len(text) + len(t)))
            text += t
            first = False
    spans = collections.defaultdict(list)
    singles = []
    for k, marks in enumerate(ents):
        for kind, mid in marks:
            if kind in KINDS:
                if mid is None:
                    singles.append((kind, k, k))
                else:
                    spans[(kind, mid)].append(k)
    gold = [(kind, offsets[min(ks)][0], offsets[max(ks)][1]) for (kind, _), ks in spans.items()]
    gold += [(kind, offsets[a][0], offsets[b][1]) for kind, a, b in singles]
    return text, gold


def name_ends(rest):
    """What follows the mark inside GUM's mention says the name ends there: nothing, a possessive,
    a period, or words in lowercase ("Herrick at the camp", "Savage's")."""
    return rest in ('', "'s", '’s', '.', "'") or re.match(r"^('s|’s)? [a-z0-9(]", rest) is not None


def utf16(text, i):
    return len(text[:i].encode('utf-16-le')) // 2


def main():
    check = '--check' in sys.argv
    docs = []
    for path in sorted(glob.glob(os.path.join(TSV, 'GUM_*.tsv'))):
        name = os.path.basename(path)[:-4]
        if name.startswith(('GUM_news_', 'GUM_interview_')):
            text, gold = document(path)
            docs.append((name, text, [(k, utf16(text, s), utf16(text, e)) for k, s, e in gold]))
    if not docs:
        sys.exit('no GUM documents under ' + TSV)
    exe = os.path.join(ROOT, 'target', 'release', 'examples', 'confidence_classes')
    feed = ''.join(json.dumps({'id': n, 'text': t}) + '\n' for n, t, _ in docs)
    out = subprocess.run([exe], input=feed, capture_output=True, text=True, check=True).stdout.splitlines()
    seen, right = collections.Counter(), collections.Counter()
    for (name, text, gold), line in zip(docs, out):
        units = text.encode('utf-16-le')
        at = lambda a, b: units[2 * a:2 * b].decode('utf-16-le')
        for s, e, kind, cls in json.loads(line)['names']:
            seen[cls] += 1
            right[cls] += any(k == kind and gs <= s and e <= ge and name_ends(at(e, ge)) for k, gs, ge in gold)
    table = []
    for k, kind in enumerate(KINDS):
        n = sum(seen[k * 32 + b] for b in range(32))
        p = sum(right[k * 32 + b] for b in range(32)) / max(n, 1)
        print(f'{kind}: {n} marks, {p:.1%} right', file=sys.stderr)
        for b in range(32):
            c = k * 32 + b
            share = (right[c] + SMOOTH * p) / (seen[c] + SMOOTH)
            table.append(min(99, max(1, round(share * 100))))
            if seen[c]:
                print(f'  class {c:2} (evidence {b:05b}): {seen[c]:4} marks, {right[c] / seen[c]:.0%} right -> {table[-1]}', file=sys.stderr)
    body = ('//! Generated by `tools/calibrate.py` from GUM\'s Wikinews news and interviews (CC-BY); do not\n'
            '//! edit. Each name class\'s confidence in hundredths: person, organization, place, 32 each,\n'
            '//! by evidence bits (`confidence.rs`).\n'
            'pub const TABLE: [u8; 96] = [\n')
    for k in range(3):
        body += '    ' + ', '.join(str(x) for x in table[k * 32:k * 32 + 16]) + ',\n'
        body += '    ' + ', '.join(str(x) for x in table[k * 32 + 16:k * 32 + 32]) + ',\n'
    body += '];\n'
    if check:
        print(body)
    else:
        open(os.path.join(ROOT, 'src', 'analysis', 'confidence_table.rs'), 'w').write(body)


main()
