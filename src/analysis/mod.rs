//! The last stage: the Analysis contract (schemaVersion 1), what the CLI prints and the WASM API
//! returns, and [`analyze_with`], which runs the stages in order and assembles their outputs.
//! Offsets are UTF-16 code units into the input text; `end` is exclusive.

mod assemble;
pub mod confidence;
mod confidence_table;
mod groups;
mod summary;
mod watched;

use serde::Serialize;

use crate::lexicon::Lexicons;
use crate::offsets::Utf16Map;
use crate::watch::{Hit, Watchlist};
use crate::{entities, figures, language, names, quotes, sentence, token};

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
    /// The share of marks of its class (names by their evidence, figures by kind and shape) that
    /// are right on annotated text (`confidence.rs`), in hundredths; written as a fraction (0.93).
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "hundredths")]
    pub confidence: Option<u8>,
}

fn hundredths<S: serde::Serializer>(x: &Option<u8>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(f64::from(x.unwrap_or(0)) / 100.0)
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
    /// Whether the writer has the statement at second hand, through a source the sentence names
    /// besides the speaker ("Jane Doe said …, according to press reports"); written only when true.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub relayed: bool,
    /// The share of quotes of its class (kind, verb, speaker resolved or not) that were right
    /// on annotated text (`confidence.rs`), in hundredths; written as a fraction (0.93).
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "hundredths")]
    pub confidence: Option<u8>,
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
    /// The figures grouped by what they count, in order of first mention (absent when no
    /// figure says what it counts).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<FigureGroup>,
    /// The watchlist's items the text mentions, most hits first (absent without a watchlist).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub watch: Vec<SummaryWatch>,
}

/// Figures about the same thing: what they count ("people killed", "people (population)", "USD
/// deal", "engineers"), their kind, the figures (indices into `summary.figures`), and whether two
/// of them disagree as a careful reader would notice (close values, in different sentences,
/// neither about a change; see `analysis/groups.rs`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FigureGroup {
    pub what: String,
    pub kind: FigureKind,
    pub figures: Vec<usize>,
    pub disagree: bool,
}

/// Where a watch item occurs: its index in the watchlist and the span (a name as written, a
/// pattern's match, a mention of a watched entity, the speaker of one of its quotes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct WatchHit {
    pub item: usize,
    pub start: usize,
    pub end: usize,
}

/// A watch item the text mentions, with what it brings.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SummaryWatch {
    /// Its index in the watchlist.
    pub item: usize,
    /// The name or pattern as the reader wrote it, its group and the group's colour.
    pub text: String,
    pub pattern: bool,
    pub group: String,
    pub color: Option<String>,
    /// How many spans of `watch` are its.
    pub hits: usize,
    /// The entities its name names (ids).
    pub entities: Vec<usize>,
    /// Indices into `quotes` of what those entities say.
    pub quotes: Vec<usize>,
    /// Indices into `mentions` of the figures in the sentences that mention it and in its quotes.
    pub figures: Vec<usize>,
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
    /// The text's language (ISO 639, "und" when Newsmark cannot tell): the caller's word for
    /// it, else what the text's words say (`language.rs`).
    pub language: String,
    /// The language has no rules of Newsmark's: only the figures were looked for (no names,
    /// entities or quotes).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub figures_only: bool,
    pub mentions: Vec<Mention>,
    pub entities: Vec<Entity>,
    pub quotes: Vec<Quote>,
    pub summary: Summary,
    /// The watchlist's hits, by start (absent without a watchlist).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub watch: Vec<WatchHit>,
}

