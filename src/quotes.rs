//! Quotes and their speakers: direct quotes in curly, straight and single marks (also opened once
//! over several paragraphs, or re-opened at each), reported speech ("X said that …", "…, he
//! added", "according to X, …"), and the speaker as written, resolved to an entity when the
//! article allows it. A speaker that cannot be resolved is reported without a name, never guessed.

use crate::types::{MentionKind, QuoteKind};
use crate::lexicon::words::{ATTITUDES, NEED_THAT};
use crate::entities::Ent;
use crate::lexicon::{Lexicons, L_ROLE, Q_ADVERB, Q_DETERMINER, Q_NOT_NOUN, Q_PRONOUN, Q_SPEAKER};
use crate::names::Name;
use crate::sentence::Sentence;
use crate::token::{Kind, Token};

#[derive(Clone, Debug)]
pub struct RawSpeaker {
    pub start: usize,
    pub end: usize,
    pub entity: Option<usize>,
}

#[derive(Clone, Debug)]
pub struct RawQuote {
    /// Byte span of what was said.
    pub start: usize,
    pub end: usize,
    pub kind: QuoteKind,
    pub cue: Option<(usize, usize)>,
    pub speaker: Option<RawSpeaker>,
    /// Byte spans of the parts of a quote split by its attribution ("“A,” X said. “B”").
    pub fragments: Vec<(usize, usize)>,
    /// Token range of the content (for overlap tests).
    first: usize,
    last: usize,
    single: bool,
}

pub struct Cx<'a> {
    pub s: &'a str,
    pub toks: &'a [Token],
    pub sents: &'a [Sentence],
    pub names: &'a [Name],
    pub name_ent: &'a [Option<usize>],
    pub ents: &'a [Ent],
    pub lex: &'a Lexicons,
    pub classes: &'a [u32],
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Mark {
    Open,
    Close,
}

#[derive(Clone, Copy, Debug)]
struct Ev {
    tok: usize,
    mark: Mark,
    double: bool,
    para_start: bool,
}

fn is_cap_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

