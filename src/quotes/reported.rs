//! Reported speech, in each sentence outside direct quotes: "X said (that) …" and "X told
//! reporters …" (the subject before the verb), "…, X said." (the content before the subject),
//! "…, said the minister." (the subject after the verb), "Now, she said, …" (the attribution set
//! off inside the statement), "according to X, …" / "…, according to X", and a headline line
//! "Name: …". A sentence may hold several statements.

use super::cues::{clause_end, is_preposition, opens_adverbial};
use super::{Cx, RawQuote, Subject};
use crate::lexicon::words::{FINDINGS, NEED_THAT};
use crate::lexicon::{Q_AUXILIARY, Q_PRONOUN};
use crate::token::Kind;
use crate::types::QuoteKind;

/// Whether token `tok` is inside one of the (double-quoted) direct quotes `direct`.
fn in_direct(direct: &[RawQuote], tok: usize) -> bool {
    let k = direct.partition_point(|q| q.last <= tok);
    k < direct.len() && direct[k].first <= tok && !direct[k].single
}

/// Each sentence's first and last "according to" outside the direct quotes `direct`: whom the
/// writer has what the sentence says from, besides its speaker.
pub(super) fn sources(cx: &Cx, direct: &[RawQuote]) -> Vec<Option<(usize, usize)>> {
    // (the scan runs over every token: the hash first, which the tokenizer computed)
    const ACCORDING: u64 = crate::text::hash_str("according");
    let outside = |(a, t): (usize, &crate::token::Token)| t.hash == ACCORDING && cx.is(a, "according") && cx.is(a + 1, "to") && !in_direct(direct, a);
    cx.sents
        .iter()
        .map(|s| {
            // (most sentences have no "according": one tight loop over their tokens says so)
            if !cx.toks[s.first..s.last].iter().any(|t| t.hash == ACCORDING) {
                return None;
            }
            let toks = || (s.first..s.last).zip(&cx.toks[s.first..s.last]);
            let a0 = toks().find(|&x| outside(x))?.0;
            Some((a0, toks().rev().find(|&x| outside(x)).map_or(a0, |x| x.0)))
        })
        .collect()
}

/// Whether a statement at tokens `[first, last)` in a sentence whose [`sources`] are `source`
/// is at second hand: the sentence names a source outside it ("Jane Doe said …, according to
/// press reports"; "“…,” Jane Doe said, according to CNN").
pub(super) fn relayed(source: Option<(usize, usize)>, first: usize, last: usize) -> bool {
    source.is_some_and(|(a0, a1)| a0 < first || a1 >= last)
}

/// Reported speech in each sentence outside the direct quotes `direct`: each statement a
/// reporting verb introduces, in text order; else a headline line ("Name: …"); and a statement
/// "according to" someone that overlaps none of them. `sources` are the sentences' [`sources`].
pub(super) fn indirect(cx: &Cx, direct: &[RawQuote], sources: &[Option<(usize, usize)>]) -> Vec<RawQuote> {
    let mut out = Vec::new();
    for (sent, &source) in cx.sents.iter().zip(sources) {
        let (lo, hi) = (sent.first, sent.last);
        // content ends before the final period and any closing marks
        let mut end = hi;
        while end > lo && matches!(cx.text_hot(end - 1), "." | "!" | "?" | "”" | "\"" | "’" | "'" | ")") {
            end -= 1;
        }
        // every statement of the sentence, each found after the one before ("A proposed …,
        // while B said …"); a verb inside what was said does not start another
        let mut from = lo;
        let found = out.len();
        while let Some((q, v)) = (from..end).find_map(|v| {
            // (most tokens are no reporting verb: their class has no lemma, tested here before
            // the call)
            if cx.classes.get(v).is_none_or(|&c| !crate::lexicon::has_lemma(c)) {
                return None;
            }
            let lemma = cx.verb(v)?;
            if in_direct(direct, v) || after_quote(cx, direct, lo, v, lemma, end) {
                return None;
            }
            // "Jane Doe threw her support behind Tom Reed on Monday, saying …": the phrase before
            // the comma is an object inside the clause, and the participle speaks with the clause
            // (below; not "The mayor, saying …, resigned")
            let set_off = cx.set_off_participle(v, lo);
            // (nor the name in apposition to the object: "Emanuel fired his police chief, Garry F.
            // McCarthy, acknowledging that …"; a subject opens its clause: "Jane Doe, saying …")
            let apposed = |s: Subject| cx.text(s.0 - 1) == "," && !opens_adverbial(cx, lo);
            let q = match cx.subject_before(v, lo).filter(|&s| !(set_off && s.0 > lo && (cx.toks[s.0 - 1].kind == Kind::Word || apposed(s)))) {
                // an object relative clause ("the system, which officials expect to enter
                // service"): what was said is the clause after the verb, not the sentence
                Some(subj) if cx.is(subj.0, "which") || cx.is(subj.0, "whom") => relative_clause(cx, end, v, lemma, (subj.0 + 1, subj.1, subj.2)),
                Some(subj) if subj.0 > lo && (cx.is(subj.0 - 1, "which") || cx.is(subj.0 - 1, "whom")) => relative_clause(cx, end, v, lemma, subj),
                // "what Jane Doe said last week": what was said is the "what", not the words after
                Some(subj) if subj.0 > lo && cx.is(subj.0 - 1, "what") => None,
                Some(subj) => subject_first(cx, lo, end, v, lemma, cx.sender(v, lo, subj)),
                // "…,” Al-Khatib said, adding that …": a participle speaks with its clause
                None if set_off => participle(cx, direct, lo, end, v, lemma),
                None => verb_first(cx, lo, end, v).or_else(|| opening(cx, lo, end, v, lemma)),
            };
            q.map(|q| (q, v))
        }) {
            from = q.last.max(v + 1);
            out.push(q);
        }
        if out.len() == found {
            if let Some(q) = headline(cx, lo, end) {
                out.push(q);
                continue;
            }
        }
        let Some((a0, _)) = source else { continue };
        for q in &mut out[found..] {
            q.relayed = relayed(source, q.first, q.last);
        }
        if let Some(q) = according_to(cx, direct, a0, lo, end) {
            if !out[found..].iter().any(|o| o.first < q.last && q.first < o.last) {
                let at = found + out[found..].partition_point(|o| o.first < q.first);
                out.insert(at, q);
            }
        }
    }
    out
}

