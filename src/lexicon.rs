//! Lexicons: plain text files under `lexicons/`, embedded at compile time and parsed once.
//! Every file's provenance and licence is listed in `LEXICONS.md`.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

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

/// Word classes, computed once per token (see [`Lexicons::token_classes`]).
/// May open a figure.
pub const W_TRIGGER: u32 = 1;
/// An ordinal word.
pub const W_ORDINAL: u32 = 2;
/// First letter is uppercase.
pub const W_CAP: u32 = 4;
/// Contains a hyphen.
pub const W_HYPHEN: u32 = 8;
/// Contains a digit.
pub const W_DIGIT: u32 = 16;
/// A figure word that opens a figure by itself (a number word, a month, a period).
pub const W_STRONG: u32 = 32;
/// Lexicon memberships, for a word or a phrase (see [`Lexicons::bits`]) and, through
/// [`Lexicons::token_classes`], for each token.
pub const L_PLACE: u32 = 1 << 6;
pub const L_COUNTRY: u32 = 1 << 7;
pub const L_ORG: u32 = 1 << 8;
pub const L_GIVEN: u32 = 1 << 9;
/// A demonym or a group named like one, singular or plural ("Iraqi", "Palestinians", "Poles").
pub const L_DEMONYM: u32 = 1 << 10;
pub const L_ROLE: u32 = 1 << 11;
pub const L_HONORIFIC: u32 = 1 << 12;
/// The first word of a role or honorific, without its trailing period.
pub const L_ROLE_FIRST: u32 = 1 << 13;
/// The lowercase form of an organization word or of a common capitalised word: both lists are
/// matched as written, so this bit only tells which tokens are worth the exact look-up.
pub const L_ORG_WORD: u32 = 1 << 14;
pub const L_COMMON_CAP: u32 = 1 << 15;
/// The lowercase form of a word that makes a name a place ("Republic", "Sea"), matched as written.
pub const L_PLACE_WORD: u32 = 1 << 17;
/// A currency symbol ($, €, £…): the only bit a punctuation token gets.
pub const W_CURRENCY: u32 = 1 << 16;
/// Word lists of the quote stage (`quotes.rs`), so that a token is tested by a bit.
pub const Q_PRONOUN: u32 = 1 << 18;
pub const Q_SPEAKER: u32 = 1 << 19;
pub const Q_DETERMINER: u32 = 1 << 20;
pub const Q_NOT_NOUN: u32 = 1 << 21;
pub const Q_ADVERB: u32 = 1 << 22;
/// Bits 24 and up: the reporting verb's lemma index + 1.
const W_LEMMA_SHIFT: u32 = 24;

/// A set of word hashes ([`lower_hash`]) for one document: open addressing, sized once.
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

/// The lexicon table: open addressing with linear probing over [`lower_hash`] keys. A slot holds
/// the key, the bits and where its word is in one string of all words, so a probe reads one
/// 16-byte slot and a hit is confirmed against the word.
struct WordTable {
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
    fn with_capacity(n: usize) -> WordTable {
        let cap = (n * 2).next_power_of_two().max(16);
        WordTable { slots: vec![Slot::default(); cap].into(), words: String::new(), shift: 64 - cap.trailing_zeros(), len: 0, seen: Box::new([0; 1024]) }
    }

