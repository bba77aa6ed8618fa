//! Newsmark's extraction core: any text in, an [`Analysis`] out (speakers and their quotes,
//! people, organizations, places and figures), with UTF-16 offsets that index JS strings.
//!
//! ```
//! let a = newsmark::analyze("“We will rebuild,” Prime Minister Jane Doe said on Tuesday.");
//! assert_eq!(a.quotes[0].speaker.as_ref().unwrap().name.as_deref(), Some("Jane Doe"));
//! assert!(a.mentions.iter().any(|m| m.text == "Tuesday"));
//! ```
//!
//! The core is pure and never panics on any `&str`. The stages, each a module, import only the
//! stages below them (a test checks it):
//!
//! ```text
//!   text, types, offsets    foundation: word hashing and lowercasing, the contract's kinds, UTF-16 offsets
//!        │
//!   token                   tokens with byte offsets (hand-written lexer)
//!        │
//!   sentence                sentences and paragraphs
//!        │
//!   lexicon                 the word lists (files under lexicons/, and lexicon::words), token classes
//!        │
//!   numbers                 number words, numerals, months, units of time
//!        ├──────────────┐
//!   figures           names            money, percentages, dates… │ name chunks, roles, kinds
//!        │              │
//!        │          entities           one entity per referent: full name, aliases, role
//!        │              │
//!        │          quotes             direct and reported speech, cues, speakers
//!        └──────┬───────┘
//!          analysis                    the pipeline run in order, the Analysis assembled, the summary
//!               │
//!        export, html, wasm (with arena), the CLI (main.rs)
//! ```
//!
//! `docs/ARCHITECTURE.md` in the repository says what each module decides, where a new rule or
//! word list goes, and how to check a change.

pub mod text;
mod word_chars;
pub mod types;
pub mod token;
pub mod sentence;
pub mod lexicon;
pub mod language;
pub mod numbers;
pub mod watch;
pub mod figures;
pub mod names;
pub mod entities;
pub mod quotes;
pub mod offsets;
pub mod analysis;
pub mod html;
pub mod export;
#[cfg(feature = "cli")]
pub mod jsonl;
#[cfg(target_arch = "wasm32")]
mod arena;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use analysis::*;

/// Analyses `text`. Offsets in the result are UTF-16 code units into `text`. Text that is not
/// English gets its figures only (see [`Options::language`]).
pub fn analyze(text: &str) -> Analysis {
    analysis::analyze_with(text, true, None, None)
}

/// Analyses `text` with a watchlist: the Analysis gains `watch` (where each item occurs) and
/// `summary.watch` (each item mentioned, with its entities, quotes and figures).
///
/// ```
/// use newsmark::watch::{Item, Watchlist};
/// let (list, _) = Watchlist::new(vec![Item::name("Jane Doe")]);
/// let a = newsmark::analyze_watched("“We will rebuild,” Prime Minister Jane Doe said. Doe added that she would stay.", &list);
/// assert_eq!(a.summary.watch[0].quotes, vec![0, 1]); // the quote, and what she added
/// assert!(a.watch.len() >= 2); // "Jane Doe" and "Doe"
/// ```
pub fn analyze_watched(text: &str, list: &watch::Watchlist) -> Analysis {
    analyze_with_options(text, &Options { watchlist: Some(list), ..Options::default() })
}

/// What an analysis may be told besides the text.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options<'a> {
    /// The text's language as its page gives it (a BCP 47 tag: `lang="fr-CA"`). Without it the
    /// language is told from the text's words; with it, the text overrules it only when it is
    /// plainly English and the tag says otherwise, or the reverse. English gets every stage; any
    /// other language only its figures, in its number format.
    pub language: Option<&'a str>,
    pub watchlist: Option<&'a watch::Watchlist>,
}

/// Analyses `text` with `options`.
///
/// ```
/// use newsmark::{analyze_with_options, FigureKind, Options};
/// let a = analyze_with_options("Le texte a obtenu 2 209 voix, soit 52,5 %, selon le ministère.", &Options { language: Some("fr"), ..Options::default() });
/// assert_eq!((a.language.as_str(), a.figures_only), ("fr", true));
/// let values: Vec<_> = a.mentions.iter().filter_map(|m| m.figure.as_ref()).map(|f| (f.kind, f.value)).collect();
/// assert_eq!(values, [(FigureKind::Count, Some(2209.0)), (FigureKind::Percent, Some(52.5))]);
/// assert!(a.entities.is_empty() && a.quotes.is_empty()); // no English rules on French text
/// ```
pub fn analyze_with_options(text: &str, options: &Options) -> Analysis {
    match options.watchlist {
        Some(list) => {
            let hits = list.find(text);
            analysis::analyze_with(text, true, Some((list, &hits)), options.language)
        }
        None => analysis::analyze_with(text, true, None, options.language),
    }
}