/// Whether the verb at `v` is the cue of a direct quote before it and introduces no clause of
/// its own ("that", "whether"): what follows it then says where, when or to whom the
/// quote was said ("“…,” Trump told a crowd in Green Bay", "“…,” she said 30 minutes into the
/// debate"), not what.
fn after_quote(cx: &Cx, direct: &[RawQuote], lo: usize, v: usize, lemma: &str, end: usize) -> bool {
    let cue = Some((cx.toks[v].start, cx.toks[v].end));
    // (the direct quote nearest before the verb: the quotes are in text order)
    let k = direct.partition_point(|q| q.last <= v);
    // (only its subject between: "“…,” Jane Doe said", not "A cashier who “steals” is held
    // accountable, she said")
    // (or, after a quote that opens the sentence, a subject with an apposition: "“…,” David
    // Axelrod, the chief strategist of the campaign, said just after midnight on CNN")
    let next = |q: &RawQuote| {
        let mut j = q.last;
        while j < v && matches!(cx.text(j), "”" | "\"" | "," | "’" | "'") {
            j += 1;
        }
        let opens = q.first > 0 && q.first <= lo + 1 && matches!(cx.text(q.first - 1), "“" | "\"") && matches!(cx.text(q.last - 1), "," | "?" | "!");
        (j..v).all(|j| cx.toks[j].kind == Kind::Word || opens && (cx.toks[j].kind == Kind::Num || matches!(cx.text(j), "," | "." | "'" | "’" | "“" | "”")))
    };
    // (a "when" says when: "“Absolutely,” he said when asked if that remains his view")
    let clause = || {
        let (c, that, _) = cx.complement(v, lemma, end);
        that && !cx.is(c, "when")
    };
    k > 0 && direct[k - 1].cue == cue && next(&direct[k - 1]) && !clause()
}

/// A statement of reported speech over tokens `[first, last)`.
fn reported(cx: &Cx, first: usize, last: usize, cue: (usize, usize), subj: Subject) -> RawQuote {
    // a quote opened inside the statement closes inside it: "calling him a “loser.”" (what
    // was said never opens with a quote mark, so a closing mark right after it closes one
    // opened inside)
    let k = if matches!(cx.text(last), "." | "," | "!" | "?") { last + 1 } else { last };
    let last = if cx.text(k) == "”" { k + 1 } else { last };
    RawQuote {
        start: cx.toks[first].start,
        end: cx.toks[last - 1].end,
        kind: QuoteKind::Indirect,
        cue: Some(cue),
        speaker: Some(cx.speaker(subj)),
        fragments: Vec::new(),
        relayed: false,
        first,
        last,
        single: false,
    }
}

