//! The WebAssembly API: conversion only. `analyze(text)` returns the Analysis as a plain object.
//!
//! The Analysis crosses the boundary packed (numbers in two typed arrays, strings in one), and
//! `src/js/decode.js` builds the plain object in JS: one call instead of one per field, and the
//! texts of mentions, cues and speakers are slices of the caller's own string.

use crate::analysis::*;
use crate::types::written_value;
use wasm_bindgen::prelude::*;

#[global_allocator]
static ARENA: crate::arena::Arena = crate::arena::Arena::new();

/// Runs `work` with its allocations in the arena, then `then` on its result (which may call into
/// JS) before the arena is reset: nothing `work` allocated may outlive this call (see `arena.rs`).
fn in_arena<T, R>(text_len: usize, work: impl FnOnce() -> T, then: impl FnOnce(T) -> R) -> R {
    if !crate::arena::Arena::fits(text_len) {
        return then(work());
    }
    crate::lexicon::Lexicons::get(); // lexicons live for the whole session, outside the arena
    ARENA.begin();
    let t = work();
    ARENA.pause(); // the wasm-bindgen glue may allocate from here on
    let r = then(t);
    ARENA.end();
    r
}

#[wasm_bindgen(module = "/src/js/decode.js")]
extern "C" {
    fn decode(ints: &[u32], nums: &[f64], strs: &str, text: &JsValue) -> JsValue;
    /// `text.length` if `text` is a string, else -1.
    fn utf16_len(text: &JsValue) -> i32;
    /// Writes `text` as UTF-8 into `buf` (TextEncoder.encodeInto); returns the bytes written.
    fn encode_into(text: &JsValue, buf: &mut [u8]) -> usize;
}

/// The caller's string as UTF-8, encoded by the browser's TextEncoder straight into WASM memory.
fn utf8(text: &JsValue) -> Option<String> {
    let n = usize::try_from(utf16_len(text)).ok()?;
    // each UTF-16 unit is at most 3 UTF-8 bytes
    let mut buf = vec![0u8; n * 3];
    let written = encode_into(text, &mut buf);
    buf.truncate(written);
    String::from_utf8(buf).ok()
}

thread_local! {
    /// The watchlist `setWatchlist` compiled, applied by every `analyze` until the next one.
    static WATCH: std::cell::RefCell<crate::watch::Watchlist> = Default::default();
}

/// Compiles the watchlist that `analyze` applies from now on. `items` holds one item after
/// another, each ended by U+0000: its name or pattern, "1" for a pattern (else "0"), its group and
/// the group's colour (or ""), separated by U+0001 (one string crosses the boundary more cheaply
/// than four arrays). Returns, for each item, "" or why it was refused (the pattern engine's
/// error), each ended by U+0000; the others work.
#[wasm_bindgen(js_name = setWatchlist)]
pub fn set_watchlist(items: &str) -> String {
    let items: Vec<crate::watch::Item> = items
        .split_terminator('\u{0}')
        .map(|it| {
            let mut f = it.split('\u{1}');
            let mut next = || f.next().unwrap_or("").to_string();
            let (text, pattern, group, color) = (next(), next() == "1", next(), next());
            crate::watch::Item { text, pattern, group, color: Some(color).filter(|c| !c.is_empty()) }
        })
        .collect();
    let n = items.len();
    let (list, problems) = crate::watch::Watchlist::new(items);
    let mut out = vec![String::new(); n];
    for p in problems {
        out[p.item] = p.message;
    }
    WATCH.with(|w| *w.borrow_mut() = list);
    out.iter().flat_map(|m| [m.as_str(), "\u{0}"]).collect()
}

