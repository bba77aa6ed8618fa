//! Entities: one per real-world referent in an article. Later short forms ("Al-Awadi") join the
//! person first named in full ("Basem Al-Awadi"); acronyms join the organization they abbreviate;
//! a single capitalised word that matches nothing already named is dropped.

use crate::analysis::MentionKind;
use crate::names::Name;

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
        .map(|w| w.trim_end_matches('.').to_lowercase().replace(['‑', '’'], "-").replace('\'', "-"))
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

/// Resolves names to entities. Returns the entities and, for each name, its entity.
pub fn resolve(text_of: &dyn Fn(&Name) -> String, names: &[Name]) -> (Vec<Ent>, Vec<Option<usize>>) {
    let mut ents: Vec<Ent> = Vec::new();
    let mut of: Vec<Option<usize>> = vec![None; names.len()];
    let words: Vec<Vec<String>> = names.iter().map(|n| norm_words(&text_of(n))).collect();
    // pass 1: names whose kind is known, longest first within a kind so short forms find their full name
    let mut order: Vec<usize> = (0..names.len()).filter(|&i| names[i].kind.is_some()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(words[i].len().min(2)), i));
    for &i in &order {
        let kind = names[i].kind.unwrap();
        let w = &words[i];
        let found = ents.iter().position(|e| {
            let ew = norm_words(&e.name);
            if ew == *w {
                return e.kind == kind || kind != MentionKind::Person && e.kind != MentionKind::Person || w.len() > 1;
            }
            match (e.kind, kind) {
                (MentionKind::Person, MentionKind::Person) => {
                    // a surname or "first last" subset of the full name
                    !w.is_empty() && w.len() < ew.len() && w.iter().all(|x| ew.iter().any(|y| bare(y) == bare(x))) && ew.last().map(|l| bare(l)) == w.last().map(|l| bare(l))
                }
                (MentionKind::Organization, MentionKind::Organization) => {
                    w.len() == 1 && ew.len() > 1 && initials(&ew) == w[0]
                }
                _ => false,
            }
        });
        let id = match found {
            Some(id) => id,
            None => {
                ents.push(Ent { kind, name: text_of(&names[i]), forms: Vec::new(), role: None, names: Vec::new() });
                ents.len() - 1
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
        let person = ents.iter().position(|e| {
            e.kind == MentionKind::Person && {
                let ew = norm_words(&e.name);
                ew.len() > 1 && ew.last().map(|l| bare(l)) == Some(bare(&w[0]))
            }
        });
        match (names[i].kind, person) {
            (_, Some(p)) if names[i].kind != Some(MentionKind::Place) => of[i] = Some(p),
            (None, None) => {
                let org = ents.iter().position(|e| e.kind == MentionKind::Organization && initials(&norm_words(&e.name)) == w[0]);
                if let Some(o) = org {
                    of[i] = Some(o);
                } else if names[i].speaks {
                    ents.push(Ent { kind: MentionKind::Person, name: text_of(&names[i]), forms: Vec::new(), role: None, names: Vec::new() });
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
            let t = text_of(&names[i]);
            if norm_words(&t).len() > norm_words(&ent.name).len() {
                ent.name = t.clone();
            }
            if !ent.forms.contains(&t) {
                ent.forms.push(t);
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
