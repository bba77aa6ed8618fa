//! Lexicons: plain text files under `lexicons/`, embedded at compile time and parsed once.
//! Every file's provenance and licence is listed in `LEXICONS.md`.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// All lexicons, parsed.
pub struct Lexicons {
    /// Lowercased place names, single and multi-word.
    pub places: HashSet<String>,
    pub demonyms: HashSet<String>,
    /// Lowercased roles (multi-word allowed), with the longest length in words.
    pub roles: HashSet<String>,
    pub honorifics: HashSet<String>,
    pub max_role_words: usize,
    /// Lowercased reporting-verb form → lemma.
    pub reporting: HashMap<String, &'static str>,
    /// Organization head words as written.
    pub org_words: HashSet<String>,
    /// Known organizations, lowercased.
    pub orgs: HashSet<String>,
    pub common_caps: HashSet<String>,
    /// Currency form → ISO code; prefix symbols kept as written, words lowercased.
    pub currencies: HashMap<String, &'static str>,
    /// Unit form → symbol.
    pub units: HashMap<String, &'static str>,
    /// Given names, lowercased.
    pub given_names: HashSet<String>,
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
        let mut roles = HashSet::new();
        let mut honorifics = HashSet::new();
        let mut max_role_words = 1;
        for l in lines(include_str!("../lexicons/roles.txt")) {
            if let Some(h) = l.strip_prefix('=') {
                honorifics.insert(lower(h));
            } else {
                max_role_words = max_role_words.max(l.split_whitespace().count());
                roles.insert(lower(l));
            }
        }
        let mut reporting = HashMap::new();
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
        self.places.contains(&s.to_lowercase())
    }
    pub fn is_demonym(&self, s: &str) -> bool {
        self.demonyms.contains(&s.to_lowercase())
    }
    pub fn reporting_lemma(&self, s: &str) -> Option<&'static str> {
        if s.bytes().any(|b| b.is_ascii_uppercase()) {
            self.reporting.get(&s.to_lowercase()).copied()
        } else {
            self.reporting.get(s).copied()
        }
    }
}