impl<'a> Cx<'a> {
    fn text(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.text(self.s))
    }
    fn lower(&self, i: usize) -> String {
        self.text(i).to_lowercase()
    }
    /// Token `i` is `w`, ignoring ASCII case.
    fn is(&self, i: usize, w: &str) -> bool {
        self.toks.get(i).map_or(w.is_empty(), |t| t.eq_ignore_ascii_case(self.s, w))
    }
    /// Token `i`'s lexicon bits include `bit` (the word lists above are in the lexicon table).
    #[inline]
    fn has(&self, i: usize, bit: u32) -> bool {
        self.classes.get(i).is_some_and(|c| c & bit != 0)
    }
    fn in_list(&self, i: usize, list: &[&str]) -> bool {
        let t = self.text(i);
        list.iter().any(|w| t.eq_ignore_ascii_case(w))
    }
    fn verb(&self, i: usize) -> Option<&'static str> {
        self.lex.lemma(*self.classes.get(i)?)
    }
    /// The name whose token range ends at `end` (exclusive).
    fn name_ending(&self, end: usize) -> Option<usize> {
        let k = self.names.partition_point(|n| n.last < end);
        (k < self.names.len() && self.names[k].last == end).then_some(k)
    }
    fn name_starting(&self, start: usize) -> Option<usize> {
        let k = self.names.partition_point(|n| n.first < start);
        (k < self.names.len() && (self.names[k].first == start || self.names[k].role_first == start)).then_some(k)
    }

    /// The speaker phrase ending right before token `end`: a name, a pronoun, or a descriptive noun
    /// phrase ("the spokesperson", "Iraqi officials"). Returns (first token, last token, entity).
    fn subject_before(&self, end: usize, lo: usize) -> Option<(usize, usize, Option<usize>)> {
        let mut e = end;
        while e > lo && e + 3 > end && self.has(e - 1, Q_ADVERB) {
            e -= 1;
        }
        if e <= lo {
            return None;
        }
        // an apposition or a parenthesis between the name and the verb:
        // "Ban Ki-moon, the secretary general of the United Nations, vowed", "Chaffetz (R-Utah) said"
        if matches!(self.text(e - 1), "," | ")") {
            // the nearest "," or "(" going left that closes a person's name
            // ("Rep. Jim Jordan (R-Ohio), an oversight panel member, said")
            for k in (lo.max(e.saturating_sub(40))..e - 1).rev() {
                if !matches!(self.text(k), "," | "(") {
                    continue;
                }
                if let Some(n) = self.name_ending(k) {
                    if self.names[n].first >= lo && self.name_ent[n].is_some_and(|id| matches!(self.ents[id].kind, MentionKind::Person | MentionKind::Organization)) {
                        return Some((self.names[n].role_first.max(lo), e - 1, self.name_ent[n]));
                    }
                }
            }
            // "Opponents, led by the association, argued": the noun phrase before the first comma
            if let Some(k) = (lo + 1..e - 1).find(|&k| self.text(k) == ",") {
                if k <= lo + 6 && !matches!(self.text(k - 1), "," | ")") {
                    return self.subject_before(k, lo).map(|(b, _, ent)| (b, e - 1, ent));
                }
            }
            return None;
        }
        if let Some(k) = self.name_ending(e) {
            if self.names[k].first >= lo {
                let ent = self.name_ent[k];
                if let Some(id) = ent {
                    if !matches!(self.ents[id].kind, MentionKind::Person | MentionKind::Organization) {
                        return None;
                    }
                } else {
                    return None;
                }
                let first = self.names[k].role_first.max(lo);
                return Some((first, e, ent));
            }
        }
        if self.has(e - 1, Q_PRONOUN) {
            return Some((e - 1, e, self.pronoun(e - 1)));
        }
        if self.has(e - 1, Q_SPEAKER | L_ROLE) {
            // extend left over modifiers to a determiner
            let mut b = e - 1;
            while b > lo && b + 5 > e {
                if self.toks[b - 1].kind != Kind::Word || self.has(b - 1, Q_PRONOUN) || self.verb(b - 1).is_some() {
                    break;
                }
                b -= 1;
                if self.in_list(b, &["the", "a", "an", "his", "her", "their", "its", "one", "two", "several", "many", "some"]) {
                    break;
                }
            }
            // "Obama's former campaign strategist", "the president's adviser": the owner opens
            // the phrase
            if b >= lo + 2 && self.text(b) == "s" && matches!(self.text(b - 1), "'" | "’") && !self.toks[b].space {
                if let Some(n) = self.name_ending(b - 1).filter(|&n| self.names[n].first >= lo) {
                    b = self.names[n].first;
                } else {
                    let mut k = b - 1;
                    while k > lo && k + 4 > b && self.toks[k - 1].kind == Kind::Word && self.verb(k - 1).is_none() {
                        k -= 1;
                        if self.in_list(k, &["the", "a", "an", "his", "her", "their", "its"]) {
                            break;
                        }
                    }
                    if k < b - 1 {
                        b = k;
                    }
                }
            }
            let ent = self.descriptive(b, e);
            return Some((b, e, ent));
        }
        // any other noun phrase that opens the clause: "Instant polls", "A federal appeals court",
        // "The GOP candidate" (the speaker as written, unresolved)
        let noun = |k: usize| {
            let w = self.text(k);
            self.toks[k].kind == Kind::Word && w.len() > 2 && !w.ends_with("ly") && !w.ends_with("ing") && !w.contains('-') && !self.has(k, Q_NOT_NOUN) && self.verb(k).is_none()
        };
        if noun(e - 1) && (!is_cap_word(self.text(e - 1)) || e - 1 == lo) {
            // walk left over modifiers and prepositional phrases: "officials from both parties"
            let mut b = e - 1;
            while b > lo && b + 9 > e {
                let k = b - 1;
                let word = self.toks[k].kind == Kind::Word;
                let inner = word && (!self.has(k, Q_NOT_NOUN) || self.in_list(k, &["of", "from", "in", "at", "for", "on", "both", "all", "other"]) || self.has(k, Q_DETERMINER));
                if !inner || self.verb(k).is_some() {
                    break;
                }
                b = k;
                if self.has(b, Q_DETERMINER) && !(b > lo && self.in_list(b - 1, &["of", "from", "in", "at", "for", "on"])) {
                    break;
                }
            }
            while b < e - 1 && self.in_list(b, &["of", "from", "in", "at", "for", "on"]) {
                b += 1;
            }
            let opens = b == lo || matches!(self.text(b - 1), "," | ";" | "—" | ":") || self.in_list(b - 1, &["and", "but", "while", "as", "that", "because", "since", "although"]);
            // a determiner or a plural head makes it a noun phrase: "A federal court", "Lawmakers"
            let np = self.has(b, Q_DETERMINER) || self.text(e - 1).ends_with('s');
            if opens && np {
                return Some((b, e, None));
            }
        }
        None
    }

    /// A role or organization noun phrase resolved to an entity that the article gave that role
    /// ("the spokesperson" → the person described as a spokesperson).
    fn descriptive(&self, b: usize, e: usize) -> Option<usize> {
        let head = self.lower(e - 1);
        let definite = self.is(b, "the");
        if !definite {
            return None;
        }
        // entities named before, nearest first, within a bounded window (linear cost overall)
        let k = self.names.partition_point(|n| n.last <= b);
        let mut best = None;
        for n in (k.saturating_sub(200)..k).rev() {
            let Some(id) = self.name_ent[n] else { continue };
            if best == Some(id) {
                continue;
            }
            // "the ministry" → an organization whose name ends with that word; "the spokesperson"
            // → the person whose role ends with it
            let ent = &self.ents[id];
            let last_is = |t: &str| t.split_whitespace().last().is_some_and(|w| w.eq_ignore_ascii_case(&head));
            let matches = match ent.kind {
                MentionKind::Organization => last_is(&ent.name),
                MentionKind::Person => ent.role.as_deref().is_some_and(last_is),
                _ => false,
            };
            if matches {
                if best.is_some() {
                    return None; // ambiguous
                }
                best = Some(id);
            }
        }
        best
    }

    /// He/she → the most recent person named before token `i` (a speaker or a subject).
    fn pronoun(&self, i: usize) -> Option<usize> {
        if !(self.is(i, "he") || self.is(i, "she")) {
            return None;
        }
        let k = self.names.partition_point(|n| n.last <= i);
        let start = k.saturating_sub(40);
        (start..k).rev().find_map(|n| {
            let id = self.name_ent[n]?;
            (self.ents[id].kind == MentionKind::Person).then_some(id)
        })
    }

    fn speaker(&self, (b, e, ent): (usize, usize, Option<usize>)) -> RawSpeaker {
        RawSpeaker { start: self.toks[b].start, end: self.toks[e - 1].end, entity: ent }
    }

    fn sentence_of(&self, tok: usize) -> usize {
        self.sents.partition_point(|s| s.last <= tok).min(self.sents.len().saturating_sub(1))
    }
}

