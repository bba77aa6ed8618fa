//! The Analysis contract (schemaVersion 1): what the CLI prints and the WASM API returns.
//! Offsets are UTF-16 code units into the input text; `end` is exclusive.

use serde::Serialize;

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
    /// Mention indices of figures, in text order (money, percent, count and quantity first is up to the reader).
    pub figures: Vec<usize>,
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
