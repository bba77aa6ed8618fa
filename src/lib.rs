//! Newsmark's extraction core: any text in, an [`Analysis`] out (speakers and their quotes,
//! people, organizations, places and figures), with UTF-16 offsets that index JS strings.
//!
//! ```
//! let a = newsmark::analyze("“We will rebuild,” Prime Minister Jane Doe said on Tuesday.");
//! assert_eq!(a.quotes[0].speaker.as_ref().unwrap().name.as_deref(), Some("Jane Doe"));
//! assert!(a.mentions.iter().any(|m| m.text == "Tuesday"));
//! ```
//!
//! The core is pure and never panics on any `&str`. Stages, each a module: [`token`] →
//! [`sentence`] → [`figures`] → [`names`] → [`entities`] → [`quotes`] → summary.

pub mod text;
pub mod types;
pub mod token;
pub mod sentence;
pub mod lexicon;
pub mod numbers;
pub mod figures;
pub mod names;
pub mod entities;
pub mod quotes;
pub mod offsets;
pub mod analysis;
pub mod html;
#[cfg(target_arch = "wasm32")]
mod arena;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use analysis::*;

use lexicon::Lexicons;
use offsets::Utf16Map;

/// Analyses `text`. Offsets in the result are UTF-16 code units into `text`.
pub fn analyze(text: &str) -> Analysis {
    analyze_with(text, true)
}