fn is_open_mark(t: &str) -> Option<bool> {
    match t {
        "“" | "«" | "„" => Some(true),
        "‘" => Some(false),
        _ => None,
    }
}

fn is_close_mark(t: &str) -> Option<bool> {
    match t {
        "”" | "»" => Some(true),
        "’" => Some(false),
        _ => None,
    }
}

/// Quote-mark events, each classified as opening or closing.
fn events(cx: &Cx) -> Vec<Ev> {
    let toks = cx.toks;
    let mut out = Vec::new();
    let mut straight_open = false;
    for (i, t) in toks.iter().enumerate() {
        // quote marks: ' and ", or “ ” ‘ ’ „ (UTF-8 E2 …) and « » (C2 …)
        if t.kind != Kind::Punct || !matches!(cx.s.as_bytes()[t.start], b'\'' | b'"' | 0xE2 | 0xC2) {
            continue;
        }
        let txt = t.text(cx.s);
        let para_start = i == 0 || t.nl > 0;
        let next_glued = toks.get(i + 1).is_some_and(|n| !n.space);
        let prev_glued = i > 0 && !t.space;
        let (mark, double) = if let Some(d) = is_open_mark(txt) {
            (Mark::Open, d)
        } else if let Some(d) = is_close_mark(txt) {
            if !d {
                // an apostrophe: Iraq’s, militias’ (closing only when a ‘ is open; decided later)
                if toks.get(i + 1).is_some_and(|n| !n.space && n.kind == Kind::Word) {
                    continue;
                }
            }
            (Mark::Close, d)
        } else if txt == "'" && toks.get(i + 1).is_some_and(|n| !n.space && n.text(cx.s) == "'") {
            // ''…'' written with two apostrophes: a double mark (the second one is skipped);
            // spacing decides which side it is on, alternation only when spacing cannot
            let after_glued = toks.get(i + 2).is_some_and(|n| !n.space && n.kind != Kind::Punct);
            let m = if !prev_glued && after_glued {
                Mark::Open
            } else if prev_glued && !after_glued {
                Mark::Close
            } else if straight_open {
                Mark::Close
            } else {
                Mark::Open
            };
            straight_open = m == Mark::Open;
            out.push(Ev { tok: if m == Mark::Open { i + 1 } else { i }, mark: m, double: true, para_start });
            continue;
        } else if i > 0 && txt == "'" && toks[i - 1].text(cx.s) == "'" && !t.space {
            continue;
        } else if txt == "\"" || txt == "'" {
            let double = txt == "\"";
            if !double && (prev_glued && toks[i - 1].kind == Kind::Word && next_glued) {
                continue;
            }
            let m = if !prev_glued && next_glued {
                Mark::Open
            } else if prev_glued && !next_glued {
                Mark::Close
            } else if double && straight_open {
                Mark::Close
            } else {
                Mark::Open
            };
            if double {
                straight_open = m == Mark::Open;
            }
            (m, double)
        } else {
            continue;
        };
        out.push(Ev { tok: i, mark, double, para_start });
    }
    out
}