/// "SUBJ VERB [that] CONTENT", or when the content is not after the verb ("X said." / "said: “…”"
/// / "said in …"), "CONTENT, SUBJ VERB".
fn subject_first(cx: &Cx, lo: usize, end: usize, v: usize, lemma: &'static str, subj: Subject) -> Option<RawQuote> {
    // a subordinate clause's statement ends at the comma before the main clause, a subject and
    // its verb ("Although Jane Doe said the plan was bad, she voted for it", "when Jane Doe
    // thanked the town and said it was good to be home, a man yelled …"), not at one inside the
    // statement ("when she claimed that the Islamic State, or ISIS, has used …"); not "as
    // POLITICO has reported, …", set off before its statement
    let main_clause = |k: usize| {
        let verb = |j: usize| cx.verb(j).is_some() || cx.finite(j) || matches!(cx.text(j), "s" | "ll") || cx.text(j).ends_with("ed");
        !cx.in_list(k + 1, list!("or and but nor which who that")) && !verb(k + 1) && (k + 2..(k + 7).min(end)).take_while(|&j| cx.text(j) != ",").any(verb)
    };
    let end = if subj.0 > lo && cx.in_list(subj.0 - 1, super::subjects::SUBORDINATORS) { (v + 2..end).find(|&k| cx.text(k) == "," && main_clause(k)).unwrap_or(end) } else { end };
    // an attribution set off inside the statement: "Now, she said, the two communities don't
    // mix much" (the statement is the whole sentence)
    if subj.0 > lo && cx.text(subj.0 - 1) == "," && cx.text(v + 1) == "," && v + 4 < end && !cx.double_mark(v + 2) {
        let mut c0 = lo;
        while c0 < subj.0 && matches!(cx.text(c0), "“" | "\"" | "‘" | "'" | "—" | "-") {
            c0 += 1;
        }
        // (a participle of saying after it is the speaker's next statement: "Ryan and Trump will
        // meet next week, Jane Doe said, adding, “…”")
        let doing = cx.text(v + 2).ends_with("ing") && cx.verb(v + 2).is_some();
        return Some(reported(cx, c0, if doing { subj.0 - 1 } else { end }, (cx.toks[v].start, cx.toks[v].end), subj));
    }
    let (c, that, attitude) = cx.complement(v, lemma, end);
    let mut e = clause_end(cx, c, end);
    // "Chris Brownell, who said he makes $41,000 a year, spoke first", "Among those who said
    // …, most": a relative clause ends at the next comma
    if v >= 1 && cx.is(v - 1, "who") {
        e = (c..e).find(|&k| cx.text(k) == ",").unwrap_or(e);
    }
    // what was said is a pronoun's: "she had said it in the debate", "a day after he said them"
    if lemma == "say" && cx.in_list(c, list!("it them so")) && (c + 1 >= e || cx.text(c + 1) == "," || is_preposition(cx.text(c + 1))) {
        return None;
    }
    let naming = cx.naming(lemma, c, e);
    let (finding, need_that) = (FINDINGS.contains(&lemma), NEED_THAT.contains(&lemma));
    // (a subject pronoun opens a clause even without "that": "thinks he can win")
    // (so does a subject and its auxiliary: "believe the plan has failed", "thinks Clinton can
    // win")
    let clause = cx.in_list(c, list!("he she they we i")) || !finding && (c + 1..(c + 5).min(end)).take_while(|&k| cx.toks[k].kind == Kind::Word && !cx.in_list(k, list!("that which who"))).any(|k| cx.has(k, Q_AUXILIARY) && cx.text(k).starts_with(char::is_lowercase));
    let no_content = !naming && need_that && !clause || c >= end || matches!(cx.text(c), "," | "." | ":" | ";" | "“" | "\"" | "‘") || is_preposition(cx.text(c));
    let plain_object = c < end && cx.toks[c].kind == Kind::Word && !is_preposition(cx.text(c)) && !need_that;
    if !that && !attitude && no_content && !plain_object {
        // (what a poll shows or a study finds is its object: "…, he found himself in Dingess"
        // reports nothing; nor does a verb that needs "that" with an object: "…, our design
        // team, who adds the visual aspect")
        if (finding || need_that && !is_preposition(cx.text(c))) && c < end && cx.toks[c].kind == Kind::Word {
            return None;
        }
        return content_before(cx, lo, subj.0, v, subj);
    }
    // a direct quote right after the verb belongs to the direct pass, also after the end of
    // whom it was told ("told Chris Wallace of Fox News, “So, …”")
    let quoted = |k: usize| matches!(cx.text(k), "“" | "\"");
    if !(c < e && (e - c) >= 3) || quoted(c) || !that && (c + 1..e.min(c + 4)).any(|k| cx.text(k - 1) == "," && quoted(k)) {
        return None;
    }
    Some(reported(cx, c, e.max(c), (cx.toks[v].start, cx.toks[v].end), subj))
}

/// A clause that a long noun phrase opens ("Six newspapers in New Jersey, including the Press,
/// said he isn't fit to govern"): only when the verb introduces a clause of its own, "that" or
/// a subject ("said he …", "say the …").
fn opening(cx: &Cx, lo: usize, end: usize, v: usize, lemma: &'static str) -> Option<RawQuote> {
    if v <= lo {
        return None;
    }
    // a verb of saying in a finite form: not "States" (a name), "considered" (a participle)
    // ("his claim that", "the notes": a form that can be a noun is none)
    let finite = list!("said says say told tells wrote writes warned warns argued argue argues insisted insist insists noted claimed added");
    if !cx.in_list(v, finite) || cx.text(v).starts_with(char::is_uppercase) || cx.has(v - 1, crate::lexicon::Q_DETERMINER) {
        return None;
    }
    let (c, that, _) = cx.complement(v, lemma, end);
    let clause = c < end && (cx.has(c, Q_PRONOUN) || cx.has(c, crate::lexicon::Q_DETERMINER) && !cx.is(c, "that") || cx.name_starting(c).is_some());
    if !(that || clause) || NEED_THAT.contains(&lemma) {
        return None;
    }
    // (", said Jane Doe, …" is set off inside the statement)
    if cx.text(v - 1) == "," && cx.subject_after(v + 1).is_some_and(|s| !cx.has(s.0, Q_PRONOUN)) {
        return None;
    }
    let subj = cx.opening_subject(v, lo)?;
    subject_first(cx, lo, end, v, lemma, subj)
}

/// What a participle set off after the clause says ("…, adding that the army had tightened its
/// control", "…, telling reporters he would run"): its speaker is the subject of the reporting
/// verb before it in the sentence, outside direct quotes, else the clause's first speaker.
fn participle(cx: &Cx, direct: &[RawQuote], lo: usize, end: usize, v: usize, lemma: &'static str) -> Option<RawQuote> {
    let (c, that, attitude) = cx.complement(v, lemma, end);
    let e = clause_end(cx, c, end);
    // a clause without "that" ("saying he would run", "noting it was late"), not a noun phrase
    // ("underscoring the administration’s commitment")
    let clause = c < end && (matches!(lemma, "say" | "tell" | "add") && cx.toks[c].kind == Kind::Word && !is_preposition(cx.text(c)) || cx.has(c, Q_PRONOUN));
    if !(that || attitude || clause || cx.naming(lemma, c, e)) || e < c + 3 || matches!(cx.text(c), "“" | "\"") {
        return None;
    }
    let subj = cx.participle_subject(lo, v, &|k| in_direct(direct, k))?;
    Some(reported(cx, c, e, (cx.toks[v].start, cx.toks[v].end), subj))
}

