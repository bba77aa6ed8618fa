//! The lexicon's open-addressing tables: [`WordTable`] (every lexicon word and its bits, one
//! probe a look-up) and [`HashSet64`] (a document's words by hash). Hand-written rather than a
//! `HashMap`: the look-up runs for every word token and is the hot path of the classes stage.

use crate::text::hash_str;

/// A set of word hashes ([`crate::text::lower_hash`]) for one document: open addressing, sized once.
pub struct HashSet64 {
    /// `hash | 1` per slot, 0 when empty.
    slots: Vec<u64>,
    shift: u32,
}

impl HashSet64 {
    /// A set for up to `n` hashes.
    pub fn with_capacity(n: usize) -> HashSet64 {
        let cap = (n * 2).next_power_of_two().max(16);
        HashSet64 { slots: vec![0; cap], shift: 64 - cap.trailing_zeros() }
    }
    #[inline]
    pub fn insert(&mut self, hash: u64) {
        let (k, mask) = (hash | 1, self.slots.len() - 1);
        let mut i = (k >> self.shift) as usize;
        while self.slots[i] != 0 {
            if self.slots[i] == k {
                return;
            }
            i = (i + 1) & mask;
        }
        self.slots[i] = k;
    }
    #[inline]
    pub fn contains(&self, hash: u64) -> bool {
        let (k, mask) = (hash | 1, self.slots.len() - 1);
        let mut i = (k >> self.shift) as usize;
        loop {
            match self.slots[i] {
                0 => return false,
                x if x == k => return true,
                _ => i = (i + 1) & mask,
            }
        }
    }
}

/// A map from 64-bit hashes to indices (the entity index, the summary): open addressing, doubling
/// when half full. Hand-written rather than a `HashMap` for size: a `HashMap` of our own would
/// ship its generic table code in the WASM build a second time (the watchlist's pattern engine
/// has one of its own), some 3 KB against this probe loop.
#[derive(Default)]
pub struct Map64 {
    /// (key, value) per slot; an empty slot's value is `usize::MAX`.
    slots: Vec<(u64, usize)>,
    len: usize,
}

impl Map64 {
    /// A map for up to `n` keys before it grows.
    pub fn with_capacity(n: usize) -> Map64 {
        Map64 { slots: vec![(0, usize::MAX); (n * 2).next_power_of_two().max(16)], len: 0 }
    }
    /// The slot of `k`, or the empty slot where it goes (the table is never full).
    fn slot(&self, k: u64) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as usize & mask;
        while self.slots[i].1 != usize::MAX && self.slots[i].0 != k {
            i = (i + 1) & mask;
        }
        i
    }
    /// The value under `k`.
    pub fn get(&self, k: u64) -> Option<usize> {
        let v = if self.slots.is_empty() { usize::MAX } else { self.slots[self.slot(k)].1 };
        (v != usize::MAX).then_some(v)
    }
    /// Puts `v` under `k` and returns what was there.
    pub fn insert(&mut self, k: u64, v: usize) -> Option<usize> {
        self.put(k, v, true)
    }
    /// The value under `k`, putting `v` there first if there was none.
    pub fn get_or_insert(&mut self, k: u64, v: usize) -> usize {
        self.put(k, v, false).unwrap_or(v)
    }
    fn put(&mut self, k: u64, v: usize, replace: bool) -> Option<usize> {
        if (self.len + 1) * 2 > self.slots.len() {
            let old = std::mem::replace(self, Map64::with_capacity(self.slots.len().max(8)));
            for (k, v) in old.slots.into_iter().filter(|s| s.1 != usize::MAX) {
                self.put(k, v, true);
            }
        }
        let i = self.slot(k);
        let was = self.slots[i].1;
        if was == usize::MAX {
            self.len += 1;
        } else if !replace {
            return Some(was);
        }
        self.slots[i] = (k, v);
        (was != usize::MAX).then_some(was)
    }
}

/// The lexicon table: open addressing with linear probing over [`crate::text::lower_hash`] keys. A slot holds
/// the key, the bits and where its word is in one string of all words, so a probe reads one
/// 16-byte slot and a hit is confirmed against the word.
pub(super) struct WordTable {
    slots: Box<[Slot]>,
    words: String,
    shift: u32,
    /// Entries so far.
    len: usize,
    /// One bit per value of the hash's low 16 bits (8 KB), set for every entry: most words
    /// that are in no lexicon are turned away here without touching the slots.
    seen: Box<[u64; 1024]>,
}

#[derive(Clone, Copy, Default)]
struct Slot {
    /// `hash | 1`; 0 when empty.
    key: u64,
    bits: u32,
    /// The word's offset in `words` (high 24 bits) and length (low 8 bits).
    at: u32,
}

impl WordTable {
    /// An empty table with room for `n` entries before it grows.
    pub(super) fn with_capacity(n: usize) -> WordTable {
        let cap = (n * 2).next_power_of_two().max(16);
        WordTable { slots: vec![Slot::default(); cap].into(), words: String::new(), shift: 64 - cap.trailing_zeros(), len: 0, seen: Box::new([0; 1024]) }
    }