/// Direct quotes from the marks. Linear: each event is visited a bounded number of times.
fn direct(cx: &Cx) -> Vec<RawQuote> {
    let ev = events(cx);
    let n = ev.len();
    // next double closing mark and next mid-paragraph double opening mark after each event
    let mut next_close = vec![usize::MAX; n + 1];
    let mut next_mid_open = vec![usize::MAX; n + 1];
    for k in (0..n).rev() {
        next_close[k] = if ev[k].double && ev[k].mark == Mark::Close { k } else { next_close[k + 1] };
        next_mid_open[k] = if ev[k].double && ev[k].mark == Mark::Open && !ev[k].para_start { k } else { next_mid_open[k + 1] };
    }
    let mut out = Vec::new();
    let mut k = 0;
    // the end of `tok`'s paragraph; asked in increasing `tok` order, so a paragraph is scanned
    // once however many quotes open in it
    let mut last_pe = 0;
    let mut para_end = |tok: usize| -> usize {
        if tok >= last_pe {
            let mut j = tok + 1;
            while j < cx.toks.len() && cx.toks[j].nl < 2 {
                j += 1;
            }
            last_pe = j;
        }
        last_pe
    };
    while k < n {
        let e = ev[k];
        if e.mark != Mark::Open || !e.double {
            k += 1;
            continue;
        }
        let c = next_close[k + 1];
        let m = next_mid_open[k + 1];
        // a quote runs over several paragraphs only when it opens a paragraph (an interview
        // excerpt, a speech); one opened mid-paragraph and not closed there ends with it
        let pe = para_end(e.tok);
        let same_para = c != usize::MAX && ev[c].tok < pe;
        let (last_tok, resume) = if c != usize::MAX && c < m && (same_para || e.para_start) {
            (ev[c].tok, c + 1)
        } else {
            // never closed: the quote ends with its paragraph
            let mut r = k + 1;
            while r < n && ev[r].tok < pe {
                r += 1;
            }
            (pe, r)
        };
        push_quote(cx, &mut out, e.tok + 1, last_tok, false);
        // single quotes inside are nested: skip them
        k = resume;
    }
    // single quotes outside double ones
    // the double quotes are in text order and do not overlap: a binary search finds the one
    // that could hold a token
    let doubles = out.len();
    debug_assert!(out.windows(2).all(|w| w[0].last <= w[1].first));
    let inside = |tok: usize, qs: &[RawQuote]| qs.get(qs.partition_point(|q| q.last <= tok)).is_some_and(|q| q.first <= tok);
    let mut open: Option<usize> = None;
    for e in ev.iter().filter(|e| !e.double) {
        if inside(e.tok, &out[..doubles]) {
            continue;
        }
        match (e.mark, open) {
            (Mark::Open, _) => open = Some(e.tok),
            (Mark::Close, Some(o)) => {
                let same_para = (o + 1..=e.tok).all(|j| cx.toks[j].nl < 2);
                if same_para {
                    push_quote(cx, &mut out, o + 1, e.tok, true);
                }
                open = None;
            }
            _ => {}
        }
    }
    out.sort_by_key(|q| q.first);
    out
}

fn push_quote(cx: &Cx, out: &mut Vec<RawQuote>, first: usize, last: usize, single: bool) {
    // trim whitespace-only and empty quotes
    if first >= last || first >= cx.toks.len() {
        return;
    }
    let last = last.min(cx.toks.len());
    out.push(RawQuote {
        start: cx.toks[first].start,
        end: cx.toks[last - 1].end,
        kind: QuoteKind::Direct,
        cue: None,
        speaker: None,
        fragments: Vec::new(),
        first,
        last,
        single,
    });
}

