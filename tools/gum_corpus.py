#!/usr/bin/env python3
"""Builds bench/corpus/gum_wikinews.jsonl, the benchmark's default corpus: the running text of
the Wikinews news and interview documents of GUM (texts CC-BY 2.5, Wikinews; annotations CC-BY 4.0,
not used here), rebuilt from the WebAnno TSV tokens. Only the text is kept.

usage: tools/gum_corpus.py [../shared/train/gum_news/coref/gum/tsv] > bench/corpus/gum_wikinews.jsonl
"""
import glob, json, os, re, sys

src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', '..', 'shared', 'train', 'gum_news', 'coref', 'gum', 'tsv')
NO_SPACE_BEFORE = {',', '.', ';', ':', '!', '?', ')', ']', '%', "n't", "'s", "'re", "'ve", "'ll", "'d", "'m", '’s', '...'}
NO_SPACE_AFTER = {'(', '[', '$', '£', '€', '#'}


def detokenize(sentences):
    """Joins GUM's tokens back into running text; a blank line every few sentences."""
    paras, cur = [], []
    for i, toks in enumerate(sentences):
        out, open_quote, glue = [], False, True
        for j, t in enumerate(toks):
            space = not glue
            if t in NO_SPACE_BEFORE:
                space = False
            if t == '-' and j > 0 and j + 1 < len(toks) and toks[j - 1][-1:].isalnum() and toks[j + 1][:1].isalnum():
                space, glue = False, True
                out.append(t)
                continue
            if t in ('"', "'"):
                if open_quote:
                    space = False
                glue = not open_quote
                open_quote = not open_quote
                out.append((' ' if space and out else '') + t)
                continue
            glue = t in NO_SPACE_AFTER
            out.append((' ' if space and out else '') + t)
        cur.append(''.join(out))
        if len(cur) == 4 or i == 0:
            paras.append(' '.join(cur))
            cur = []
    if cur:
        paras.append(' '.join(cur))
    return '\n\n'.join(paras)


for path in sorted(glob.glob(os.path.join(src, 'GUM_*.tsv'))):
    name = os.path.basename(path)[:-4]
    if not (name.startswith('GUM_news_') or name.startswith('GUM_interview_')):
        continue
    sentences = []
    for line in open(path, encoding='utf-8'):
        if line.startswith('#Text='):
            sentences.append([])
            continue
        m = re.match(r'^\d+-\d+\t\d+-\d+\t([^\t]*)\t', line)
        if m and sentences:
            sentences[-1].append(m.group(1))
    print(json.dumps({'id': name, 'text': detokenize(sentences)}, ensure_ascii=False))
