//! Quotes and their speakers: direct quotes in curly, straight and single marks (also opened once
//! over several paragraphs, or re-opened at each), reported speech ("X said that …", "…, he
//! added", "according to X, …"), and the speaker as written, resolved to an entity when the
//! article allows it. A speaker that cannot be resolved is reported without a name, never guessed.
//!
//! | module | decides |
//! |---|---|
//! | [`direct`] | direct quotes from the quote marks |
//! | [`cues`] | reporting verbs and what they introduce |
//! | [`reported`] | reported speech |
//! | [`attribution`] | the speaker of a direct quote |
//! | [`subjects`] | the speaker phrase before or after a reporting verb |
//! | [`coref`] | "he", "the spokesperson" → the entity they stand for |
//!
//! [`find`] puts them together: the parts of a split quote joined, a quote paragraph that goes
//! on without attribution given its predecessor's speaker, scare quotes dropped.

/// The bytes of a word list for [`Cx::in_list`], made when the program is compiled by
/// `list!("a an the")`: two bytes of filter, a bit per word's length and first letter, then the
/// lowercase words separated by spaces. One string rather than a `&[&str]`, which costs the WASM
/// build 8 bytes of address and length per word (see `crate::lexicon::words::Words`); the filter
/// turns away most tokens before the words are walked (the walk was 2.8 % of all instructions).
pub(super) const fn list_bytes<const N: usize>(words: &str) -> [u8; N] {
    let (b, mut out, mut filter, mut start, mut k) = (words.as_bytes(), [0; N], 0u16, 0, 0);
    while k <= b.len() {
        if k == b.len() || b[k] == b' ' {
            if k > start {
                filter |= filter_bit(b[start], k - start);
            }
            start = k + 1;
        }
        if k < b.len() {
            out[k + 2] = b[k];
        }
        k += 1;
    }
    [out[0], out[1]] = filter.to_le_bytes();
    out
}

/// A word's bit in a list's filter, from its length and its first letter, case folded.
#[inline]
const fn filter_bit(first: u8, len: usize) -> u16 {
    1 << ((first as usize | 0x20).wrapping_mul(7).wrapping_add(len.wrapping_mul(13)) & 15)
}

/// A word list for [`Cx::in_list`] (see [`list_bytes`]).
macro_rules! list {
    ($words:literal) => {{
        const LIST: [u8; $words.len() + 2] = $crate::quotes::list_bytes($words);
        &LIST as &[u8]
    }};
}

mod attribution;
mod coref;
mod cues;
mod direct;
mod reported;
mod subjects;

use crate::entities::Ent;
use crate::lexicon::Lexicons;
use crate::names::Name;
use crate::sentence::Sentence;
use crate::token::{Kind, Token};
use crate::types::QuoteKind;

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
    /// Whether the writer has the statement through a source the sentence names besides its
    /// speaker ("Jane Doe said …, according to press reports"): a statement at second hand.
    pub relayed: bool,
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

/// A speaker phrase: its first token, its end token (exclusive), and the entity it resolves to.
type Subject = (usize, usize, Option<usize>);

