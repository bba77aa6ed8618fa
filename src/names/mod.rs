//! Names: capitalised chunks (with particles such as al-, bin, van, de and initials), titles and
//! roles before or around them, and a first classification into person, organization or place
//! from the name itself and its context.
//!
//! | module | decides |
//! |---|---|
//! | [`shape`] | which words can be part of a name (capitals, particles, codes) |
//! | [`context`] | the document around a chunk: classes, lowercase words, company context |
//! | [`chunk`] | where a name ends ("J. Smith", "Bank of England", "AT&T") |
//! | [`roles`] | titles and roles before a name or inside a chunk |
//! | [`kind`] | the evidence about a chunk and the order of the rules below |
//! | [`person`], [`organization`], [`place`] | the evidence for each kind |

mod chunk;
mod context;
mod kind;
mod organization;
mod person;
mod place;
mod roles;
mod shape;

pub use context::Ctx;

use crate::lexicon::words::{DESIGNATORS, STOP};
use crate::lexicon::{hash_str, with_lower, L_DEMONYM, L_ORG, L_PLACE, L_ROLE};
use crate::sentence::Sentence;
use crate::token::Kind;
use crate::types::MentionKind;
use kind::{Evidence, Verdict};

#[derive(Clone, Debug)]
pub struct Name {
    /// Token range of the name itself (titles excluded).
    pub first: usize,
    pub last: usize,
    /// `None`: a single capitalised word that the article's other names may still explain.
    pub kind: Option<MentionKind>,
    /// Role as written ("Iraqi government spokesperson", "Prime Minister").
    pub role: Option<String>,
    /// First token of the whole mention including a role before the name.
    pub role_first: usize,
    /// The next token is a reporting verb ("Smith said").
    pub speaks: bool,
    /// A single word of unknown kind where places stand ("died in Poznań", "the Dongguan area"):
    /// a place, unless the text names it otherwise.
    pub placed: bool,
}

/// The words that name a storm before its name ("Hurricane Katrina"), by hash.
const STORM_WORDS: [u64; 5] = [hash_str("hurricane"), hash_str("typhoon"), hash_str("cyclone"), hash_str("superstorm"), hash_str("storm")];

/// How many storms' names a text's later words are tested against (a news story names a few).
const MAX_STORMS: usize = 32;

/// Finds the names in each sentence.
#[inline(never)] // a pipeline stage: kept whole, so profiles show it
pub fn find(cx: &Ctx, sents: &[Sentence]) -> Vec<Name> {
    let mut out: Vec<Name> = Vec::with_capacity(cx.toks.len() / 12 + 4); // news: a name per 15 tokens or so
    // the names of the storms the text names: nobody's, later alone too ("Katrina killed …");
    // at most MAX_STORMS of them, so that a test of every later word stays short on any text
    let mut storms: Vec<u64> = Vec::new();
    for sent in sents {
        let mut i = sent.first;
        while i < sent.last {
            if !cx.name_word(i) {
                i += 1;
                continue;
            }
            let start = i;
            let end = chunk::trimmed_end(cx, start, chunk::chunk_end(cx, sent, start));
            i = end;
            // "the Battle of the Bulge", "the Voice of America": a word cut from its "of" tail
            // after "the" is a piece of a longer name, none of its own, and so is its tail
            if end == start + 1 && cx.text(end) == "of" && start > 0 && cx.text(start - 1).eq_ignore_ascii_case("the") && !cx.is(start, L_ORG | L_PLACE) {
                i = end + 1 + usize::from(cx.text(end + 1) == "the");
                while i < sent.last && cx.name_word(i) {
                    i += 1;
                }
                continue;
            }
            // a storm's name: "Hurricane Katrina", "Tropical Storm Bopha", "the typhoon Haiyan"
            // (by the words' hashes, which ignore case: no string compared for most names)
            let hash = |k: usize| cx.toks.get(k).map_or(0, |t| t.hash);
            let storm_word = |k: usize| STORM_WORDS.contains(&hash(k));
            // (after a common word that opens the chunk: "Once Cyclone Phailin comes ashore")
            let s0 = if end > start + 2 && cx.common_cap(start) { start + 1 } else { start };
            let tropical = hash(s0) == hash_str("tropical") && (storm_word(s0 + 1) || hash(s0 + 1) == hash_str("depression"));
            if (storm_word(s0) || tropical) && end > s0 + 1 || end == start + 1 && start > sent.first && storm_word(start - 1) {
                let h = cx.toks[end - 1].hash;
                if storms.len() < MAX_STORMS && !storms.contains(&h) {
                    storms.push(h);
                }
                continue;
            }
            if end == start + 1 && !storms.is_empty() && storms.contains(&cx.toks[start].hash) {
                continue;
            }
            let start = chunk::partnership_start(cx, start, end, &mut out);
            let before = out.len();
            classify(cx, sent, start, end, &mut out);
            if let Some(n) = out.get(before..).and_then(|v| v.last()) {
                i = i.max(n.last);
            }
        }
    }
    organization::mark_teams(cx, &mut out);
    roles::appositive_roles(cx, &mut out);
    // a single unexplained word that the text treats as a company: "Goldman officials",
    // "a spokesman for Laidlaw", "Shearson's Andy Rosen"
    for n in out.iter_mut() {
        if n.kind.is_none() && n.last - n.first == 1 && (cx.organization_context(n) || cx.company_context(n)) {
            n.kind = Some(MentionKind::Organization);
        }
    }
    organization::spread_companies(cx, &mut out);
    organization::demonym_led_companies(cx, &mut out);
    out
}

