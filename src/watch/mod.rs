//! The watchlist: the names and patterns a reader follows, compiled once and found in a text.
//!
//! A name matches the way news writes it (see [`fold`]): case, diacritics, apostrophe variants,
//! hyphen or space, a particle's spellings. A multi-word name also yields its surname alone
//! ("Al-Khatib") and its initial with the surname ("R. Al-Khatib") as *variants*, which the
//! analysis keeps only where the article names that person in full. A pattern is a regular
//! expression ([`pattern`]). Which entity, quotes and figures a hit brings with it is the
//! analysis's business: here a hit is a span of text.
//!
//! ```
//! use newsmark::watch::{Item, Watchlist};
//! let (list, problems) = Watchlist::new(vec![Item::name("Rami al-Khatib"), Item::pattern(r"(?i)\bdesert shield\b")]);
//! assert!(problems.is_empty());
//! let hits = list.find("RAMI AL KHATIB spoke of the Desert Shield front.");
//! // the name, its surname alone (a variant), the pattern
//! let found: Vec<(usize, bool)> = hits.iter().map(|h| (h.item, h.variant)).collect();
//! assert_eq!(found, vec![(0, false), (0, true), (1, false)]);
//! ```

pub mod fold;
pub mod pattern;

use crate::lexicon::words::PARTICLES;

/// At most this many items in a list (the rest are refused).
pub const MAX_ITEMS: usize = 2000;
/// A name of at most this many characters.
pub const MAX_NAME_CHARS: usize = 200;

/// One thing a reader follows.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Item {
    /// The name as the reader wrote it, or the pattern.
    pub text: String,
    /// A regular expression rather than a name.
    pub pattern: bool,
    /// The group it belongs to ("" for none).
    pub group: String,
    /// The group's colour, `#rrggbb`, when it has one.
    pub color: Option<String>,
}

impl Item {
    pub fn name(text: &str) -> Item {
        Item { text: text.to_string(), ..Item::default() }
    }
    pub fn pattern(text: &str) -> Item {
        Item { text: text.to_string(), pattern: true, ..Item::default() }
    }
}

/// Why an item was refused: its index in the list and the reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub item: usize,
    pub message: String,
}

/// Where an item occurs: byte offsets into the text. `variant` marks a surname alone or an
/// initial with the surname, which count only where the full name is in the same text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub item: usize,
    pub start: usize,
    pub end: usize,
    pub variant: bool,
}

/// A compiled watchlist.
#[derive(Debug, Default)]
pub struct Watchlist {
    items: Vec<Item>,
    /// By the hash of their first word: the items' names (and their variants) as word hashes.
    /// (Sorted vectors rather than hash maps: each map type is a copy of the hash table's code in
    /// the WASM build, whose size budget is nearly spent.)
    names: Vec<Name>,
    patterns: Vec<Pattern>,
    /// Every word some pattern requires.
    required: Vec<u64>,
    /// Bit filters over word hashes (a set bit: maybe a first word of a name; maybe a word a
    /// pattern requires), so that most words of a text cost a shift and a mask, not a lookup.
    first_words: Filter,
    required_words: Filter,
}

/// A Bloom filter of one hash function over 4,096 bits.
#[derive(Debug, Clone)]
struct Filter(Vec<u64>);

impl Default for Filter {
    fn default() -> Filter {
        Filter(vec![0; 64])
    }
}

impl Filter {
    #[inline]
    fn bit(h: u64) -> (usize, u64) {
        let k = (h >> 52) as usize; // the hash's top 12 bits
        (k >> 6, 1 << (k & 63))
    }
    fn insert(&mut self, h: u64) {
        let (w, m) = Filter::bit(h);
        self.0[w] |= m;
    }
    #[inline]
    fn may_hold(&self, h: u64) -> bool {
        let (w, m) = Filter::bit(h);
        self.0[w] & m != 0
    }
}

#[derive(Debug)]
struct Name {
    /// The hash of its first word (the list is sorted by it).
    first: u64,
    item: usize,
    words: Vec<u64>,
    /// Which words are short acronyms ("IS", "WHO", "AP"): those match only in capitals, or
    /// every "is" and "who" would be the item.
    caps: Vec<bool>,
    variant: bool,
}

/// The words of a name, each with whether it is a short acronym (two or three capitals).
fn acronyms(name: &str) -> Vec<bool> {
    fold::words(name, true).iter().map(|w| is_acronym(&name[w.start..w.end])).collect()
}

fn is_acronym(w: &str) -> bool {
    (2..=3).contains(&w.chars().count()) && w.chars().all(|c| c.is_uppercase())
}

#[derive(Debug)]
struct Pattern {
    item: usize,
    re: regex_lite::Regex,
    words: Vec<u64>,
}

