//! Byte offsets (inside the core) to UTF-16 code units (at the boundary), in O(1) memory per
//! 64 bytes of text and O(64) time per lookup.

pub struct Utf16Map<'a> {
    s: &'a str,
    /// UTF-16 offset at each 64-byte block start; `None` for ASCII-only text (identity).
    blocks: Option<Vec<usize>>,
    /// The last answer (byte, UTF-16 offset): offsets asked in increasing order (mentions in
    /// text order) count on from it instead of from their block.
    last: std::cell::Cell<(usize, usize)>,
}

const BLOCK: usize = 64;

impl<'a> Utf16Map<'a> {
    pub fn new(s: &'a str) -> Utf16Map<'a> {
        if s.is_ascii() {
            return Utf16Map { s, blocks: None, last: Default::default() };
        }
        let mut blocks = Vec::with_capacity(s.len() / BLOCK + 1);
        let mut u = 0;
        let bytes = s.as_bytes();
        for block in bytes.chunks(BLOCK) {
            blocks.push(u);
            // UTF-16 units: one at each char's first byte, two for a four-byte char
            u += utf16_units(block);
        }
        Utf16Map { s, blocks: Some(blocks), last: Default::default() }
    }

    /// UTF-16 offset of byte offset `b` (a char boundary, or the text's length).
    pub fn utf16(&self, b: usize) -> usize {
        let Some(blocks) = &self.blocks else { return b };
        let b = b.min(self.s.len());
        let blk = b / BLOCK;
        let (mut from, mut u) = (blk.min(blocks.len().saturating_sub(1)) * BLOCK, if blk < blocks.len() { blocks[blk] } else { *blocks.last().unwrap_or(&0) });
        let (lb, lu) = self.last.get();
        if (from..=b).contains(&lb) {
            (from, u) = (lb, lu);
        }
        u += utf16_units(&self.s.as_bytes()[from.min(b)..b]);
        self.last.set((b, u));
        u
    }
}

/// UTF-16 units in whole chars' bytes: one per char's first byte (not `10xxxxxx`), two for a
/// four-byte char (`11110xxx`); eight bytes at a time.
fn utf16_units(bytes: &[u8]) -> usize {
    const HI: u64 = 0x8080_8080_8080_8080;
    let mut n = 0;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let x = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        let continuation = x & !(x << 1) & HI;
        let four = x & (x << 1) & (x << 2) & (x << 3) & HI;
        n += 8 - continuation.count_ones() as usize + four.count_ones() as usize;
    }
    n + chunks.remainder().iter().map(|&b| (b & 0xC0 != 0x80) as usize + (b >= 0xF0) as usize).sum::<usize>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_encode_utf16() {
        let s = "a’b😀c — Kata’ib ".repeat(20);
        let m = Utf16Map::new(&s);
        for (b, _) in s.char_indices().chain([(s.len(), ' ')]) {
            assert_eq!(m.utf16(b), s[..b].encode_utf16().count(), "byte {b}");
        }
        // in any order: backwards, and jumping about
        let bounds: Vec<usize> = s.char_indices().map(|(b, _)| b).collect();
        for &b in bounds.iter().rev().chain(bounds.iter().step_by(7)).chain(bounds.iter().rev().step_by(5)) {
            assert_eq!(m.utf16(b), s[..b].encode_utf16().count(), "byte {b}");
        }
    }
}