fn classify(cx: &Ctx, sent: &Sentence, start: usize, end: usize, out: &mut Vec<Name>) {
    if let Some(n) = classify_one(cx, sent, start, end, out) {
        out.push(n);
    }
}

/// The name in chunk `[start, end)`, if it holds one: common words at its front dropped, a role
/// inside it split off, titles and roles taken as the person's role, then its kind.
fn classify_one(cx: &Ctx, sent: &Sentence, start: usize, end: usize, out: &mut Vec<Name>) -> Option<Name> {
    let first = skip_common_words(cx, sent, start, end);
    if let Some(bank) = first_bank(cx, sent, start, first, end) {
        return Some(bank);
    }
    if let Some(decided) = roles::split_at_role(cx, sent, first, end, out) {
        return decided;
    }
    // a body's name run into a person's, with no role between: "the Arab League Amr Moussa",
    // "the Refugee Council Enver Solomon" (the body's word, then two capitalised words that no
    // lexicon lists and that are no common words, as a person's names are)
    // (nor a company's designator, nor a given name in "-ing": "… Partners Limited Partnership",
    // "… of Petroleum Exporting Countries")
    let personal = |j: usize| {
        let w = cx.text(j);
        cx.toks[j].kind == Kind::Word && shape::is_cap(w) && !shape::all_caps(w) && !cx.org_word(j) && !cx.is(j, L_ORG | L_PLACE | L_DEMONYM | L_ROLE) && !cx.common_cap(j) && !cx.common_word_at(j) && !with_lower(w, |l| DESIGNATORS.contains(&l))
    };
    let given = |j: usize| personal(j) && !(cx.text(j).len() > 4 && cx.text(j).ends_with("ing"));
    if end >= first + 4 && cx.org_word(end - 3) && given(end - 2) && personal(end - 1) {
        classify(cx, sent, first, end - 2, out);
        return classify_one(cx, sent, end - 2, end, out);
    }
    // a place the lexicon knows whole, whatever its words look like: "St. Louis", "Fort Worth"
    if end - first >= 2 && cx.known(first, end) & L_PLACE != 0 {
        return Some(Name { first, last: end, kind: Some(MentionKind::Place), role: None, role_first: first, speaks: false, placed: false });
    }
    // a state's abbreviation after its town, though it is also a title's: "Wilmington, Del."
    if end == first + 1 && first > 0 && cx.text(first - 1) == "," && cx.place_abbreviation(first) {
        return Some(Name { first, last: end, kind: Some(MentionKind::Place), role: None, role_first: first, speaks: false, placed: false });
    }
    // a role alone is nobody's name: "the President", "the Prime Minister"
    if first < end && cx.role_words_at(first, end) >= end - first {
        return None;
    }
    let chunk_first = first;
    let (first, mut role) = roles::titles(cx, first, end);
    if first >= end || matches!(cx.text(first), "&" | "/") {
        return None;
    }
    // "CEO of Vidyard", "Director at Acme": the role's organization, not a person named "of …"
    if first > chunk_first && first + 1 < end && matches!(cx.text(first), "of" | "at" | "for") {
        return classify_one(cx, sent, first + 1, end, out);
    }
    // an organization word after a role-like word: "Justice Department", "Defense Ministry"
    if first > chunk_first && (first..end).any(|k| cx.org_word(k)) {
        return Some(Name { first: chunk_first, last: end, kind: Some(MentionKind::Organization), role: None, role_first: chunk_first, speaks: false, placed: false });
    }
    let mut role_first = chunk_first;
    if role.is_none() && first > sent.first {
        if let Some((r, b)) = roles::role_before(cx, sent, first) {
            role = Some(r);
            role_first = b;
        }
    }
    let role = role.filter(|r| !r.is_empty());
    let had_title = role_first < first || first > start && cx.role_words_at(start, end) > 0;
    let role_first = if role.is_some() || had_title { role_first.min(first) } else { first };
    // the surname of a person named in full before, though it is also a word: "Ian Read …
    // Read said", "Karen Small … Small added"
    if end - first == 1 && earlier_surname(cx, out, first) {
        return Some(Name { first, last: end, kind: Some(MentionKind::Person), role, role_first, speaks: false, placed: false });
    }
    // a title alone, as a form of address, is nobody's name: "Mr. Secretary and Mr.
    // Congressman", "Madam Speaker" ("Mr. Major", a surname written before, is taken above)
    if end - first == 1 && cx.is(first, L_ROLE) {
        return None;
    }
    let ev = Evidence::new(cx, first, end, role.is_some(), had_title)?;
    if kind::not_a_name(cx, &ev, had_title) {
        return None;
    }
    let kind = match kind::kind(cx, sent, &ev) {
        Verdict::Is(k) => Some(k),
        Verdict::Unknown => None,
        Verdict::NotAName => return None,
    };
    if kind.is_none() && (ev.name_bits & L_DEMONYM != 0 || cx.is_common_word(ev.name) || ev.words.len() > 1) {
        return unknown_tail(cx, sent, &ev, out);
    }
    // (not a possessive, "in Saddam's trial", nor a compound, "in Georgia-Pacific", nor a word
    // before its noun, "in Beatles lyrics"; an adverb is no noun, "the city of Arbil again")
    let modifies = || cx.toks.get(end).is_some_and(|t| t.kind == Kind::Word && t.flags & crate::token::F_LOWER != 0 && !cx.taken[end] && !STOP.contains(&ev.next) && !matches!(ev.next, "last" | "next" | "now") && !place::place_noun_after(cx, first) && !cx.adverb(end));
    let placed = kind.is_none() && end - first == 1 && place::place_context(cx, first) && !matches!(ev.next, "'" | "’") && !ev.name.contains('-') && !modifies();
    Some(Name { first, last: end, kind, role, role_first, speaks: ev.speaks, placed })
}

