//! The summary the popup and the CLI show first: speakers by number of statements, then
//! organizations, other people and places by number of mentions, and the figures.

use super::{Entity, Figure, Mention, MentionKind, Quote, Summary, SummaryFigure, SummarySpeaker};
use crate::lexicon::{lower_hash, FxHasher, Map64};
use std::hash::{Hash, Hasher};

#[inline(never)] // a pipeline stage: kept whole, so profiles show it
pub(super) fn summarize(text: &str, bytes: &[(usize, usize)], mentions: &[Mention], entities: &[Entity], quotes: &[Quote]) -> Summary {
    // speakers: resolved entities by number of quotes, then by first appearance
    // a speaker is its entity, or for one without an entity, its name in any ASCII case; found
    // through a table (entity ids and name hashes as keys), confirmed, and else looked for in full
    let mut speakers: Vec<SummarySpeaker> = Vec::new();
    let mut seen = Map64::default();
    let mut speaking = vec![false; entities.len()];
    for (qi, q) in quotes.iter().enumerate() {
        let Some(sp) = &q.speaker else { continue };
        let key = sp.entity;
        let name = match (&sp.name, key) {
            (Some(n), _) => n.clone(),
            (None, _) => sp.text.clone(),
        };
        let same = |s: &SummarySpeaker| if key.is_some() { s.entity == key } else { s.entity.is_none() && s.name.eq_ignore_ascii_case(&name) };
        let k = key.map_or_else(|| lower_hash(&name), |id| id as u64);
        let pos = match seen.get(k) {
            Some(p) if same(&speakers[p]) => Some(p),
            Some(_) => speakers.iter().position(same),
            None => None,
        };
        match pos {
            Some(p) => speakers[p].quotes.push(qi),
            None => {
                seen.get_or_insert(k, speakers.len());
                if let Some(id) = key {
                    speaking[id] = true;
                }
                speakers.push(SummarySpeaker { entity: key, role: key.and_then(|id| entities[id].role.clone()), name, quotes: vec![qi] });
            }
        }
    }
    crate::text::sort_by_key(&mut speakers, |s| (u64::from(s.entity.is_none()), u64::MAX - s.quotes.len() as u64));
    let by_mentions = |kind: MentionKind, skip: &dyn Fn(usize) -> bool| {
        let mut ids: Vec<usize> = entities.iter().filter(|e| e.kind == kind && !skip(e.id)).map(|e| e.id).collect();
        crate::text::sort_by_key(&mut ids, |&id| (u64::MAX - entities[id].mentions.len() as u64, entities[id].mentions[0] as u64));
        ids
    };
    let speaking = |id: usize| speaking[id];
    Summary {
        organizations: by_mentions(MentionKind::Organization, &|_| false),
        people: by_mentions(MentionKind::Person, &speaking),
        places: by_mentions(MentionKind::Place, &|_| false),
        figures: distinct_figures(text, bytes, mentions),
        unattributed: quotes.iter().enumerate().filter(|(_, q)| q.speaker.is_none()).map(|(i, _)| i).collect(),
        speakers,
        groups: Vec::new(),
        watch: Vec::new(),
    }
}

/// The figures but the minor ones, the same figure given twice made one item: the same kind and normalised value,
/// counting the same thing; a figure without a value ("last week") by its words, in any case.
fn distinct_figures(text: &str, bytes: &[(usize, usize)], mentions: &[Mention]) -> Vec<SummaryFigure> {
    let mut out: Vec<SummaryFigure> = Vec::new();
    // a key's hash → the first distinct figure with that hash; `next` chains the others (a map
    // from u64, the type the other stages use, rather than one more hash-map type)
    let mut first = Map64::default();
    let (mut keys, mut next): (Vec<FigureKey>, Vec<usize>) = (Vec::new(), Vec::new());
    for (i, m) in mentions.iter().enumerate() {
        // a minor figure ("today", "monthly") is no figure a story rests on
        let Some(f) = m.figure.as_ref().filter(|f| !f.minor) else { continue };
        let (b0, b1) = bytes[i];
        let key = FigureKey::new(f, &text[b0..b1]);
        let h = {
            let mut h = FxHasher::default();
            key.hash(&mut h);
            h.finish()
        };
        let mut at = first.get(h);
        while let Some(k) = at.filter(|&k| keys[k] != key) {
            at = Some(next[k]).filter(|&n| n != usize::MAX);
        }
        match at {
            Some(k) => out[k].mentions.push(i),
            None => {
                next.push(first.insert(h, out.len()).unwrap_or(usize::MAX));
                keys.push(key);
                out.push(SummaryFigure { mentions: vec![i] });
            }
        }
    }
    out
}

/// What makes two figures the same: kind, values (by their bits), bound and approximation,
/// unit, date, what they count, and for a figure without a value, its words.
#[derive(PartialEq, Eq, Hash)]
struct FigureKey<'a> {
    kind: u8,
    values: [u64; 3],
    bound: u8,
    unit: &'a str,
    iso: &'a str,
    /// Lowercased: what it counts, then (for a figure without a value) its words.
    words: String,
}

impl<'a> FigureKey<'a> {
    fn new(f: &'a Figure, written: &str) -> FigureKey<'a> {
        let bits = |v: Option<f64>| v.map_or(u64::MAX, f64::to_bits);
        let mut words = String::new();
        if let Some(c) = &f.counts {
            words.extend(c.chars().map(crate::text::lower_char));
        }
        if f.value.is_none() && f.low.is_none() && f.high.is_none() && f.iso.is_none() {
            words.push('|');
            for w in written.split_whitespace() {
                words.extend(w.chars().map(crate::text::lower_char));
                words.push(' ');
            }
        }
        FigureKey {
            kind: f.kind as u8,
            values: [bits(f.value), bits(f.low), bits(f.high)],
            bound: f.bound.map_or(0, |b| b as u8 + 1) + 4 * u8::from(f.approx),
            unit: f.unit.unwrap_or(""),
            iso: f.iso.as_deref().unwrap_or(""),
            words,
        }
    }
}
