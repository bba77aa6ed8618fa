//! Tokens with byte offsets: words, numbers and single punctuation characters, each knowing
//! what whitespace precedes it. A hand-written lexer (no regex): one pass, linear.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Word,
    Num,
    Punct,
}

#[derive(Clone, Copy, Debug)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Whitespace separates this token from the previous one.
    pub space: bool,
    /// Newlines in that whitespace (capped at 2); `2` is a paragraph break.
    pub nl: u8,
    /// What the tokenizer saw in a word's characters (`F_*` bits); 0 for other tokens.
    pub flags: u8,
    /// A word's [`crate::text::lower_hash`], computed once here; 0 for other tokens.
    pub hash: u64,
}

/// The first character is uppercase.
pub const F_CAP: u8 = 1;
/// The first byte is an ASCII lowercase letter.
pub const F_LOWER: u8 = 2;
/// Contains a hyphen ('-' or the non-breaking '‑').
pub const F_HYPHEN: u8 = 4;
/// Contains an ASCII digit.
pub const F_DIGIT: u8 = 8;
/// Contains a non-ASCII character.
pub const F_NONASCII: u8 = 16;
/// A dotted abbreviation ("U.S.", "p.m."): the only words that end in a period.
pub const F_DOTTED: u8 = 32;

impl Token {
    pub fn text<'a>(&self, s: &'a str) -> &'a str {
        &s[self.start..self.end]
    }
    /// [`Token::text`] without the UTF-8 boundary check: the pipeline's hottest call, which the
    /// stages' contexts make (debug builds check the boundaries).
    ///
    /// # Safety
    /// `s` is the text the token was made from: [`tokenize`] cuts it at char boundaries only.
    #[inline(always)]
    pub(crate) unsafe fn text_unchecked<'a>(&self, s: &'a str) -> &'a str {
        debug_assert!(s.is_char_boundary(self.start) && s.is_char_boundary(self.end) && self.start <= self.end);
        // SAFETY: the caller's promise, above
        unsafe { s.get_unchecked(self.start..self.end) }
    }
    /// The token's text in `s` is `w`, ignoring ASCII case; the lengths are compared before the
    /// text is read.
    #[inline]
    pub fn eq_ignore_ascii_case(&self, s: &str, w: &str) -> bool {
        self.end - self.start == w.len() && s.as_bytes()[self.start..self.end].eq_ignore_ascii_case(w.as_bytes())
    }
}

#[inline]
fn char_at(s: &str, i: usize) -> Option<char> {
    let b = *s.as_bytes().get(i)?;
    if b < 0x80 {
        Some(b as char)
    } else {
        s[i..].chars().next()
    }
}

#[inline]
fn is_alnum(c: char) -> bool {
    c.is_alphanumeric()
}

/// A character that goes on with a word once it has begun: a letter or digit, a combining mark
/// ("n" + U+0303 in a decomposed "Nuñez"), or an invisible format character (the soft hyphen of
/// "Vladi\u{ad}mir", zero-width joiners), by its Unicode general category (the ranges of
/// `word_chars.rs`, generated from the unicode-properties crate).
#[inline]
pub(crate) fn continues_word(c: char) -> bool {
    is_alnum(c) || (c as u32 >= 0x80 && in_ranges(c as u32, crate::word_chars::RANGES))
}

fn in_ranges(c: u32, ranges: &[(u32, u32)]) -> bool {
    let k = ranges.partition_point(|&(_, hi)| hi < c);
    k < ranges.len() && ranges[k].0 <= c
}

/// Characters joining two parts of one word: hyphens and apostrophes (straight and curly).
#[inline]
pub fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '‑')
}

