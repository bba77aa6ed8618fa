//! The language of a text, which decides what runs. English gets every stage; any other
//! language gets only what holds across languages, the figures, read in that language's number
//! format ("2 209", "1.234,5"): never English rules on other text.
//!
//! The caller's word for the language (a page's `lang` attribute) is taken as it is, unless the
//! text plainly says otherwise about English (pages in one language often carry another's `lang`
//! from a template). Without it, the language is the one whose commonest words (the lexicon's
//! `languages.txt`) the text uses most.

use crate::lexicon::Lexicons;
use crate::token::{Kind, Token};

/// Words read to tell the language: enough for any page, bounded for a book.
const SAMPLE: usize = 400;
/// Fewer words than this tell nothing: the caller's word, else English.
const FEW: usize = 12;
/// Words needed before the text overrules the caller's word.
const CLEAR: usize = 40;
/// Words of running text, spelt with letters English does not use (one in twenty words), that
/// use none of the listed languages' commonest words enough: a language Newsmark cannot tell
/// ("und"). Fewer words, or English letters, and it is English: tables of results and lists of
/// names use few common words.
const LONG: usize = 60;

/// What the text's language means for the pipeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Language {
    /// ISO 639 code, lowercase ("en", "fr"), or "und" for text in a language or script
    /// Newsmark cannot tell.
    pub code: String,
}

/// How a language writes numerals: its decimal mark, and the mark (if any) between groups of
/// three digits besides a space.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberFormat {
    pub decimal: u8,
    pub group: Option<u8>,
    /// Groups of three digits may be set apart by a space ("2 209", also no-break and thin).
    pub space_groups: bool,
}

/// Languages that write "1 234,5" and "1.234,5" (CLDR's number symbols, as the languages' own
/// style guides give them); every other language is read as English writes numbers.
const COMMA_SPACE: &str = "fr cs pl sk sv nb no nn fi ru uk hu bg et lt lv be kk";
const COMMA_DOT: &str = "de es pt it nl da id tr el ro hr sl sr ca is vi";

impl Language {
    /// English: every stage runs. Any other language: the figures only.
    pub fn full(&self) -> bool {
        self.code == "en"
    }

    pub fn number_format(&self) -> NumberFormat {
        let c = self.code.as_str();
        if COMMA_SPACE.split(' ').any(|x| x == c) {
            NumberFormat { decimal: b',', group: None, space_groups: true }
        } else if COMMA_DOT.split(' ').any(|x| x == c) {
            NumberFormat { decimal: b',', group: Some(b'.'), space_groups: true }
        } else {
            NumberFormat { decimal: b'.', group: Some(b','), space_groups: false }
        }
    }
}

/// The primary subtag of a BCP 47 tag ("en-GB" → "en"), lowercase; None for anything that is
/// not one.
pub fn primary_subtag(tag: &str) -> Option<String> {
    let p = crate::text::until_any(tag.trim(), b"-_");
    (2..=3).contains(&p.len()).then_some(()).filter(|_| p.bytes().all(|b| b.is_ascii_alphabetic())).map(|_| p.to_ascii_lowercase())
}

/// One language has 24 of its words and four times any other's: reading on changes nothing.
fn settled(hits: &[usize; 16]) -> bool {
    let mut top = [0; 2];
    for &h in hits {
        if h > top[0] {
            top = [h, top[0]];
        } else if h > top[1] {
            top[1] = h;
        }
    }
    top[0] >= 24 && top[0] >= 4 * top[1]
}

/// What the words of a text say about its language.
struct Evidence<'a> {
    words: usize,
    /// Words of each of the lexicon's languages (by its order).
    hits: [usize; 16],
    /// The language the text uses most, or "und".
    best: &'a str,
}

fn evidence<'a>(s: &str, toks: &[Token], lex: &'a Lexicons) -> Evidence<'a> {
    let (mut words, mut other_script, mut accented) = (0, 0, 0);
    let mut hits = [0usize; 16];
    // words of one language only ("the", "und", "les"): a language must have some
    let mut own = [0usize; 16];
    // not the "s" of "one's" (a word of Czech)
    let clitic = |i: usize| i > 0 && !toks[i].space && matches!(toks[i - 1].text(s), "'" | "’");
    for t in (0..toks.len()).filter(|&i| toks[i].kind == Kind::Word && !clitic(i)).map(|i| &toks[i]).take(SAMPLE) {
        words += 1;
        // a letter beyond Latin Extended-B: Greek, Cyrillic, Arabic, Hebrew, CJK…
        if s[t.start..].chars().next().is_some_and(|c| c > '\u{24F}' && c.is_alphabetic()) {
            other_script += 1;
            continue;
        }
        accented += usize::from(s.as_bytes()[t.start..t.end].iter().any(|&b| b >= 0x80));
        let mut bits = lex.language_bits(t.hash);
        if bits.is_power_of_two() {
            own[bits.trailing_zeros() as usize] += 1;
        }
        while bits != 0 {
            hits[bits.trailing_zeros() as usize] += 1;
            bits &= bits - 1;
        }
        // settled: one language far ahead of every other (English running text, some 80 words in)
        if words % 32 == 0 && settled(&hits) {
            break;
        }
    }
    // ties go to the earlier language of the lexicon (English first)
    let top = (0..lex.languages.len()).rev().max_by_key(|&i| hits[i]);
    let best = match top {
        _ if other_script * 2 > words => "und",
        // running text in any language listed uses its commonest words far more than this
        Some(i) if own[i] >= 3 && hits[i] * 100 >= words * 8 => lex.languages[i],
        // a headline, a list of names, a table of results: too few words to tell, and English
        // is what has rules; unless the words are spelt with letters English does not use
        _ if words < LONG || accented * 20 < words => "en",
        _ => "und",
    };
    Evidence { words, hits, best }
}