    /// Sets the bits of lowercase word `w` to `f` of its bits so far (0 for a new word). The
    /// lexicons are built by these calls straight from their files, without a map in between,
    /// so that a service worker that has just started (running unoptimised code) is quick.
    fn update(&mut self, w: &str, f: impl FnOnce(u32) -> u32) {
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
    fn get(&self, hash: u64, is: impl Fn(&[u8]) -> bool) -> u32 {
        let k = hash | 1;
        if self.seen[(k as usize >> 6) & 1023] & (1 << (k & 63)) == 0 {
            return 0;
        }
        self.probe(k, is).map_or(0, |i| self.slots[i].bits)
    }
}

/// All lexicons, parsed.
pub struct Lexicons {
    /// Longest role, in words.
    pub max_role_words: usize,
    /// Organization head words as written.
    pub org_words: FxSet<String>,
    pub common_caps: FxSet<String>,
    /// Currency form → ISO code; prefix symbols kept as written, words lowercased.
    pub currencies: FxMap<String, &'static str>,
    /// Unit form → symbol.
    pub units: FxMap<String, &'static str>,
    /// Every lowercase word and phrase of the case-insensitive lexicons (places, countries,
    /// demonyms, roles, honorifics, organizations, given names, reporting verbs, figure words),
    /// by its [`lower_hash`]: the entry as written in the lexicon and its bits (`W_*`, `L_*`,
    /// lemma). One probe answers every membership question about a word.
    table: WordTable,
    lemmas: Vec<&'static str>,
}

fn lines(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn pairs(src: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    lines(src).filter_map(|l| {
        let mut it = l.split('\t');
        Some((it.next()?.trim(), it.next()?.trim()))
    })
}

impl Lexicons {
    fn load() -> Lexicons {
        // room for 4,096 entries (the lexicons hold about 4,050); past that it doubles
        let mut table = WordTable::with_capacity(4096);
        // every entry is lowercase: `add` lowercases what it is given
        let add = |table: &mut WordTable, w: &str, bit: u32| with_lower(w, |l| table.update(l, |b| b | bit));
        let lower = |s: &str| s.to_lowercase();
        let mut max_role_words = 1;
        for l in lines(include_str!("../lexicons/roles.txt")) {
            let (entry, bit) = match l.strip_prefix('=') {
                Some(h) => (lower(h), L_HONORIFIC),
                None => {
                    max_role_words = max_role_words.max(l.split_whitespace().count());
                    (lower(l), L_ROLE)
                }
            };
            if let Some(f) = entry.split(' ').next() {
                add(&mut table, f.trim_end_matches('.'), L_ROLE_FIRST);
            }
            add(&mut table, &entry, bit);
        }
        let mut lemmas: Vec<&'static str> = Vec::new();
        for l in lines(include_str!("../lexicons/reporting_verbs.txt")) {
            let mut forms = l.split_whitespace();
            if let Some(lemma) = forms.next() {
                lemmas.push(lemma);
                let id = (lemmas.len() as u32) << W_LEMMA_SHIFT;
                for f in std::iter::once(lemma).chain(forms) {
                    // a form listed under two lemmas keeps the last
                    table.update(f, |e| (e & ((1 << W_LEMMA_SHIFT) - 1)) | id);
                }
            }
        }
        for w in crate::figures::WEAK_TRIGGERS {
            add(&mut table, w, W_TRIGGER);
        }
        for w in crate::figures::STRONG_TRIGGERS.iter().chain(crate::numbers::MONTHS.iter().map(|(m, _)| m)) {
            add(&mut table, w, W_TRIGGER | W_STRONG);
        }
        for (w, _) in crate::numbers::ORDINALS {
            add(&mut table, w, W_ORDINAL);
        }
        let places = include_str!("../lexicons/places.txt");
        // countries and territories: the first section of places.txt
        for p in places.split("# regions and continents").next().map(lines).into_iter().flatten() {
            add(&mut table, p, L_COUNTRY);
        }
        for p in lines(places).chain(lines(include_str!("../lexicons/places_train.txt"))) {
            add(&mut table, p, L_PLACE);
        }
        for d in lines(include_str!("../lexicons/demonyms.txt")).map(lower) {
            // plurals: "Palestinians", "Poles" (longer than four letters, not "Thais" → "Thai"s)
            if d.len() + 1 > 4 {
                add(&mut table, &format!("{d}s"), L_DEMONYM);
            }
            add(&mut table, &d, L_DEMONYM);
        }
        for o in lines(include_str!("../lexicons/organizations.txt")).chain(lines(include_str!("../lexicons/organizations_train.txt"))) {
            add(&mut table, o, L_ORG);
        }
        for g in lines(include_str!("../lexicons/given_names.txt")) {
            add(&mut table, g, L_GIVEN);
        }
        let org_words: FxSet<String> = lines(include_str!("../lexicons/org_words.txt"))
            .flat_map(|w| {
                // with plurals: "National Institutes of Health", "Centers for Disease Control"
                let plural = match w.strip_suffix('y') {
                    Some(stem) if w.len() > 3 && !stem.ends_with(['a', 'e', 'o', 'u']) => format!("{stem}ies"),
                    _ if w.ends_with(['s', '.']) || w.len() < 4 => String::new(),
                    _ => format!("{w}s"),
                };
                [w.to_string(), plural]
            })
            .filter(|w| !w.is_empty())
            .collect();
        let common_caps: FxSet<String> = lines(include_str!("../lexicons/common_caps.txt")).map(String::from).collect();
        for w in &org_words {
            add(&mut table, w, L_ORG_WORD);
        }
        for w in &common_caps {
            add(&mut table, w, L_COMMON_CAP);
        }
        for w in crate::names::PLACE_WORDS {
            add(&mut table, w, L_PLACE_WORD);
        }
        use crate::quotes::{ADVERBS, DETERMINERS, NOT_NOUNS, PRONOUNS, SPEAKER_NOUNS};
        for (list, bit) in [(PRONOUNS, Q_PRONOUN), (SPEAKER_NOUNS, Q_SPEAKER), (DETERMINERS, Q_DETERMINER), (NOT_NOUNS, Q_NOT_NOUN), (ADVERBS, Q_ADVERB)] {
            for w in list {
                add(&mut table, w, bit);
            }
        }
        let currencies = pairs(include_str!("../lexicons/currencies.txt"))
            .map(|(f, c)| (if f.chars().all(|c| c.is_ascii_lowercase()) { lower(f) } else { f.to_string() }, c))
            .collect();
        let units = pairs(include_str!("../lexicons/units.txt")).map(|(f, s)| (f.to_string(), s)).collect();
        Lexicons {
            max_role_words,
            org_words,
            common_caps,
            currencies,
            units,
            table,
            lemmas,
        }
    }

    pub fn get() -> &'static Lexicons {
        static LEX: OnceLock<Lexicons> = OnceLock::new();
        LEX.get_or_init(Lexicons::load)
    }

    /// The lexicon bits (`W_*` figure classes, `L_*` memberships, lemma) of a word or phrase,
    /// case-insensitively; 0 for one no lexicon lists.
    #[inline]
    pub fn bits(&self, s: &str) -> u32 {
        with_lower(s, |l| self.bits_lower(l))
    }
    /// [`Lexicons::bits`] of a word or phrase already in lowercase.
    #[inline]
    pub fn bits_lower(&self, l: &str) -> u32 {
        self.table.get(hash_str(l), |k| k == l.as_bytes())
    }
    pub fn is_place(&self, s: &str) -> bool {
        self.bits(s) & L_PLACE != 0
    }
    pub fn is_country(&self, s: &str) -> bool {
        self.bits(s) & L_COUNTRY != 0
    }
    /// A demonym or a group named like one, singular or plural ("Iraqi", "Palestinians", "Poles").
    pub fn is_demonym(&self, s: &str) -> bool {
        self.bits(s) & L_DEMONYM != 0
    }
    pub fn is_org(&self, s: &str) -> bool {
        self.bits(s) & L_ORG != 0
    }
    pub fn is_role(&self, s: &str) -> bool {
        self.bits(s) & L_ROLE != 0
    }
    pub fn is_given_name(&self, s: &str) -> bool {
        self.bits(s) & L_GIVEN != 0
    }
    pub fn reporting_lemma(&self, s: &str) -> Option<&'static str> {
        self.lemma(self.bits(s))
    }