/// Splits `s` into tokens. Never fails; every token lies on char boundaries.
///
/// The hot path of the whole pipeline, so hand-written: ASCII whitespace, punctuation and plain
/// ASCII words (their flags and hash computed in the same pass) are taken byte by byte; anything
/// else decodes a character and goes through [`number_end`] or [`word_end`].
#[inline(never)] // a pipeline stage: kept whole, so profiles show it
pub fn tokenize(s: &str) -> Vec<Token> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(s.len() / 4 + 16); // news text has a token per 5 bytes or so
    let mut i = 0;
    let mut space = false;
    let mut nl = 0u8;
    while i < bytes.len() {
        let b = bytes[i];
        // ASCII fast paths: spaces, punctuation and plain words
        if b < 0x80 {
            if matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C) {
                space = true;
                if b == b'\n' {
                    nl = (nl + 1).min(2);
                }
                i += 1;
                continue;
            }
            if !b.is_ascii_alphanumeric() {
                out.push(Token { start: i, end: i + 1, kind: Kind::Punct, space, nl, flags: 0, hash: 0 });
                nl = 0;
                space = bytes.get(i + 1) == Some(&b' ');
                i += 1 + space as usize;
                continue;
            }
            if let Some((j, flags, hash)) = ascii_word(bytes, i) {
                out.push(Token { start: i, end: j, kind: Kind::Word, space, nl, flags, hash });
                nl = 0;
                // the space after a word, the commonest case, without going round again
                space = bytes.get(j) == Some(&b' ');
                i = j + space as usize;
                continue;
            }
        }
        let Some(c) = char_at(s, i) else { break };
        if c.is_whitespace() {
            space = true;
            if c == '\n' || c == '\u{2029}' {
                nl = (nl + 1).min(2);
            }
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let (kind, dotted);
        (kind, i, dotted) = if c.is_ascii_digit() {
            (Kind::Num, number_end(bytes, i), false)
        } else if c.is_alphabetic() {
            let (end, dotted) = word_end(s, i, c);
            (Kind::Word, end, dotted)
        } else {
            (Kind::Punct, i + c.len_utf8(), false)
        };
        let (flags, hash) = if kind == Kind::Word { word_facts(&s[start..i], c) } else { (0, 0) };
        let flags = if dotted { flags | F_DOTTED } else { flags };
        // "Toronto-based", "Al-Qaeda-led": the name is a word of its own, then the hyphen
        if let Some(h) = (flags & (F_CAP | F_HYPHEN) == F_CAP | F_HYPHEN).then(|| modifier_cut(&s[start..i])).flatten() {
            let (f, hash) = word_facts(&s[start..start + h], c);
            out.push(Token { start, end: start + h, kind, space, nl, flags: f, hash });
            out.push(Token { start: start + h, end: start + h + 1, kind: Kind::Punct, space: false, nl: 0, flags: 0, hash: 0 });
            out.push(Token { start: start + h + 1, end: i, kind, space: false, nl: 0, flags: F_LOWER, hash: crate::text::lower_hash(&s[start + h + 1..i]) });
            space = false;
            nl = 0;
            continue;
        }
        out.push(Token { start, end: i, kind, space, nl, flags, hash });
        space = false;
        nl = 0;
    }
    out
}

/// Words that, glued to a name by a hyphen, make an adjective of it ("Toronto-based",
/// "Al-Qaeda-led", "Reagan-era"). The tokenizer's own list: the lexicons come after the tokens,
/// so it cannot be one of theirs.
const MODIFIER_TAILS: &str = " backed based born compatible controlled dominated era funded led linked made owned run sponsored style supported ";

/// Where a capitalised word `w` glued to one of [`MODIFIER_TAILS`] is cut: its last hyphen.
#[inline(never)] // rare: off the tokenizer's hot path
fn modifier_cut(w: &str) -> Option<usize> {
    let h = w.rfind('-').filter(|&h| h > 0)?;
    let tail = w[h + 1..].as_bytes();
    let n = tail.len();
    (n > 1 && tail.iter().all(u8::is_ascii_lowercase) && MODIFIER_TAILS.as_bytes().windows(n + 2).any(|x| x[0] == b' ' && x[n + 1] == b' ' && &x[1..=n] == tail)).then_some(h)
}

