//! What kind of name a chunk is: person, organization or place. The evidence about the chunk is
//! gathered once ([`Evidence`]); what makes a chunk no name at all is checked first
//! ([`not_a_name`]); then the rules of [`person`](super::person),
//! [`organization`](super::organization) and [`place`](super::place) are tried in one order
//! ([`kind`]), the first that applies deciding.

use super::shape::{all_caps, is_roman};
use super::{organization, person, place, Ctx};
use crate::lexicon::words::{EVENT_WORDS, INDEX_NOUNS, PRODUCT_NOUNS};
use crate::lexicon::{with_lower, L_DEMONYM, L_GIVEN, L_PRODUCT};
use crate::sentence::Sentence;
use crate::token::Kind;
use crate::types::MentionKind;

/// What a rule decided about a chunk.
pub(super) enum Verdict {
    Is(MentionKind),
    /// A name whose kind the article's other names may still explain (a single word).
    Unknown,
    /// Not a name at all: a heading, a headline in capitals.
    NotAName,
}

/// A chunk's name (tokens `[first, end)`, titles excluded) and what is known about it.
pub(super) struct Evidence<'a> {
    pub first: usize,
    pub end: usize,
    /// The name's word tokens (periods left out) and their texts.
    pub wi: Vec<usize>,
    pub words: Vec<&'a str>,
    pub last_word: &'a str,
    pub name: &'a str,
    /// The name's lexicon bits: a one-word name's are its token's.
    pub name_bits: u32,
    /// The token after the name.
    pub next: &'a str,
    /// A reporting verb follows ("Smith said").
    pub speaks: bool,
    /// A role or title stands before the name.
    pub titled: bool,
    /// A role (not only an honorific) was found.
    pub has_role: bool,
}

