//! Entities: one per real-world referent in an article. Later short forms ("Al-Awadi") join the
//! person first named in full ("Basem Al-Awadi"); acronyms join the organization they abbreviate;
//! a single capitalised word that matches nothing already named is dropped.

use crate::types::MentionKind;
use crate::names::Name;
use crate::lexicon::Map64;
use crate::lexicon::words::DESIGNATORS;
use std::hash::Hasher;

#[derive(Clone, Debug)]
pub struct Ent {
    pub kind: MentionKind,
    /// The fullest form seen.
    pub name: String,
    /// Every distinct form as written.
    pub forms: Vec<String>,
    pub role: Option<String>,
    /// Indices into the names vector.
    pub names: Vec<usize>,
}

/// The words of every name, normalised for matching (lowercase, no trailing period, apostrophes
/// and non-breaking hyphens as '-'), in one buffer: name `i`'s words are `spans[names[i]]`.
struct Words {
    buf: String,
    spans: Vec<(u32, u32)>,
    names: Vec<std::ops::Range<usize>>,
}

impl Words {
    fn new<'t>(texts: impl ExactSizeIterator<Item = &'t str> + Clone) -> Words {
        let bytes = texts.clone().map(str::len).sum();
        let mut w = Words { buf: String::with_capacity(bytes), spans: Vec::with_capacity(texts.len() * 2), names: Vec::with_capacity(texts.len()) };
        for t in texts {
            let first = w.spans.len();
            for x in t.split_whitespace().filter(|x| *x != ".") {
                let x = x.trim_end_matches('.');
                let start = w.buf.len();
                if x.is_ascii() {
                    w.buf.extend(x.bytes().map(|b| if b == b'\'' { '-' } else { b.to_ascii_lowercase() as char }));
                } else {
                    w.buf.extend(crate::text::to_lower(x).chars().map(|c| if matches!(c, '‑' | '’' | '\'') { '-' } else { c }));
                }
                w.spans.push((start as u32, w.buf.len() as u32));
            }
            w.names.push(first..w.spans.len());
        }
        w
    }
    /// Name `i`'s words.
    fn of(&self, i: usize) -> &[(u32, u32)] {
        &self.spans[self.names[i].clone()]
    }
    fn word(&self, span: (u32, u32)) -> &str {
        &self.buf[span.0 as usize..span.1 as usize]
    }
}

/// "al-sudani" and "sudani" are the same surname.
fn bare(w: &str) -> &str {
    // (most words have no such particle: a hyphen at the third or fourth byte, or nothing)
    let b = w.as_bytes();
    if b.get(2) != Some(&b'-') && b.get(3) != Some(&b'-') {
        return w;
    }
    for p in ["al-", "el-", "ul-", "bin-", "abu-", "ibn-"] {
        if let Some(r) = w.strip_prefix(p) {
            return r;
        }
    }
    w
}

/// The hash of a name's initials ("isis" for "Islamic State of Iraq and Syria").
fn initials(w: &Words, ws: &[(u32, u32)]) -> u64 {
    let mut buf = [0u8; 4];
    let mut h = 0;
    for &x in ws {
        let x = w.word(x);
        if matches!(x, "of" | "for" | "the" | "and" | "in" | "on" | "de") {
            continue;
        }
        if let Some(c) = bare(x).chars().next() {
            h = c.encode_utf8(&mut buf).bytes().fold(h, crate::lexicon::hash_step);
        }
    }
    h
}

/// The hash of one word, as a key of the surname and short-form tables.
fn word_key(x: &str) -> u64 {
    crate::lexicon::hash_str(x)
}

/// Lookup tables over the entities made so far, so that resolution stays linear in the names.
/// Keys are 64-bit hashes of the normalised words (see [`key`], [`word_key`], [`initials`]).
#[derive(Default)]
struct Index {
    full: Map64,
    /// Surname key → its list in `surnames` (a map to an index rather than to a `Vec`: one
    /// hash-map type fewer in the WASM build).
    surname: Map64,
    surnames: Vec<Vec<usize>>,
    org_short: Map64,
    /// One word → the one entity it names alone, or [`SHARED`]: a person's first name, or a
    /// word of a company's name with its designator ("nekoosa" of "Great Northern Nekoosa
    /// Corp.").
    one_word: Map64,
}

/// Two people or more have this first name, or two companies this word: it alone names none
/// of them.
const SHARED: usize = usize::MAX - 1;

/// Key `k` names entity `id` in `map`, unless it already names another: then [`SHARED`].
#[inline(never)]
fn claim(map: &mut Map64, k: u64, id: usize) {
    if map.get_or_insert(k, id) != id {
        map.insert(k, SHARED);
    }
}