/// A plain ASCII word at `i` (whose first byte is alphanumeric): its end, flags and hash, read in
/// one pass. `None` when the word goes on with a joiner, a non-ASCII letter or a dotted
/// abbreviation's period, or opens with a digit: the general path takes those.
#[inline(always)]
fn ascii_word(bytes: &[u8], i: usize) -> Option<(usize, u8, u64)> {
    let b = bytes[i];
    if !b.is_ascii_alphabetic() {
        return None;
    }
    let mut j = i + 1;
    let mut h = crate::text::hash_step(0, b.to_ascii_lowercase());
    let mut f = if b.is_ascii_uppercase() { F_CAP } else { F_LOWER };
    while let Some(&c) = bytes.get(j) {
        let low = ALNUM_LOWER[c as usize];
        if low == 0 {
            break;
        }
        f |= (low <= b'9') as u8 * F_DIGIT; // without a branch
        h = crate::text::hash_step(h, low);
        j += 1;
    }
    let plain = match bytes.get(j) {
        None => true,
        Some(&n) => n < 0x80 && n != b'-' && n != b'\'' && !(n == b'.' && j == i + 1),
    };
    plain.then_some((j, f, h))
}

/// The end of the number that opens at `i` with a digit: digits, with ',', '.' or ':' between
/// digits ("1,500", "2.08", "10:30").
#[inline(always)]
fn number_end(bytes: &[u8], mut i: usize) -> usize {
    i += 1;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_digit() {
            i += 1;
        } else if (b == b',' || b == b'.' || b == b':') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
            i += 2;
        } else {
            break;
        }
    }
    i
}

/// The end of the word that opens at `i` with letter `c`, and whether it is a dotted
/// abbreviation ("U.S.", "p.m."). A word goes on over letters, digits and joiners between them
/// ("Al-Awadi", "rock'n'roll"); a possessive 's ends it ("Iraq’s").
#[inline(always)]
fn word_end(s: &str, mut i: usize, c: char) -> (usize, bool) {
    let bytes = s.as_bytes();
    let cl = c.len_utf8();
    i += cl;
    if cl == 1 && bytes.get(i) == Some(&b'.') && bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic) && bytes.get(i + 2) == Some(&b'.') {
        i += 3;
        while bytes.get(i).is_some_and(u8::is_ascii_alphabetic) && bytes.get(i + 1) == Some(&b'.') {
            i += 2;
        }
        return (i, true);
    }
    loop {
        // ASCII letters and digits without decoding
        match bytes.get(i) {
            Some(b) if b.is_ascii_alphanumeric() => {
                i += 1;
                continue;
            }
            Some(&b) if b < 0x80 && b != b'-' && b != b'\'' => break,
            None => break,
            _ => {}
        }
        let Some(d) = char_at(s, i) else { break };
        if continues_word(d) {
            i += d.len_utf8();
        } else if is_joiner(d) {
            let j = i + d.len_utf8();
            match char_at(s, j) {
                Some(e) if is_alnum(e) => {
                    // possessive 's ends the word: Iraq’s
                    if d != '-' && d != '‑' && (e == 's' || e == 'S') && !char_at(s, j + 1).is_some_and(is_alnum) {
                        break;
                    }
                    i = j;
                }
                _ => break,
            }
        } else {
            break;
        }
    }
    (i, false)
}

/// Each byte's lowercase form if it is an ASCII letter or digit, else 0.
static ALNUM_LOWER: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    t
};

