#!/usr/bin/env python3
"""Builds three lexicons from the permissively licensed annotated sets under ../shared/train
(WikiGold, Broad Twitter Corpus, WNUT-2017, all CC-BY 4.0; GUM news and interviews, annotations
CC-BY 4.0):

  lexicons/given_names.txt          first words of multi-word person names: a word is kept when it
                                    starts person names, is used inside person names at least as
                                    often as inside other names, ends person names less often than
                                    it starts them, and is written in lowercase fewer than half as
                                    often (or once)
  lexicons/places_train.txt         names annotated as places at least twice, in two documents or more
                                    (two WikiGold articles, two tweets), and never as anything else
  lexicons/organizations_train.txt  names annotated as organizations so, and never as anything else,
                                    less those that end in an organization word (lexicons/org_words.txt),
                                    which the rules already make organizations

Titles and roles, demonyms, months and days, and words those sets also write in lowercase are
left out, as are places and organizations that the hand-written lexicons (places.txt,
organizations.txt) already list.

usage: tools/train_lexicons.py     (writes the three files)
"""
import collections, glob, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TRAIN = os.path.join(HERE, '..', '..', 'shared', 'train')
roles = set()
for line in open(os.path.join(HERE, '..', 'lexicons', 'roles.txt'), encoding='utf-8'):
    line = line.strip().lstrip('=')
    if line and not line.startswith('#'):
        roles.add(line.split()[0].lower().rstrip('.'))
common = {l.strip().lower() for l in open(os.path.join(HERE, '..', 'lexicons', 'common_caps.txt'), encoding='utf-8') if l.strip() and not l.startswith('#')}

demonyms = {l.strip().lower() for l in open(os.path.join(HERE, '..', 'lexicons', 'demonyms.txt'), encoding='utf-8') if l.strip() and not l.startswith('#')}
MONTHS_DAYS = {'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
               'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'}
first_of_person = collections.Counter()
anywhere = collections.Counter()
in_person = collections.Counter()  # a word's uses inside person names (first word or not)
last_of_person = collections.Counter()
span_types = collections.defaultdict(collections.Counter)
TYPE = {'per': 'person', 'person': 'person', 'loc': 'place', 'location': 'place', 'geo-loc': 'place',
        'org': 'organization', 'corporation': 'organization', 'group': 'organization'}
lowercase_words = collections.Counter()
span_docs = collections.defaultdict(set)


def spans(rows, iob1=False):
    """rows: (token, tag) with tags like B-PER/I-PER/O (IOB1 when iob1)."""
    cur, cur_type = [], None
    for tok, tag in rows + [('', 'O')]:
        t = tag.split('-', 1)[1].lower() if '-' in tag else None
        begin = tag.startswith('B-') or (iob1 and t and t != cur_type)
        if cur and (t is None or begin or t != cur_type):
            yield cur_type, cur
            cur, cur_type = [], None
        if t:
            cur.append(tok)
            cur_type = t


doc = 0  # the document being read: a WikiGold article, a tweet


def conll(path, sep=None, iob1=False):
    global doc
    rows = []
    for line in open(path, encoding='utf-8'):
        parts = line.rstrip('\n').split(sep)
        if len(parts) < 2 or parts[0] == '-DOCSTART-':
            yield from spans(rows, iob1)
            rows = []
            if parts[0] == '-DOCSTART-' or not iob1:  # WikiGold's blank lines end sentences, a tweet's end it
                doc += 1
            continue
        rows.append((parts[0], parts[-1]))
        if parts[0][:1].islower():
            lowercase_words[parts[0]] += 1
    yield from spans(rows, iob1)


sources = [(p, '\t', False) for p in glob.glob(os.path.join(TRAIN, 'btc', '*.conll'))]
sources += [(os.path.join(TRAIN, 'wnut17', f), '\t', False) for f in ('wnut17train.conll', 'emerging.dev.conll')]
sources += [(os.path.join(TRAIN, 'wikigold', 'CONLL-format', 'data', 'wikigold.conll.txt'), ' ', True)]
for path, sep, iob1 in sources:
    for kind, toks in conll(path, sep, iob1):
        for t in toks:
            anywhere[t] += 1
            if kind in ('per', 'person'):
                in_person[t] += 1
        span_types[' '.join(toks)][TYPE.get(kind, kind)] += 1
        span_docs[' '.join(toks)].add(doc)
        if kind in ('per', 'person') and len(toks) >= 2:
            first_of_person[toks[0]] += 1
            last_of_person[toks[-1]] += 1

