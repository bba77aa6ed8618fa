#!/usr/bin/env python3
"""Writes src/analysis/confidence_table.rs: for each class of name mention (kind x evidence, see
src/analysis/confidence.rs), the share of Newsmark's marks of that class that are right on GUM's
Wikinews news and interviews (../shared/train/gum_news: texts CC-BY 2.5, annotations CC-BY 4.0;
data whose licence allows shipping what is derived from it, see ../shared/train/README.md); and
for each class of figure (kind x shape), the share right on re3d's documents from the UK
Government (OGL v3), the US State Department and CENTCOM (public domain) and Australia's
Department of Foreign Affairs (CC-BY 3.0 AU) -- its Wikipedia part (CC-BY-SA) and the EU
delegation's (no licence stated) are left out -- together with GUM's times.

A figure is right when a gold mention of its kind holds it: re3d's Money for money, Quantity for
counts, quantities and percentages, Temporal for dates, times and durations; GUM's time for dates,
times and durations (GUM annotates no other figures, so its documents count only those). Neither
corpus annotates ordinals: their classes get 50, never confident.

Quotes are calibrated on the same GUM documents with judgements written for Newsmark
(tools/calibration/gum_quotes.tsv: each quote the core gave, right or wrong, and why); a class is
the quote's length (fewer than six words or not) x its kind x its verb (plain speech, another or
"according to", none) x its speaker (a resolved name, as written, none). A quote that file does not judge (another span or speaker than
it lists) is listed, to be judged and added, and left out.

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
RE3D = os.path.join(ROOT, '..', 'shared', 'train', 're3d', 'conll_juand-r', 'CONLL-format', 'data-by-source', 'conll')
RE3D_SOURCES = ['UK_Government', 'US_State_Department', 'CENTCOM', 'Australian_Department_of_Foreign_Affairs']
FIGURE_KINDS = ['money', 'percent', 'count', 'quantity', 'date', 'time', 'duration', 'ordinal']
# which gold labels hold a figure of each kind
HOLDS = {'money': {'Money'}, 'percent': {'Quantity'}, 'count': {'Quantity'}, 'quantity': {'Quantity'},
         'date': {'Temporal', 'time'}, 'time': {'Temporal', 'time'}, 'duration': {'Temporal', 'time'}, 'ordinal': set()}
KINDS = ['person', 'organization', 'place']
QUOTE_KINDS = ['direct', 'indirect', 'direct, short', 'indirect, short']
JUDGED = os.path.join(HERE, 'calibration', 'gum_quotes.tsv')
SMOOTH = 4
NO_SPACE_BEFORE = {',', '.', ';', ':', '!', '?', ')', ']', '%', "n't", "'s", "'re", "'ve", "'ll", "'d", "'m", '’s', '...'}
NO_SPACE_AFTER = {'(', '[', '$', '£', '€', '#'}


def join(sentences):
    """Running text from sentences of tokens, and each token's (start, end) in it: a blank line
    after every fourth sentence, spaces as English is written."""
    text, offsets = '', []
    for i, toks in enumerate(sentences):
        if i:
            text += '\n\n' if i % 4 == 1 else ' '
        open_quote, glue, first = False, True, True
        for j, t in enumerate(toks):
            if not t:  # a token glued to the one before
                offsets.append((len(text), len(text)))
                continue
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
    return text, offsets


def document(path):
    """The running text of one GUM document (as tools/gum_corpus.py joins it) and its person,
    organization, place and time mentions as (kind, start, end) character offsets into it."""
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
    text, offsets = join(sentences)
    spans = collections.defaultdict(list)
    singles = []
    for k, marks in enumerate(ents):
        for kind, mid in marks:
            if kind in KINDS or kind == 'time':
                if mid is None:
                    singles.append((kind, k, k))
                else:
                    spans[(kind, mid)].append(k)
    gold = [(kind, offsets[min(ks)][0], offsets[max(ks)][1]) for (kind, _), ks in spans.items()]
    gold += [(kind, offsets[a][0], offsets[b][1]) for kind, a, b in singles]
    return text, gold


def re3d_document(path):
    """The running text of one re3d document (CoNLL: a token and its IOB2 label a line, a blank
    line between sentences) and its Money, Quantity and Temporal mentions as (label, start, end)."""
    sentences, labels = [[]], []
    for line in open(path, encoding='utf-8'):
        cols = line.rstrip('\n').split('\t')
        if len(cols) < 2:
            if sentences[-1]:
                sentences.append([])
            continue
        sentences[-1].append(cols[0])
        labels.append(cols[-1])
    # re3d splits a numeral at its separators ("8 , 000", "£1 . 1bn"): glue them again
    for toks in sentences:
        for j in range(1, len(toks) - 1):
            if toks[j] in (',', '.') and toks[j - 1][-1:].isdigit() and re.match(r'^\d{3}' if toks[j] == ',' else r'^\d', toks[j + 1]):
                toks[j - 1] += toks[j] + toks[j + 1]
                toks[j] = toks[j + 1] = ''
    text, offsets = join([s for s in sentences if s])
    gold, open_at = [], None
    for k, lab in enumerate(labels + ['O']):
        if open_at is not None and not (lab.startswith('I-') and lab[2:] == labels[open_at][2:]):
            gold.append((labels[open_at][2:], offsets[open_at][0], offsets[k - 1][1]))
            open_at = None
        if lab.startswith('B-') or (lab.startswith('I-') and open_at is None):
            open_at = k
    return text, [g for g in gold if g[0] in ('Money', 'Quantity', 'Temporal')]


def name_ends(rest):
    """What follows the mark inside GUM's mention says the name ends there: nothing, a possessive,
    a period, or words in lowercase ("Herrick at the camp", "Savage's")."""
    return rest in ('', "'s", '’s', '.', "'") or re.match(r"^('s|’s)? [a-z0-9(]", rest) is not None


def utf16(text, i):
    return len(text[:i].encode('utf-16-le')) // 2


def shares(seen, right, kinds, width, scored=lambda kind: True, label=lambda b: f'evidence {b:05b}'):
    """Each class's share of right marks in hundredths, smoothed towards its kind's share
    (SMOOTH marks' worth); a kind that no corpus annotates gets 50 throughout."""
    table = []
    for k, kind in enumerate(kinds):
        n = sum(seen[k * width + b] for b in range(width))
        p = sum(right[k * width + b] for b in range(width)) / max(n, 1)
        if not scored(kind):
            print(f'{kind}: not annotated, 50 throughout', file=sys.stderr)
            table += [50] * width
            continue
        print(f'{kind}: {n} marks, {p:.1%} right', file=sys.stderr)
        for b in range(width):
            c = k * width + b
            share = (right[c] + SMOOTH * p) / (seen[c] + SMOOTH)
            table.append(min(99, max(1, round(share * 100))))
            if seen[c]:
                print(f'  class {c:3} ({label(b)}): {seen[c]:4} marks, {right[c] / seen[c]:.0%} right -> {table[-1]}', file=sys.stderr)
    return table


def rows(table, width):
    return ''.join('    ' + ', '.join(str(x) for x in table[i:i + width]) + ',\n' for i in range(0, len(table), width))


def main():
    check = '--check' in sys.argv
    docs = []  # (name, text, gold with UTF-16 offsets, figure kinds its gold scores)
    every = set(FIGURE_KINDS)
    for path in sorted(glob.glob(os.path.join(TSV, 'GUM_*.tsv'))):
        name = os.path.basename(path)[:-4]
        if name.startswith(('GUM_news_', 'GUM_interview_')):
            text, gold = document(path)
            docs.append((name, text, [(k, utf16(text, s), utf16(text, e)) for k, s, e in gold], {'date', 'time', 'duration'}))
    for source in RE3D_SOURCES:
        for path in sorted(glob.glob(os.path.join(RE3D, source, '*.conll'))):
            text, gold = re3d_document(path)
            docs.append((None, text, [(k, utf16(text, s), utf16(text, e)) for k, s, e in gold], every))
    if not any(n for n, *_ in docs) or all(n for n, *_ in docs):
        sys.exit('GUM documents under ' + TSV + ' and re3d documents under ' + RE3D + ' are both needed')
    exe = os.path.join(ROOT, 'target', 'release', 'examples', 'confidence_classes')
    feed = ''.join(json.dumps({'id': n, 'text': t}) + '\n' for n, t, _, _ in docs)
    out = subprocess.run([exe], input=feed, capture_output=True, text=True, check=True).stdout.splitlines()
    seen, right = collections.Counter(), collections.Counter()
    fseen, fright = collections.Counter(), collections.Counter()
    for (name, text, gold, scores), line in zip(docs, out):
        units = text.encode('utf-16-le')
        at = lambda a, b: units[2 * a:2 * b].decode('utf-16-le')
        found = json.loads(line)
        if name:  # names are calibrated on GUM alone
            for s, e, kind, cls in found['names']:
                seen[cls] += 1
                right[cls] += any(k == kind and gs <= s and e <= ge and name_ends(at(e, ge)) for k, gs, ge in gold)
        for s, e, kind, cls in found['figures']:
            if kind in scores:
                fseen[cls] += 1
                fright[cls] += any(k in HOLDS[kind] and gs < e and s < ge for k, gs, ge in gold)
    judged = {}
    for line in open(JUDGED, encoding='utf-8'):
        if not line.startswith('#') and line.strip():
            doc, a, b, who, ok = line.rstrip('\n').split('\t')[:5]
            judged[(doc, int(a), int(b), who)] = ok == '1'
    qseen, qright, unjudged = collections.Counter(), collections.Counter(), []
    for (name, text, _, _), line in zip(docs, out):
        for s, e, who, cls in json.loads(line)['quotes'] if name else []:
            ok = judged.get((name, s, e, who))
            if ok is None:
                units = text.encode('utf-16-le')
                unjudged.append(f'{name}\t{s}\t{e}\t{who}\t?\t{units[2 * s:2 * e].decode("utf-16-le")[:80]}')
                continue
            qseen[cls] += 1
            qright[cls] += ok
    if unjudged:
        print(f'{len(unjudged)} quotes not judged in {JUDGED} (left out; judge them and add them):', file=sys.stderr)
        print('\n'.join(unjudged), file=sys.stderr)
    table = shares(seen, right, KINDS, 32)
    quotes = shares(qseen, qright, QUOTE_KINDS, 9, label=lambda b: ('plain speech', 'another verb', 'no verb')[b // 3] + ', ' + ('named', 'as written', 'no speaker')[b % 3])
    figures = shares(fseen, fright, FIGURE_KINDS, 16, lambda kind: bool(HOLDS[kind]))
    body = ('//! Generated by `tools/calibrate.py` from GUM\'s Wikinews news and interviews (CC-BY) and re3d\'s\n'
            '//! government releases (public domain, OGL, CC-BY); do not edit. Each name class\'s confidence\n'
            '//! in hundredths: person, organization, place, 32 each, by evidence bits; each figure class\'s:\n'
            '//! money, percent, count, quantity, date, time, duration, ordinal, 16 each; each quote class\'s\n'
            '//! (judged in tools/calibration/gum_quotes.tsv): direct, indirect, then both when short, 9 each\n'
            '//! (`confidence.rs`).\n'
            'pub const TABLE: [u8; 96] = [\n' + rows(table, 16) + '];\n'
            'pub const FIGURES: [u8; 128] = [\n' + rows(figures, 16) + '];\n'
            'pub const QUOTES: [u8; 36] = [\n' + rows(quotes, 9) + '];\n')
    if check:
        print(body)
    else:
        open(os.path.join(ROOT, 'src', 'analysis', 'confidence_table.rs'), 'w').write(body)


main()