/// A name's words as one hash key, without joining them into a new string.
fn key(w: &Words, ws: &[(u32, u32)]) -> u64 {
    let mut h = crate::lexicon::FxHasher::default();
    for &x in ws {
        h.write(w.word(x).as_bytes());
        h.write_u8(0xff);
    }
    h.finish()
}

impl Index {
    /// The people whose surname has key `k`, longest name first.
    fn people_named(&self, k: u64) -> Option<&Vec<usize>> {
        self.surname.get(k).map(|at| &self.surnames[at])
    }

    /// `headed`: the name ends in an organization word and opens with no given name. `given`: a
    /// person's name opens with a given name, or the person has a role.
    fn add(&mut self, id: usize, kind: MentionKind, w: &Words, ws: &[(u32, u32)], headed: bool, given: bool) {
        self.full.get_or_insert(key(w, ws), id);
        match kind {
            MentionKind::Person if ws.len() > 1 => {
                let f = word_key(w.word(ws[0]));
                if given {
                    claim(&mut self.one_word, f, id);
                }
                if let Some(&last) = ws.last() {
                    let n = self.surnames.len();
                    let at = self.surname.get_or_insert(word_key(bare(w.word(last))), n);
                    if at == n {
                        self.surnames.push(Vec::new());
                    }
                    self.surnames[at].push(id);
                }
            }
            MentionKind::Organization if ws.len() > 1 => {
                self.org_short.get_or_insert(initials(w, ws), id);
                if let Some(&last) = ws.last() {
                    self.org_short.get_or_insert(word_key(w.word(last)), id);
                }
                // the name without its corporate designator: "Chrysler" of "Chrysler Corp.",
                // "Blue Arrow" of "Blue Arrow PLC"
                let mut n = ws.len();
                while n > 1 && DESIGNATORS.contains(&w.word(ws[n - 1])) {
                    n -= 1;
                }
                // …and without its organization word, when two words or more are left: "Acme
                // Widget" of "Acme Widget Foundation", "Ohio State" of "Ohio State University" (not
                // "Clinton" of "Clinton Foundation", nor "George Washington" of "George Washington
                // University")
                if headed && n == ws.len() && n > 2 {
                    self.org_short.get_or_insert(key(w, &ws[..n - 1]), id);
                } else if n < ws.len() {
                    for &x in &ws[..n] {
                        claim(&mut self.one_word, word_key(w.word(x)), id);
                    }
                    if n == 1 {
                        self.org_short.get_or_insert(word_key(w.word(ws[0])), id);
                    } else {
                        self.full.get_or_insert(key(w, &ws[..n]), id);
                    }
                }
            }
            _ => {}
        }
    }
}