/// What an object relative clause's subject says: the words after its verb up to the clause's
/// end ("which officials expect [to enter service within two years], he added").
fn relative_clause(cx: &Cx, end: usize, v: usize, lemma: &'static str, subj: Subject) -> Option<RawQuote> {
    if subj.0 >= subj.1 {
        return None;
    }
    let (c, _, _) = cx.complement(v, lemma, end);
    let e = (c..end).find(|&k| cx.text(k) == ",").unwrap_or(end);
    (e > c + 1).then(|| reported(cx, c, e, (cx.toks[v].start, cx.toks[v].end), subj))
}

/// "CONTENT, VERB SUBJ" ("…, said the minister.") — the subject closes the clause.
fn verb_first(cx: &Cx, lo: usize, end: usize, v: usize) -> Option<RawQuote> {
    // (after "told" comes whom it was told: "…, an official told Fox News"; after a passive
    // "by", who wrote what the comma follows: "… in its letter, written by Jane Doe")
    if !(v > lo && cx.text(v - 1) == ",") || cx.verb(v) == Some("tell") || cx.is(v + 1, "by") {
        return None;
    }
    // the subject closes the clause, or a short phrase of where or when does ("…, says political
    // scientist Dossym Satpayev in Almaty.", "…, said Jane Doe on Monday.")
    let closes = |e: usize| e >= end || matches!(cx.text(e), "," | "." | ";" | "(" | "—");
    let located = |e: usize| e < end && end - e <= 6 && is_preposition(cx.text(e)) && (e..end).all(|k| cx.verb(k).is_none() && !matches!(cx.text(k), "“" | "\"" | ":"));
    let subj = cx.subject_after(v + 1).filter(|s| closes(s.1) || located(s.1))?;
    content_span(cx, lo, v - 1, v, subj)
}

/// "According to X, …" (what was said follows the comma), "…, according to X", and "…, according
/// to X, …" set off inside the statement (the statement is then the whole sentence).
/// `a` is the sentence's first "according to" outside a direct quote.
fn according_to(cx: &Cx, direct: &[RawQuote], a: usize, lo: usize, end: usize) -> Option<RawQuote> {
    let subj = cx.subject_after(a + 2).filter(|s| s.2.is_some() || s.1 > s.0).or_else(|| cx.source_phrase(a + 2, end))?;
    // the comma that closes the source, if one does within a few words
    let closing = (subj.1..end.min(subj.1 + 8)).find(|&k| cx.text(k) == ",");
    // (a capital "According" opens its clause, as after a dateline the sentence split missed)
    let (c0, c1) = if a <= lo + 1 || cx.text(a).starts_with('A') {
        // "According to the authority’s own estimate, …"
        (closing.map_or(subj.1, |k| k + 1), end)
    } else if a > lo && cx.text(a - 1) == "," && closing.is_some_and(|k| k + 3 < end) {
        // "Now, according to the poll, some are swinging"
        (lo, end)
    } else {
        let mut c1 = a;
        if c1 > lo && cx.text(c1 - 1) == "," {
            c1 -= 1;
        }
        (lo, c1)
    };
    // what follows is a direct quote already ("According to X, “…”")
    let quoted = in_direct(direct, c0) || in_direct(direct, c0 + 1);
    (c1 > c0 + 2 && !quoted).then(|| reported(cx, c0, c1, (cx.toks[a].start, cx.toks[a + 1].end), subj))
}