impl<'a> Cx<'a> {
    #[inline(never)] // called from hundreds of places: inlined, the WASM grew 975 bytes (session 26)
    pub(super) fn text(&self, i: usize) -> &'a str {
        self.text_hot(i)
    }
    /// [`Cx::text`] inlined, for the few call sites that run for every token.
    #[inline(always)]
    pub(super) fn text_hot(&self, i: usize) -> &'a str {
        // SAFETY: the context's tokens are those `tokenize` made of its `s` (analysis::analyze_with
        // makes both)
        self.toks.get(i).map_or("", |t| unsafe { t.text_unchecked(self.s) })
    }
    pub(super) fn lower(&self, i: usize) -> String {
        crate::text::to_lower(self.text(i))
    }
    /// Token `i` is `w`, ignoring ASCII case.
    pub(super) fn is(&self, i: usize, w: &str) -> bool {
        self.toks.get(i).map_or(w.is_empty(), |t| t.eq_ignore_ascii_case(self.s, w))
    }
    /// Token `i`'s lexicon bits include `bit` (the word lists above are in the lexicon table).
    #[inline]
    pub(super) fn has(&self, i: usize, bit: u32) -> bool {
        self.classes.get(i).is_some_and(|c| c & bit != 0)
    }
    /// Token `i` opens a double quote: “, ", or the first of two '' marks.
    pub(super) fn double_mark(&self, i: usize) -> bool {
        matches!(self.text(i), "“" | "\"") || self.text(i) == "'" && self.text(i + 1) == "'"
    }
    /// Token `i` is one of `list`'s words (made by `list!`), ignoring ASCII case.
    pub(super) fn in_list(&self, i: usize, list: &[u8]) -> bool {
        let (t, [f0, f1, words @ ..]) = (self.text_hot(i).as_bytes(), list) else { return false };
        t.first().is_some_and(|&c| u16::from_le_bytes([*f0, *f1]) & filter_bit(c, t.len()) != 0) && words.split(|&b| b == b' ').any(|w| w.eq_ignore_ascii_case(t))
    }
    /// The reporting verb's lemma at token `i`. A form in "-ing" reports only as a verb: after a
    /// form of "be" ("is telling", "was already claiming"), set off after a comma or a
    /// conjunction ("…, adding that", "and noting"), or after "by", "while", "after", "before",
    /// "when" — not as a noun's modifier ("a report suggesting", "tickets telling them").
    pub(super) fn verb(&self, i: usize) -> Option<&'static str> {
        let lemma = self.lex.lemma(*self.classes.get(i)?)?;
        // "state" and "states" are nouns ("the Palmetto state’s primary", "the March states
        // have …") unless "that" or a colon follows ("The report states that …", not "the Rust Belt
        // states that have suffered") or "to" or an
        // auxiliary comes before ("went on to state, “…”")
        if lemma == "state" && self.in_list(i, list!("state states")) {
            // (not a "that" of a relative clause: "Rust Belt states that have suffered")
            let verb_form = self.is(i + 1, "that") && !self.has(i + 2, crate::lexicon::Q_AUXILIARY) || self.text(i + 1) == ":" || i > 0 && (self.is(i - 1, "to") || self.has(i - 1, crate::lexicon::Q_AUXILIARY));
            if !verb_form {
                return None;
            }
        }
        // a base form after an article and a name is a noun: "a Twitter comment", "the CNN
        // report" (not "The Post reports", "The Senate said")
        if self.text(i) == lemma && self.name_ending(i).is_some_and(|k| self.names[k].first > 0 && self.in_list(self.names[k].first - 1, list!("a an the")) && !self.text(i - 1).ends_with('s')) {
            return None;
        }
        (lemma == "say" || !self.text(i).ends_with("ing") || self.verbal_ing(i)).then_some(lemma)
    }
    /// Whether token `i` is a form in "-ing" set off by a comma after its clause (not before
    /// `lo`): "…, saying", "…, adding".
    pub(super) fn set_off_participle(&self, i: usize, lo: usize) -> bool {
        i > lo && self.text(i).ends_with("ing") && self.text(i - 1) == ","
    }
    fn verbal_ing(&self, i: usize) -> bool {
        let mut k = i;
        loop {
            if k == 0 {
                return false;
            }
            if matches!(self.text(k - 1), "," | ";" | "—" | "–") || self.in_list(k - 1, list!("is are was were be been am and but by while after before when")) || self.is(k - 1, "s") && k >= 2 && matches!(self.text(k - 2), "'" | "’") && !self.toks[k - 1].space {
                return true;
            }
            // (adverbs between: "is already claiming")
            if !(k + 3 > i && self.adverb(k - 1)) {
                return false;
            }
            k -= 1;
        }
    }
    /// The name whose token range ends at `end` (exclusive).
    pub(super) fn name_ending(&self, end: usize) -> Option<usize> {
        let k = self.names.partition_point(|n| n.last < end);
        (k < self.names.len() && self.names[k].last == end).then_some(k)
    }
    /// The name that starts at `start`, or whose role does: "Falcons general manager John Reed"
    /// is John Reed's phrase, though the team "Falcons" is a name of its own there.
    pub(super) fn name_starting(&self, start: usize) -> Option<usize> {
        let k = self.names.partition_point(|n| n.first < start);
        let titled = (k..self.names.len().min(k + 3)).find(|&j| self.names[j].role_first == start && self.names[j].first > start);
        titled.or_else(|| (k < self.names.len() && self.names[k].first == start).then_some(k))
    }
    pub(super) fn speaker(&self, (b, e, ent): Subject) -> RawSpeaker {
        RawSpeaker { start: self.toks[b].start, end: self.toks[e - 1].end, entity: ent }
    }
    pub(super) fn sentence_of(&self, tok: usize) -> usize {
        self.sents.partition_point(|s| s.last <= tok).min(self.sents.len().saturating_sub(1))
    }
}