/// Resolves names to entities. Returns the entities and, for each name, its entity.
/// `texts[i]` is the text of `names[i]`.
#[inline(never)] // a pipeline stage: kept whole, so profiles show it
pub fn resolve(texts: &[&str], names: &[Name]) -> (Vec<Ent>, Vec<Option<usize>>) {
    let mut ents: Vec<Ent> = Vec::with_capacity(names.len());
    // for each entity, the name whose words are its fullest form
    let mut ent_words: Vec<usize> = Vec::with_capacity(names.len());
    let mut ix = Index { full: Map64::with_capacity(names.len()), ..Index::default() };
    let mut of: Vec<Option<usize>> = vec![None; names.len()];
    let words = Words::new(texts.iter().copied());
    let lex = crate::lexicon::Lexicons::get();
    // pass 1: names whose kind is known, longer names first so that short forms find their full name
    let mut order: Vec<usize> = (0..names.len()).filter(|&i| names[i].kind.is_some()).collect();
    crate::text::sort_by_key(&mut order, |&i| (u64::MAX - words.of(i).len() as u64, i as u64));
    for &i in &order {
        let kind = names[i].kind.unwrap();
        let w = words.of(i);
        if w.is_empty() {
            continue;
        }
        let mut found = ix.full.get(key(&words, w));
        if found.is_none() && kind == MentionKind::Person {
            // a surname, or "first last" of a longer name
            let last = bare(words.word(w[w.len() - 1]));
            // entities come longest first (the order above), so those longer than this name
            // lead the list: the scan stops at the first that is not
            found = ix.people_named(word_key(last)).and_then(|ids| {
                ids.iter().copied().take_while(|&id| w.len() < words.of(ent_words[id]).len()).find(|&id| {
                    let ew = words.of(ent_words[id]);
                    w.iter().all(|&x| ew.iter().any(|&y| bare(words.word(y)) == bare(words.word(x))))
                })
            });
        }
        if found.is_none() && kind != MentionKind::Place && w.len() > 1 {
            // an organization's name without its organization word: "Acme Widget" after "Acme
            // Widget Foundation"
            found = ix.org_short.get(key(&words, w));
        }
        if found.is_none() && kind == MentionKind::Organization && w.len() == 1 {
            // an acronym, or the head word alone: "Association" after "Coastal Fishermen’s Association"
            found = ix.org_short.get(word_key(words.word(w[0])));
        }
        let id = match found {
            // a person's title outweighs the guess that made the entity a place or a body:
            // "welcome to Rumao Xie, … Ambassador Rumao Xie said" (a capitalised title: a word
            // such as "head" may be a verb, "to head Ilocano forces")
            Some(id) if kind == MentionKind::Person && names[i].role_first < names[i].first && names[i].role.as_ref().is_none_or(|r| r.starts_with(char::is_uppercase)) => {
                ents[id].kind = kind;
                id
            }
            Some(id) => id,
            None => {
                ents.push(Ent { kind, name: texts[i].to_string(), forms: Vec::new(), role: None, names: Vec::new() });
                ent_words.push(i);
                let id = ents.len() - 1;
                let given = texts[i].split(' ').next().is_some_and(|f| lex.bits(f) & crate::lexicon::L_GIVEN != 0);
                let headed = !given && texts[i].rsplit(' ').next().is_some_and(|l| lex.is_org_word(l));
                ix.add(id, kind, &words, w, headed, given || names[i].role.is_some());
                id
            }
        };
        of[i] = Some(id);
    }
    // pass 2: single words of unknown kind, and known single words that match a person's surname
    for i in 0..names.len() {
        let w = words.of(i);
        if w.len() != 1 {
            continue;
        }
        let w0 = words.word(w[0]);
        let person = ix.people_named(word_key(bare(w0))).and_then(|ids| ids.first().copied());
        // the first name of one person named in full: "Angelo" after "Angelo Roig"
        // (or one word of a company's name: "Nekoosa" after "Great Northern Nekoosa Corp.",
        // "Campbell" after "Campbell Soup Co.")
        // (a person's name, "Mr. Whelen", is no company's)
        let first = ix.one_word.get(word_key(w0)).filter(|&p| p != SHARED && (names[i].kind.is_none() || names[i].kind == Some(MentionKind::Person) && ents[p].kind == MentionKind::Person));
        match (names[i].kind, person.or(first)) {
            (_, Some(p)) if names[i].kind != Some(MentionKind::Place) => of[i] = Some(p),
            (None, None) => {
                // the same word named as a person elsewhere ("President Bush … the Bush
                // administration"); an organization's one word does not spread so (a word the
                // text once took for a company may be anything elsewhere)
                if let Some(e) = ix.full.get(key(&words, w)).filter(|&e| matches!(ents[e].kind, MentionKind::Person | MentionKind::Place)) {
                    of[i] = Some(e);
                } else if let Some(o) = ix.org_short.get(word_key(w0)) {
                    of[i] = Some(o);
                } else if names[i].speaks || names[i].placed {
                    let kind = if names[i].speaks { MentionKind::Person } else { MentionKind::Place };
                    ents.push(Ent { kind, name: texts[i].to_string(), forms: Vec::new(), role: None, names: Vec::new() });
                    ent_words.push(i);
                    of[i] = Some(ents.len() - 1);
                    // (later mentions of the place's word alone are that place)
                    if kind == MentionKind::Place {
                        ix.full.get_or_insert(key(&words, w), ents.len() - 1);
                    }
                }
            }
            _ => {}
        }
    }
    // fill in forms, fullest name, role and mentions in text order
    for (i, e) in of.iter().enumerate() {
        if let Some(id) = *e {
            let ent = &mut ents[id];
            let t = texts[i];
            if words.of(i).len() > words.of(ent_words[id]).len() {
                ent.name = t.to_string();
                ent_words[id] = i;
            }
            if !ent.forms.iter().any(|f| f == t) {
                ent.forms.push(t.to_string());
            }
            if ent.role.is_none() {
                ent.role = names[i].role.clone();
            }
            ent.names.push(i);
        }
    }
    (ents, of)
}

