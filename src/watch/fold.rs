//! Words as a watchlist compares them: lowercase, without diacritics, an apostrophe inside a word
//! dropped ("O’Brien", "O'Brien" and "OʼBrien" are one word), hyphens and spaces alike
//! ("Al-Hamdan", "Al Hamdan"), and a particle's spellings as one ("el-", "al-"; "ibn", "bin").

use crate::lexicon::words::PARTICLE_SPELLINGS;
use crate::text::hash_str;

/// A word of a text, folded: its hash and its byte span in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word {
    pub hash: u64,
    pub start: usize,
    pub end: usize,
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

/// Appends `c` folded to `out`.
fn push_folded(out: &mut String, c: char) {
    match c as u32 {
        0x41..=0x5A => out.push(c.to_ascii_lowercase()),
        0xC0..=0x17F => out.push(LATIN[c as usize - 0xC0] as char),
        0x80.. => out.extend(c.to_lowercase()),
        _ => out.push(c),
    }
}

/// The hash of a folded word, with a particle's other spellings made one.
fn word_hash(w: &str) -> u64 {
    let w = PARTICLE_SPELLINGS.iter().find(|(s, _)| *s == w).map_or(w, |&(_, to)| to);
    hash_str(w)
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
    let mut out = Vec::new();
    let mut buf = String::new();
    let mut start = None;
    let mut end = 0;
    for (i, c) in s.char_indices() {
        // (ʼ is a letter to Unicode; as an apostrophe it joins or separates like the others)
        if c.is_alphanumeric() && !is_apostrophe(c) {
            if start.is_none() {
                start = Some(i);
            }
            push_folded(&mut buf, c);
            end = i + c.len_utf8();
        } else if join && start.is_some() && is_apostrophe(c) && joins(s, i + c.len_utf8()) {
            // inside a word: dropped
        } else if let Some(st) = start.take() {
            out.push(Word { hash: word_hash(&buf), start: st, end });
            buf.clear();
        }
    }
    if let Some(st) = start {
        out.push(Word { hash: word_hash(&buf), start: st, end });
    }
    out
}

/// The hashes of the folded words of `s` (joined at apostrophes), for comparing lists of words.
pub fn hashes(s: &str) -> Vec<u64> {
    words(s, true).into_iter().map(|w| w.hash).collect()
}

/// The hash of one word as `words` folds it.
pub fn hash_of(word: &str) -> u64 {
    let mut buf = String::new();
    for c in word.chars() {
        push_folded(&mut buf, c);
    }
    word_hash(&buf)
}