/// Whether `[first, last)` lies inside one of `qs` (sorted by start, not nested), `slack` tokens allowed at the end.
fn contained(qs: &[RawQuote], first: usize, last: usize, slack: usize) -> bool {
    let k = qs.partition_point(|q| q.first <= first);
    k > 0 && last <= qs[k - 1].last + slack
}

/// All quotes, in text order.
#[inline(never)] // a pipeline stage: kept whole, so profiles show it
pub fn find(cx: &Cx) -> Vec<RawQuote> {
    let mut direct = direct::direct(cx);
    // a title in quote marks is nobody's statement, also when its comma is the sentence's ("On
    // NBC’s “Meet the Press,” Jane Doe said …")
    direct.retain(|q| !attribution::title(cx, q));
    for q in direct.iter_mut() {
        attribution::attribute_direct(cx, q);
    }
    for q in direct.iter_mut() {
        partial_quote(cx, q);
    }
    let mut direct = merge_split_quotes(cx, direct);
    continue_paragraphs(cx, &mut direct);
    let sources = reported::sources(cx, &direct);
    let mut ind = reported::indirect(cx, &direct, &sources);
    // a direct quote is at second hand as reported speech is, by a source that the sentence it
    // ends in names outside it ("“…,” Jane Doe said, according to CNN")
    for q in direct.iter_mut() {
        q.relayed |= reported::relayed(sources.get(cx.sentence_of(q.last.max(1) - 1)).copied().flatten(), q.first, q.last);
    }
    // (a quote closing the sentence keeps its final period inside the marks: one token more)
    direct.retain(|q| is_statement(cx, q) && !contained(&ind, q.first, q.last, 1));
    // indirect content that is itself one direct quote is not a second statement
    ind.retain(|r| !contained(&direct, r.first, r.last, 1));
    let mut all = direct;
    all.extend(ind);
    crate::text::sort_by_key(&mut all, |q| (q.start as u64, q.end as u64));
    all
}

/// A quote that opens mid-sentence and is attributed after it ("The governor will play the
/// “woman card,” Smith said.") quotes a few of the speaker's words inside the writer's sentence:
/// the statement is the whole sentence up to the attribution, reported speech with a quoted part.
/// A quote that opens its sentence, or follows a colon or a reporting verb, stays as it is.
fn partial_quote(cx: &Cx, q: &mut RawQuote) {
    let (Some(sp), false) = (&q.speaker, q.single) else { return };
    if q.first == 0 || sp.start < q.end || !q.fragments.is_empty() {
        return;
    }
    let open = q.first - 1;
    let sent = &cx.sents[cx.sentence_of(open)];
    // a writer's sentence of ordinary length (a longer run is no sentence to take whole, and
    // reading it for every quote in it would grow with its square)
    if open - sent.first > 80 {
        return;
    }
    let mut first = sent.first;
    // the sentence's own opening: a dateline, or a quote mark, is not part of it
    while first < open && matches!(cx.text(first), "“" | "\"" | "‘" | "'" | "(" | "—" | "-") {
        first += 1;
    }
    let before = first..open;
    let words = before.clone().filter(|&k| cx.toks[k].kind == Kind::Word).count();
    let other_marks = before.clone().any(|k| matches!(cx.text(k), "“" | "”" | "\"" | ":" | ";"));
    let introduced = before.clone().any(|k| cx.verb(k).is_some());
    if words < 3 || other_marks || introduced || cx.toks[first].nl >= 2 && first != sent.first {
        return;
    }
    q.first = first;
    q.start = cx.toks[first].start;
    q.kind = QuoteKind::Indirect;
    // the closing mark belongs to the sentence now
    if q.last < cx.toks.len() && matches!(cx.text(q.last), "”" | "\"" | "’" | "'") {
        q.end = cx.toks[q.last].end;
        q.last += 1;
    }
}

