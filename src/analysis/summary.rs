//! The summary the popup and the CLI show first: speakers by number of statements, then
//! organizations, other people and places by number of mentions, and the figures.

use super::{Entity, Figure, Mention, MentionKind, Quote, Summary, SummaryFigure, SummarySpeaker};
use crate::lexicon::{lower_hash, FxMap};

#[inline(never)] // a pipeline stage: kept whole, so profiles show it
pub(super) fn summarize(text: &str, bytes: &[(usize, usize)], mentions: &[Mention], entities: &[Entity], quotes: &[Quote]) -> Summary {
    // speakers: resolved entities by number of quotes, then by first appearance
    // a speaker is its entity, or for one without an entity, its name in any ASCII case; found
    // through a table (entity ids and name hashes as keys), confirmed, and else looked for in full
    let mut speakers: Vec<SummarySpeaker> = Vec::new();
    let mut seen: FxMap<u64, usize> = Default::default();
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
        let pos = match seen.get(&k) {
            Some(&p) if same(&speakers[p]) => Some(p),
            Some(_) => speakers.iter().position(same),
            None => None,
        };
        match pos {
            Some(p) => speakers[p].quotes.push(qi),
            None => {
                seen.entry(k).or_insert(speakers.len());
                if let Some(id) = key {
                    speaking[id] = true;
                }
                speakers.push(SummarySpeaker { entity: key, role: key.and_then(|id| entities[id].role.clone()), name, quotes: vec![qi] });
            }
        }
    }
    speakers.sort_by_key(|s| (s.entity.is_none(), std::cmp::Reverse(s.quotes.len())));
    let by_mentions = |kind: MentionKind, skip: &dyn Fn(usize) -> bool| {
        let mut ids: Vec<usize> = entities.iter().filter(|e| e.kind == kind && !skip(e.id)).map(|e| e.id).collect();
        ids.sort_unstable_by_key(|&id| (std::cmp::Reverse(entities[id].mentions.len()), entities[id].mentions[0]));
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
    }
}

/// The figures, the same figure given twice made one item: the same kind and normalised value,
/// counting the same thing; a figure without a value ("last week") by its words, in any case.
fn distinct_figures(text: &str, bytes: &[(usize, usize)], mentions: &[Mention]) -> Vec<SummaryFigure> {
    let mut out: Vec<SummaryFigure> = Vec::new();
    let mut seen: FxMap<String, usize> = Default::default();
    for (i, m) in mentions.iter().enumerate() {
        let Some(f) = &m.figure else { continue };
        let (b0, b1) = bytes[i];
        match seen.entry(figure_key(f, &text[b0..b1])) {
            std::collections::hash_map::Entry::Occupied(e) => out[*e.get()].mentions.push(i),
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(out.len());
                out.push(SummaryFigure { mentions: vec![i] });
            }
        }
    }
    out
}

fn figure_key(f: &Figure, written: &str) -> String {
    use std::fmt::Write;
    let mut k = String::with_capacity(48);
    let _ = write!(k, "{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{}|", f.kind, f.value, f.low, f.high, f.unit, f.bound, f.iso, f.approx);
    if let Some(c) = &f.counts {
        k.extend(c.chars().flat_map(char::to_lowercase));
    }
    if f.value.is_none() && f.low.is_none() && f.high.is_none() && f.iso.is_none() {
        k.push('|');
        for w in written.split_whitespace() {
            k.extend(w.chars().flat_map(char::to_lowercase));
            k.push(' ');
        }
    }
    k
}