    /// Sets the bits of lowercase word `w` to `f` of its bits so far (0 for a new word). The
    /// lexicons are built by these calls straight from their files, without a map in between,
    /// so that a service worker that has just started (running unoptimised code) is quick.
    /// (`f` is a `dyn` callback: one copy of the insertion for all the lexicons' calls; it runs
    /// at load only)
    pub(super) fn update(&mut self, w: &str, f: &dyn Fn(u32) -> u32) {
        if w.len() >= 256 {
            return;
        }
        if (self.len + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let key = hash_str(w) | 1;
        match self.probe(key, |k| k == w.as_bytes()) {
            Ok(i) => self.slots[i].bits = f(self.slots[i].bits),
            Err(i) => {
                self.slots[i] = Slot { key, bits: f(0), at: ((self.words.len() as u32) << 8) | w.len() as u32 };
                self.seen[(key as usize >> 6) & 1023] |= 1 << (key & 63);
                self.words.push_str(w);
                self.len += 1;
            }
        }
    }

    /// Twice the slots, the entries placed again (their words stay where they are).
    fn grow(&mut self) {
        let cap = self.slots.len() * 2;
        let old = std::mem::replace(&mut self.slots, vec![Slot::default(); cap].into());
        self.shift = 64 - cap.trailing_zeros();
        for s in old.iter().filter(|s| s.key != 0) {
            // keys are distinct words: each lands on the empty slot that ends its probe
            if let Err(i) = self.probe(s.key, |_| false) {
                self.slots[i] = *s;
            }
        }
    }

    /// Linear probing for key `k` (`hash | 1`): `Ok` with the slot of the word that `is`
    /// confirms, or `Err` with the empty slot where the probe ended.
    #[inline]
    fn probe(&self, k: u64, is: impl Fn(&[u8]) -> bool) -> Result<usize, usize> {
        let mask = self.slots.len() - 1;
        let mut i = (k >> self.shift) as usize;
        loop {
            let slot = self.slots[i];
            if slot.key == 0 {
                return Err(i);
            }
            if slot.key == k {
                let (off, len) = ((slot.at >> 8) as usize, (slot.at & 0xff) as usize);
                if self.words.as_bytes().get(off..off + len).is_some_and(&is) {
                    return Ok(i);
                }
            }
            i = (i + 1) & mask;
        }
    }

    /// The bits of the word whose hash is `hash` and that `is` confirms; 0 if none.
    #[inline]
    pub(super) fn get(&self, hash: u64, is: impl Fn(&[u8]) -> bool) -> u32 {
        let k = hash | 1;
        if self.seen[(k as usize >> 6) & 1023] & (1 << (k & 63)) == 0 {
            return 0;
        }
        self.probe(k, is).map_or(0, |i| self.slots[i].bits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_merges_bits_and_grows() {
        let mut t = WordTable::with_capacity(1);
        let words: Vec<String> = (0..300).map(|i| format!("w{i}")).collect();
        for (i, w) in words.iter().enumerate() {
            t.update(w, &|b| b | 1 << (i % 3));
            t.update(w, &|b| b | 8);
        }
        t.update("w7", &|b| b & !8);
        assert!(t.slots.len() >= 600, "{} slots for 300 words", t.slots.len());
        for (i, w) in words.iter().enumerate() {
            let want = (1 << (i % 3)) | if w == "w7" { 0 } else { 8 };
            assert_eq!(t.get(hash_str(w), |k| k == w.as_bytes()), want, "{w}");
        }
        assert_eq!(t.get(hash_str("w300"), |k| k == b"w300"), 0);
        assert_eq!(t.len, 300);
    }

    #[test]
    fn map_keeps_the_first_or_replaces_and_grows() {
        let mut m = Map64::default();
        assert_eq!(m.get(7), None);
        // keys that share a slot's bits, and 0, are keys like any other
        let keys: Vec<u64> = (1..=1000u64).map(|i| i << 40).chain([0, u64::MAX, 1]).collect();
        for (i, &k) in keys.iter().enumerate() {
            assert_eq!(m.get_or_insert(k, i), i);
            assert_eq!(m.get_or_insert(k, i + 5000), i, "the first value stays");
        }
        assert_eq!(m.len, keys.len());
        assert!(m.slots.len() >= 2 * keys.len());
        for (i, &k) in keys.iter().enumerate() {
            assert_eq!(m.get(k), Some(i));
        }
        assert_eq!(m.insert(1, 9), Some(keys.len() - 1));
        assert_eq!(m.get(1), Some(9));
        assert_eq!(m.insert(2, 3), None);
        assert_eq!(m.get(3), None);
        let mut sized = Map64::with_capacity(3);
        for k in 0..100 {
            sized.insert(k * 977, k as usize);
        }
        assert!((0..100).all(|k| sized.get(k * 977) == Some(k as usize)));
    }
}