/// The second part of a split quote ("“A,” X said. “B”") with no attribution of its own (or the
/// same one: "“A,” X said. “B”" finds "X said" too) is the same statement: one quote in fragments.
fn merge_split_quotes(cx: &Cx, direct: Vec<RawQuote>) -> Vec<RawQuote> {
    let mut merged: Vec<RawQuote> = Vec::with_capacity(direct.len());
    for q in direct {
        if let Some(prev) = merged.last_mut() {
            let same_para = (prev.last..q.first).all(|j| cx.toks[j].nl < 2);
            let same_attribution = match (&q.speaker, &prev.speaker) {
                (None, Some(_)) => true,
                (Some(a), Some(b)) => a.start == b.start && q.cue == prev.cue,
                _ => false,
            };
            // the second part resumes the statement after its attribution ("“A,” X said. “B”",
            // "“A,” X said, “B”"); one inside a clause of the writer's ("…, urging them to
            // “give him time.”") is a few words quoted there
            if same_attribution && !q.single && !prev.single && same_para && opens_utterance(cx, opening_mark(cx, q.first)) {
                if prev.fragments.is_empty() {
                    prev.fragments.push((prev.start, prev.end));
                }
                prev.fragments.push((q.start, q.end));
                // at second hand when its attribution says so ("“A,” X said, according to CNN.
                // “B”"; the sentences' sources below are read outside the quote's whole span)
                prev.relayed |= (prev.last..q.first).any(|k| cx.is(k, "according") && cx.is(k + 1, "to"));
                prev.end = q.end;
                prev.last = q.last;
                continue;
            }
        }
        merged.push(q);
    }
    merged
}

/// A quote paragraph right after an attributed one continues it when nothing else is said.
fn continue_paragraphs(cx: &Cx, direct: &mut [RawQuote]) {
    for k in 1..direct.len() {
        if direct[k].speaker.is_none() && cx.toks[direct[k].first - 1].nl >= 2 && !direct[k].single {
            let prev = &direct[k - 1];
            let between = (prev.last + 1..direct[k].first - 1).all(|j| cx.toks[j].nl < 2 || j == prev.last + 1);
            if between && prev.speaker.is_some() && !prev.single {
                direct[k].speaker = prev.speaker.clone();
            }
        }
    }
}

/// Whether a direct quote is a statement rather than a scare quote, a title or a term: single
/// quotes and short unattributed quotes are not. A short attributed quote that is not a whole
/// utterance ("called him “a genius”") is a partial quote inside reported speech; without a
/// speaker, quotes are kept from nine words on.
fn is_statement(cx: &Cx, q: &RawQuote) -> bool {
    let words = (q.first..q.last).filter(|&k| cx.toks[k].kind == Kind::Word).count();
    let utterance = matches!(cx.text(q.last - 1), "," | "." | "!" | "?" | "…");
    if q.speaker.is_some() {
        // a short quote is an utterance when it opens its sentence or follows a colon, a comma or
        // the reporting verb; one that closes the writer's sentence ("… would be jailed “for
        // life.”") is a few of the speaker's words inside it
        let lead = opening_mark(cx, q.first);
        // a one-word answer needs a sentence of its own (“Absolutely,” he said.)
        let own_sentence = lead == 0 || cx.toks[lead].nl > 0 || matches!(cx.text(lead - 1), "." | "!" | "?");
        words > 3 || (utterance && opens_utterance(cx, lead) && (words >= 2 || own_sentence))
    } else if q.single {
        false
    } else {
        words > 8
    }
}