# GUM: person mentions that are linked to Wikipedia (named), multi-token
for path in glob.glob(os.path.join(TRAIN, 'gum_news', 'coref', 'gum', 'tsv', 'GUM_*.tsv')):
    mentions = collections.defaultdict(list)
    for line in open(path, encoding='utf-8'):
        cols = line.rstrip('\n').split('\t')
        if len(cols) < 7 or not re.match(r'^\d+-\d+$', cols[0]):
            continue
        for ent, ident in zip(cols[3].split('|'), cols[6].split('|')):
            m = re.match(r'person\[(\d+)\]', ent)
            if m and ident not in ('_', ''):
                mentions[m.group(1)].append(cols[2])
    for toks in mentions.values():
        if len(toks) >= 2:
            first_of_person[toks[0]] += 1
            last_of_person[toks[-1]] += 1

out_dir = os.path.join(HERE, '..', 'lexicons')
header = ('# {what}: generated by tools/train_lexicons.py from WikiGold, the Broad Twitter Corpus and\n'
          '# WNUT-2017 (CC-BY 4.0) and GUM news/interviews (annotations CC-BY 4.0); see LEXICONS.md.\n')
kept = []
for w, n in first_of_person.items():
    if not re.fullmatch(r"[A-Z][a-z\u00e0-\u00ff'’-]+", w):
        continue
    if w.lower() in roles or w.lower() in common or w.lower() in demonyms or w.lower() in MONTHS_DAYS or len(w) < 3:
        continue
    # an ordinary word too: written in lowercase as often as it opens a person's name ("Mark",
    # "Will"; tweets write "john" too, so a few lowercase uses are no sign)
    if lowercase_words[w.lower()] >= max(2, n / 2) or w.endswith(("'s", '’s')):
        continue
    if in_person[w] * 2 < anywhere[w]:  # more often in other names ("William Hill" is no sign)
        continue
    if last_of_person[w] >= max(2, n):  # a family name as often ("Johnson", "Carter")
        continue
    kept.append(w)
with open(os.path.join(out_dir, 'given_names.txt'), 'w', encoding='utf-8') as f:
    f.write(header.format(what='Given names'))
    f.write('\n'.join(sorted(kept)) + '\n')

# organization words (matched as written): a name that ends in one is an organization by rule
org_words = {l.strip() for l in open(os.path.join(HERE, '..', 'lexicons', 'org_words.txt'), encoding='utf-8') if l.strip() and not l.startswith('#')}
for kind, fname in (('place', 'places_train.txt'), ('organization', 'organizations_train.txt')):
    # what the hand-written lists know, of either kind ("Ghana", a country, is no organization
    # because a team was named for it)
    known = {l.strip().lower() for f in ('places.txt', 'organizations.txt') for l in open(os.path.join(HERE, '..', 'lexicons', f), encoding='utf-8') if l.strip() and not l.startswith('#')}
    names = []
    for raw, types in span_types.items():
        # named in one document only, a name is that document's subject ("Amuse World", a band
        # WikiGold has an article on) more often than one that news at large will name
        if set(types) != {kind} or types[kind] < 2 or len(span_docs[raw]) < 2:
            continue
        # tokens rejoined as written: "Al- Qaeda" -> "Al-Qaeda", "J . P . Morgan" -> "J.P. Morgan"
        # and "Claire 's" -> "Claire's"; a final period split off ("B.C .") leaves the name
        # unsure (British Columbia, or the era in "500 B.C.")
        name = re.sub(r'(\w) \. (?=\w)', r'\1.', re.sub(r' ?- ', '-', raw))
        name = re.sub(r" (['’]s)\b", r'\1', name)
        if name.endswith(' .'):
            continue
        # an account's name, capitalised words run together ("BloombergNews", "SkyNewsBreak"),
        # is not written so in an article
        if re.fullmatch(r'(?:[A-Z][a-z]+){2,}[A-Z]{0,2}', name):
            continue
        if any(c.isdigit() for c in name):
            continue
        if not re.fullmatch(r"[A-Z][\w.'’&-]*( [\w.'’&-]+)*", name) or len(name) < 3:
            continue
        first = name.split()[0].lower()
        if name.lower() in common or name.lower() in demonyms or name.lower() in known or first in MONTHS_DAYS or lowercase_words[name.lower()] >= 2:
            continue
        if kind == 'organization' and ' ' in name and name.split()[-1] in org_words:
            continue
        names.append(name)
    with open(os.path.join(out_dir, fname), 'w', encoding='utf-8') as f:
        f.write(header.format(what=kind.capitalize() + 's'))
        f.write('\n'.join(sorted(names)) + '\n')
