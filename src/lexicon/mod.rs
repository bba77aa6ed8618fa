//! Lexicons: plain text files under `lexicons/`, embedded at compile time and parsed once.
//! Every file's provenance and licence is listed in `LEXICONS.md`.

use std::sync::OnceLock;

pub use crate::text::{hash_step, hash_str, lower_hash, with_lower, FxHasher, Low};
pub use table::{HashSet64, Map64};
use table::WordTable;
use crate::text::ends_with_any;

mod table;
pub mod words;

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
/// Word lists of the quote stage ([`words`]), so that a token is tested by a bit.
pub const Q_PRONOUN: u32 = 1 << 18;
pub const Q_SPEAKER: u32 = 1 << 19;
pub const Q_DETERMINER: u32 = 1 << 20;
pub const Q_NOT_NOUN: u32 = 1 << 21;
pub const Q_ADVERB: u32 = 1 << 22;
pub const Q_AUXILIARY: u32 = 1 << 23;
/// A product's name (`products.txt`): no person's, organization's or place's.
pub const L_PRODUCT: u32 = 1 << 24;
/// Bits 25 and up: the reporting verb's lemma index + 1 (at most 127 lemmas).
const W_LEMMA_SHIFT: u32 = 25;

/// Whether a token's class bits carry a reporting verb's lemma ([`Lexicons::lemma`] without the
/// look-up, for scans over every token).
#[inline]
pub fn has_lemma(class: u32) -> bool {
    class >> W_LEMMA_SHIFT != 0
}

const C_ORG_WORD: u32 = 1;
const C_COMMON_CAP: u32 = 2;
const C_CURRENCY_SHIFT: u32 = 2;
const C_UNIT_SHIFT: u32 = 17;
const C_FIELD: u32 = (1 << 15) - 1;

/// All lexicons, parsed.
pub struct Lexicons {
    /// Longest role, in words.
    pub max_role_words: usize,
    /// The lists matched as written, in one table: organization head words (`C_ORG_WORD`),
    /// common capitalised words (`C_COMMON_CAP`), currency forms (prefix symbols as written,
    /// words lowercased; the ISO code's index in `codes` + 1 at `C_CURRENCY_SHIFT`) and unit
    /// forms (the symbol's index + 1 at `C_UNIT_SHIFT`). One table type instead of a hash set and
    /// a hash map of strings: each such type is its own copy of the hashing code in the WASM build.
    cased: WordTable,
    /// ISO codes and unit symbols, indexed from `cased`.
    codes: Vec<&'static str>,
    /// Every lowercase word and phrase of the case-insensitive lexicons (places, countries,
    /// demonyms, roles, honorifics, organizations, given names, reporting verbs, figure words),
    /// by its [`lower_hash`]: the entry as written in the lexicon and its bits (`W_*`, `L_*`,
    /// lemma). One probe answers every membership question about a word.
    table: WordTable,
    lemmas: Vec<&'static str>,
    /// How many of `lemmas`, the first, are verbs of plain speech ("say", "tell"): the first
    /// section of `reporting_verbs.txt`.
    plain_lemmas: usize,
    /// The languages of `languages.txt`, in its order: bit `i` of [`Lexicons::language_bits`]
    /// stands for `languages[i]`.
    pub languages: Vec<&'static str>,
    /// Each language's commonest words, by [`lower_hash`], with the bits of the languages that
    /// use them; sorted by hash.
    function_words: Vec<(u64, u16)>,
}

/// A lexicon's entries: the file under `lexicons/` without its comment lines (build.rs).
macro_rules! lexicon {
    ($file:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/", $file))
    };
}

