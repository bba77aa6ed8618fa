//! The Analysis contract (schemaVersion 1): what the CLI prints and the WASM API returns.
//! Offsets are UTF-16 code units into the input text; `end` is exclusive.

use serde::{Serialize, Serializer};

pub const SCHEMA_VERSION: u32 = 1;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionKind {
    Person,
    Organization,
    Place,
    Figure,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FigureKind {
    Money,
    Percent,
    Count,
    Quantity,
    Date,
    Time,
    Duration,
    Ordinal,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Bound {
    /// "more than", "over", "at least"
    Min,
    /// "less than", "up to", "at most"
    Max,
}

/// A figure value as the contract writes it: a whole number exactly (`Ok`), any other value to
/// nine decimals (`Err`). The CLI's JSON and the WASM layer both write values through this.
pub(crate) fn written_value(x: f64) -> Result<i64, f64> {
    if x.fract() == 0.0 && x.abs() < 9.0e15 {
        Ok(x as i64)
    } else {
        Err((x * 1e9).round() / 1e9)
    }
}

fn num<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v.map(written_value) {
        Some(Ok(i)) => s.serialize_i64(i),
        Some(Err(x)) => s.serialize_f64(x),
        None => s.serialize_none(),
    }
}

/// A figure's type and normalised value.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Figure {
    pub kind: FigureKind,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "num")]
    pub value: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "num")]
    pub low: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "num")]
    pub high: Option<f64>,
    /// ISO 4217 code, `%`, a unit symbol, or a time unit for durations.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<&'static str>,
    /// The text says "about", "nearly", "some"…
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub approx: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bound: Option<Bound>,
    /// Dates: ISO 8601 as far as the text determines it (2024-10-26, --10-26, 2024-10, 2014).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iso: Option<String>,
}

impl Figure {
    pub fn new(kind: FigureKind) -> Figure {
        Figure { kind, value: None, low: None, high: None, unit: None, approx: false, bound: None, iso: None }
    }
}

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

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    Direct,
    Indirect,
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