/// What the text says about a name can make a person an organization ("Maytag's shares", "a
/// unit of Carnival"): a person entity without a role is retyped when one of its names stands
/// in such a context.
pub fn retype_by_context(cx: &crate::names::Ctx, names: &[Name], name_ent: &[Option<usize>], ents: &mut [Ent]) {
    for (i, n) in names.iter().enumerate() {
        if let Some(id) = name_ent[i] {
            if ents[id].kind == MentionKind::Person && ents[id].role.is_none() && cx.organization_context(n) {
                ents[id].kind = MentionKind::Organization;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helpers() {
        let w = Words::new(["Basem Al-Awadi", "Islamic State of Iraq and Syria"].into_iter());
        let words: Vec<&str> = w.of(0).iter().map(|&x| w.word(x)).collect();
        assert_eq!(words, vec!["basem", "al-awadi"]);
        // the particles of three letters and four ("bin-"), and words the hyphen test passes over
        for (w, want) in [("al-sudani", "sudani"), ("bin-laden", "laden"), ("abu-bakr", "bakr"), ("al-", ""), ("alan", "alan"), ("x-al-y", "x-al-y"), ("", "")] {
            assert_eq!(bare(w), want, "{w:?}");
        }
        assert_eq!(initials(&w, w.of(1)), word_key("isis"));
    }

    /// Each (text, a name in it, the kind of its entity, the entity's name).
    #[test]
    fn short_forms() {
        let t: &[(&str, &str, MentionKind, &str)] = &[
            // an organization's name without its organization word
            ("The Acme Widget Foundation said Acme Widget would grow.", "Acme Widget", MentionKind::Organization, "Acme Widget Foundation"),
            ("Officials at Ohio State University said Ohio State would appeal.", "Ohio State", MentionKind::Organization, "Ohio State University"),
            // …not one word of it, nor a person's name that opens it
            ("The Clinton Foundation said so. Bill Clinton agreed.", "Bill Clinton", MentionKind::Person, "Bill Clinton"),
            ("Robert Wood left. The Robert Wood Foundation grew.", "Robert Wood", MentionKind::Person, "Robert Wood"),
            // …nor a place it names
            ("The Hong Kong Trade Development Council met. Hong Kong grew.", "Hong Kong", MentionKind::Place, "Hong Kong"),
            // a person's first name alone, when the name opens with a given name or the person
            // has a role: a family name written first, a first name in a feature
            ("President Kim Dae-jung arrived. Kim spoke at noon.", "Kim", MentionKind::Person, "Kim Dae-jung"),
            ("Sarah Roig founded the firm. By 1995, Sarah was famous.", "Sarah", MentionKind::Person, "Sarah Roig"),
            // one word of a company's name with its designator, alone
            ("Georgia-Pacific made a bid for Great Northern Nekoosa Corp. last week. Nekoosa has given the offer a cold shoulder.", "Nekoosa", MentionKind::Organization, "Great Northern Nekoosa Corp"),
            ("A spokesman for Campbell Soup Co. said it. Analysts said Campbell was not even contacted.", "Campbell", MentionKind::Organization, "Campbell Soup Co"),
            // a title outweighs the guess that a place stands there
            ("It expressed its welcome to Rumao Xie, China's permanent observer. Ambassador Rumao Xie said ties matter.", "Rumao Xie", MentionKind::Person, "Rumao Xie"),
            // …but a person's name stays the person's
            ("Whelen Securities Inc. was fined. The firm and Mr. Whelen sold bonds.", "Whelen", MentionKind::Person, "Whelen"),
        ];
        for &(text, name, kind, full) in t {
            let a = crate::analyze(text);
            let m = a.mentions.iter().find(|m| m.text == name).unwrap_or_else(|| panic!("{name:?} in {text:?}"));
            let e = &a.entities[m.entity.unwrap_or_else(|| panic!("{name:?} has no entity in {text:?}"))];
            assert_eq!((e.kind, e.name.as_str()), (kind, full), "{name:?} in {text:?}");
        }
        // …not a first name two people share, nor a first word that is no given name ("Pali" of
        // a "Pali Facts" taken for a person)
        // …nor a word two companies share
        for (text, lone) in [("Sarah Roig and Sarah Diaz met. By 1995, Sarah was famous.", "Sarah"), ("Pali Facts is out. By 1995, Pali was famous.", "Pali"), ("Vantor Rail Corp. and Vantor Steel Inc. met. Analysts said Vantor was cheap.", "Vantor")] {
            let a = crate::analyze(text);
            assert!(a.mentions.iter().filter(|m| m.text == lone).all(|m| m.entity.is_none_or(|e| a.entities[e].name == lone)), "{text:?}: {:?}", a.entities);
        }
    }
}
