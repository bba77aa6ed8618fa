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

/// The first two letters of a word (lowercase ASCII; a non-letter second byte counts as one
/// bucket), as an index into the shape table.
#[inline]
fn shape_index(b: &[u8]) -> Option<usize> {
    let c0 = b.first()?.to_ascii_lowercase();
    if !c0.is_ascii_lowercase() {
        return None;
    }
    let c1 = b.get(1).map_or(26, |c| {
        let c = c.to_ascii_lowercase();
        if c.is_ascii_lowercase() { (c - b'a') as usize } else { 26 }
    });
    Some((c0 - b'a') as usize * 27 + c1)
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

/// The Fx hash of a word's lowercase form, for document-level word sets.
#[inline]
pub fn lower_hash(s: &str) -> u64 {
    with_lower(s, |l| {
        let mut h = FxHasher::default();
        h.write(l.as_bytes());
        h.finish()
    })
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
/// Bits 8 and up: the reporting verb's lemma index + 1.
const W_LEMMA_SHIFT: u32 = 8;

/// All lexicons, parsed.
pub struct Lexicons {
    /// Lowercased place names, single and multi-word.
    pub places: FxSet<String>,
    /// Countries and territories (the first section of places.txt), lowercase.
    pub countries: FxSet<String>,
    pub demonyms: FxSet<String>,
    /// Lowercased roles (multi-word allowed), with the longest length in words.
    pub roles: FxSet<String>,
    pub honorifics: FxSet<String>,
    /// First words of roles and honorifics, lowercased, without a trailing period.
    pub role_first: FxSet<String>,
    pub max_role_words: usize,
    /// Lowercased reporting-verb form → lemma.
    pub reporting: FxMap<String, &'static str>,
    /// Organization head words as written.
    pub org_words: FxSet<String>,
    /// Known organizations, lowercased.
    pub orgs: FxSet<String>,
    pub common_caps: FxSet<String>,
    /// Currency form → ISO code; prefix symbols kept as written, words lowercased.
    pub currencies: FxMap<String, &'static str>,
    /// Unit form → symbol.
    pub units: FxMap<String, &'static str>,
    /// Given names, lowercased.
    pub given_names: FxSet<String>,
    /// Lowercase word → class bits (figure trigger, ordinal, reporting lemma).
    classes: FxMap<String, u32>,
    /// Lengths (bit n: length n) of the class words by their first two letters: a word whose
    /// first letters and length match none is not looked up.
    shapes: Box<[u32; 26 * 27]>,
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
        let lower = |s: &str| s.to_lowercase();
        let mut roles = FxSet::default();
        let mut honorifics = FxSet::default();
        let mut max_role_words = 1;
        for l in lines(include_str!("../lexicons/roles.txt")) {
            if let Some(h) = l.strip_prefix('=') {
                honorifics.insert(lower(h));
            } else {
                max_role_words = max_role_words.max(l.split_whitespace().count());
                roles.insert(lower(l));
            }
        }
        let role_first = roles.iter().chain(honorifics.iter()).filter_map(|r: &String| r.split(' ').next()).map(|f| f.trim_end_matches('.').to_string()).collect();
        let mut reporting = FxMap::default();
        for l in lines(include_str!("../lexicons/reporting_verbs.txt")) {
            let mut forms = l.split_whitespace();
            if let Some(lemma) = forms.next() {
                reporting.insert(lemma.to_string(), lemma);
                for f in forms {
                    reporting.insert(f.to_string(), lemma);
                }
            }
        }
        let mut lemmas: Vec<&'static str> = Vec::new();
        let mut classes: FxMap<String, u32> = FxMap::default();
        for (form, lemma) in &reporting {
            let id = match lemmas.iter().position(|l| l == lemma) {
                Some(p) => p,
                None => {
                    lemmas.push(lemma);
                    lemmas.len() - 1
                }
            };
            *classes.entry(form.clone()).or_default() |= ((id + 1) as u32) << W_LEMMA_SHIFT;
        }
        for w in crate::figures::WEAK_TRIGGERS {
            *classes.entry(w.to_string()).or_default() |= W_TRIGGER;
        }
        for w in crate::figures::STRONG_TRIGGERS.iter().chain(crate::numbers::MONTHS.iter().map(|(m, _)| m)) {
            *classes.entry(w.to_string()).or_default() |= W_TRIGGER | W_STRONG;
        }
        for (w, _) in crate::numbers::ORDINALS {
            *classes.entry(w.to_string()).or_default() |= W_ORDINAL;
        }
        let mut shapes = Box::new([0u32; 26 * 27]);
        for k in classes.keys() {
            if let Some(i) = shape_index(k.as_bytes()) {
                shapes[i] |= 1 << k.len().min(31);
            }
        }
        let currencies = pairs(include_str!("../lexicons/currencies.txt"))
            .map(|(f, c)| (if f.chars().all(|c| c.is_ascii_lowercase()) { lower(f) } else { f.to_string() }, c))
            .collect();
        let units = pairs(include_str!("../lexicons/units.txt")).map(|(f, s)| (f.to_string(), s)).collect();
        Lexicons {
            countries: include_str!("../lexicons/places.txt")
                .split("# regions and continents")
                .next()
                .map(|head| lines(head).map(lower).collect())
                .unwrap_or_default(),
            places: lines(include_str!("../lexicons/places.txt")).chain(lines(include_str!("../lexicons/places_train.txt"))).map(lower).collect(),
            demonyms: lines(include_str!("../lexicons/demonyms.txt")).map(lower).collect(),
            roles,
            honorifics,
            role_first,
            max_role_words,
            reporting,
            // with plurals: "National Institutes of Health", "Centers for Disease Control"
            org_words: lines(include_str!("../lexicons/org_words.txt"))
                .flat_map(|w| {
                    let plural = match w.strip_suffix('y') {
                        Some(stem) if w.len() > 3 && !stem.ends_with(['a', 'e', 'o', 'u']) => format!("{stem}ies"),
                        _ if w.ends_with(['s', '.']) || w.len() < 4 => String::new(),
                        _ => format!("{w}s"),
                    };
                    [w.to_string(), plural]
                })
                .filter(|w| !w.is_empty())
                .collect(),
            orgs: lines(include_str!("../lexicons/organizations.txt")).chain(lines(include_str!("../lexicons/organizations_train.txt"))).map(lower).collect(),
            common_caps: lines(include_str!("../lexicons/common_caps.txt")).map(String::from).collect(),
            currencies,
            units,
            given_names: lines(include_str!("../lexicons/given_names.txt")).map(lower).collect(),
            classes,
            shapes,
            lemmas,
        }
    }

    pub fn get() -> &'static Lexicons {
        static LEX: OnceLock<Lexicons> = OnceLock::new();
        LEX.get_or_init(Lexicons::load)
    }

    pub fn is_place(&self, s: &str) -> bool {
        with_lower(s, |l| self.places.contains(l))
    }
    /// A demonym or a group named like one, singular or plural ("Iraqi", "Palestinians", "Poles").
    pub fn is_demonym(&self, s: &str) -> bool {
        with_lower(s, |l| self.demonyms.contains(l) || l.len() > 4 && l.strip_suffix('s').is_some_and(|x| self.demonyms.contains(x)))
    }
    pub fn is_org(&self, s: &str) -> bool {
        with_lower(s, |l| self.orgs.contains(l))
    }
    pub fn is_role(&self, s: &str) -> bool {
        with_lower(s, |l| self.roles.contains(l))
    }
    pub fn is_given_name(&self, s: &str) -> bool {
        with_lower(s, |l| self.given_names.contains(l))
    }
    pub fn reporting_lemma(&self, s: &str) -> Option<&'static str> {
        with_lower(s, |l| self.reporting.get(l).copied())
    }

    /// The reporting verb's lemma in a token's class bits.
    #[inline]
    pub fn lemma(&self, class: u32) -> Option<&'static str> {
        let id = (class >> W_LEMMA_SHIFT) as usize;
        (id > 0).then(|| self.lemmas[id - 1])
    }

    /// Class bits of each token: one lookup per word, so that later stages test bits instead of
    /// hashing words again. Hyphenated words are also classed by their first part ("forty-two");
    /// three capitals (a currency code such as IQD) count as figure triggers.
    pub fn token_classes(&self, s: &str, toks: &[crate::token::Token]) -> Vec<u32> {
        toks.iter()
            .map(|t| {
                if t.kind != crate::token::Kind::Word {
                    return 0;
                }
                let w = t.text(s);
                let bytes = w.as_bytes();
                let mut c = 0;
                if w.chars().next().is_some_and(char::is_uppercase) {
                    c |= W_CAP;
                }
                let mut hyphen = false;
                let mut ascii = true;
                for &b in bytes {
                    if b == b'-' {
                        hyphen = true;
                    } else if b.is_ascii_digit() {
                        c |= W_DIGIT;
                    } else if b >= 0x80 {
                        ascii = false;
                    }
                }
                if !ascii && w.contains('‑') {
                    hyphen = true;
                }
                if hyphen {
                    c |= W_HYPHEN;
                    if let Some((head, _)) = w.split_once(['-', '‑']) {
                        // "forty-two", "five-year", "mid-1990s": the word is a figure by its head
                        if self.lookup(head) & (W_TRIGGER | W_STRONG) != 0 {
                            c |= W_TRIGGER | W_STRONG;
                        }
                    }
                }
                c |= self.lookup(w);
                if w.len() <= 3 && bytes.iter().all(|b| b.is_ascii_uppercase()) {
                    // a currency code such as IQD, or US of US$
                    c |= W_TRIGGER | W_STRONG;
                }
                c
            })
            .collect()
    }

    #[inline]
    fn lookup(&self, w: &str) -> u32 {
        match shape_index(w.as_bytes()) {
            Some(i) if w.len() <= 31 && self.shapes[i] & (1 << w.len()) != 0 => {}
            _ => return 0,
        }
        with_lower(w, |l| self.classes.get(l).copied().unwrap_or(0))
    }
}