/// The `F_*` flags and the lowercase hash of a word whose first character is `first`.
#[inline]
fn word_facts(w: &str, first: char) -> (u8, u64) {
    let mut f = 0;
    if first.is_uppercase() {
        f |= F_CAP;
    }
    if first.is_ascii_lowercase() {
        f |= F_LOWER;
    }
    for &b in w.as_bytes() {
        match b {
            b'-' => f |= F_HYPHEN,
            b'0'..=b'9' => f |= F_DIGIT,
            0x80.. => f |= F_NONASCII,
            _ => {}
        }
    }
    if f & F_NONASCII != 0 && w.contains('‑') {
        f |= F_HYPHEN;
    }
    (f, crate::text::lower_hash(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("Basem Al-Awadi said.", &["Basem", "Al-Awadi", "said", "."]),
            ("Iraq’s population", &["Iraq", "’", "s", "population"]),
            ("Kata’ib Hezbollah", &["Kata’ib", "Hezbollah"]),
            ("militias’ approach", &["militias", "’", "approach"]),
            ("$2.08 billion", &["$", "2.08", "billion"]),
            ("1,200 and 5-10%", &["1,200", "and", "5", "-", "10", "%"]),
            ("the U.S. and p.m.", &["the", "U.S.", "and", "p.m."]),
            ("F-16 jets", &["F-16", "jets"]),
            // a name glued to a modifier is two words; other hyphenated words are one
            ("Toronto-based, Reagan-era, Hong Kong-based", &["Toronto", "-", "based", ",", "Reagan", "-", "era", ",", "Hong", "Kong", "-", "based"]),
            ("Coca-Cola, Al-Qaeda-led, well-based, Zürich-based", &["Coca-Cola", ",", "Al-Qaeda", "-", "led", ",", "well-based", ",", "Zürich", "-", "based"]),
            ("2014, then", &["2014", ",", "then"]),
            ("10:30 a.m.", &["10:30", "a.m."]),
            ("21st", &["21", "st"]),
            ("don't", &["don't"]),
            // combining marks and invisible format characters stay inside the word
            ("Nun\u{303}ez said", &["Nun\u{303}ez", "said"]),
            ("Jose\u{301} Nu\u{308}n", &["Jose\u{301}", "Nu\u{308}n"]),
            ("Vladi\u{ad}mir Putin", &["Vladi\u{ad}mir", "Putin"]),
            ("co\u{200d}op", &["co\u{200d}op"]),
            ("", &[]),
        ];
        for (input, want) in cases {
            assert_eq!(&toks(input), want, "input {input:?}");
        }
    }

    #[test]
    fn word_chars_table_is_current() {
        // the committed ranges (src/word_chars.rs) against the crate they were generated from
        use unicode_properties::{GeneralCategory, GeneralCategoryGroup, UnicodeGeneralCategory};
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let want = c.is_alphanumeric() || c.general_category_group() == GeneralCategoryGroup::Mark || c.general_category() == GeneralCategory::Format;
            assert_eq!(continues_word(c), want, "U+{:04X}: regenerate with `cargo run --example word_chars > src/word_chars.rs`", c as u32);
        }
    }

    #[test]
    fn word_facts_match_the_slow_path() {
        // the fast ASCII path and the general one must give what lower_hash and the text say
        let s = "Basem Al-Awadi’s U.S. F-16 don't Kata’ib 21st ÉCOLE Zürich ﬁne x y2k 1,200 naïve ‑a Toronto-based Al-Qaeda-led";
        for t in tokenize(s).iter().filter(|t| t.kind == Kind::Word) {
            let w = t.text(s);
            assert_eq!(t.hash, crate::text::lower_hash(w), "hash of {w:?}");
            assert_eq!(t.flags & F_CAP != 0, w.chars().next().is_some_and(char::is_uppercase), "{w:?}");
            assert_eq!(t.flags & F_DIGIT != 0, w.bytes().any(|b| b.is_ascii_digit()), "{w:?}");
            assert_eq!(t.flags & F_HYPHEN != 0, w.contains(['-', '‑']), "{w:?}");
            assert_eq!(t.flags & F_DOTTED != 0, w.ends_with('.'), "{w:?}");
        }
    }

    #[test]
    fn paragraph_breaks() {
        let t = tokenize("One.\n\nTwo.\nThree");
        assert_eq!(t[2].nl, 2);
        assert_eq!(t[4].nl, 1);
        assert!(t[1].space == false && t[2].space);
    }
}