impl Watchlist {
    /// Compiles `items`. Items that cannot be used are left out and each says why; the others
    /// work as if the refused ones had never been there.
    pub fn new(items: Vec<Item>) -> (Watchlist, Vec<Problem>) {
        let mut list = Watchlist::default();
        let mut problems = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let refuse = |message: String| Problem { item: i, message };
            if i >= MAX_ITEMS {
                problems.push(refuse(format!("a watchlist holds at most {MAX_ITEMS} items")));
            } else if item.pattern {
                match pattern::compile(&item.text) {
                    Ok(re) => {
                        let words = pattern::required_words(&item.text);
                        for &w in &words {
                            if !list.required.contains(&w) {
                                list.required.push(w);
                            }
                        }
                        for &w in &words {
                            list.required_words.insert(w);
                        }
                        list.patterns.push(Pattern { item: i, re, words });
                    }
                    Err(e) => problems.push(refuse(e)),
                }
            } else if item.text.chars().count() > MAX_NAME_CHARS {
                problems.push(refuse(format!("a name has at most {MAX_NAME_CHARS} characters")));
            } else {
                let words = fold::hashes(&item.text);
                if words.is_empty() {
                    problems.push(refuse("a name needs at least one letter or digit".into()));
                    continue;
                }
                for v in variants(&item.text) {
                    let caps = vec![false; v.len()];
                    list.add_name(i, v, caps, true);
                }
                list.add_name(i, words, acronyms(&item.text), false);
            }
        }
        list.items = items;
        crate::text::sort_by_key(&mut list.names, |n| (n.first, n.item as u64));
        (list, problems)
    }

    fn add_name(&mut self, item: usize, words: Vec<u64>, caps: Vec<bool>, variant: bool) {
        self.first_words.insert(words[0]);
        self.names.push(Name { first: words[0], item, words, caps, variant });
    }

    /// The items, as given (refused ones included, so that indices stay the reader's).
    pub fn items(&self) -> &[Item] {
        &self.items
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty() && self.patterns.is_empty()
    }

    /// Every place an item occurs in `text`, by start. Linear in the text for the names; each
    /// pattern whose required words are all in the text costs one pass of its own.
    pub fn find(&self, text: &str) -> Vec<Hit> {
        let mut hits = Vec::new();
        if self.is_empty() {
            return hits;
        }
        let words = fold::words(text, true);
        for (k, w) in words.iter().enumerate() {
            if !self.first_words.may_hold(w.hash) {
                continue;
            }
            let from = self.names.partition_point(|n| n.first < w.hash);
            for n in self.names[from..].iter().take_while(|n| n.first == w.hash) {
                let end = k + n.words.len();
                let same = |(j, (a, &b)): (usize, (&fold::Word, &u64))| a.hash == b && (!n.caps.get(j).copied().unwrap_or(false) || text[a.start..a.end].chars().all(|c| !c.is_lowercase()));
                if end <= words.len() && words[k..end].iter().zip(&n.words).enumerate().all(same) {
                    hits.push(Hit { item: n.item, start: w.start, end: words[end - 1].end, variant: n.variant });
                }
            }
        }
        if !self.patterns.is_empty() {
            self.find_patterns(text, &words, &mut hits);
        }
        // (a pattern's windows may overlap: a match found twice is one hit)
        crate::text::sort_by_key(&mut hits, |h| (((h.start as u64) << 32) | h.end as u64, ((h.item as u64) << 1) | h.variant as u64));
        hits.dedup();
        hits
    }
}

impl Watchlist {
    /// The patterns' hits. A pattern that requires words is searched only around the rarest of
    /// them (within its paragraph, at most [`REACH`] bytes either side), and not at all in a text
    /// that lacks one; a pattern that requires none is searched everywhere. So a match of a
    /// pattern with required words never spans a blank line, nor reaches further than that from
    /// the word.
    fn find_patterns(&self, text: &str, words: &[fold::Word], hits: &mut Vec<Hit>) {
        let at = self.required_at(text, words);
        for p in &self.patterns {
            let push = |hits: &mut Vec<Hit>, from: usize, hay: &str| {
                hits.extend(p.re.find_iter(hay).filter(|m| !m.is_empty()).map(|m| Hit { item: p.item, start: from + m.start(), end: from + m.end(), variant: false }));
            };
            if p.words.is_empty() {
                push(hits, 0, text);
                continue;
            }
            let of = |w: u64| {
                let a = at.partition_point(|&(h, _)| h < w);
                let b = a + at[a..].partition_point(|&(h, _)| h == w);
                &at[a..b]
            };
            let occurrences: Vec<&[(u64, usize)]> = p.words.iter().map(|&w| of(w)).collect();
            if occurrences.iter().any(|o| o.is_empty()) {
                continue;
            }
            let Some(rarest) = occurrences.into_iter().min_by_key(|o| o.len()) else { continue };
            let mut done = 0;
            for &(_, pos) in rarest {
                if pos < done {
                    continue;
                }
                // the paragraph around the word, at most REACH bytes either side of it
                let lo = floor_char(text, pos.saturating_sub(REACH));
                let hi = floor_char(text, (pos + REACH).min(text.len()));
                let a = text.as_bytes()[lo..pos].windows(2).rposition(|w| w == b"\n\n").map_or(lo, |k| lo + k + 2);
                let b = text.as_bytes()[pos..hi].windows(2).position(|w| w == b"\n\n").map_or(hi, |k| pos + k);
                push(hits, a, &text[a..b]);
                done = b;
            }
        }
    }

