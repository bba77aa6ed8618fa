//! The foundation under every stage: hashing and lowercasing of words without allocating.
//! Tokens carry a word's [`lower_hash`], computed while the lexer scans; the lexicons and the
//! per-document word sets are keyed by it, so a word is hashed once.

use std::hash::Hasher;

/// A fast non-cryptographic hasher (the Fx hash of rustc): lexicon keys are short and trusted.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let v = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ b as u64).wrapping_mul(K);
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}


/// Calls `f` with the lowercase form of `s`, without allocating for short ASCII words.
#[inline]
pub fn with_lower<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    if !s.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80) {
        return f(s);
    }
    let mut buf = [0u8; 48];
    if s.len() <= buf.len() && s.is_ascii() {
        for (d, b) in buf.iter_mut().zip(s.bytes()) {
            *d = b.to_ascii_lowercase();
        }
        // SAFETY: ASCII bytes lowercased stay ASCII, so the buffer is valid UTF-8.
        return f(unsafe { std::str::from_utf8_unchecked(&buf[..s.len()]) });
    }
    f(&to_lower(s))
}

/// The lowercase form of `c` in the scripts of news in European languages: ASCII, Latin-1,
/// Latin Extended-A and Additional, Greek and Cyrillic; any other character is kept. Written
/// out rather than `char::to_lowercase`, whose table of every cased script (some 11 KB) would
/// ship in the WASM for letters no lexicon holds. Always one character ("İ" gives "i").
#[inline]
pub fn lower_char(c: char) -> char {
    let u = c as u32;
    let l = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => u + 0x20,
        0x130 => 0x69,
        0x178 => 0xFF,
        0x100..=0x137 | 0x14A..=0x177 | 0x1DE..=0x1EF | 0x1F8..=0x21F | 0x222..=0x233 | 0x1E00..=0x1E95 | 0x1EA0..=0x1EFF | 0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F if u % 2 == 0 => u + 1,
        0x139..=0x148 | 0x179..=0x17E | 0x4C1..=0x4CE if u % 2 == 1 => u + 1,
        0x400..=0x40F => u + 0x50,
        0x386 => 0x3AC,
        0x388..=0x38A => u + 0x25,
        0x38C => 0x3CC,
        0x38E..=0x38F => u + 0x3F,
        0x4C0 => 0x4CF,
        0x1E9E => 0xDF,
        _ => u,
    };
    char::from_u32(l).unwrap_or(c)
}

/// `s` lowercase, character by character with [`lower_char`].
/// Whether `s` ends with one of the ASCII `bytes` (what `s.ends_with(['a', 'b'])` asks, without
/// a generic char-pattern search for each array length: some 100 bytes of WASM each).
pub fn ends_with_any(s: &str, bytes: &[u8]) -> bool {
    s.as_bytes().last().is_some_and(|b| bytes.contains(b))
}

/// Whether `s` holds one of the ASCII `bytes` (see [`ends_with_any`]).
pub fn contains_any(s: &str, bytes: &[u8]) -> bool {
    s.bytes().any(|b| bytes.contains(&b))
}

/// `s` up to the first of the ASCII `bytes`, or all of it (see [`ends_with_any`]).
pub fn until_any<'a>(s: &'a str, bytes: &[u8]) -> &'a str {
    debug_assert!(bytes.is_ascii(), "an ASCII byte is a character boundary; another may not be");
    &s[..s.bytes().position(|b| bytes.contains(&b)).unwrap_or(s.len())]
}

/// `s` without the ASCII `bytes` that end it (see [`ends_with_any`]).
pub fn trim_end_any<'a>(s: &'a str, bytes: &[u8]) -> &'a str {
    debug_assert!(bytes.is_ascii(), "an ASCII byte is a character boundary; another may not be");
    &s[..s.len() - s.bytes().rev().take_while(|b| bytes.contains(b)).count()]
}

/// `s` without the copies of `suffix` that end it (`s.trim_end_matches(suffix)` without the
/// generic backward substring search).
pub fn trim_end_str<'a>(mut s: &'a str, suffix: &str) -> &'a str {
    while let Some(rest) = s.strip_suffix(suffix) {
        s = rest;
    }
    s
}

pub fn to_lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    s.chars().map(lower_char).collect()
}

/// A word's ASCII-lowercase form on the stack, for comparing with literals without allocating.
/// Words longer than its buffer (no literal the stages compare with is that long) read as "".
#[derive(Clone, Copy)]
pub struct Low {
    buf: [u8; 24],
    len: u8,
}

