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
        // ASCII in, ASCII out
        return f(std::str::from_utf8(&buf[..s.len()]).unwrap_or(""));
    }
    f(&s.to_lowercase())
}

/// All lexicons, parsed.
pub struct Lexicons {
    /// Lowercased place names, single and multi-word.
    pub places: FxSet<String>,
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
        let currencies = pairs(include_str!("../lexicons/currencies.txt"))
            .map(|(f, c)| (if f.chars().all(|c| c.is_ascii_lowercase()) { lower(f) } else { f.to_string() }, c))
            .collect();
        let units = pairs(include_str!("../lexicons/units.txt")).map(|(f, s)| (f.to_string(), s)).collect();
        Lexicons {
            places: lines(include_str!("../lexicons/places.txt")).map(lower).collect(),
            demonyms: lines(include_str!("../lexicons/demonyms.txt")).map(lower).collect(),
            roles,
            honorifics,
            role_first,
            max_role_words,
            reporting,
            org_words: lines(include_str!("../lexicons/org_words.txt")).map(String::from).collect(),
            orgs: lines(include_str!("../lexicons/organizations.txt")).map(lower).collect(),
            common_caps: lines(include_str!("../lexicons/common_caps.txt")).map(String::from).collect(),
            currencies,
            units,
            given_names: lines(include_str!("../lexicons/given_names.txt")).map(lower).collect(),
        }
    }

    pub fn get() -> &'static Lexicons {
        static LEX: OnceLock<Lexicons> = OnceLock::new();
        LEX.get_or_init(Lexicons::load)
    }

    pub fn is_place(&self, s: &str) -> bool {
        with_lower(s, |l| self.places.contains(l))
    }
    pub fn is_demonym(&self, s: &str) -> bool {
        with_lower(s, |l| self.demonyms.contains(l))
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
}