/// The opening mark of the quote whose first token is `first` (the first of two '' marks).
pub(super) fn opening_mark(cx: &Cx, first: usize) -> usize {
    let open = first.saturating_sub(1);
    if open > 0 && cx.text(open) == "'" && cx.text(open - 1) == "'" && !cx.toks[open].space { open - 1 } else { open }
}

/// Whether the quote whose [`opening_mark`] is `lead` opens an utterance: the mark opens its
/// line or follows a colon, a comma, the end of a sentence or a reporting verb, not a word of the
/// writer's clause.
fn opens_utterance(cx: &Cx, lead: usize) -> bool {
    lead == 0 || cx.toks[lead].nl > 0 || matches!(cx.text(lead - 1), ":" | "," | "." | "!" | "?") || cx.verb(lead - 1).is_some()
}

/// Table-driven tests of the quote stage's modules, through the whole pipeline (speakers are
/// resolved to the entities).
#[cfg(test)]
mod testing {
    use crate::types::QuoteKind;

    /// Each quote of `text`: what was said, its kind, the speaker's resolved name and the cue.
    pub fn quotes(text: &str) -> Vec<(String, QuoteKind, Option<String>, Option<String>)> {
        let u: Vec<u16> = text.encode_utf16().collect();
        let slice = |a: usize, b: usize| String::from_utf16_lossy(&u[a..b]);
        crate::analyze(text)
            .quotes
            .iter()
            .map(|q| (slice(q.start, q.end), q.kind, q.speaker.as_ref().and_then(|s| s.name.clone()), q.cue.as_ref().map(|c| c.text.clone())))
            .collect()
    }

    /// Checks a table of (text, quotes): the quotes of `text` are exactly these (what was said,
    /// kind, speaker's name, cue), in order.
    pub fn check(table: &[(&str, &[(&str, QuoteKind, Option<&str>, Option<&str>)])]) {
        for (text, want) in table {
            let got = quotes(text);
            assert_eq!(got.len(), want.len(), "{text:?}: {got:?}");
            for ((gt, gk, gs, gc), (wt, wk, ws, wc)) in got.iter().zip(want.iter()) {
                assert_eq!((gt.as_str(), gk, gs.as_deref(), gc.as_deref()), (*wt, wk, *ws, *wc), "{text:?}");
            }
        }
    }
}

#[cfg(test)]
mod list_tests {
    /// Whether `word` is in `list` as `Cx::in_list` decides it, on a text of that one word.
    fn found(list: &[u8], word: &str) -> bool {
        let lex = crate::lexicon::Lexicons::get();
        let toks = crate::token::tokenize(word);
        let classes = lex.token_classes(word, &toks);
        super::Cx { s: word, toks: &toks, sents: &[], names: &[], name_ent: &[], ents: &[], lex, classes: &classes }.in_list(0, list)
    }

    #[test]
    fn every_word_of_a_list_is_found_in_any_case_and_no_other() {
        for (list, words) in [
            (list!("a an the"), "a an the"),
            (list!("while whereas although though because since when after before if as"), "while whereas although though because since when after before if as"),
            (list!("mr"), "mr"),
        ] {
            for w in words.split(' ') {
                for w in [w.to_string(), w.to_uppercase(), w[..1].to_uppercase() + &w[1..]] {
                    assert!(found(list, &w), "{w:?} in {words:?}");
                }
            }
        }
        for (list, word) in [(list!("a an the"), "then"), (list!("a an the"), "th"), (list!("a an the"), "ant"), (list!("mr"), "m"), (list!("mr"), "mrs"), (list!("he she"), "hes"), (list!("he she"), ",")] {
            assert!(!found(list, word), "{word:?}");
        }
    }
}