impl Low {
    #[inline]
    pub fn new(s: &str) -> Low {
        let mut buf = [0u8; 24];
        if s.len() > buf.len() {
            return Low { buf, len: 0 };
        }
        for (d, b) in buf.iter_mut().zip(s.bytes()) {
            *d = b.to_ascii_lowercase();
        }
        Low { buf, len: s.len() as u8 }
    }
    #[inline]
    pub fn as_str(&self) -> &str {
        // SAFETY: the bytes are a whole &str with only A-Z changed to a-z, so still UTF-8.
        unsafe { std::str::from_utf8_unchecked(&self.buf[..self.len as usize]) }
    }
}

impl std::ops::Deref for Low {
    type Target = str;
    #[inline(always)]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<&str> for Low {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// One byte of [`lower_hash`].
#[inline]
pub const fn hash_step(h: u64, b: u8) -> u64 {
    (h.rotate_left(5) ^ b as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
}

/// A hash of a word's lowercase form, byte by byte, so that the tokenizer computes it while it
/// scans (each word token carries it) and lexicons and document word sets are keyed by it.
#[inline]
pub fn lower_hash(s: &str) -> u64 {
    with_lower(s, hash_str)
}

/// The hash of `s` as it is (for text already lowercase or normalised); a constant for a word
/// written in lowercase, which a token's `hash` can be tested against.
#[inline]
pub const fn hash_str(s: &str) -> u64 {
    let (b, mut h, mut i) = (s.as_bytes(), 0, 0);
    while i < b.len() {
        h = hash_step(h, b[i]);
        i += 1;
    }
    h
}

/// Sorts `v` by `key`, stably (equal keys keep their order), in O(n log n).
///
/// Every stage sorts through this one function, so that the WASM build holds one instance of
/// the standard library's sort (over `(u64, u64, usize)`) instead of one for each element type
/// and key: seven instances came to 48 KB of the build's 490.
pub fn sort_by_key<T>(v: &mut Vec<T>, key: impl Fn(&T) -> (u64, u64)) {
    let mut order: Vec<(u64, u64, usize)> = v.iter().enumerate().map(|(i, x)| {
        let (a, b) = key(x);
        (a, b, i)
    }).collect();
    if order.windows(2).all(|w| w[0] <= w[1]) {
        return;
    }
    order.sort_unstable(); // the index makes every key distinct, so the result is stable
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(order.iter().filter_map(|&(_, _, i)| slots[i].take()));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte-set tests answer as the standard library's char-array patterns do.
    #[test]
    fn byte_sets_agree_with_char_patterns() {
        for s in ["", "a", "fiscal 1990.", "bin-.", "al.-", "café", "x-y_z", "https://a.b/c?d#e", "“quoted”", "1,5", "’s"] {
            assert_eq!(ends_with_any(s, b"s.-"), s.ends_with(['s', '.', '-']), "{s:?}");
            assert_eq!(contains_any(s, b",.:"), s.contains([',', '.', ':']), "{s:?}");
            assert_eq!(until_any(s, b"/?#-_"), s.split(['/', '?', '#', '-', '_']).next().unwrap(), "{s:?}");
            assert_eq!(trim_end_any(s, b"-."), s.trim_end_matches(['-', '.']), "{s:?}");
        }
        for (s, suffix) in [("five-year-old", "-old"), ("a-old-old", "-old"), ("old", "-old"), ("", "-long"), ("week-long", "-long")] {
            assert_eq!(trim_end_str(s, suffix), s.trim_end_matches(suffix), "{s:?}");
        }
    }

    /// `lower_char` agrees with the standard library over the letters it covers (the first
    /// character where the standard library gives several) and keeps every other character.
    #[test]
    fn lowercase_of_european_scripts() {
        let covered = [(0x0, 0x17F), (0x1DE, 0x1EF), (0x1F8, 0x21F), (0x222, 0x233), (0x386, 0x3AB), (0x400, 0x481), (0x48A, 0x52F), (0x1E00, 0x1E95), (0x1EA0, 0x1EFF)];
        let mut checked = 0;
        for (lo, hi) in covered {
            for c in (lo..=hi).filter_map(char::from_u32) {
                assert_eq!(lower_char(c), c.to_lowercase().next().unwrap(), "{c:?} U+{:04X}", c as u32);
                checked += 1;
            }
        }
        assert!(checked > 1000);
        for (upper, lower) in [("ÉCOLE", "école"), ("ŁÓDŹ", "łódź"), ("ȘTEFAN", "ștefan"), ("ΑΘΗΝΑ", "αθηνα"), ("МОСКВА", "москва"), ("ÅNGSTRÖM", "ångström")] {
            assert_eq!(to_lower(upper), lower);
        }
        // other scripts are kept as they are
        assert_eq!(lower_char('Ա'), 'Ա');
    }
}