/// The language of `s` (tokens `toks`), given the caller's word for it (`hint`: a BCP 47 tag
/// such as a page's `lang`, or None).
///
/// ```
/// use newsmark::{language, lexicon::Lexicons, token::tokenize};
/// let text = "Le président a déclaré que les négociations avec les syndicats reprendront jeudi, selon le ministère.";
/// let lang = language::decide(None, text, &tokenize(text), Lexicons::get());
/// assert_eq!(lang.code, "fr");
/// assert!(!lang.full()); // figures only
/// ```
pub fn decide(hint: Option<&str>, s: &str, toks: &[Token], lex: &Lexicons) -> Language {
    let ev = evidence(s, toks, lex);
    let hits_of = |code: &str| lex.languages.iter().position(|l| *l == code).map_or(0, |i| ev.hits[i]);
    let code = match hint.and_then(primary_subtag) {
        // the text overrules its page only on whether it is English, and only plainly
        Some(h) if ev.words >= CLEAR && ev.best != "und" && (h == "en") != (ev.best == "en") && hits_of(ev.best) >= 2 * hits_of(&h) => ev.best.to_string(),
        Some(h) => h,
        None if ev.words < FEW => "en".to_string(),
        None => ev.best.to_string(),
    };
    Language { code }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    fn lang(hint: Option<&str>, text: &str) -> String {
        decide(hint, text, &tokenize(text), Lexicons::get()).code
    }

    macro_rules! t {
        ($($name:ident: $hint:expr, $text:expr => $want:expr;)*) => {$(
            #[test]
            fn $name() {
                assert_eq!(lang($hint, $text), $want, "{:?}", $text);
            }
        )*};
    }

    const EN: &str = "The minister said on Tuesday that the talks with the unions would resume next week, and that no jobs would be cut at the port, which has been closed since the strike began.";
    const FR: &str = "Le ministre a déclaré mardi que les négociations avec les syndicats reprendront la semaine prochaine et qu'aucun emploi ne sera supprimé au port, fermé depuis le début de la grève.";
    const ES: &str = "El ministro dijo el martes que las negociaciones con los sindicatos se reanudarán la próxima semana y que no se eliminará ningún empleo en el puerto, cerrado desde el inicio de la huelga.";
    const DE: &str = "Der Minister sagte am Dienstag, dass die Gespräche mit den Gewerkschaften nächste Woche fortgesetzt werden und dass im Hafen, der seit Beginn des Streiks geschlossen ist, keine Stellen abgebaut werden.";
    const PT: &str = "O ministro disse na terça-feira que as negociações com os sindicatos serão retomadas na próxima semana e que nenhum emprego será cortado no porto, fechado desde o início da greve.";
    const CS: &str = "Ministr v úterý řekl, že jednání s odbory budou pokračovat příští týden a že v přístavu, který je od začátku stávky zavřený, nebude zrušeno žádné pracovní místo.";
    const RU: &str = "Министр заявил во вторник, что переговоры с профсоюзами возобновятся на следующей неделе и что в порту, закрытом с начала забастовки, рабочие места сокращены не будут.";
    const HU: &str = "A miniszter kedden azt mondta, hogy a szakszervezetekkel folytatott tárgyalások jövő héten folytatódnak, és a kikötőben, amely a sztrájk kezdete óta zárva van, nem szűnnek meg munkahelyek.";

    t! {
        english: None, EN => "en";
        french: None, FR => "fr";
        spanish: None, ES => "es";
        german: None, DE => "de";
        portuguese: None, PT => "pt";
        czech: None, CS => "cs";
        another_script: None, RU => "und";
        a_short_text_is_english_without_a_hint: None, "Talks resume Thursday." => "en";
        a_short_text_takes_the_hint: Some("fr-FR"), "Reprise jeudi." => "fr";
        the_hint_names_what_the_lexicon_lacks: Some("hu"), HU => "hu";
        a_hint_is_a_primary_subtag: Some("DE-at"), DE => "de";
        a_bad_hint_is_no_hint: Some("not a tag"), FR => "fr";
        an_english_template_on_french_text: Some("en"), &[FR, FR].concat() => "fr";
        a_french_page_with_an_english_story: Some("fr"), &[EN, EN].concat() => "en";
        empty: None, "" => "en";
        possessives_are_english: None, "There's only so many times one can go through a piece of work of one's own without having one's eyes glaze over." => "en";
        figures_only: None, "4,000 — 35 — 20% — $310m — 2026" => "en";
        a_list_of_names: None, "Prime Minister Mohammed Shia Al-Sudani spoke. Later, Al-Sudani left. Basem Al-Awadi agreed. Al-Awadi said so." => "en";
        a_headline_with_a_french_word: None, "Macron's party loses seats as Le Pen gains in the regional vote" => "en";
    }

    #[test]
    fn a_language_not_listed_is_not_english() {
        // Hungarian shares "a" with Czech and Portuguese: which one it is taken for matters
        // little (figures only, in a format close to its own); that it is not English does
        assert_ne!(lang(None, &[HU, HU, HU].concat()), "en");
    }

    #[test]
    fn number_formats() {
        let f = |c: &str| Language { code: c.into() }.number_format();
        assert_eq!(f("en"), NumberFormat { decimal: b'.', group: Some(b','), space_groups: false });
        assert_eq!(f("fr"), NumberFormat { decimal: b',', group: None, space_groups: true });
        assert_eq!(f("de"), NumberFormat { decimal: b',', group: Some(b'.'), space_groups: true });
        assert_eq!(f("und"), f("en"));
    }
}