impl<'a> Evidence<'a> {
    /// `None` when the chunk has no word (only periods).
    pub(super) fn new(cx: &Ctx<'a>, first: usize, end: usize, has_role: bool, had_title: bool) -> Option<Evidence<'a>> {
        let wi: Vec<usize> = (first..end).filter(|&k| cx.text(k) != ".").collect();
        let words: Vec<&str> = wi.iter().map(|&k| cx.text(k)).collect();
        let last_word = *words.last()?;
        let name: &str = &cx.s[cx.toks[first].start..cx.toks[end - 1].end];
        let mut name_bits = if end - first == 1 { cx.classes[first] } else { cx.lex.bits(name) };
        // a name the lexicon lists with its possessive: "Moody's", "McDonald's", "Lloyd's"
        if matches!(cx.text(end), "'" | "’") && cx.text(end + 1) == "s" {
            name_bits |= cx.lex.bits(&format!("{name}'s"));
        }
        let speaks = cx.speaks_at(end);
        Some(Evidence { first, end, wi, words, last_word, name, name_bits, next: cx.text(end), speaks, titled: has_role || had_title, has_role })
    }
}

/// Chunks that look like names and are not: products ("SAM air defense system"), market indexes
/// ("the Dow Jones Industrial Average", "the S&P 500"), plural acronyms ("PCs"), titles in quote
/// marks ("“Jingle Bells”"), numbered things ("Article II"), days that name events ("Black Monday").
pub(super) fn not_a_name(cx: &Ctx, ev: &Evidence, had_title: bool) -> bool {
    let (first, end, words, last_word) = (ev.first, ev.end, &ev.words, ev.last_word);
    let product = all_caps(last_word) && with_lower(ev.next, |l| PRODUCT_NOUNS.contains(&l));
    let index = words.len() > 1 && matches!(last_word, "Average" | "Averages" | "Index" | "Indexes" | "Indices");
    // a plural acronym is a common noun: "PCs", "S&Ls", "CDs", "IPOs"
    let plural_acronym = words.len() == 1 && last_word.len() >= 3 && last_word.ends_with('s') && all_caps(&last_word[..last_word.len() - 1]);
    // a name that fills a pair of quote marks is a title ("“Feeding Frenzy”", "“Jingle Bells”")
    // (or with the comma or period that American punctuation puts inside, "“Sidewalk Stories,” a
    // film", unless a given name or an organization's word says it is a name: "“David Dinkins,”
    // says the kicker", "spelled “Cary Towne Center.”")
    let closes = |k: usize| matches!(cx.text(k), "”" | "\"" | "’");
    let punct_inside = || matches!(cx.text(end), "," | ".") && closes(end + 1) && !cx.is(ev.wi[0], L_GIVEN) && organization::org_word(cx, ev).is_none();
    let quoted_title = first > 0 && matches!(cx.text(first - 1), "“" | "\"" | "‘") && (closes(end) || punct_inside()) && !ev.has_role;
    // "East German", "West African": a region's demonym, no name
    let regional = words.len() == 2 && matches!(words[0], "East" | "West" | "Eastern" | "Western" | "Central" | "Southeast") && cx.is(ev.wi[1], L_DEMONYM);
    // "Article II", "Apple II": a numbered thing, unless a title or role makes it a person
    // …but "Vann R. Newkirk II", "John Smith III" are people: an initial or a given name says so
    // (or a third or fourth of a family: "Brent Bozell III"; "World War II" is a thing)
    let personal = || words.iter().any(|w| w.len() == 1 || w.len() == 2 && w.ends_with('.')) || cx.is(ev.wi[0], L_GIVEN) || words.len() >= 3 && matches!(last_word, "III" | "IV");
    let numbered = words.len() > 1 && is_roman(last_word) && !ev.has_role && !had_title && !personal();
    // "Black Monday", "Terrible Tuesday": a day's name is an event, not a person
    let event_day = words.len() > 1 && crate::numbers::weekday(last_word);
    // "the World Cup", "the Cold War", "the Olympics": an event ("the Ministry of War" is a body)
    let event = EVENT_WORDS.contains(&last_word) && organization::org_word(cx, ev).is_none();
    // a product the lexicon knows: "Internet Explorer", "PlayStation VR"
    let known_product = ev.name_bits & L_PRODUCT != 0;
    product || known_product || index || numbered_index(cx, ev) || plural_acronym || quoted_title || regional || numbered || event_day || event
}

/// "the S&P 500", "S&P 500-stock index", "the FTSE 100 index": a name and a number that make
/// an index or a list; not a score ("Kent 108-3") or a phone number.
fn numbered_index(cx: &Ctx, ev: &Evidence) -> bool {
    let (first, end) = (ev.first, ev.end);
    let numbered_next = cx.toks.get(end).is_some_and(|t| t.kind == Kind::Num && t.nl == 0 && t.space && (2..=3).contains(&(t.end - t.start)) && cx.text(end).bytes().all(|b| b.is_ascii_digit()));
    if !numbered_next {
        return false;
    }
    let after = cx.text(end + 1);
    let defined = first > 0 && cx.text(first - 1).eq_ignore_ascii_case("the");
    let glued_hyphen = after == "-" && cx.toks.get(end + 1).is_some_and(|t| !t.space) && cx.text(end + 2).starts_with(|c: char| c.is_ascii_lowercase());
    defined || glued_hyphen || after.starts_with(|c: char| c.is_ascii_lowercase()) && INDEX_NOUNS.contains(&after)
}

/// The kind of a name: the first rule that applies, in this order.
pub(super) fn kind(cx: &Ctx, sent: &Sentence, ev: &Evidence) -> Verdict {
    // (a lexicon's organization first: one listed with its possessive opens sentences, "Moody's said")
    organization::in_lexicon(ev)
        .or_else(|| sentence_capital(cx, sent, ev))
        .or_else(|| place::in_lexicon(cx, ev))
        .or_else(|| organization::designated(ev))
        .or_else(|| person::titled(cx, ev))
        .or_else(|| place::located(cx, sent, ev))
        .or_else(|| organization::org_word(cx, ev))
        .or_else(|| place::place_word(cx, ev))
        .or_else(|| place::compass(cx, ev))
        .or_else(|| organization::acronym(cx, ev))
        .or_else(|| headline(ev))
        .or_else(|| organization::partners(cx, ev))
        .or_else(|| organization::acronym_led(ev))
        .or_else(|| organization::role_giver(cx, ev))
        .or_else(|| person::given_name(cx, ev))
        .or_else(|| person::leader(cx, ev))
        .or_else(|| organization::definite(cx, sent, ev))
        .or_else(|| organization::ampersand(cx, ev))
        .or_else(|| organization::speaking_word(ev))
        .or_else(|| person::speaking(ev))
        .or_else(|| organization::known_body(cx, ev))
        .or_else(|| person::shaped(cx, ev).map(|v| if place::standing(cx, ev) { Verdict::Is(MentionKind::Place) } else { v }))
        .unwrap_or(Verdict::Unknown)
}

/// A word capitalised only where a sentence starts is no evidence of a name: shaped like a
/// plural or a common noun ("Aides say", "Critics argued", "Continuing demand", "Unemployment
/// continues") it is none, otherwise its kind stays open; but one that speaks of itself as "it"
/// is a company ("Trinity said it plans").
fn sentence_capital(cx: &Ctx, sent: &Sentence, ev: &Evidence) -> Option<Verdict> {
    if !(ev.end - ev.first == 1 && cx.only_sentence_capital(sent.first, ev.first)) {
        return None;
    }
    let w = ev.last_word;
    let plural = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is");
    let common = ["ing", "ment", "tion", "ness"].iter().any(|x| w.len() > x.len() + 2 && w.ends_with(x));
    Some(if ev.speaks && !plural && matches!(cx.text(ev.end + 1), "it" | "its") {
        Verdict::Is(MentionKind::Organization)
    } else if plural || common {
        Verdict::NotAName
    } else {
        Verdict::Unknown
    })
}

/// A line in capitals is a headline, not names.
fn headline(ev: &Evidence) -> Option<Verdict> {
    (ev.words.iter().all(|w| all_caps(w)) && ev.words.len() > 1).then_some(Verdict::NotAName)
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use crate::types::MentionKind::*;

    #[test]
    fn what_is_no_name() {
        check(&[
            // a market index, a plural acronym, common words opening a sentence
            ("The Dow Jones Industrial Average fell 20 points.", &[]),
            ("Futures on the S&P 500 rose as sales of PCs fell.", &[]),
            ("Overall, the talks went well.", &[]),
            ("Some excerpts were read.", &[]),
            // peoples and groups named like demonyms are not entities
            ("Palestinians and Israelis met.", &[]),
            // a word capitalised only at the start of its sentence: a plural or a common noun
            // is no name, one that speaks of itself as "it" is a company
            ("Critics argued that the plan failed. Aides say the talks went on. Continuing demand lifted prices.", &[]),
            ("Terms weren't disclosed. Trinity said it plans to deliver in May.", &[("Trinity", Organization)]),
            ("They sang “Jingle Bells” loudly.", &[]),
            // …with the comma American punctuation puts inside the quote marks; but a name that
            // opens with a given name, or that has an organization's word, is a name
            ("He starred in a film called “Sidewalk Stories,” a poignant piece.", &[]),
            ("“David Dinkins,” says the kicker.", &[("David Dinkins", Person)]),
            ("The mall's spelling is “Cary Towne Center.” Few use it.", &[("Cary Towne Center", Organization)]),
            // an event is no organization (nor the person a two-word name would be)
            ("He won the World Cup in 1994 and the Japanese Grand Prix after the Cold War.", &[]),
            ("The Ministry of War denied it.", &[("Ministry of War", Organization)]),
        ]);
        // every name of the text, and no other: a storm's name is nobody's, nor is it later alone
        // (a person's of the same name is); a region's demonym is no name
        super::super::testing::check_exact(&[
            ("Hurricane Katrina hit New Orleans. Katrina killed 1,800 people, Katrina Smith said.", &[("New Orleans", Place), ("Katrina Smith", Person)]),
            ("Typhoon Haiyan struck the Philippines, and Tropical Storm Bopha followed. Bopha's winds fell.", &[("Philippines", Place)]),
            ("Once Cyclone Phailin comes ashore it will weaken.", &[]),
            ("East German leader Egon Krenz met West German bankers.", &[("Egon Krenz", Person)]),
            // an event of one word is no organization; a known body's part or product is no person
            ("The Paralympics open in March, after the Olympics.", &[]),
            ("The site uses Google Analytics to count visits.", &[("Google Analytics", Organization)]),
            // an abbreviation of sport or daily life is no organization
            ("He earned district MVP honours, won by KO and had three RBI.", &[]),
            ("Buyers in the OTC market shunned LBO deals; the PPI and LIBOR rose.", &[]),
            // a product the lexicon knows is no name; its maker's foundation is
            ("Internet Explorer lost ground to Firefox, and the Raspberry Pi Foundation sold Raspberry Pi boards.", &[("the Raspberry Pi Foundation", Organization)]),
        ]);
        // a word written in lowercase elsewhere still opens a name at a sentence's start when the
        // article capitalises it inside sentences too
        let got = super::super::testing::names("That would mark another blow. Mark Wynn said he stayed neutral. Later, Mark Wynn said so again.");
        assert_eq!(got.iter().filter(|(t, k)| t == "Mark Wynn" && *k == Person).count(), 2, "{got:?}");
        let got = super::super::testing::names("Iraq bought the South Korean SAM air defense system, the M-SAM, while Iran-backed militias waited like a tightrope walker.");
        for bad in ["SAM", "M-SAM", "Iran-backed", "walker", "South Korean"] {
            assert!(!got.iter().any(|(t, k)| t == bad && matches!(k, Person | Organization)), "{bad}: {got:?}");
        }
        // a word cut from its "of" tail after "the" is a piece of a longer name, none of its own,
        // and so is the tail; a body's or a place's head keeps its name
        let got = super::super::testing::names("He fought in the Battle of the Bulge, spoke to the Voice of America and met the Duke of Edinburgh at the Bank of England.");
        for bad in ["Battle", "Voice", "Duke", "Bulge", "America", "Edinburgh"] {
            assert!(!got.iter().any(|(t, _)| t == bad), "{bad}: {got:?}");
        }
        assert!(got.iter().any(|(t, k)| t == "the Bank of England" && *k == Organization), "{got:?}");
    }
}
