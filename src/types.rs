//! The vocabulary that the stages produce and the Analysis contract carries: what kind a mention
//! or a quote is, and a figure's normalised value. Below every stage, so that each stage can name
//! its output without importing the assembled [`crate::analysis`].

use serde::{Serialize, Serializer};

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
    /// What a count counts, as written after it ("people" of "11 people"); not in the span.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub counts: Option<String>,
    /// A figure that gives neither a quantity nor a point in the calendar: "today", "night",
    /// "monthly", "every year", "the first". News annotation counts it; a reader looking for the
    /// figures a story rests on does not, so marks and summaries leave it out.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub minor: bool,
}

impl Figure {
    pub fn new(kind: FigureKind) -> Figure {
        Figure { kind, value: None, low: None, high: None, unit: None, approx: false, bound: None, iso: None, counts: None, minor: false }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    Direct,
    Indirect,
}