/// Attributes a direct quote: "…,” X said", "…,” said X", "X said: “…”", or a heading line that
/// ends with a colon and names one person ("Some excerpts of Al-Awadi in Interview:").
fn attribute_direct(cx: &Cx, q: &mut RawQuote) {
    let n = cx.toks.len();
    // after the closing mark
    let mut j = q.last + 1;
    // the second apostrophe of a '' mark
    if j < n && cx.text(j) == "'" && !cx.toks[j].space {
        j += 1;
    }
    let after_mark = j;
    if j < n && matches!(cx.text(j), "," | "—" | "―" | "–") {
        j += 1;
    }
    // "…” ― Karen Bobadilla." : a signature after a dash
    if j > after_mark && matches!(cx.text(after_mark), "—" | "―" | "–") && j < n && cx.toks[j].nl == 0 {
        if let Some(k) = cx.name_starting(j) {
            if cx.name_ent[k].is_some_and(|id| cx.ents[id].kind == MentionKind::Person) {
                let nm = &cx.names[k];
                q.speaker = Some(cx.speaker((j, nm.last, cx.name_ent[k])));
                return;
            }
        }
    }
    if j < n && cx.toks[j].nl == 0 && j <= after_mark + 1 {
        // "X said"
        let sent_end = cx.sents[cx.sentence_of(j)].last;
        // the first reporting verb whose subject is found: in "X, one of the states suing the EPA,
        // said", "states" is a noun
        let mut e = j;
        let possessive = |k: usize| matches!(cx.text(k), "'" | "’") && cx.text(k + 1) == "s" && cx.toks.get(k + 1).is_some_and(|t| !t.space);
        while e < sent_end && e < j + 40 && (!matches!(cx.text(e), "“" | "\"" | "”" | "'") || possessive(e)) {
            if cx.verb(e).is_some() && e > j {
                if let Some(subj) = cx.subject_before(e, j) {
                    q.speaker = Some(cx.speaker(subj));
                    q.cue = Some((cx.toks[e].start, cx.toks[e].end));
                    return;
                }
            }
            e += 1;
        }
        // "said X"
        if cx.verb(j).is_some() {
            if let Some(subj) = subject_after(cx, j + 1) {
                q.speaker = Some(cx.speaker(subj));
                q.cue = Some((cx.toks[j].start, cx.toks[j].end));
                return;
            }
        }
    }
    // before the opening mark: "X said: “" / "X said, “" / "X told Reuters: “"
    let mut open = q.first - 1;
    if open > 0 && cx.text(open) == "'" && cx.text(open - 1) == "'" && !cx.toks[open].space {
        open -= 1;
    }
    if open > 0 {
        let mut b = open;
        if matches!(cx.text(b - 1), ":" | ",") {
            b -= 1;
        }
        let lo = cx.sents[cx.sentence_of(open.saturating_sub(1))].first;
        // "According to Limbaugh, “…”"
        if b < open && b >= lo + 3 {
            if let Some(k) = (lo..b.saturating_sub(1)).rev().take(8).find(|&k| cx.text(k).eq_ignore_ascii_case("according") && cx.text(k + 1) == "to") {
                if let Some(subj) = subject_after(cx, k + 2).filter(|&(_, e, _)| e == b) {
                    q.speaker = Some(cx.speaker(subj));
                    q.cue = Some((cx.toks[k].start, cx.toks[k + 1].end));
                    return;
                }
            }
        }
        let introduced = b < open || cx.verb(open - 1).is_some();
        if cx.toks[open].nl == 0 && introduced && !q.single {
            let mut v = b;
            while v > lo && v + 4 > b && cx.verb(v - 1).is_none() {
                v -= 1;
            }
            if v > lo && cx.verb(v - 1).is_some() {
                if let Some(subj) = cx.subject_before(v - 1, lo) {
                    q.speaker = Some(cx.speaker(subj));
                    q.cue = Some((cx.toks[v - 1].start, cx.toks[v - 1].end));
                    return;
                }
                // "Trump attacked Clinton …, saying, “…”": the subject of the sentence speaks
                if cx.text(v - 1).ends_with("ing") {
                    let k = cx.names.partition_point(|nm| nm.first < lo);
                    if let Some(nm) = cx.names.get(k).filter(|nm| nm.last < v - 1) {
                        if let Some(id) = cx.name_ent[k].filter(|&id| matches!(cx.ents[id].kind, MentionKind::Person | MentionKind::Organization)) {
                            q.speaker = Some(cx.speaker((nm.role_first.max(lo), nm.last, Some(id))));
                            q.cue = Some((cx.toks[v - 1].start, cx.toks[v - 1].end));
                            return;
                        }
                    }
                }
            }
        }
        // a quote that opens inside reported speech: "Sanders said the tax breaks … “do nothing
        // to boost the economy.”" — the sentence's own attribution speaks it
        if cx.toks[open].nl == 0 && !q.single {
            let lo = cx.sents[cx.sentence_of(open)].first;
            if let Some((v, subj)) = (lo..open).filter(|&k| cx.verb(k).is_some()).find_map(|k| cx.subject_before(k, lo).map(|s| (k, s))) {
                q.speaker = Some(cx.speaker(subj));
                q.cue = Some((cx.toks[v].start, cx.toks[v].end));
                return;
            }
        }
        // the sentence before, in the same paragraph, ends with its attribution:
        // "…, Schiff said. “The other factor…”", "…, said Michael McFaul. ''…''"
        if cx.toks[open].nl == 0 && open >= 2 && matches!(cx.text(open - 1), "." | ":") {
            let end = open - 1;
            let lo = cx.sents[cx.sentence_of(end.saturating_sub(1))].first;
            if let Some(v) = (lo.max(end.saturating_sub(6))..end).rev().find(|&k| cx.verb(k).is_some()) {
                let subj = cx.subject_before(v, lo).or_else(|| subject_after(cx, v + 1));
                if let Some(subj) = subj.filter(|s| s.2.is_some() || s.1 - s.0 <= 4) {
                    q.speaker = Some(cx.speaker(subj));
                    q.cue = Some((cx.toks[v].start, cx.toks[v].end));
                    return;
                }
            }
        }
        // a heading line ending with ":" right before the quote's paragraph
        if cx.toks[open].nl > 0 && cx.text(open - 1) == ":" {
            let line_start = (0..open).rev().find(|&k| cx.toks[k].nl > 0).unwrap_or(0);
            // "He said:", "The New York Times reports:"
            if let Some(v) = (line_start.max(open.saturating_sub(6))..open - 1).rev().find(|&k| cx.verb(k).is_some()) {
                if let Some(subj) = cx.subject_before(v, line_start) {
                    q.speaker = Some(cx.speaker(subj));
                    q.cue = Some((cx.toks[v].start, cx.toks[v].end));
                    return;
                }
            }
            let persons: Vec<usize> = (cx.names.partition_point(|nm| nm.first < line_start)..cx.names.partition_point(|nm| nm.last <= open))
                .filter(|&k| cx.name_ent[k].is_some_and(|id| cx.ents[id].kind == MentionKind::Person))
                .collect();
            if let [only] = persons[..] {
                let nm = &cx.names[only];
                q.speaker = Some(cx.speaker((nm.first, nm.last, cx.name_ent[only])));
                if let Some(v) = (line_start..open).find(|&k| cx.verb(k).is_some()) {
                    q.cue = Some((cx.toks[v].start, cx.toks[v].end));
                }
            }
        }
    }
}

