#!/usr/bin/env python3
"""Rebuilds WikiGold (145 Wikipedia articles with CoNLL labels PER/ORG/LOC/MISC; CC-BY 4.0, as
staged in ../shared/train/wikigold) as an evaluation corpus in the form of ../shared/eval's:
one {"id", "corpus", "text", "mentions"} per line, offsets in code points, tokens joined back
into running text. A split to study CoNLL's conventions on (no article in a name, teams as
organizations) without studying CoNLL itself; its names also fed lexicons/*_train.txt, so its
scores flatter the lexicons.

usage: tools/wikigold_corpus.py [../shared/train/wikigold/CONLL-format/data/wikigold.conll.txt] > target/eval/wikigold.jsonl
"""
import json, os, sys

src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'train', 'wikigold', 'CONLL-format', 'data', 'wikigold.conll.txt')
NO_SPACE_BEFORE = {',', '.', ';', ':', '!', '?', ')', ']', '%', "n't", "'s", "'re", "'ve", "'ll", "'d", "'m"}
NO_SPACE_AFTER = {'(', '[', '$', '£', '#'}


def documents(path):
    """Each document's sentences, each sentence its (token, tag) pairs."""
    doc, sent = [], []
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('-DOCSTART-') or not line.strip():
            if sent:
                doc.append(sent)
                sent = []
            if line.startswith('-DOCSTART-') and doc:
                yield doc
                doc = []
            continue
        tok, tag = line.rsplit(' ', 1)
        sent.append((tok, tag))
    if sent:
        doc.append(sent)
    if doc:
        yield doc


def rebuild(doc):
    """The running text (a blank line every four sentences) and the mentions (IOB1 tags)."""
    text, mentions = '', []
    for i, sent in enumerate(doc):
        if text:
            text += '\n\n' if i % 4 == 0 else ' '
        glue, open_quote, cur = True, False, None
        for tok, tag in sent:
            space = not glue and tok not in NO_SPACE_BEFORE
            if tok == '"':
                space = space and not open_quote
                glue, open_quote = not open_quote, not open_quote
            else:
                glue = tok in NO_SPACE_AFTER
            text += ' ' if space else ''
            start = len(text)
            text += tok
            kind = tag[2:] if tag != 'O' else None
            if kind and cur and cur[2] == kind and not tag.startswith('B-'):
                cur[1] = len(text)
                continue
            if cur:
                mentions.append(cur)
            cur = [start, len(text), kind] if kind else None
        if cur:
            mentions.append(cur)
    return text, [{'start': s, 'end': e, 'text': text[s:e], 'label': k} for s, e, k in mentions]


for n, doc in enumerate(documents(src)):
    text, mentions = rebuild(doc)
    print(json.dumps({'id': f'wikigold_{n:03d}', 'corpus': 'conll2003', 'text': text, 'mentions': mentions}, ensure_ascii=False))
