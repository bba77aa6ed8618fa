//! Re-anchoring: an exported item found again in a page's text from its selectors alone.
//!
//! Every place where the exact text occurs is a candidate; the one whose surroundings agree
//! longest with the selector's prefix and suffix wins, and of those the one nearest to the
//! recorded position. So an item is found when the page gained or lost text elsewhere (its
//! position moved) and when a neighbour was edited (one side of its context still agrees).
//! Linear: each occurrence costs at most the context's length.

use crate::offsets::Utf16Map;

/// Where `exact` stands in `text`, as UTF-16 `[start, end)`, given the `prefix` and `suffix` it
/// had and (optionally) its recorded UTF-16 start. `None` when the exact text is not there.
pub fn anchor(text: &str, exact: &str, prefix: &str, suffix: &str, position: Option<usize>) -> Option<(usize, usize)> {
    if exact.is_empty() {
        return None;
    }
    let map = Utf16Map::new(text);
    let mut best: Option<(usize, usize, usize, usize)> = None; // (agreement, -, start, end) by bytes
    let mut from = 0;
    let mut best_key = (0usize, usize::MAX);
    while let Some(k) = text[from..].find(exact) {
        let b0 = from + k;
        let b1 = b0 + exact.len();
        let agree = common_suffix(&text[..b0], prefix) + common_prefix(&text[b1..], suffix);
        let start = map.utf16(b0);
        let distance = position.map_or(0, |p| p.abs_diff(start));
        let key = (agree, distance);
        if best.is_none() || key.0 > best_key.0 || (key.0 == best_key.0 && key.1 < best_key.1) {
            best_key = key;
            best = Some((agree, distance, start, map.utf16(b1)));
        }
        // the next occurrence may overlap this one
        from = b0 + exact.chars().next().map_or(1, char::len_utf8);
    }
    best.map(|(_, _, s, e)| (s, e))
}

/// How many characters `a` ends with that `b` ends with.
fn common_suffix(a: &str, b: &str) -> usize {
    a.chars().rev().zip(b.chars().rev()).take_while(|(x, y)| x == y).count()
}

fn common_prefix(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}