/// Runs the pipeline over `text`: tokens → sentences → the language → token classes → figures
/// → names → entities → quotes → the assembled Analysis. Text in a language other than English
/// gets the figures that hold across languages and nothing else (`language.rs`); `lang` is the
/// caller's word for the language (a page's `lang`), if any. With `texts` false, the `text` of
/// mentions and cues is left empty, for a caller that holds the input and slices those texts
/// itself (the WASM layer). With a watchlist and its hits in `text` (found by the caller: the WASM
/// layer finds them outside its per-call arena, as the pattern engine keeps caches between
/// calls), the hits and what they bring are added.
pub(crate) fn analyze_with(text: &str, texts: bool, watch: Option<(&Watchlist, &[Hit])>, lang: Option<&str>) -> Analysis {
    let lex = Lexicons::get();
    let toks = token::tokenize(text);
    let sents = sentence::split(text, &toks, &|w| lex.is_common_cap(w));
    let language = language::decide(lang, text, &toks, lex);
    let full = language.full();
    let classes = if full { lex.token_classes(text, &toks) } else { Vec::new() };
    // figures first: their tokens are not names
    let figs = if full { figures::find(text, &toks, &classes, lex) } else { figures::across_languages(text, &toks, lex, language.number_format()) };
    let (names, name_ent, ents, raw_quotes) = if full { people_and_quotes(text, &toks, &sents, &classes, &figs) } else { Default::default() };
    let map = Utf16Map::new(text);
    let mut parts = assemble::Parts { text, texts, toks: &toks, names: &names, name_ent: &name_ent, ents: &ents, figs, quotes: raw_quotes };
    let (mut mentions, ent_mentions, bytes) = parts.mentions(&map);
    let (entities, new_id) = parts.entities(ent_mentions);
    for m in &mut mentions {
        m.entity = m.entity.and_then(|id| new_id[id]);
    }
    for (i, m) in mentions.iter_mut().enumerate() {
        let (b0, b1) = bytes[i];
        m.confidence = Some(match &m.figure {
            Some(f) => confidence::of_figure_class(confidence::figure_class(text, b0, b1, f)),
            None => {
                let e = m.entity.map(|e| &entities[e]);
                confidence::of_class(confidence::name_class(text, b0, b1, m.kind, e.map_or(1, |e| e.mentions.len()), e.is_some_and(|e| e.role.is_some()), lex))
            }
        });
    }
    let quotes = parts.quotes(&map, &entities, &new_id, lex);
    let mut summary = summary::summarize(text, &bytes, &mentions, &entities, &quotes);
    if full {
        // what a figure is of is read from English words
        summary.groups = groups::group(text, &toks, &sents, &bytes, &mentions, &summary.figures, lex);
    }
    let mut watch_hits = Vec::new();
    if let Some((list, hits)) = watch.filter(|(_, h)| !h.is_empty()) {
        let sentences: Vec<(usize, usize)> = sents.iter().filter(|s| s.last > s.first).map(|s| (map.utf16(toks[s.first].start), map.utf16(toks[s.last - 1].end))).collect();
        let (h, w) = watched::watched(list, hits, &|b| map.utf16(b), &mentions, &entities, &quotes, &sentences);
        watch_hits = h;
        summary.watch = w;
    }
    Analysis { schema_version: SCHEMA_VERSION, language: language.code, figures_only: !full, mentions, entities, quotes, summary, watch: watch_hits }
}

/// Names, the entities they name, and quotes with their speakers: the stages with English rules.
fn people_and_quotes(text: &str, toks: &[token::Token], sents: &[sentence::Sentence], classes: &[u32], figs: &[figures::Found]) -> (Vec<names::Name>, Vec<Option<usize>>, Vec<entities::Ent>, Vec<quotes::RawQuote>) {
    let lex = Lexicons::get();
    let mut taken = vec![false; toks.len()];
    for f in figs {
        for t in &mut taken[f.first..f.last] {
            *t = true;
        }
    }
    let ncx = names::Ctx::new(text, toks, lex, &taken, classes);
    let names = names::find(&ncx, sents);
    let name_texts: Vec<&str> = names.iter().map(|n| &text[toks[n.first].start..toks[n.last - 1].end]).collect();
    let (mut ents, name_ent) = entities::resolve(&name_texts, &names);
    entities::retype_by_context(&ncx, &names, &name_ent, &mut ents);
    let qcx = quotes::Cx { s: text, toks, sents, names: &names, name_ent: &name_ent, ents: &ents, lex, classes };
    let quotes = quotes::find(&qcx);
    (names, name_ent, ents, quotes)
}