/// A line that opens with a person's or an organization's name and a colon is a headline of
/// what they said: "Reid: ‘Never underestimate Trump’", "Sanders: It is not a radical idea".
fn headline(cx: &Cx, lo: usize, end: usize) -> Option<RawQuote> {
    if !(lo == 0 || cx.toks[lo].nl > 0) {
        return None;
    }
    let k = cx.name_starting(lo)?;
    let id = cx.name_ent[k].filter(|&id| matches!(cx.ents[id].kind, crate::types::MentionKind::Person | crate::types::MentionKind::Organization))?;
    let colon = cx.names[k].last;
    if cx.text(colon) != ":" {
        return None;
    }
    let mut c0 = colon + 1;
    while c0 < end && matches!(cx.text(c0), "“" | "\"" | "‘" | "'") {
        c0 += 1;
    }
    // the rest of the line, a statement of a few words
    let c1 = (c0..end).find(|&j| cx.toks[j].nl > 0).unwrap_or(end);
    let words = (c0..c1).filter(|&j| cx.toks[j].kind == Kind::Word).count();
    (words >= 3).then(|| reported(cx, c0, c1, (cx.toks[colon].start, cx.toks[colon].end), (lo, colon, Some(id))))
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

/// Pattern 2: "CONTENT, SUBJ VERB …." — the content is the sentence up to the comma before the subject.
fn content_before(cx: &Cx, lo: usize, subj_first: usize, v: usize, subj: Subject) -> Option<RawQuote> {
    // the article and the words that describe a name: "…, the Guardian reported", "…, the news
    // site RTL Info reported", "…, veteran Republicans said"
    let mut subj_first = subj_first;
    let describes = |k: usize| cx.is(k, "the") || cx.toks[k].kind == Kind::Word && cx.text(k).starts_with(|c: char| c.is_ascii_lowercase()) && cx.verb(k).is_none() && !cx.has(k, crate::lexicon::Q_NOT_NOUN);
    let named = subj.2.is_some() && cx.text(subj.0).starts_with(char::is_uppercase);
    while named && subj_first > lo + 1 && subj_first + 4 > subj.0 && describes(subj_first - 1) {
        subj_first -= 1;
    }
    if subj_first <= lo || cx.text(subj_first - 1) != "," {
        return None;
    }
    content_span(cx, lo, subj_first - 1, v, subj)
}

fn content_span(cx: &Cx, lo: usize, comma: usize, v: usize, subj: Subject) -> Option<RawQuote> {
    let mut c0 = lo;
    // skip a lead-in: "In a statement, …" is rare; keep the whole clause
    while c0 < comma && matches!(cx.text(c0), "“" | "\"" | "‘" | "'" | "—" | "-") {
        c0 += 1;
    }
    c0 = skip_dateline(cx, c0, comma);
    // a direct quote after the attribution is what was said, the words before it a lead-in:
    // "Less than 30 minutes later, Trump wrote, “I hear …”", "Asked to respond, Carson said: “…”"
    // (also after where or to whom it was said: "Podesta said in a statement: “…”", "Canova
    // wrote to his 20,000 Twitter followers, “…”")
    let mut after = (v + 1).max(subj.1);
    if is_preposition(cx.text(after)) {
        after = (after..after + 8).find(|&k| !matches!(cx.toks.get(k).map(|t| t.kind), Some(Kind::Word | Kind::Num))).unwrap_or(after);
    }
    if matches!(cx.text(after), "," | ":") && matches!(cx.text(after + 1), "“" | "\"") {
        return None;
    }
    // a direct quote ending at the comma belongs to the direct pass, and so does one that opens
    // the sentence and closes before an apposition ("“…,” the lawyer, Jane Doe, said")
    if comma > 0 && matches!(cx.text(comma - 1), "”" | "\"") || c0 > lo && (c0 + 1..comma).any(|k| matches!(cx.text(k), "”" | "\"") && cx.text(k - 1) == ",") {
        return None;
    }
    // a statement after an adverbial lead-in keeps it ("In the end, the plan failed, she said");
    // an adverbial phrase alone is no statement ("On Tuesday, even as shares were
    // tumbling, Ackman said …", "In a series of posts Sunday, Frum wrote …")
    let mut rest = c0;
    while rest < comma && opens_adverbial(cx, rest) {
        match (rest..comma).find(|&k| cx.text(k) == ",") {
            Some(k) => rest = k + 1,
            // (a form in "-ing" with no comma of its own, before a verb of the clause, is the
            // subject: "Finding the tunnels is not simple, he said")
            None if cx.text(rest).ends_with("ing") && (rest..comma).any(|k| cx.has(k, Q_AUXILIARY)) => break,
            None => return None,
        }
    }
    // a clause, not an adverbial lead-in ("Back in Virginia, Mr. Clarke said …"): five words,
    // or three with a verb of their own ("The plan will fail, she said", "It is over")
    if comma < rest + 5 && !(comma >= rest + 3 && (rest..comma).any(|k| cx.has(k, Q_AUXILIARY))) {
        return None;
    }
    Some(reported(cx, c0, comma, (cx.toks[v].start, cx.toks[v].end), subj))
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use crate::types::QuoteKind::*;

    #[test]
    fn reported_speech() {
        check(&[
            ("Minister Jane Doe warned that prices would rise sharply.", &[("prices would rise sharply", Indirect, Some("Jane Doe"), Some("warned"))]),
            ("Prices would rise sharply next year, Minister Jane Doe said on Monday.", &[("Prices would rise sharply next year", Indirect, Some("Jane Doe"), Some("said"))]),
            // a subordinate clause's statement ends at the comma before the main clause, not at
            // one inside the statement
            ("Although Jane Doe said the plan was bad, she voted for it.", &[("the plan was bad", Indirect, Some("Jane Doe"), Some("said"))]),
            ("When she claimed that the Islamic State, or ISIS, has used his videos, the crowd cheered.", &[("the Islamic State, or ISIS, has used his videos", Indirect, None, Some("claimed"))]),
            // a direct quote that opens the sentence and closes before an apposition is the
            // direct pass's; a quote that closes inside the writer's statement is part of it
            ("“We will appeal,” the lawyer, Jane Doe, said.", &[("We will appeal,", Direct, Some("Jane Doe"), Some("said"))]),
            ("“This will be a challenge” for the mayor, said Jane Doe.", &[("This will be a challenge” for the mayor", Indirect, Some("Jane Doe"), Some("said"))]),
            // a short clause with a verb of its own; a lead-in without one is no statement
            ("The plan will fail, Jane Doe warned.", &[("The plan will fail", Indirect, Some("Jane Doe"), Some("warned"))]),
            ("Back in Ohio, Jane Doe said the plan would fail.", &[("the plan would fail", Indirect, Some("Jane Doe"), Some("said"))]),
            ("The deal is off, according to Jane Doe, the minister.", &[("The deal is off", Indirect, Some("Jane Doe"), Some("according to"))]),
            // a source that is no name, first or set off inside the statement
            ("According to law enforcement officials, the account was linked to an older one.", &[("the account was linked to an older one", Indirect, None, Some("According to"))]),
            // a capital "According" opens its clause, after a colon or a dateline run into it
            ("It has not gone unnoticed: According to Acme Corp, sales fell by half.", &[("sales fell by half", Indirect, Some("Acme Corp"), Some("According to"))]),
            ("Friday, August 21, 2015 According to Acme Corp, sales fell by half.", &[("sales fell by half", Indirect, Some("Acme Corp"), Some("According to"))]),
            ("Now, according to the latest poll, some states are swinging.", &[("Now, according to the latest poll, some states are swinging", Indirect, None, Some("according to"))]),
            ("The talks have now failed for good, said Minister Jane Doe.", &[("The talks have now failed for good", Indirect, Some("Jane Doe"), Some("said"))]),
            ("Even India has more cultural pull through its films, says political scientist Dossym Satpayev in Almaty.", &[("Even India has more cultural pull through its films", Indirect, Some("Dossym Satpayev"), Some("says"))]),
            // an object relative clause says what its own subject said, not what the sentence says
            ("The city bought the new buses, which Mayor Tom Reed expects to arrive in May, Jane Doe added.", &[
                ("The city bought the new buses, which Mayor Tom Reed expects to arrive in May", Indirect, Some("Jane Doe"), Some("added")),
                ("to arrive in May", Indirect, Some("Tom Reed"), Some("expects")),
            ]),
            // a headline of what someone said
            ("Harry Reid: ‘Never, ever underestimate Trump’\n\nHarry Reid has some advice for the party.", &[("Never, ever underestimate Trump", Indirect, Some("Harry Reid"), Some(":"))]),
            // an attribution set off inside the statement
            ("Now, she said, the two communities do not mix much.", &[("Now, she said, the two communities do not mix much", Indirect, None, Some("said"))]),
            // (a participle of saying after it is the speaker's next statement; another goes on
            // with the statement)
            ("The talks will resume next week, Jane Doe said, adding that the mood was good.", &[("The talks will resume next week", Indirect, Some("Jane Doe"), Some("said")), ("the mood was good", Indirect, Some("Jane Doe"), Some("adding"))]),
            ("Meanwhile, the city is playing catch-up, they say, imposing new rules on builders.", &[("Meanwhile, the city is playing catch-up, they say, imposing new rules on builders", Indirect, None, Some("say"))]),
            // (a quote after it, also in doubled apostrophes, is the direct pass's)
            ("In other words, Jane Doe said, ''the era of easy money is over.''", &[("the era of easy money is over.", Direct, Some("Jane Doe"), Some("said"))]),
            // a statement after an adverbial lead-in keeps it; an adverbial phrase alone is none
            ("In the end, the plan failed for lack of money, Jane Doe said.", &[("In the end, the plan failed for lack of money", Indirect, Some("Jane Doe"), Some("said"))]),
            ("On Tuesday, even as shares of the bank were tumbling, Jane Doe said so.", &[]),
            ("Finding the tunnels is not as simple as sending radar into the ground, Jane Doe said.", &[("Finding the tunnels is not as simple as sending radar into the ground", Indirect, Some("Jane Doe"), Some("said"))]),
            ("Growing sharper as he spoke, Jane Doe said so.", &[]),
            ("In a series of posts on Sunday, Jane Doe wrote about the plan.", &[]),
            // an adverbial lead-in is no statement
            ("Back in Virginia, Jane Doe said so.", &[]),
            // nothing is reported by "said" alone
            ("Jane Doe said so.", &[]),
            // a long noun phrase opens the clause: its words up to a comma, preposition or
            // relative word speak
            ("Six newspapers in New Jersey, including the Daily Record, said he was no longer fit to govern.", &[("he was no longer fit to govern", Indirect, None, Some("said"))]),
            ("A court document filed on Thursday says that the manager will not be charged.", &[("the manager will not be charged", Indirect, None, Some("says"))]),
            ("Friends of the mayor who have seen him lately say that he looks tired.", &[("he looks tired", Indirect, None, Some("say"))]),
            // … not an infinitive, nor a clause with a verb of its own
            ("The group refused to say whether the talks had failed.", &[]),
            ("The United States would not tolerate such a plan, especially one considered hostile, she said.", &[("The United States would not tolerate such a plan, especially one considered hostile", Indirect, None, Some("said"))]),
            // a second verb phrase: the words before the first verb speak; a subordinate
            // clause ends at its comma
            ("The Anti-Defamation League strongly denounced the remarks and said it would return the donations.", &[("it would return the donations", Indirect, Some("Anti-Defamation League"), Some("said"))]),
            ("When Jane Doe thanked the town and said it was good to be home, a man in the crowd cheered.", &[("it was good to be home", Indirect, Some("Jane Doe"), Some("said"))]),
            // a second statement after ", and" ends the first
            ("Nearly a third of voters say they do not know, and one in five say it is no improvement.", &[("they do not know", Indirect, None, Some("say")), ("it is no improvement", Indirect, None, Some("say"))]),
            // what a poll shows or a study finds, with "that" or a question word; not its object
            ("The new survey found that most voters want a change.", &[("most voters want a change", Indirect, None, Some("found"))]),
            ("Polls show how close the race has become.", &[("how close the race has become", Indirect, None, Some("show"))]),
            ("On a trip to the coast, Jane Doe found herself in a remote valley.", &[]),
            ("The show that made her famous ended in May.", &[]),
            // a verb that wants "that" takes a subject pronoun's clause without it
            ("The plant will close in May, a city official told the Daily Courier.", &[("The plant will close in May", Indirect, None, Some("told"))]),
            ("Jane Doe thinks she can win the primary in May.", &[("she can win the primary in May", Indirect, Some("Jane Doe"), Some("thinks"))]),
            // or a noun phrase and its auxiliary; not an object, nor one a relative clause follows
            ("Some experts believe the plan has failed.", &[("the plan has failed", Indirect, None, Some("believe"))]),
            ("Jane Doe believes the report on Monday.", &[]),
            ("Jane Doe called her mother in May.", &[]),
            ("Jane Doe hasn't said whether she will run.", &[("whether she will run", Indirect, Some("Jane Doe"), Some("said"))]),
            // after the statement: the article and the words that describe a name; "About 270"
            // is no adverbial lead-in; an owner inside the speaker's description
            ("The professor was headed to Cairo for a conference, the Guardian reported.", &[("The professor was headed to Cairo for a conference", Indirect, Some("Guardian"), Some("reported"))]),
            ("The pilot had flown for the airline for years, the news site Daily Wire reported.", &[("The pilot had flown for the airline for years", Indirect, Some("Daily Wire"), Some("reported"))]),
            ("About 270 people have now been resettled under the program, officials said.", &[("About 270 people have now been resettled under the program", Indirect, None, Some("said"))]),
            ("The plant is under intense pressure from imports, said the company's chief executive, Jane Doe.", &[("The plant is under intense pressure from imports", Indirect, Some("Jane Doe"), Some("said"))]),
            // a pronoun as what was said: the statement is elsewhere
            ("I forgot that she had said it in the debate.", &[]),
            ("The mayor took back his comments a day after he said them, but the damage was done.", &[]),
            // a passive participle after a comma says who wrote the thing before it
            ("Acme Corp sent a long letter to the editors, written by Jane Doe, its lawyer.", &[]),
            // "that" followed by a verb is the pronoun
            ("Asked about her criticisms, Jane Doe said that was a natural part of the race.", &[("that was a natural part of the race", Indirect, Some("Jane Doe"), Some("said"))]),
            // adverbs and auxiliaries between the speaker and the verb
            ("Jane Doe has always maintained that the server was secure.", &[("the server was secure", Indirect, Some("Jane Doe"), Some("maintained"))]),
            ("Jane Doe has long argued that the tax is unfair.", &[("the tax is unfair", Indirect, Some("Jane Doe"), Some("argued"))]),
            // a participle set off after the clause speaks with the clause's speaker; a form in
            // "-ing" after a form of "be" reports, one modifying a noun does not
            ("“We have more than one plan,” Jane Doe said, adding that the army had closed the border.", &[
                ("We have more than one plan,", Direct, Some("Jane Doe"), Some("said")),
                ("the army had closed the border", Indirect, Some("Jane Doe"), Some("adding")),
            ]),
            // (after an inverted attribution of a direct quote, its speaker; not a name inside the quote)
            ("“The Senate will not act on it,” said Tom Reed, recalling that the bill had failed before.", &[
                ("The Senate will not act on it,", Direct, Some("Tom Reed"), Some("said")),
                ("the bill had failed before", Indirect, Some("Tom Reed"), Some("recalling")),
            ]),
            ("Jane Doe visited the plant on Monday, telling reporters it would cost too much.", &[("it would cost too much", Indirect, Some("Jane Doe"), Some("telling"))]),
            ("Jane Doe is telling voters that the state will pay for the road.", &[("the state will pay for the road", Indirect, Some("Jane Doe"), Some("telling"))]),
            ("Jane Doe found a report suggesting that the state will pay for the road.", &[]),
            ("Jane Doe spoke for an hour, underscoring the government’s commitment to the plan.", &[]),
            // (the object of a verb before it is not the participle's speaker)
            ("In a long speech, Jane Doe launched an attack against Tom Reed, calling him “the worst mayor in our history.”", &[("him “the worst mayor in our history.”", Indirect, Some("Jane Doe"), Some("calling"))]),
            ("Jane Doe threw her support behind Sen. Tom Reed (R-Texas) Wednesday, saying it is time for a change.", &[("it is time for a change", Indirect, Some("Jane Doe"), Some("saying"))]),
            ("Jane Doe fired her police chief, Tom Reed, acknowledging that the city had lost trust in the force.", &[("the city had lost trust in the force", Indirect, Some("Jane Doe"), Some("acknowledging"))]),
            ("Jane Doe lost her taste for Tom Reed, the current front-runner, saying voters need to stop him.", &[("voters need to stop him", Indirect, Some("Jane Doe"), Some("saying"))]),
            // (nor is a name before the clause the participle is set off after)
            ("Tom Reed's plan drew criticism, and Jane Doe used stronger language, saying the plan must be stopped.", &[("the plan must be stopped", Indirect, Some("Jane Doe"), Some("saying"))]),
            // a quote that closes reported speech is part of that one statement
            ("Jane Doe mocked the complaint, saying anybody who complains about a microphone “is not having a good night.”", &[("anybody who complains about a microphone “is not having a good night.”", Indirect, Some("Jane Doe"), Some("saying"))]),
            // a participle after the object of a verb speaks with the verb's subject
            ("Jane Doe released a statement saying she would resign.", &[("she would resign", Indirect, Some("Jane Doe"), Some("saying"))]),
            ("Acme Corp. issued a statement saying the talks had failed.", &[("the talks had failed", Indirect, Some("Acme Corp"), Some("saying"))]),
            ("Acme Corp. put out a statement saying the talks had failed.", &[("the talks had failed", Indirect, Some("Acme Corp"), Some("saying"))]),
            // a name after a preposition and "the" is part of the subject
            ("Officials who spoke with The Daily Courier said the talks had failed.", &[("the talks had failed", Indirect, None, Some("said"))]),
        ]);
    }

    #[test]
    fn after_a_direct_quote_its_verb_says_nothing_more() {
        check(&[
            // where, when and to whom the quote was said is not a second statement
            ("“We will win,” Jane Doe told a crowd in Green Bay, Wisconsin.", &[("We will win,", Direct, Some("Jane Doe"), Some("told"))]),
            ("“We will win,” Jane Doe said 30 minutes into the debate.", &[("We will win,", Direct, Some("Jane Doe"), Some("said"))]),
            ("“We will win,” Jane Doe told CNN’s Jake Tapper.", &[("We will win,", Direct, Some("Jane Doe"), Some("told"))]),
            ("“We will win,” Jane Doe, the chief strategist of the campaign, said just after midnight on CNN.", &[("We will win,", Direct, Some("Jane Doe"), Some("said"))]),
            ("“We will win,” Jane Doe, the chief strategist of Tom Reed's 2008 campaign, said just after midnight on CNN.", &[("We will win,", Direct, Some("Jane Doe"), Some("said"))]),
            ("“It is over,” Mr. Tom Reed told a plenary session of the Hungarian Parliament on Monday.", &[("It is over,", Direct, Some("Tom Reed"), Some("told"))]),
            // a direct quote after whom it was told is the direct pass's
            ("Jane Doe told Chris Wallace of Fox News, “So, the plan failed.”", &[("So, the plan failed.", Direct, Some("Jane Doe"), Some("told"))]),
            // the words before an attribution that a direct quote follows are its lead-in
            ("Less than 30 minutes later, Jane Doe wrote, “I hear the plan failed.”", &[("I hear the plan failed.", Direct, Some("Jane Doe"), Some("wrote"))]),
            ("Asked by the host to respond to the criticism, Jane Doe said: “It is unfair.”", &[("It is unfair.", Direct, Some("Jane Doe"), Some("said"))]),
            // also after where or to whom it was said
            ("The chairman of the state party, Tom Reed, said in a statement: “We are ready for the vote.”", &[("We are ready for the vote.", Direct, Some("Tom Reed"), Some("said"))]),
            ("Soon after the vote on Monday, Jane Doe wrote to her 20,000 Twitter followers, “It is time to go.”", &[("It is time to go.", Direct, Some("Jane Doe"), Some("wrote"))]),
            // a clause of its own after the verb still is one, but not what "when" says: when
            // the quote was said, or the question it answered
            ("“We are done,” Jane Doe told reporters that the talks had failed.", &[
                ("We are done,", Direct, Some("Jane Doe"), Some("told")),
                ("the talks had failed", Indirect, Some("Jane Doe"), Some("told")),
            ]),
            ("“You bet I would,” Jane Doe said when asked whether she would run again.", &[("You bet I would,", Direct, Some("Jane Doe"), Some("said"))]),
            ("“Really,” Jane Doe added when the host expressed shock.", &[("Really,", Direct, Some("Jane Doe"), Some("added"))]),
            // and a quote inside the writer's statement is part of that statement
            ("A cashier who “steals a handful of bills” is punished, Jane Doe said.", &[("A cashier who “steals a handful of bills” is punished", Indirect, Some("Jane Doe"), Some("said"))]),
        ]);
    }

    #[test]
    fn what_was_added_or_fronted_is_no_statement() {
        check(&[
            // "add" with an object adds a thing; with a clause it reports
            ("Later, Jane Doe added trucks to the fleet.", &[]),
            ("Jane Doe could add another job title to her resume.", &[]),
            ("The editors pick the story up and give it to our design team, who adds the pictures.", &[]),
            ("Jane Doe added the plan would fail.", &[("the plan would fail", Indirect, Some("Jane Doe"), Some("added"))]),
            ("Jane Doe added that the plan would fail.", &[("the plan would fail", Indirect, Some("Jane Doe"), Some("added"))]),
            // what was said is the "what" before the speaker, not the words after the verb
            ("If you watch what Jane Doe said this week, the plan is clear.", &[]),
            ("As Jane Doe said last week in Tel Aviv, the plan is clear.", &[]),
        ]);
    }

    #[test]
    fn state_is_a_noun_unless_it_reports() {
        check(&[
            ("Jane Doe holds a big lead in the Palmetto state’s primary.", &[]),
            ("At the Massachusetts Democratic state party convention Jane Doe said the plan had failed.", &[("the plan had failed", Indirect, Some("Jane Doe"), Some("said"))]),
            ("The three states last voted for a Republican in 1988.", &[]),
            ("The report states that the plan had failed.", &[("the plan had failed", Indirect, None, Some("states"))]),
            ("Voters went to the polls in Illinois and Ohio, Rust Belt states that have suffered from the loss of jobs.", &[]),
        ]);
    }

    #[test]
    fn a_base_form_after_an_article_and_a_name_is_a_noun() {
        check(&[
            ("The Acme Corp attack hit Tom Reed harder than those before it.", &[]),
            ("Jane Doe posted a Twitter comment of her own, saying, “We are thrilled for them.”", &[("We are thrilled for them.", Direct, Some("Jane Doe"), Some("saying"))]),
            ("The Post reports that the plan had failed.", &[("the plan had failed", Indirect, Some("Post"), Some("reports"))]),
        ]);
    }
}