/// Analyses `text` and returns the Analysis (schemaVersion 1) as a plain JS object, with the
/// watchlist's hits when one is set. `lang` is the page's word for the text's language (its
/// `lang` attribute), if any: text that is not English gets its figures only.
#[wasm_bindgen]
pub fn analyze(text: &JsValue, lang: Option<String>) -> Result<JsValue, JsValue> {
    let s = utf8(text).ok_or_else(|| JsValue::from_str("analyze() takes a string"))?;
    // the pattern engine keeps caches between calls: its searches run outside the arena
    let hits = WATCH.with(|w| w.borrow().find(&s));
    Ok(in_arena(
        s.len(),
        || {
            let mut p = Packed::default();
            // decode.js slices the texts of mentions and cues from the caller's string
            WATCH.with(|w| {
                let list = w.borrow();
                let a = crate::analysis::analyze_with(&s, false, Some((&list, &hits)), lang.as_deref());
                p.analysis(&a);
                // all of it in the arena, which is reset at once: dropping the Analysis piece by
                // piece would only take time (some 4% of a call)
                if ARENA.holds_all() {
                    std::mem::forget(a);
                }
            });
            p
        },
        |p| decode(&p.ints, &p.nums, &p.strs, text),
    ))
}


/// The Analysis as `decode.js` reads it, field by field in the contract's order: integers (an
/// absent optional is `NONE`; a string is its length in UTF-16 units, its text in `strs`), and
/// figure values in `nums`.
#[derive(Default)]
struct Packed {
    ints: Vec<u32>,
    nums: Vec<f64>,
    strs: String,
}

const NONE: u32 = u32::MAX;

impl Packed {
    #[inline(always)]
    fn int(&mut self, x: usize) {
        self.ints.push(x as u32);
    }
    #[inline(always)]
    fn opt(&mut self, x: Option<usize>) {
        self.ints.push(x.map_or(NONE, |x| x as u32));
    }
    fn str(&mut self, s: &str) {
        self.int(s.encode_utf16().count());
        self.strs.push_str(s);
    }
    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.str(s),
            None => self.ints.push(NONE),
        }
    }
    fn list(&mut self, xs: &[usize]) {
        self.int(xs.len());
        self.ints.extend(xs.iter().map(|&x| x as u32));
    }
    /// A figure value as the contract writes it (see [`written_value`]).
    fn num(&mut self, x: f64) {
        self.nums.push(written_value(x).map_or_else(|x| x, |i| i as f64));
    }

    fn analysis(&mut self, a: &Analysis) {
        self.int(a.schema_version as usize);
        self.str(&a.language);
        self.int(usize::from(a.figures_only));
        self.int(a.mentions.len());
        for m in &a.mentions {
            self.int(m.start);
            self.int(m.end);
            self.int(m.kind as usize);
            self.opt(m.entity);
            match &m.figure {
                Some(f) => {
                    self.int(1);
                    self.figure(f);
                }
                None => self.int(0),
            }
            self.opt(m.confidence.map(usize::from));
        }
        self.int(a.entities.len());
        for e in &a.entities {
            self.int(e.kind as usize);
            self.str(&e.name);
            self.int(e.aliases.len());
            for x in &e.aliases {
                self.str(x);
            }
            self.opt_str(e.role.as_deref());
            self.list(&e.mentions);
        }
        self.int(a.quotes.len());
        for q in &a.quotes {
            self.int(q.start);
            self.int(q.end);
            self.int(q.kind as usize);
            match &q.cue {
                Some(c) => self.ints.extend([1, c.start as u32, c.end as u32]),
                None => self.int(0),
            }
            match &q.speaker {
                Some(sp) => {
                    self.ints.extend([1, sp.start as u32, sp.end as u32]);
                    self.opt(sp.entity);
                    self.opt_str(sp.name.as_deref());
                }
                None => self.int(0),
            }
            match &q.fragments {
                Some(fr) => {
                    self.int(fr.len());
                    for [a, b] in fr {
                        self.ints.extend([*a as u32, *b as u32]);
                    }
                }
                None => self.ints.push(NONE),
            }
            self.int(usize::from(q.relayed));
            self.opt(q.confidence.map(usize::from));
        }
        let s = &a.summary;
        self.int(s.speakers.len());
        for sp in &s.speakers {
            self.opt(sp.entity);
            self.str(&sp.name);
            self.opt_str(sp.role.as_deref());
            self.list(&sp.quotes);
        }
        for ids in [&s.organizations, &s.people, &s.places] {
            self.list(ids);
        }
        self.int(s.figures.len());
        for g in &s.figures {
            self.list(&g.mentions);
        }
        self.list(&s.unattributed);
        self.int(s.groups.len());
        for g in &s.groups {
            self.str(&g.what);
            self.int(g.kind as usize);
            self.list(&g.figures);
            self.int(g.disagree as usize);
        }
        self.int(s.watch.len());
        for w in &s.watch {
            self.int(w.item);
            self.str(&w.text);
            self.int(w.pattern as usize);
            self.str(&w.group);
            self.opt_str(w.color.as_deref());
            self.int(w.hits);
            self.list(&w.entities);
            self.list(&w.quotes);
            self.list(&w.figures);
        }
        self.int(a.watch.len());
        for h in &a.watch {
            self.ints.extend([h.item as u32, h.start as u32, h.end as u32]);
        }
    }

    fn figure(&mut self, f: &Figure) {
        self.int(f.kind as usize);
        let mut bits = 0;
        for (i, v) in [f.value, f.low, f.high].into_iter().enumerate() {
            if let Some(v) = v {
                bits |= 1 << i;
                self.num(v);
            }
        }
        if f.approx {
            bits |= 8;
        }
        if f.minor {
            bits |= 64;
        }
        match f.bound {
            Some(Bound::Min) => bits |= 16,
            Some(Bound::Max) => bits |= 32,
            None => {}
        }
        self.int(bits);
        self.opt_str(f.unit);
        self.opt_str(f.iso.as_deref());
        self.opt_str(f.counts.as_deref());
    }
}