/// "said Smith", "said the spokesman": the subject right after a verb.
fn subject_after(cx: &Cx, j: usize) -> Option<(usize, usize, Option<usize>)> {
    if j >= cx.toks.len() || cx.toks[j].nl > 0 {
        return None;
    }
    if let Some(k) = cx.name_starting(j) {
        let nm = &cx.names[k];
        let ent = cx.name_ent[k]?;
        return Some((j, nm.last, Some(ent)));
    }
    if cx.has(j, Q_PRONOUN) {
        return Some((j, j + 1, cx.pronoun(j)));
    }
    // "said 9/11 widow Terry Strada", "said longtime aide Huma Abedin": a few lowercase words
    // describing the person before the name
    for k in j + 1..(j + 6).min(cx.toks.len()) {
        if cx.toks[k].nl > 0 || !matches!(cx.toks[k - 1].kind, Kind::Word | Kind::Num) && cx.text(k - 1) != "/" || cx.verb(k - 1).is_some() {
            break;
        }
        if cx.toks[k - 1].kind == Kind::Word && cx.text(k - 1).starts_with(char::is_uppercase) {
            break;
        }
        if let Some(n) = cx.name_starting(k) {
            if let Some(ent) = cx.name_ent[n].filter(|&id| cx.ents[id].kind == MentionKind::Person) {
                return Some((j, cx.names[n].last, Some(ent)));
            }
            break;
        }
    }
    // "according to the NAACP"
    if cx.in_list(j, &["the"]) {
        if let Some(k) = cx.name_starting(j + 1) {
            if let Some(ent) = cx.name_ent[k] {
                return Some((j, cx.names[k].last, Some(ent)));
            }
        }
    }
    // "said one Democratic source on the panel", "the report says": a determiner and its noun phrase
    // (not a demonstrative: "argued that the …" introduces what was said)
    if cx.has(j, Q_DETERMINER) && !cx.in_list(j, &["that", "this", "these", "those"]) {
        let mut e = j + 1;
        while e < cx.toks.len() && e < j + 8 && cx.toks[e].kind == Kind::Word && cx.toks[e].nl == 0 && cx.verb(e).is_none()
            && (!cx.has(e, Q_NOT_NOUN) || cx.in_list(e, &["of", "on", "at", "in", "for", "the", "a"]))
        {
            e += 1;
        }
        while e > j + 1 && cx.has(e - 1, Q_NOT_NOUN) {
            e -= 1;
        }
        if e > j + 1 && !cx.text(e - 1).ends_with("ly") {
            return Some((j, e, cx.descriptive(j, e)));
        }
    }
    // "said a spokesman for the ministry"
    if cx.in_list(j, &["the", "a", "an"]) {
        let mut e = j + 1;
        while e < cx.toks.len() && e < j + 4 && cx.toks[e].kind == Kind::Word {
            if cx.has(e, Q_SPEAKER | L_ROLE) {
                return Some((j, e + 1, cx.descriptive(j, e + 1)));
            }
            e += 1;
        }
    }
    None
}