    /// The reporting verb's lemma in a token's class bits.
    #[inline]
    pub fn lemma(&self, class: u32) -> Option<&'static str> {
        let id = (class >> W_LEMMA_SHIFT) as usize;
        (id > 0).then(|| self.lemmas[id - 1])
    }

    /// Class bits of each token: one lookup per word, so that later stages test bits instead of
    /// hashing words again. Hyphenated words are also classed by their first part ("forty-two");
    /// capitals (a currency code such as IQD, the C of C$) count as figure triggers.
    #[inline(never)] // a pipeline stage: kept whole, so profiles show it
    pub fn token_classes(&self, s: &str, toks: &[crate::token::Token]) -> Vec<u32> {
        use crate::token::{Kind, F_CAP, F_DIGIT, F_HYPHEN};
        const _: () = assert!(W_CAP == (F_CAP as u32) << 2 && W_HYPHEN == (F_HYPHEN as u32) << 1 && W_DIGIT == (F_DIGIT as u32) << 1);
        let bytes = s.as_bytes();
        toks.iter()
            .enumerate()
            .map(|(k, t)| match t.kind {
                Kind::Num => 0,
                // a currency symbol: '$', or one of the non-ASCII ones (first byte C2 or E2)
                Kind::Punct => match bytes.get(t.start) {
                    Some(b'$') => W_CURRENCY,
                    Some(0xC2 | 0xE2) if matches!(t.text(s), "€" | "£" | "¥" | "₹" | "₩" | "₪" | "₺" | "₽") => W_CURRENCY,
                    _ => 0,
                },
                Kind::Word => self.word_class(s, toks, k),
            })
            .collect()
    }

    /// [`Lexicons::token_classes`] of word token `k`.
    #[inline]
    fn word_class(&self, s: &str, toks: &[crate::token::Token], k: usize) -> u32 {
        use crate::token::{F_CAP, F_DIGIT, F_HYPHEN, F_NONASCII};
        let t = &toks[k];
        let w = t.text(s);
        let f = t.flags as u32;
        let mut c = ((f & F_CAP as u32) << 2) | ((f & (F_HYPHEN | F_DIGIT) as u32) << 1);
        if t.flags & F_HYPHEN != 0 {
            if let Some((head, _)) = w.split_once(['-', '‑']) {
                // "forty-two", "five-year", "mid-1990s": the word is a figure by its head
                if self.lookup(head, lower_hash(head), head.is_ascii()) & (W_TRIGGER | W_STRONG) != 0 {
                    c |= W_TRIGGER | W_STRONG;
                }
            }
        }
        c |= self.lookup(w, t.hash, t.flags & F_NONASCII == 0);
        if t.flags & F_CAP != 0 && w.len() <= 3 && w.bytes().all(|b| b.is_ascii_uppercase()) {
            // a currency code such as IQD, or the country letters of US$ and C$ (not the
            // pronoun I, nor "A" opening a sentence)
            let dollar = || toks.get(k + 1).is_some_and(|d| !d.space && d.end == d.start + 1 && s.as_bytes()[d.start] == b'$');
            if w.len() == 3 || dollar() {
                c |= W_TRIGGER | W_STRONG;
            }
        }
        c
    }

    /// Class bits of word `w` whose [`lower_hash`] is `hash` (`ascii`: `w` is all ASCII).
    #[inline]
    fn lookup(&self, w: &str, hash: u64, ascii: bool) -> u32 {
        if ascii {
            // a word token's ASCII bytes are letters, digits, '-', '\'' or '.': `| 0x20`
            // lowercases the letters and leaves the others as they are
            let w = w.as_bytes();
            self.table.get(hash, |key| key.len() == w.len() && w.iter().zip(key).all(|(&a, &b)| a | 0x20 == b))
        } else {
            self.table.get(hash, |key| with_lower(w, |l| l.as_bytes() == key))
        }
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
            t.update(w, |b| b | 1 << (i % 3));
            t.update(w, |b| b | 8);
        }
        t.update("w7", |b| b & !8);
        assert!(t.slots.len() >= 600, "{} slots for 300 words", t.slots.len());
        for (i, w) in words.iter().enumerate() {
            let want = (1 << (i % 3)) | if w == "w7" { 0 } else { 8 };
            assert_eq!(t.get(hash_str(w), |k| k == w.as_bytes()), want, "{w}");
        }
        assert_eq!(t.get(hash_str("w300"), |k| k == b"w300"), 0);
        assert_eq!(t.len, 300);
    }

    #[test]
    fn lexicons_answer_in_any_case() {
        let lex = Lexicons::get();
        assert!(lex.is_country("IRAQ") && lex.is_country("iraq"));
        assert!(lex.is_role("Prime Minister"));
        assert_eq!(lex.reporting_lemma("Said"), Some("say"));
        assert!(lex.bits("March") & W_STRONG != 0);
        assert_eq!(lex.bits("qzxv"), 0);
    }
}