/// The page's metadata as the extension reads it from the DOM (`content/article.js`), packed:
/// URL, title, outlet, author, published, accessed and language, separated by U+0001, any of them
/// empty (one string crosses the boundary with less glue than seven optional ones).
fn meta(packed: &str) -> crate::html::Meta {
    let mut f = packed.split('\u{1}').map(|x| Some(x.trim().to_string()).filter(|x| !x.is_empty()));
    let mut next = || f.next().flatten();
    crate::html::Meta { url: next(), title: next(), outlet: next(), author: next(), published: next(), accessed: next(), language: next() }
}

/// `text` analysed and exported as the format that `request` names first (`markdown`, `csv`,
/// `csv-figures`, `annotations`), byte for byte what the CLI's `--format` writes for the same
/// text and metadata; or, as `citation:N`, quote N of the Analysis as a citation with a
/// text-fragment link (one entry point for both keeps the WASM build within its size budget).
/// After the format, U+0001 and the page's metadata as [`meta`] reads it (one string, as there).
#[wasm_bindgen(js_name = exportAs)]
pub fn export_as(text: &str, request: &str) -> Result<String, JsValue> {
    let (format, meta) = request.split_once('\u{1}').unwrap_or((request, ""));
    let cited = format.strip_prefix("citation:").map(|n| n.parse::<usize>().unwrap_or(usize::MAX));
    let f = crate::export::Format::from_name(format);
    if f.is_none() && cited.is_none() {
        return Err(JsValue::from_str(&["unknown format \"", format, "\" (one of ", crate::export::Format::NAMES, ", citation:N)"].concat()));
    }
    let m = self::meta(meta);
    Ok(in_arena(
        text.len(),
        || {
            let a = crate::analyze_with_options(text, &crate::Options { language: m.language.as_deref(), watchlist: None });
            match (f, cited) {
                (Some(f), _) => crate::export::render(f, text, &a, &m),
                (None, Some(qi)) => crate::export::citation(text, &a, &m, qi),
                (None, None) => String::new(),
            }
        },
        |s| s,
    ))
}

/// Where an exported item stands in `text`, from its TextQuoteSelector (`selector`: its exact,
/// prefix and suffix, separated by U+0000; one string crosses the boundary more cheaply than
/// three) and the start of its TextPositionSelector, if known: `[start, end]` in UTF-16 units,
/// or `undefined`.
#[wasm_bindgen]
pub fn anchor(text: &str, selector: &str, position: Option<u32>) -> Option<Vec<u32>> {
    let mut parts = selector.split('\0');
    let mut part = || parts.next().unwrap_or("");
    let (exact, prefix, suffix) = (part(), part(), part());
    crate::export::anchor(text, exact, prefix, suffix, position.map(|p| p as usize)).map(|(s, e)| vec![s as u32, e as u32])
}
