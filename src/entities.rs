//! Entities: one per real-world referent in an article. Later short forms ("Al-Awadi") join the
//! person first named in full ("Basem Al-Awadi"); acronyms join the organization they abbreviate;
//! a single capitalised word that matches nothing already named is dropped.

use crate::analysis::MentionKind;
use crate::names::Name;
use crate::lexicon::FxMap;
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

fn norm_words(name: &str) -> Vec<String> {
    name.split_whitespace()
        .filter(|w| *w != ".")
        .map(|w| {
            let w = w.trim_end_matches('.');
            let l = if w.is_ascii() { w.to_ascii_lowercase() } else { w.to_lowercase() };
            if l.contains(['‑', '’', '\'']) {
                l.replace(['‑', '’', '\''], "-")
            } else {
                l
            }
        })
        .collect()
}

/// "al-sudani" and "sudani" are the same surname.
fn bare(w: &str) -> &str {
    for p in ["al-", "el-", "ul-", "bin-", "abu-", "ibn-"] {
        if let Some(r) = w.strip_prefix(p) {
            return r;
        }
    }
    w
}

fn initials(words: &[String]) -> String {
    words
        .iter()
        .filter(|w| !matches!(w.as_str(), "of" | "for" | "the" | "and" | "in" | "on" | "de"))
        .filter_map(|w| bare(w).chars().next())
        .collect()
}

/// Corporate designators that a later short mention leaves out (lowercase, without periods).
pub(crate) const DESIGNATORS: &[&str] = &[
    "inc", "corp", "co", "cos", "ltd", "llc", "plc", "group", "holdings", "sa", "s.a", "ag", "nv", "n.v", "&", "company",
    "corporation", "incorporated", "limited", "bros", "international",
];

/// Lookup tables over the entities made so far, so that resolution stays linear in the names.
#[derive(Default)]
struct Index {
    /// By the hash of the lowercase words (see [`key`]).
    full: FxMap<u64, usize>,
    surname: FxMap<String, Vec<usize>>,
    org_short: FxMap<String, usize>,
}

/// A name's words as one hash key, without joining them into a new string.
fn key(w: &[String]) -> u64 {
    let mut h = crate::lexicon::FxHasher::default();
    for x in w {
        h.write(x.as_bytes());
        h.write_u8(0xff);
    }
    h.finish()
}

impl Index {
    fn add(&mut self, id: usize, kind: MentionKind, w: &[String]) {
        self.full.entry(key(w)).or_insert(id);
        match kind {
            MentionKind::Person if w.len() > 1 => {
                if let Some(last) = w.last() {
                    self.surname.entry(bare(last).to_string()).or_default().push(id);
                }
            }
            MentionKind::Organization if w.len() > 1 => {
                self.org_short.entry(initials(w)).or_insert(id);
                if let Some(last) = w.last() {
                    self.org_short.entry(last.clone()).or_insert(id);
                }
                // the name without its corporate designator: "Chrysler" of "Chrysler Corp.",
                // "Blue Arrow" of "Blue Arrow PLC"
                let mut n = w.len();
                while n > 1 && DESIGNATORS.contains(&w[n - 1].as_str()) {
                    n -= 1;
                }
                if n < w.len() {
                    if n == 1 {
                        self.org_short.entry(w[0].clone()).or_insert(id);
                    } else {
                        self.full.entry(key(&w[..n])).or_insert(id);
                    }
                }
            }
            _ => {}
        }
    }
}

/// Resolves names to entities. Returns the entities and, for each name, its entity.
/// `texts[i]` is the text of `names[i]`.
pub fn resolve(texts: &[&str], names: &[Name]) -> (Vec<Ent>, Vec<Option<usize>>) {
    let mut ents: Vec<Ent> = Vec::new();
    // for each entity, the name whose words are its fullest form
    let mut ent_words: Vec<usize> = Vec::new();
    let mut ix = Index::default();
    let mut of: Vec<Option<usize>> = vec![None; names.len()];
    let words: Vec<Vec<String>> = texts.iter().map(|t| norm_words(t)).collect();
    // pass 1: names whose kind is known, longer names first so that short forms find their full name
    let mut order: Vec<usize> = (0..names.len()).filter(|&i| names[i].kind.is_some()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(words[i].len()), i));
    for &i in &order {
        let kind = names[i].kind.unwrap();
        let w = &words[i];
        if w.is_empty() {
            continue;
        }
        let mut found = ix.full.get(&key(w)).copied();
        if found.is_none() && kind == MentionKind::Person {
            // a surname, or "first last" of a longer name
            let last = bare(&w[w.len() - 1]);
            found = ix.surname.get(last).and_then(|ids| {
                ids.iter().copied().find(|&id| {
                    let ew = &words[ent_words[id]];
                    w.len() < ew.len() && w.iter().all(|x| ew.iter().any(|y| bare(y) == bare(x)))
                })
            });
        }
        if found.is_none() && kind == MentionKind::Organization && w.len() == 1 {
            // an acronym, or the head word alone: "Association" after "Coastal Fishermen’s Association"
            found = ix.org_short.get(&w[0]).copied();
        }
        let id = match found {
            Some(id) => id,
            None => {
                ents.push(Ent { kind, name: texts[i].to_string(), forms: Vec::new(), role: None, names: Vec::new() });
                ent_words.push(i);
                let id = ents.len() - 1;
                ix.add(id, kind, w);
                id
            }
        };
        of[i] = Some(id);
    }
    // pass 2: single words of unknown kind, and known single words that match a person's surname
    for i in 0..names.len() {
        let w = &words[i];
        if w.len() != 1 {
            continue;
        }
        let person = ix.surname.get(bare(&w[0])).and_then(|ids| ids.first().copied());
        match (names[i].kind, person) {
            (_, Some(p)) if names[i].kind != Some(MentionKind::Place) => of[i] = Some(p),
            (None, None) => {
                if let Some(&o) = ix.org_short.get(&w[0]) {
                    of[i] = Some(o);
                } else if names[i].speaks {
                    ents.push(Ent { kind: MentionKind::Person, name: texts[i].to_string(), forms: Vec::new(), role: None, names: Vec::new() });
                    ent_words.push(i);
                    of[i] = Some(ents.len() - 1);
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
            if words[i].len() > words[ent_words[id]].len() {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helpers() {
        assert_eq!(norm_words("Basem Al-Awadi"), vec!["basem", "al-awadi"]);
        assert_eq!(bare("al-sudani"), "sudani");
        assert_eq!(initials(&norm_words("Islamic State of Iraq and Syria")), "isis");
    }
}