#[cfg(test)]
mod partial_quote_tests {
    use super::testing::check;
    use crate::types::QuoteKind::{Direct, Indirect};

    #[test]
    fn a_quote_inside_the_writers_sentence_is_the_whole_statement() {
        check(&[
            // the speaker's words quoted inside a sentence attributed after it
            ("The former governor will play the “woman card,” Smith said.", &[("The former governor will play the “woman card,”", Indirect, Some("Smith"), Some("said"))]),
            ("Teachers in the union are \"very, very pro-Sanders,\" Kilfoyle said.", &[("Teachers in the union are \"very, very pro-Sanders,\"", Indirect, Some("Kilfoyle"), Some("said"))]),
            // a quote that opens its sentence stays a direct quote
            ("“We will rebuild the bridge,” Mayor Ana Ruiz said.", &[("We will rebuild the bridge,", Direct, Some("Ana Ruiz"), Some("said"))]),
            // introduced by the speaker before it: the quote alone
            ("Ana Ruiz said on Friday: “We will rebuild the bridge.”", &[("We will rebuild the bridge.", Direct, Some("Ana Ruiz"), Some("said"))]),
        ]);
    }

    #[test]
    fn a_split_quote_resumes_after_its_attribution_not_inside_a_clause() {
        check(&[
            ("“Let her decide,” said Jane Doe. “She has earned it.”", &[("Let her decide,” said Jane Doe. “She has earned it.", Direct, Some("Jane Doe"), Some("said"))]),
            ("“Let her decide,” said Jane Doe, “she has earned it.”", &[("Let her decide,” said Jane Doe, “she has earned it.", Direct, Some("Jane Doe"), Some("said"))]),
            // words quoted inside the writer's clause after the attribution are not its second part
            ("“Let her decide,” said Jane Doe, urging those calling for her exit to “give her time.”", &[
                ("Let her decide,", Direct, Some("Jane Doe"), Some("said")),
                ("those calling for her exit to “give her time.”", Indirect, Some("Jane Doe"), Some("urging")),
            ]),
            ("“As with all agencies, there are issues,” Tom Reed said.\nSpeaking in Paris, a spokesman waved away words like “maybe” and “perhaps” again.", &[("As with all agencies, there are issues,", Direct, Some("Tom Reed"), Some("said"))]),
        ]);
    }

    #[test]
    fn a_few_words_closing_the_writers_sentence_are_no_utterance() {
        for text in ["Judge Ana Ruiz said the man would be jailed “for life.”", "Senator Tom Hale called the jet a “truly great aircraft.”"] {
            let got = super::testing::quotes(text);
            assert!(!got.iter().any(|q| q.1 == Direct), "{text:?}: {got:?}");
        }
        // a short answer that opens its sentence is one
        check(&[("“Absolutely not,” Senator Tom Hale said.", &[("Absolutely not,", Direct, Some("Tom Hale"), Some("said"))])]);
        // a one-word answer that is a sentence of its own is one too; one closing the writer's
        // sentence is not
        check(&[("The vote is close. “Absolutely,” Senator Tom Hale said when asked.", &[("Absolutely,", Direct, Some("Tom Hale"), Some("said"))])]);
        assert!(!super::testing::quotes("Senator Tom Hale called the plan “fine.”").iter().any(|q| q.1 == Direct));
    }

    #[test]
    fn verbs_of_scorn_and_wonder_report_speech() {
        check(&[
            ("“That plan will never pass,” Senator Tom Hale scoffed.", &[("That plan will never pass,", Direct, Some("Tom Hale"), Some("scoffed"))]),
            ("“You should have known better,” the mayor chided them.", &[("You should have known better,", Direct, None, Some("chided"))]),
            ("Critics lamented that the river had been left to die.", &[("the river had been left to die", Indirect, None, Some("lamented"))]),
        ]);
    }
}