    /// Where each word a pattern requires starts in `text`: as `words` folds it (joined at
    /// apostrophes), and, for a word with an apostrophe or a letter beyond ASCII, as the parts the
    /// engine's ASCII `\b` sees in it ("O’Brien": "o", "brien"; "café": "caf").
    fn required_at(&self, text: &str, words: &[fold::Word]) -> Vec<(u64, usize)> {
        // (a short list, behind the bit filter: a scan)
        let required = |h: u64| self.required_words.may_hold(h) && self.required.contains(&h);
        let mut at: Vec<(u64, usize)> = Vec::new();
        for w in words {
            if required(w.hash) {
                at.push((w.hash, w.start));
            }
            if !w.plain {
                let written = &text[w.start..w.end];
                let parts = fold::words(written, false).into_iter().map(|p| (p.hash, p.start));
                let ascii = written.split(|c: char| !c.is_ascii_alphanumeric()).filter(|p| !p.is_empty()).map(|p| (fold::hash_of(p), p.as_ptr() as usize - written.as_ptr() as usize));
                for (h, off) in parts.chain(ascii) {
                    if required(h) {
                        at.push((h, w.start + off));
                    }
                }
            }
        }
        // by word, each word's places in text order
        crate::text::sort_by_key(&mut at, |&(h, pos)| (h, pos as u64));
        at
    }
}

/// How far from its rarest required word a pattern's match may reach, in bytes.
pub const REACH: usize = 200;

/// `i`, or the char boundary before it.
fn floor_char(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A person's name's other forms in news: the surname alone (with the particles before it,
/// "Al-Khatib", "bin Nasser Al-Hamdan" → "Al-Hamdan") and the first initial with the surname
/// ("R. Al-Khatib"). None for a one-word name.
fn variants(name: &str) -> Vec<Vec<u64>> {
    let words: Vec<&str> = name.split(|c: char| c.is_whitespace()).filter(|w| !w.is_empty()).collect();
    if words.len() < 2 {
        return Vec::new();
    }
    // the surname: the last word, with the particles that stand right before it
    let mut first = words.len() - 1;
    let is_particle = |w: &str| PARTICLES.iter().any(|p| p.eq_ignore_ascii_case(crate::text::trim_end_any(w, b"-.")));
    while first > 1 && is_particle(words[first - 1]) {
        first -= 1;
    }
    let surname: Vec<u64> = words[first..].iter().flat_map(|w| fold::hashes(w)).collect();
    let mut out = vec![surname.clone()];
    if let Some(initial) = words[0].chars().next().filter(|c| c.is_alphabetic()) {
        let mut with_initial = fold::hashes(&initial.to_string());
        with_initial.extend(&surname);
        out.push(with_initial);
    }
    out
}

/// Reads a watchlist file: one item a line; `/…/` a pattern, anything else a name; `[Group]` or
/// `[Group #rrggbb]` starts a group; blank lines and lines starting with `#` are skipped.
pub fn parse_list(s: &str) -> Vec<Item> {
    let mut items = Vec::new();
    let (mut group, mut color) = (String::new(), None);
    for line in s.lines() {
        let line = line.trim().trim_start_matches('\u{feff}');
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(head) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            let head = head.trim();
            let (name, c) = match head.rsplit_once(' ') {
                Some((n, c)) if is_color(c) => (n.trim(), Some(c.to_ascii_lowercase())),
                _ => (head.trim(), None),
            };
            group = name.to_string();
            color = c;
            continue;
        }
        let (text, pattern) = match line.strip_prefix('/').and_then(|l| l.strip_suffix('/')) {
            Some(p) if !p.is_empty() => (p, true),
            _ => (line, false),
        };
        items.push(Item { text: text.to_string(), pattern, group: group.clone(), color: color.clone() });
    }
    items
}

/// Writes `items` as [`parse_list`] reads them: the ungrouped first, then each group under its
/// header, in the order the groups first appear.
pub fn write_list(items: &[Item]) -> String {
    let mut out = String::from("# Newsmark watchlist: one name a line, /a pattern/ between slashes, [Group #colour] before a group\n");
    let mut groups: Vec<(&str, Option<&str>)> = vec![("", None)];
    for it in items {
        if !groups.iter().any(|(g, _)| *g == it.group) {
            groups.push((&it.group, it.color.as_deref()));
        }
    }
    for (g, c) in groups {
        if !g.is_empty() {
            out.push_str(&format!("\n[{g}{}]\n", c.map(|c| format!(" {c}")).unwrap_or_default()));
        }
        for it in items.iter().filter(|it| it.group == g) {
            let line = it.text.replace(['\n', '\r'], " ");
            if it.pattern {
                out.push_str(&format!("/{line}/\n"));
            } else {
                out.push_str(&line);
                out.push('\n');
            }
        }
    }
    out
}

fn is_color(c: &str) -> bool {
    c.len() == 7 && c.starts_with('#') && c[1..].bytes().all(|b| b.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests;