/// Reported speech in each sentence outside direct quotes.
fn indirect(cx: &Cx, direct: &[RawQuote]) -> Vec<RawQuote> {
    let mut out = Vec::new();
    let in_direct = |tok: usize| {
        let k = direct.partition_point(|q| q.last <= tok);
        k < direct.len() && direct[k].first <= tok && !direct[k].single
    };
    for sent in cx.sents {
        let (lo, hi) = (sent.first, sent.last);
        // content ends before the final period and any closing marks
        let mut end = hi;
        while end > lo && matches!(cx.text(end - 1), "." | "!" | "?" | "”" | "\"" | "’" | "'" | ")") {
            end -= 1;
        }
        let mut found = false;
        for v in lo..end {
            if found {
                break;
            }
            let Some(lemma) = cx.verb(v) else { continue };
            if in_direct(v) {
                continue;
            }
            // pattern 1: SUBJ VERB [that] CONTENT
            if let Some(subj) = cx.subject_before(v, lo) {
                let mut c = v + 1;
                let mut that = false;
                // "told Reuters", "told reporters"
                if lemma == "tell" {
                    while c < end && c < v + 5 && cx.toks[c].kind == Kind::Word && !cx.is(c, "that") {
                        c += 1;
                    }
                }
                // "said in a statement (that)", "said on Tuesday that"
                if cx.is(c, "that") {
                    that = true;
                    c += 1;
                } else if cx.in_list(c, &["how", "whether", "why", "what", "when", "where", "if", "who"]) {
                    that = true;
                } else if let Some(t) = (c..end.min(c + 8)).find(|&k| cx.is(k, "that")) {
                    // "reported Saturday that", "said in a statement that", "told reporters on Monday that"
                    let plain = (c..t).all(|k| cx.verb(k).is_none() && !matches!(cx.text(k), "." | ";" | ":" | "“" | "\""));
                    if plain {
                        that = true;
                        c = t + 1;
                    }
                }
                // attitudes towards something: "called for steep new tariffs", "urged Congress to act",
                // "criticized the plan" (the object is what was said about)
                let attitude = !that && ATTITUDES.contains(&lemma) && c < end && cx.toks[c].kind == Kind::Word
                    && (lemma != "call" || cx.in_list(c, &["for", "on"]));
                if attitude && cx.in_list(c, &["for", "on", "of"]) {
                    c += 1;
                }
                let mut e = clause_end(cx, c, end);
                if !that && !attitude && (NEED_THAT.contains(&lemma) || c >= end || matches!(cx.text(c), "," | "." | ":" | "“" | "\"" | "‘") || is_preposition(cx.text(c))) {
                    // "X said." / "said: “…”" / "said in …" — the content is not here
                    if !(c < end && cx.toks[c].kind == Kind::Word && !is_preposition(cx.text(c)) && !NEED_THAT.contains(&lemma)) {
                        // pattern 2 below may still apply
                        if let Some(q) = content_before(cx, lo, subj.0, v, subj) {
                            out.push(q);
                            found = true;
                        }
                        continue;
                    }
                }
                if c < e && (e - c) >= 3 {
                    // a direct quote right after the verb belongs to the direct pass
                    if matches!(cx.text(c), "“" | "\"") {
                        continue;
                    }
                    e = e.max(c);
                    out.push(RawQuote {
                        start: cx.toks[c].start,
                        end: cx.toks[e - 1].end,
                        kind: QuoteKind::Indirect,
                        cue: Some((cx.toks[v].start, cx.toks[v].end)),
                        speaker: Some(cx.speaker(subj)),
                        fragments: Vec::new(),
                        first: c,
                        last: e,
                        single: false,
                    });
                    found = true;
                }
                continue;
            }
            // pattern 3: CONTENT, VERB SUBJ ("…, said the minister.") — the subject closes the clause
            if v > lo && cx.text(v - 1) == "," {
                if let Some(subj) = subject_after(cx, v + 1).filter(|s| s.1 >= end || matches!(cx.text(s.1), "," | "." | ";" | "(" | "—")) {
                    if let Some(q) = content_span(cx, lo, v - 1, v, subj) {
                        out.push(q);
                        found = true;
                    }
                }
            }
        }
        if !found {
            // "according to X, …" and "…, according to X"
            if let Some(a) = (lo..end).find(|&k| cx.is(k, "according") && cx.is(k + 1, "to") && !in_direct(k)) {
                if let Some(subj) = subject_after(cx, a + 2).filter(|s| s.2.is_some() || s.1 > s.0) {
                    let cue = Some((cx.toks[a].start, cx.toks[a + 1].end));
                    let (c0, c1) = if a == lo || (a > lo && a <= lo + 1) {
                        // "According to the authority’s own estimate, …": what was said follows the comma
                        let c0 = (subj.1..end.min(subj.1 + 8)).find(|&k| cx.text(k) == ",").map_or(subj.1, |k| k + 1);
                        (c0, end)
                    } else {
                        let mut c1 = a;
                        if c1 > lo && cx.text(c1 - 1) == "," {
                            c1 -= 1;
                        }
                        (lo, c1)
                    };
                    // what follows is a direct quote already ("According to X, “…”")
                    let quoted = in_direct(c0) || in_direct(c0 + 1);
                    if c1 > c0 + 2 && !quoted {
                        out.push(RawQuote {
                            start: cx.toks[c0].start,
                            end: cx.toks[c1 - 1].end,
                            kind: QuoteKind::Indirect,
                            cue,
                            speaker: Some(cx.speaker(subj)),
                            fragments: Vec::new(),
                            first: c0,
                            last: c1,
                            single: false,
                        });
                    }
                }
            }
        }
    }
    out
}

/// "BAGHDAD —", "LONDON (Reuters) -": a dateline opening a paragraph is not part of what was said.
fn skip_dateline(cx: &Cx, c0: usize, limit: usize) -> usize {
    let mut k = c0;
    while k < limit && k < c0 + 6 {
        let t = cx.text(k);
        let caps = cx.toks[k].kind == Kind::Word && t.chars().all(|c| !c.is_lowercase()) && t.chars().count() >= 2;
        if caps || matches!(t, "," | "(" | ")" | "Reuters" | "AP" | "AFP") {
            k += 1;
            continue;
        }
        if k > c0 && matches!(t, "—" | "–" | "-" | ":") {
            return k + 1;
        }
        break;
    }
    c0
}

fn is_preposition(w: &str) -> bool {
    crate::lexicon::with_lower(w, |w| matches!(w, "in" | "on" | "at" | "to" | "with" | "during" | "after" | "before" | "by" | "from" | "for" | "of" | "about" | "as" | "through" | "via" | "while" | "when" | "yesterday" | "today" | "late" | "earlier"))
}

/// The clause after a verb ends at the sentence end or before ", while" / "; " / " — ".
fn clause_end(cx: &Cx, c: usize, end: usize) -> usize {
    let mut k = c;
    while k < end {
        let t = cx.text(k);
        if t == ";" {
            return k;
        }
        if t == "," && cx.in_list(k + 1, &["while", "adding", "saying", "noting", "whereas"]) {
            return k;
        }
        k += 1;
    }
    end
}