/// [`analyze`], leaving the `text` of mentions and cues empty when `texts` is false: for a caller
/// that holds the input and slices those texts itself (the WASM layer).
pub(crate) fn analyze_with(text: &str, texts: bool) -> Analysis {
    let copy = |a: usize, b: usize| if texts { text[a..b].to_string() } else { String::new() };
    let lex = Lexicons::get();
    let toks = token::tokenize(text);
    let sents = sentence::split(text, &toks, &|w| lex.common_caps.contains(w));

    // figures first: their tokens are not names
    let classes = lex.token_classes(text, &toks);
    let figs = figures::find(text, &toks, &classes, lex);
    let mut taken = vec![false; toks.len()];
    for f in &figs {
        for t in &mut taken[f.first..f.last] {
            *t = true;
        }
    }

    let ncx = names::Ctx::new(text, &toks, lex, &taken, &classes);
    let names = names::find(&ncx, &sents);
    let name_texts: Vec<&str> = names.iter().map(|n| &text[toks[n.first].start..toks[n.last - 1].end]).collect();
    let (mut ents, name_ent) = entities::resolve(&name_texts, &names);
    // what the text says about a name can make it an organization ("Maytag's shares", "a unit of Carnival")
    for (i, n) in names.iter().enumerate() {
        if let Some(id) = name_ent[i] {
            if ents[id].kind == MentionKind::Person && ents[id].role.is_none() && ncx.organization_context(n) {
                ents[id].kind = MentionKind::Organization;
            }
        }
    }

    let qcx = quotes::Cx { s: text, toks: &toks, sents: &sents, names: &names, name_ent: &name_ent, ents: &ents, lex, classes: &classes };
    let raw_quotes = quotes::find(&qcx);

    // mentions in text order: names with an entity, and figures
    let map = Utf16Map::new(text);
    let mut spans: Vec<(usize, usize, Mention)> = Vec::with_capacity(names.len() + figs.len());
    for (i, n) in names.iter().enumerate() {
        if let Some(id) = name_ent[i] {
            // news annotation keeps "the" (also "The" opening a sentence) in organization names of two words or more
            // ("the State Department") and leaves it out of one-word names ("the Treasury")
            // …unless the name only modifies the noun that "the" belongs to ("the Dow Jones
            // index", "the Cessna Aircraft Co unit")
            let modifier = || toks.get(n.last).is_some_and(|t| t.kind == token::Kind::Word && lexicon::with_lower(t.text(text), |l| lexicon::words::HEAD_NOUNS.contains(&l)));
            let the_tok = n.first.checked_sub(1).map(|k| &toks[k]);
            // …but not a "The" that opens a paragraph, as the seed article's reader marks it
            // ("The Islamic Resistance in Iraq—a coalition …" → "Islamic Resistance in Iraq")
            let opens_paragraph = the_tok.is_some_and(|t| t.nl > 0 || t.start == 0);
            let the = n.last - n.first >= 2
                && ents[id].kind == MentionKind::Organization
                && toks[n.first].nl == 0
                && !opens_paragraph
                && the_tok.is_some_and(|t| t.text(text).eq_ignore_ascii_case("the"))
                && !modifier();
            let (b0, b1) = (toks[if the { n.first - 1 } else { n.first }].start, toks[n.last - 1].end);
            spans.push((b0, b1, Mention { start: 0, end: 0, text: copy(b0, b1), kind: ents[id].kind, entity: Some(id), figure: None }));
        }
    }
    for f in figs {
        let (b0, b1) = (f.start_byte.unwrap_or(toks[f.first].start), f.end_byte.unwrap_or(toks[f.last - 1].end));
        spans.push((b0, b1, Mention { start: 0, end: 0, text: copy(b0, b1), kind: MentionKind::Figure, entity: None, figure: Some(f.figure) }));
    }
    spans.sort_unstable_by_key(|(a, b, _)| (*a, *b)); // mentions never overlap: keys are distinct
    let mut mentions = Vec::with_capacity(spans.len());
    let mut ent_mentions: Vec<Vec<usize>> = vec![Vec::new(); ents.len()];
    for (b0, b1, mut m) in spans {
        m.start = map.utf16(b0);
        m.end = map.utf16(b1);
        if let Some(id) = m.entity {
            ent_mentions[id].push(mentions.len());
        }
        mentions.push(m);
    }
    // entities that still have mentions, renumbered densely
    let mut new_id = vec![None; ents.len()];
    let mut entities = Vec::with_capacity(ents.len());
    for (id, e) in ents.iter().enumerate() {
        if ent_mentions[id].is_empty() {
            continue;
        }
        new_id[id] = Some(entities.len());
        let aliases = e.forms.iter().filter(|f| **f != e.name).cloned().collect();
        entities.push(Entity { id: entities.len(), kind: e.kind, name: e.name.clone(), aliases, role: e.role.clone(), mentions: std::mem::take(&mut ent_mentions[id]) });
    }
    for m in &mut mentions {
        m.entity = m.entity.and_then(|id| new_id[id]);
    }
    let quotes: Vec<Quote> = raw_quotes
        .into_iter()
        .map(|q| Quote {
            start: map.utf16(q.start),
            end: map.utf16(q.end),
            kind: q.kind,
            fragments: (!q.fragments.is_empty()).then(|| q.fragments.iter().map(|&(a, b)| [map.utf16(a), map.utf16(b)]).collect()),
            cue: q.cue.map(|(a, b)| Cue { start: map.utf16(a), end: map.utf16(b), text: copy(a, b) }),
            speaker: q.speaker.map(|sp| {
                let entity = sp.entity.and_then(|id| new_id[id]);
                Speaker {
                    start: map.utf16(sp.start),
                    end: map.utf16(sp.end),
                    text: text[sp.start..sp.end].to_string(),
                    entity,
                    name: entity.map(|id| entities[id].name.clone()),
                }
            }),
        })
        .collect();
    let summary = summarize(&mentions, &entities, &quotes);
    Analysis { schema_version: SCHEMA_VERSION, mentions, entities, quotes, summary }
}

#[inline(never)] // a pipeline stage: kept whole, so profiles show it
fn summarize(mentions: &[Mention], entities: &[Entity], quotes: &[Quote]) -> Summary {
    // speakers: resolved entities by number of quotes, then by first appearance
    // a speaker is its entity, or for one without an entity, its name in any ASCII case; found
    // through a table (entity ids and name hashes as keys), confirmed, and else looked for in full
    let mut speakers: Vec<SummarySpeaker> = Vec::new();
    let mut seen: lexicon::FxMap<u64, usize> = Default::default();
    let mut speaking = vec![false; entities.len()];
    for (qi, q) in quotes.iter().enumerate() {
        let Some(sp) = &q.speaker else { continue };
        let key = sp.entity;
        let name = match (&sp.name, key) {
            (Some(n), _) => n.clone(),
            (None, _) => sp.text.clone(),
        };
        let same = |s: &SummarySpeaker| if key.is_some() { s.entity == key } else { s.entity.is_none() && s.name.eq_ignore_ascii_case(&name) };
        let k = key.map_or_else(|| lexicon::lower_hash(&name), |id| id as u64);
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
