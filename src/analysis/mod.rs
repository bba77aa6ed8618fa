//! The last stage: the Analysis contract (schemaVersion 1), what the CLI prints and the WASM API
//! returns, and [`analyze_with`], which runs the stages in order and assembles their outputs.
//! Offsets are UTF-16 code units into the input text; `end` is exclusive.

mod assemble;
mod summary;

use serde::Serialize;

use crate::lexicon::Lexicons;
use crate::offsets::Utf16Map;
use crate::{entities, figures, names, quotes, sentence, token};

pub use crate::types::{Bound, Figure, FigureKind, MentionKind, QuoteKind};

pub const SCHEMA_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: MentionKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub figure: Option<Figure>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Entity {
    pub id: usize,
    pub kind: MentionKind,
    pub name: String,
    pub aliases: Vec<String>,
    pub role: Option<String>,
    /// Indices into `mentions`.
    pub mentions: Vec<usize>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Cue {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Speaker {
    /// The attributing mention as written ("He", "Al-Awadi", "the ministry").
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The resolved entity, when there is one.
    pub entity: Option<usize>,
    /// The resolved canonical name; `None` when the mention could not be resolved.
    pub name: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quote {
    /// What was said, without the quote marks.
    pub start: usize,
    pub end: usize,
    pub kind: QuoteKind,
    pub cue: Option<Cue>,
    pub speaker: Option<Speaker>,
    /// The parts of a quote interrupted by its attribution ("“A,” she said. “B”"), each
    /// `[start, end)`; absent when the quote is one piece.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fragments: Option<Vec<[usize; 2]>>,
}

/// One speaker in the summary, most prominent first.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SummarySpeaker {
    pub entity: Option<usize>,
    pub name: String,
    pub role: Option<String>,
    /// Indices into `quotes`.
    pub quotes: Vec<usize>,
}

/// What the popup and the CLI show first.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Summary {
    pub speakers: Vec<SummarySpeaker>,
    /// Entity ids of organizations, most mentioned first.
    pub organizations: Vec<usize>,
    /// Entity ids of people who are not speakers, most mentioned first.
    pub people: Vec<usize>,
    /// Entity ids of places, most mentioned first.
    pub places: Vec<usize>,
    /// The figures, one item for each distinct figure (the same value of the same kind, counting
    /// the same thing, is one item however often the text gives it), in order of first mention.
    pub figures: Vec<SummaryFigure>,
    /// Indices into `quotes` of the statements whose speaker is unknown, in text order.
    pub unattributed: Vec<usize>,
}

/// One distinct figure of the summary.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SummaryFigure {
    /// Indices into `mentions` of each time the text gives it, in text order.
    pub mentions: Vec<usize>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Analysis {
    pub schema_version: u32,
    pub mentions: Vec<Mention>,
    pub entities: Vec<Entity>,
    pub quotes: Vec<Quote>,
    pub summary: Summary,
}

/// Runs the pipeline over `text`: tokens → sentences → token classes → figures → names →
/// entities → quotes → the assembled Analysis. With `texts` false, the `text` of mentions and
/// cues is left empty, for a caller that holds the input and slices those texts itself (the
/// WASM layer).
pub(crate) fn analyze_with(text: &str, texts: bool) -> Analysis {
    let lex = Lexicons::get();
    let toks = token::tokenize(text);
    let sents = sentence::split(text, &toks, &|w| lex.common_caps.contains(w));
    let classes = lex.token_classes(text, &toks);
    // figures first: their tokens are not names
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
    entities::retype_by_context(&ncx, &names, &name_ent, &mut ents);
    let qcx = quotes::Cx { s: text, toks: &toks, sents: &sents, names: &names, name_ent: &name_ent, ents: &ents, lex, classes: &classes };
    let raw_quotes = quotes::find(&qcx);

    let map = Utf16Map::new(text);
    let mut parts = assemble::Parts { text, texts, toks: &toks, names: &names, name_ent: &name_ent, ents: &ents, figs, quotes: raw_quotes };
    let (mut mentions, ent_mentions, bytes) = parts.mentions(&map);
    let (entities, new_id) = parts.entities(ent_mentions);
    for m in &mut mentions {
        m.entity = m.entity.and_then(|id| new_id[id]);
    }
    let quotes = parts.quotes(&map, &entities, &new_id);
    let summary = summary::summarize(text, &bytes, &mentions, &entities, &quotes);
    Analysis { schema_version: SCHEMA_VERSION, mentions, entities, quotes, summary }
}