/// Whether the word at `k` is the last word of one of the last 200 people named in full.
fn earlier_surname(cx: &Ctx, out: &[Name], k: usize) -> bool {
    let w = cx.text(k);
    // (the words' hashes first: equal words have equal hashes)
    let h = cx.toks[k].hash;
    let same = |j: usize| cx.toks[j].hash == h && cx.text(j) == w;
    // (or its first word, a family name written first: "Li Song-ho … Li said", "Xiao Qiang")
    w.len() > 1 && out.iter().rev().take(200).any(|n| n.kind == Some(MentionKind::Person) && n.last - n.first >= 2 && n.last <= k && (same(n.last - 1) || same(n.first) && cx.speaks_at(k + 1) && !cx.is(n.first + 1, L_ROLE) && cx.text(n.first + 1).chars().nth(1).is_some_and(char::is_lowercase)))
}

/// "First Chicago", "First Boston Corp.": a company named "First" and a place or an
/// organization word, which the common word "First" would otherwise leave as a place or cut
/// short. At the start of a sentence "First" is an adverb unless the name speaks or ends in an
/// organization word ("First Chicago Corp. said").
fn first_bank(cx: &Ctx, sent: &Sentence, start: usize, first: usize, end: usize) -> Option<Name> {
    if !(first == start + 1 && first < end && cx.text(start) == "First" && cx.toks[first].nl == 0) {
        return None;
    }
    let rest = &cx.s[cx.toks[first].start..cx.toks[end - 1].end];
    let org_word = (first..end).any(|k| cx.org_word(k));
    let speaks = cx.speaks_at(end);
    let place = cx.lex.is_place(rest) && (start > sent.first || speaks);
    (org_word || place).then(|| Name { first: start, last: end, kind: Some(MentionKind::Organization), role: None, role_first: start, speaks, placed: false })
}