fn lines(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Calls `f` with each entry of a front-coded lexicon (build.rs): a byte below 0x20 gives how
/// many leading bytes an entry shares with the one before, the rest of the entry follows. The
/// "#" that heads a section, and an empty entry, are no entries.
// (a `dyn` callback: one copy of the loop for the dozen lists, not one each; it runs once, at
// load)
fn each(src: &str, f: &mut dyn FnMut(&str)) {
    let mut word = String::new();
    let mut rest = src;
    while let Some(&keep) = rest.as_bytes().first() {
        let end = rest[1..].find(|c: char| c < ' ').map_or(rest.len(), |e| e + 1);
        word.truncate(usize::from(keep));
        word.push_str(&rest[1..end]);
        if !word.is_empty() && word != "#" {
            f(&word);
        }
        rest = &rest[end..];
    }
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
        // (one copy, called from each list's loop)
        #[inline(never)]
        fn add(table: &mut WordTable, w: &str, bit: u32) {
            with_lower(w, |l| table.update(l, &|b| b | bit))
        }
        let lower = crate::text::to_lower;
        let mut max_role_words = 1;
        each(lexicon!("roles.txt"), &mut |l| {
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
        });
        let mut lemmas: Vec<&'static str> = Vec::new();
        let verbs = lexicon!("reporting_verbs.txt");
        let plain_lemmas = verbs.split('#').next().map_or(0, |s| lines(s).count());
        for l in lines(verbs) {
            let mut forms = l.split_whitespace();
            if let Some(lemma) = forms.next() {
                lemmas.push(lemma);
                let id = (lemmas.len() as u32) << W_LEMMA_SHIFT;
                let mut listed_ing = false;
                for f in std::iter::once(lemma).chain(forms) {
                    listed_ing |= f.ends_with("ing");
                    // a form listed under two lemmas keeps the last
                    table.update(f, &|e| (e & ((1 << W_LEMMA_SHIFT) - 1)) | id);
                }
                if !listed_ing {
                    table.update(&ing_form(lemma), &|e| (e & ((1 << W_LEMMA_SHIFT) - 1)) | id);
                }
                // the file lists only the forms the usual spelling does not give
                for f in regular_forms(lemma) {
                    table.update(&f, &|e| (e & ((1 << W_LEMMA_SHIFT) - 1)) | id);
                }
            }
        }
        for w in words::WEAK_TRIGGERS {
            add(&mut table, w, W_TRIGGER);
        }
        for w in words::STRONG_TRIGGERS.iter().chain(words::MONTHS.iter().map(|&(m, _)| m)) {
            add(&mut table, w, W_TRIGGER | W_STRONG);
        }
        for (w, _) in words::ORDINALS {
            add(&mut table, w, W_ORDINAL);
        }
        let places = lexicon!("places.txt");
        // countries and territories: the first section of places.txt (build.rs marks each section with "#")
        each(places.split('#').next().unwrap_or(""), &mut |p| add(&mut table, p, L_COUNTRY));
        for src in [places, lexicon!("places_train.txt")] {
            each(src, &mut |p| add(&mut table, p, L_PLACE));
        }
        each(lexicon!("demonyms.txt"), &mut |d| {
            let d = lower(d);
            // plurals: "Palestinians", "Poles" (longer than four letters, not "Thais" → "Thai"s)
            if d.len() + 1 > 4 {
                add(&mut table, &format!("{d}s"), L_DEMONYM);
            }
            add(&mut table, &d, L_DEMONYM);
        });
        for src in [lexicon!("organizations.txt"), lexicon!("organizations_train.txt")] {
            each(src, &mut |o| add(&mut table, o, L_ORG));
        }
        each(lexicon!("given_names.txt"), &mut |g| add(&mut table, g, L_GIVEN));
        each(lexicon!("products.txt"), &mut |p| add(&mut table, p, L_PRODUCT));
        debug_assert!(lemmas.len() < 1 << (32 - W_LEMMA_SHIFT), "reporting verbs' lemmas overflow their bits");
        let mut cased = WordTable::with_capacity(512);
        each(lexicon!("org_words.txt"), &mut |w| {
            // with plurals: "National Institutes of Health", "Centers for Disease Control"
            let plural = match w.strip_suffix('y') {
                Some(stem) if w.len() > 3 && !ends_with_any(stem, b"aeou") => format!("{stem}ies"),
                _ if ends_with_any(w, b"s.") || w.len() < 4 => String::new(),
                _ => format!("{w}s"),
            };
            for w in [w, &plural] {
                if !w.is_empty() {
                    cased.update(w, &|b| b | C_ORG_WORD);
                    add(&mut table, w, L_ORG_WORD);
                }
            }
        });
        each(lexicon!("common_caps.txt"), &mut |w| {
            cased.update(w, &|b| b | C_COMMON_CAP);
            add(&mut table, w, L_COMMON_CAP);
        });
        for w in words::PLACE_WORDS {
            add(&mut table, w, L_PLACE_WORD);
        }
        use words::{ADVERBS, AUXILIARIES, DETERMINERS, NOT_NOUNS, PRONOUNS, SPEAKER_NOUNS};
        for (list, bit) in [(PRONOUNS, Q_PRONOUN), (SPEAKER_NOUNS, Q_SPEAKER), (DETERMINERS, Q_DETERMINER), (NOT_NOUNS, Q_NOT_NOUN), (ADVERBS, Q_ADVERB), (AUXILIARIES, Q_AUXILIARY)] {
            for w in list {
                add(&mut table, w, bit);
            }
        }
        let mut codes: Vec<&'static str> = Vec::new();
        let mut index = |x: &'static str| (codes.iter().position(|c| *c == x).unwrap_or_else(|| {
            codes.push(x);
            codes.len() - 1
        }) as u32 + 1) & C_FIELD;
        for (f, c) in pairs(lexicon!("currencies.txt")) {
            let i = index(c);
            let form = if f.chars().all(|c| c.is_ascii_lowercase()) { lower(f) } else { f.to_string() };
            // a currency's code ("USD") and a degree after a name ("MD") name no organization
            // (not "SAR" of "Hong Kong SAR": a word the other lexicons know keeps its use)
            let known = with_lower(&form, |l| table.get(hash_str(l), |k| k == l.as_bytes())) & (L_PLACE | L_COUNTRY | L_ORG | L_PLACE_WORD) != 0;
            let code = form.len() == 3 && form.bytes().all(|b| b.is_ascii_uppercase()) && !known;
            cased.update(&form, &|b| (b & !(C_FIELD << C_CURRENCY_SHIFT)) | i << C_CURRENCY_SHIFT | if code { C_COMMON_CAP } else { 0 });
            if code {
                add(&mut table, &form, L_COMMON_CAP);
            }
        }
        for d in words::DEGREES {
            cased.update(d, &|b| b | C_COMMON_CAP);
            add(&mut table, d, L_COMMON_CAP);
        }
        for (f, u) in pairs(lexicon!("units.txt")) {
            let i = index(u);
            cased.update(f, &|b| (b & !(C_FIELD << C_UNIT_SHIFT)) | i << C_UNIT_SHIFT);
        }
        let mut languages = Vec::new();
        let mut function_words: Vec<(u64, u16)> = Vec::new();
        for (code, ws) in pairs(lexicon!("languages.txt")).take(16) {
            function_words.extend(ws.split_whitespace().map(|w| (lower_hash(w), 1 << languages.len())));
            languages.push(code);
        }
        crate::text::sort_by_key(&mut function_words, |&(h, _)| (h, 0));
        // a word of several languages: one entry with all their bits
        function_words.dedup_by(|b, a| a.0 == b.0 && {
            a.1 |= b.1;
            true
        });
        Lexicons {
            languages,
            function_words,
            max_role_words,
            cased,
            codes,
            table,
            lemmas,
            plain_lemmas,
        }
    }

    fn cased_bits(&self, w: &str) -> u32 {
        self.cased.get(hash_str(w), |k| k == w.as_bytes())
    }

    /// An organization head word, as written ("Ministry", "Brigades").
    pub fn is_org_word(&self, w: &str) -> bool {
        self.cased_bits(w) & C_ORG_WORD != 0
    }

    /// A capitalised word that does not begin a name ("Some", "Overall"), as written.
    pub fn is_common_cap(&self, w: &str) -> bool {
        self.cased_bits(w) & C_COMMON_CAP != 0
    }

    /// The ISO 4217 code of a currency form: a symbol or code as written ("$", "US$", "EUR"),
    /// a word in lowercase ("dollars").
    pub fn currency(&self, w: &str) -> Option<&'static str> {
        let i = (self.cased_bits(w) >> C_CURRENCY_SHIFT) & C_FIELD;
        (i > 0).then(|| self.codes[i as usize - 1])
    }

    /// The symbol of a unit form ("km", "kilometres" → "km").
    pub fn unit(&self, w: &str) -> Option<&'static str> {
        let i = (self.cased_bits(w) >> C_UNIT_SHIFT) & C_FIELD;
        (i > 0).then(|| self.codes[i as usize - 1])
    }

    /// The languages (bits, as in [`Lexicons::languages`]) whose commonest words include the
    /// word of this [`lower_hash`]; 0 for none.
    pub fn language_bits(&self, hash: u64) -> u16 {
        self.function_words.binary_search_by_key(&hash, |&(h, _)| h).map_or(0, |i| self.function_words[i].1)
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

    /// Word `w` (class bits `class`) may stand between a subject and its verb: a listed adverb
    /// or auxiliary ("also", "has", "was"), or a lowercase word in "-ly" that is no noun
    /// ("jokingly", not "family").
    pub fn is_adverb(&self, w: &str, class: u32) -> bool {
        class & Q_ADVERB != 0 || w.len() >= 5 && w.ends_with("ly") && w.bytes().all(|b| b.is_ascii_lowercase()) && !words::LY_NOT_ADVERBS.contains(&w)
    }

    /// Whether a token's class bits are a verb that a person speaks with ("said", not "found").
    pub fn speaks(&self, class: u32) -> bool {
        self.lemma(class).is_some_and(|l| !words::FINDINGS.contains(&l))
    }

    /// Whether `w` is a form of a verb of plain speech ("said", "told", "adds", "wrote").
    pub fn plain_speech(&self, w: &str) -> bool {
        (1..=self.plain_lemmas).contains(&((self.bits(w) >> W_LEMMA_SHIFT) as usize))
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
    #[inline(always)]
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

/// A reporting verb's form in "-ing" by the usual spelling ("say" → "saying", "note" → "noting",
/// "agree" → "agreeing", "testify" → "testifying"); a verb that doubles its last consonant lists
/// the form in the lexicon ("slam slammed slams slamming") and is not derived.
/// A reporting verb's past and third-person forms by the usual spelling ("claim" → "claimed",
/// "claims"; "note" → "noted"; "deny" → "denied", "denies"; "stress" → "stresses").
fn regular_forms(lemma: &str) -> [String; 2] {
    if let Some(stem) = lemma.strip_suffix('y').filter(|s| !ends_with_any(s, b"aeou")) {
        return [format!("{stem}ied"), format!("{stem}ies")];
    }
    let d = if lemma.ends_with('e') { "d" } else { "ed" };
    let s = if ends_with_any(lemma, b"sxz") || lemma.ends_with("sh") || lemma.ends_with("ch") { "es" } else { "s" };
    [format!("{lemma}{d}"), format!("{lemma}{s}")]
}

fn ing_form(lemma: &str) -> String {
    let stem = if lemma.ends_with('e') && !lemma.ends_with("ee") { &lemma[..lemma.len() - 1] } else { lemma };
    format!("{stem}ing")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each front-coded lexicon reads back as the entries of its file, section by section.
    #[test]
    fn front_coded_lexicons_read_back_whole() {
        fn sections(file: &str) -> Vec<std::collections::BTreeSet<&str>> {
            let mut out = vec![std::collections::BTreeSet::new()];
            for l in file.lines().map(str::trim).filter(|l| !l.is_empty()) {
                if l.starts_with('#') {
                    if !out.last().unwrap().is_empty() {
                        out.push(Default::default());
                    }
                } else {
                    out.last_mut().unwrap().insert(l);
                }
            }
            out
        }
        for (shipped, file) in [
            (lexicon!("places.txt"), include_str!("../../lexicons/places.txt")),
            (lexicon!("places_train.txt"), include_str!("../../lexicons/places_train.txt")),
            (lexicon!("organizations.txt"), include_str!("../../lexicons/organizations.txt")),
            (lexicon!("organizations_train.txt"), include_str!("../../lexicons/organizations_train.txt")),
            (lexicon!("given_names.txt"), include_str!("../../lexicons/given_names.txt")),
            (lexicon!("common_caps.txt"), include_str!("../../lexicons/common_caps.txt")),
            (lexicon!("demonyms.txt"), include_str!("../../lexicons/demonyms.txt")),
            (lexicon!("roles.txt"), include_str!("../../lexicons/roles.txt")),
            (lexicon!("org_words.txt"), include_str!("../../lexicons/org_words.txt")),
            (lexicon!("products.txt"), include_str!("../../lexicons/products.txt")),
        ] {
            let want = sections(file);
            let got: Vec<std::collections::BTreeSet<String>> = shipped
                .split('#')
                .map(|s| {
                    let mut set = std::collections::BTreeSet::new();
                    each(s, &mut |e| {
                        set.insert(e.to_string());
                    });
                    set
                })
                .collect();
            assert_eq!(got.len(), want.len());
            for (g, w) in got.iter().zip(&want) {
                assert!(g.iter().eq(w.iter().copied()), "{:?}", w.first());
            }
            assert!(shipped.len() < file.len());
        }
        // the countries are the first section of places.txt
        assert!(Lexicons::get().is_country("Zimbabwe") && !Lexicons::get().is_country("Zurich"));
    }

    #[test]
    fn lexicons_answer_in_any_case() {
        let lex = Lexicons::get();
        assert!(lex.is_country("IRAQ") && lex.is_country("iraq"));
        assert!(lex.is_role("Prime Minister"));
        assert_eq!(lex.reporting_lemma("Said"), Some("say"));
        // forms in "-ing" are derived, or listed where the spelling doubles a consonant
        assert_eq!(lex.reporting_lemma("saying"), Some("say"));
        assert_eq!(lex.reporting_lemma("noting"), Some("note"));
        assert_eq!(lex.reporting_lemma("agreeing"), Some("agree"));
        assert_eq!(lex.reporting_lemma("slamming"), Some("slam"));
        // so are the past and third-person forms of the usual spelling
        assert_eq!(lex.reporting_lemma("claimed"), Some("claim"));
        assert_eq!(lex.reporting_lemma("noted"), Some("note"));
        assert_eq!(lex.reporting_lemma("denies"), Some("deny"));
        assert_eq!(lex.reporting_lemma("stresses"), Some("stress"));
        assert_eq!(lex.reporting_lemma("slammed"), Some("slam"));
        assert!(lex.bits("March") & W_STRONG != 0);
        assert_eq!(lex.bits("qzxv"), 0);
    }
}
