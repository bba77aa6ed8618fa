//! The summary the popup and the CLI show first: speakers by number of statements, then
//! organizations, other people and places by number of mentions, and the figures.

use super::{Entity, Mention, MentionKind, Quote, Summary, SummarySpeaker};
use crate::lexicon::{lower_hash, FxMap};

#[inline(never)] // a pipeline stage: kept whole, so profiles show it
pub(super) fn summarize(mentions: &[Mention], entities: &[Entity], quotes: &[Quote]) -> Summary {
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
        figures: mentions.iter().enumerate().filter(|(_, m)| m.kind == MentionKind::Figure).map(|(i, _)| i).collect(),
        speakers,
    }
}
