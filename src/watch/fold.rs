//! Words as a watchlist compares them: lowercase, without diacritics, an apostrophe inside a word
//! dropped ("O’Brien", "O'Brien" and "OʼBrien" are one word), hyphens and spaces alike
//! ("Al-Hamdan", "Al Hamdan"), and a particle's spellings as one ("el-", "al-"; "ibn", "bin").

use crate::lexicon::words::PARTICLE_SPELLINGS;
use crate::text::{hash_step, hash_str};

/// A word of a text, folded: its hash and its byte span in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word {
    pub hash: u64,
    pub start: usize,
    pub end: usize,
    /// Written in ASCII letters and digits alone (no apostrophe, nothing beyond ASCII).
    pub plain: bool,
}

/// U+00C0..=U+017F (Latin-1 letters and Latin Extended-A) without their diacritics, lowercase:
/// the letters of European names in news. Made with Python's `unicodedata` (NFD, first
/// character, lowercased) and by hand for the letters that do not decompose (Æ, Ð, Ø, Þ, ß, Đ,
/// Ħ, ı, Ĳ, ĸ, Ŀ, Ł, ŉ, Ŋ, Œ, Ŧ, ſ); × and ÷ are not letters and never looked up.
const LATIN: &[u8; 192] = b"aaaaaaaceeeeiiiidnooooo ouuuuytsaaaaaaaceeeeiiiidnooooo ouuuuytyaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

/// Apostrophes news writes inside words: ' ’ ʼ ‘ ` ´.
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}' | '\u{2018}' | '`' | '\u{00B4}')
}

/// Feeds `c`, folded, to the hash `h` (the bytes of its folded form, as `hash_str` would).
#[inline]
fn fold_into(h: u64, c: char) -> u64 {
    match c as u32 {
        0..=0x7F => hash_step(h, (c as u8).to_ascii_lowercase()),
        0xC0..=0x17F => hash_step(h, LATIN[c as usize - 0xC0]),
        _ => {
            let mut buf = [0u8; 4];
            crate::text::lower_char(c).encode_utf8(&mut buf).bytes().fold(h, hash_step)
        }
    }
}

/// A particle's other spellings as their hashes, with the hash of the spelling they fold to.
fn particle(h: u64) -> u64 {
    PARTICLE_SPELLINGS.iter().find(|(s, _)| hash_str(s) == h).map_or(h, |(_, to)| hash_str(to))
}

/// Whether an apostrophe before `rest_at` joins the letters around it: a letter follows, and it
/// is not the possessive "’s" ("O’Brien", "Kata’ib"; not "Iraq’s").
fn joins(s: &str, rest_at: usize) -> bool {
    let mut rest = s[rest_at..].chars();
    match rest.next() {
        Some('s' | 'S') => rest.next().is_some_and(char::is_alphanumeric),
        Some(n) => n.is_alphanumeric(),
        None => false,
    }
}

/// The folded words of `s`. With `join` an apostrophe between letters joins them into one word;
/// without, it separates them (both forms are needed to know what a pattern can match).
pub fn words(s: &str, join: bool) -> Vec<Word> {
    // a particle's spellings are at most four bytes long
    let word = |h: u64, start: usize, end: usize, plain: bool| Word { hash: if end - start <= 4 { particle(h) } else { h }, start, end, plain };
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len() / 6);
    let (mut h, mut start, mut end, mut plain) = (0u64, None, 0, true);
    let mut i = 0;
    // hand-written over bytes, with ASCII (most of news) decided byte by byte: the watchlist runs
    // this over every page, and char by char it cost a fifth of an analysis
    while i < b.len() {
        let (c, len) = if b[i] < 0x80 { (b[i] as char, 1) } else { s[i..].chars().next().map_or((' ', 1), |c| (c, c.len_utf8())) };
        let letter = if len == 1 { c.is_ascii_alphanumeric() } else { c.is_alphanumeric() && !is_apostrophe(c) };
        if letter {
            if start.is_none() {
                (start, h, plain) = (Some(i), 0, true);
            }
            h = if len == 1 { hash_step(h, b[i].to_ascii_lowercase()) } else { fold_into(h, c) };
            plain &= len == 1;
            end = i + len;
        } else if join && start.is_some() && is_apostrophe(c) && joins(s, i + len) {
            plain = false; // inside a word: dropped
        } else if let Some(st) = start.take() {
            out.push(word(h, st, end, plain));
        }
        i += len;
    }
    if let Some(st) = start {
        out.push(word(h, st, end, plain));
    }
    out
}

/// The hashes of the folded words of `s` (joined at apostrophes), for comparing lists of words.
pub fn hashes(s: &str) -> Vec<u64> {
    words(s, true).into_iter().map(|w| w.hash).collect()
}

/// The hash of one word as `words` folds it.
pub fn hash_of(word: &str) -> u64 {
    let h = word.chars().fold(0, fold_into);
    // (as in `words`: a particle's spellings are at most four bytes long)
    if word.len() <= 4 {
        particle(h)
    } else {
        h
    }
}