/// Pattern 2: "CONTENT, SUBJ VERB …." — the content is the sentence up to the comma before the subject.
fn content_before(cx: &Cx, lo: usize, subj_first: usize, v: usize, subj: (usize, usize, Option<usize>)) -> Option<RawQuote> {
    if subj_first <= lo || cx.text(subj_first - 1) != "," {
        return None;
    }
    content_span(cx, lo, subj_first - 1, v, subj)
}

fn content_span(cx: &Cx, lo: usize, comma: usize, v: usize, subj: (usize, usize, Option<usize>)) -> Option<RawQuote> {
    let mut c0 = lo;
    // skip a lead-in: "In a statement, …" is rare; keep the whole clause
    while c0 < comma && matches!(cx.text(c0), "“" | "\"" | "‘" | "'" | "—" | "-") {
        c0 += 1;
    }
    c0 = skip_dateline(cx, c0, comma);
    // a direct quote ending at the comma belongs to the direct pass
    if comma > 0 && matches!(cx.text(comma - 1), "”" | "\"") {
        return None;
    }
    // a clause, not an adverbial lead-in ("Back in Virginia, Mr. Clarke said …")
    if comma < c0 + 5 {
        return None;
    }
    Some(RawQuote {
        start: cx.toks[c0].start,
        end: cx.toks[comma - 1].end,
        kind: QuoteKind::Indirect,
        cue: Some((cx.toks[v].start, cx.toks[v].end)),
        speaker: Some(cx.speaker(subj)),
        fragments: Vec::new(),
        first: c0,
        last: comma,
        single: false,
    })
}

/// Whether `[first, last)` lies inside one of `qs` (sorted by start, not nested), `slack` tokens allowed at the end.
fn contained(qs: &[RawQuote], first: usize, last: usize, slack: usize) -> bool {
    let k = qs.partition_point(|q| q.first <= first);
    k > 0 && last <= qs[k - 1].last + slack
}

/// All quotes, in text order.
#[inline(never)] // a pipeline stage: kept whole, so profiles show it
pub fn find(cx: &Cx) -> Vec<RawQuote> {
    let mut direct = direct(cx);
    for q in direct.iter_mut() {
        attribute_direct(cx, q);
    }
    // the second part of a split quote ("“A,” X said. “B”") with no attribution of its own is
    // the same statement: one quote in fragments
    let mut merged: Vec<RawQuote> = Vec::with_capacity(direct.len());
    for q in direct {
        if let Some(prev) = merged.last_mut() {
            let same_para = (prev.last..q.first).all(|j| cx.toks[j].nl < 2);
            // no attribution of its own, or the same one ("“A,” X said. “B”" finds "X said" too)
            let same_attribution = match (&q.speaker, &prev.speaker) {
                (None, Some(_)) => true,
                (Some(a), Some(b)) => a.start == b.start && q.cue == prev.cue,
                _ => false,
            };
            if same_attribution && !q.single && !prev.single && same_para {
                if prev.fragments.is_empty() {
                    prev.fragments.push((prev.start, prev.end));
                }
                prev.fragments.push((q.start, q.end));
                prev.end = q.end;
                prev.last = q.last;
                continue;
            }
        }
        merged.push(q);
    }
    let mut direct = merged;
    // a quote paragraph right after an attributed one continues it when nothing else is said
    for k in 1..direct.len() {
        if direct[k].speaker.is_none() && cx.toks[direct[k].first - 1].nl >= 2 && !direct[k].single {
            let prev = &direct[k - 1];
            let between = (prev.last + 1..direct[k].first - 1).all(|j| cx.toks[j].nl < 2 || j == prev.last + 1);
            if between && prev.speaker.is_some() && !prev.single {
                direct[k].speaker = prev.speaker.clone();
            }
        }
    }
    let mut ind = indirect(cx, &direct);
    // drop single-quoted and short unattributed quotes (scare quotes), and quotes inside reported speech
    direct.retain(|q| {
        let words = (q.first..q.last).filter(|&k| cx.toks[k].kind == Kind::Word).count();
        // a short attributed quote that is not a whole utterance ("called him “a genius”") is
        // a partial quote inside reported speech, not a statement of its own
        let utterance = matches!(cx.text(q.last - 1), "," | "." | "!" | "?" | "…");
        // without a speaker, a short quoted phrase is a title, a term or a scare quote more often
        // than a statement: unattributed quotes are kept from nine words on
        let keep = if q.speaker.is_some() { words > 3 || (utterance && words >= 2) } else if q.single { false } else { words > 8 };
        keep && !contained(&ind, q.first, q.last, 0)
    });
    // indirect content that is itself one direct quote is not a second statement
    ind.retain(|r| !contained(&direct, r.first, r.last, 1));
    let mut all = direct;
    all.extend(ind);
    all.sort_by_key(|q| (q.start, q.end));
    all
}