/// Where a chunk's name starts: sentence-initial or line-initial common words ("Some",
/// "Overall", "The") are dropped; mid-sentence, a capitalised common word opens an
/// organization's name ("First Boston Corp", "New Jersey Turnpike Authority", "May Department
/// Stores Co").
fn skip_common_words(cx: &Ctx, sent: &Sentence, start: usize, end: usize) -> usize {
    let mut first = start;
    let sentence_start = first == sent.first || (first > sent.first && cx.toks[first - 1].kind == Kind::Punct && (first - 1 == sent.first || matches!(cx.text(first - 1), "“" | "\"" | "‘" | "(" | "—")));
    // …but a name the lexicon knows with its "The" keeps it ("The Hague"; "The Australian" inside
    // a sentence only: a sentence's "The Australian" is most often a person)
    if cx.text(start) == "The" && end - start >= 2 && cx.known(start, end) & if sentence_start { L_PLACE } else { L_ORG | L_PLACE } != 0 {
        return start;
    }
    let org_tail = !sentence_start && end - start >= 2 && cx.org_word(end - 1) && !matches!(cx.text(start), "The" | "A" | "An");
    // a word the article also capitalises inside its sentences opens a name at a sentence's
    // start too, though it is written in lowercase elsewhere ("Mark Wynn, chairman …" beside
    // "that would mark another blow" and "that Mark Wynn intended")
    let named_inside = sentence_start && end - start >= 2 && !cx.common_cap(start) && cx.mid_caps.contains(cx.toks[start].hash);
    // (an initial is no article: "A. Donald Anderson")
    while !org_tail && !(named_inside && first == start) && first < end && (cx.common_cap(first) || (sentence_start && first == start && (cx.common_word_at(first) || cx.lex.lemma(cx.classes[first]).is_some() && cx.text(first).ends_with('s')) && !cx.is(first, L_PLACE | L_ORG))) && !cx.initial(first) {
        first += 1;
    }
    first
}

/// A demonym or an ordinary word alone is not an entity ("Iraqi", "Interview"); an unknown name
/// of several words with some common words keeps the part after the last common word.
fn unknown_tail(cx: &Ctx, sent: &Sentence, ev: &Evidence, out: &mut Vec<Name>) -> Option<Name> {
    if ev.words.len() > 1 && !ev.wi.iter().all(|&k| cx.common_word_at(k) || cx.is(k, L_DEMONYM)) {
        let k = (ev.first..ev.end).rev().find(|&k| (cx.common_word_at(k) && !cx.initial(k)) || cx.is(k, L_DEMONYM))?;
        if k + 1 < ev.end {
            return classify_one(cx, sent, k + 1, ev.end, out);
        }
    }
    None
}

/// Table-driven tests of the names stage's modules, through the whole pipeline (a name's kind
/// and whether it is kept are decided with the entities).
#[cfg(test)]
mod testing {
    use crate::types::MentionKind;

    /// The names of `text` with their kind, as the Analysis marks them.
    pub fn names(text: &str) -> Vec<(String, MentionKind)> {
        crate::analyze(text).mentions.into_iter().filter(|m| m.kind != MentionKind::Figure).map(|m| (m.text, m.kind)).collect()
    }

    /// Checks a table of (text, names): each (span, kind) is among the names of `text`; an empty
    /// list means that `text` has no name at all.
    pub fn check(table: &[(&str, &[(&str, MentionKind)])]) {
        for (text, want) in table {
            let got = names(text);
            for (span, kind) in *want {
                assert!(got.iter().any(|(t, k)| t == span && k == kind), "{text:?}: want {span:?} {kind:?}, got {got:?}");
            }
            if want.is_empty() {
                assert!(got.is_empty(), "{text:?}: {got:?}");
            }
        }
    }

    /// Checks a table of (text, names): the names of `text` are exactly these, in order.
    pub fn check_exact(table: &[(&str, &[(&str, MentionKind)])]) {
        for (text, want) in table {
            let got = names(text);
            assert_eq!(got.iter().map(|(t, k)| (t.as_str(), *k)).collect::<Vec<_>>(), want.to_vec(), "{text:?}");
        }
    }

    /// The role of the entity named `name` in `text`.
    pub fn role(text: &str, name: &str) -> Option<String> {
        let a = crate::analyze(text);
        let e = a.entities.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("{text:?}: no entity {name:?}; {:?}", a.entities));
        e.role.clone()
    }
}
