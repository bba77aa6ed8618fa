//! The foundation under every stage: hashing and lowercasing of words without allocating.
//! Tokens carry a word's [`lower_hash`], computed while the lexer scans; the lexicons and the
//! per-document word sets are keyed by it, so a word is hashed once.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

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

pub type FxBuild = BuildHasherDefault<FxHasher>;
pub type FxSet<T> = HashSet<T, FxBuild>;
pub type FxMap<K, V> = HashMap<K, V, FxBuild>;

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
    f(&s.to_lowercase())
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
pub fn hash_step(h: u64, b: u8) -> u64 {
    (h.rotate_left(5) ^ b as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
}

/// A hash of a word's lowercase form, byte by byte, so that the tokenizer computes it while it
/// scans (each word token carries it) and lexicons and document word sets are keyed by it.
#[inline]
pub fn lower_hash(s: &str) -> u64 {
    with_lower(s, hash_str)
}

/// The hash of `s` as it is (for text already lowercase or normalised).
#[inline]
pub fn hash_str(s: &str) -> u64 {
    s.bytes().fold(0, hash_step)
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
