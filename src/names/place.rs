//! Evidence that a name is a place's: the lexicon, a state or country after it ("Boca Raton,
//! Fla."), a word that names a kind of place ("Gaza Strip"), a compass word before a place.

use super::kind::{Evidence, Verdict};
use super::Ctx;
use crate::lexicon::words::{COMPASS, PLACE_NOUNS, PLACE_WORDS, STAKE_NOUNS};
use crate::lexicon::{L_GIVEN, L_PLACE, L_PLACE_WORD};
use crate::sentence::Sentence;
use crate::types::MentionKind;

const PLACE: Option<Verdict> = Some(Verdict::Is(MentionKind::Place));

/// A place the lexicon knows, or one written with its state's abbreviation glued ("Albuquerque,
/// N.M.", "Little Rock, Ark." as the tokens before the state).
pub(super) fn in_lexicon(cx: &Ctx, ev: &Evidence) -> Option<Verdict> {
    if ev.name_bits & L_PLACE != 0 || ev.end == ev.first + 1 && cx.place_abbreviation(ev.first) {
        return PLACE;
    }
    None
}

/// "Palisades Park, N.J.", "Boca Raton, Fla.": a name followed by its state or country.
pub(super) fn located(cx: &Ctx, sent: &Sentence, ev: &Evidence) -> Option<Verdict> {
    let k = ev.end + 1;
    let w = cx.text(k);
    // (the abbreviation's period is a token of its own: "Calif" ".")
    let abbreviated = w.contains('.') || cx.text(k + 1) == ".";
    let located = ev.next == "," && k < sent.last && (cx.lex.is_place(w) || abbreviated && cx.lex.is_place(&format!("{w}."))) && (abbreviated || w.len() > 3) && ev.name_bits & L_PLACE == 0 && ev.words.len() <= 3;
    // (a given name opens a person's name before a city or a country, "Rita Cross, Denver",
    // "Robert Glauber, U.S. Treasury", but a town's before a state's abbreviation, "Ann Arbor,
    // Mich.")
    if located && !ev.wi.iter().any(|&k| cx.org_word(k)) && (abbreviated && !cx.lex.is_country(w) || !cx.is(ev.wi[0], L_GIVEN)) {
        return PLACE;
    }
    None
}

/// A word that makes a name a place ("Islamic Republic of Iran", "Gaza Strip"), unless the name
/// speaks.
pub(super) fn place_word(cx: &Ctx, ev: &Evidence) -> Option<Verdict> {
    if ev.wi.iter().any(|&k| cx.is(k, L_PLACE_WORD) && PLACE_WORDS.contains(&cx.text(k))) && !ev.speaks {
        return PLACE;
    }
    None
}

/// "in North Shields", "near Andhra Pradesh": a name shaped like a person's (and not found a
/// person's by a title or a given name, see [`super::kind::kind`]), where places stand, is a
/// place, unless it is a possessive ("in Xu Wei's case").
pub(super) fn standing(cx: &Ctx, ev: &Evidence) -> bool {
    !matches!(ev.next, "'" | "’") && place_context(cx, ev.first)
}

/// "East Jerusalem", "West Samoa", "Northern Iraq".
pub(super) fn compass(cx: &Ctx, ev: &Evidence) -> Option<Verdict> {
    if ev.words.len() >= 2 && COMPASS.contains(&ev.words[0]) && cx.lex.is_place(&ev.words[1..].join(" ")) {
        return PLACE;
    }
    None
}

/// The word at `k` stands where places stand: after "in" or "near" (not "a stake in"), after a
/// place noun or a mayor and "of" ("the town of Zandvoort", "the Mayor of Labasa"), or before a
/// place noun ("the Pali coast", "the Dongguan area").
pub(super) fn place_context(cx: &Ctx, k: usize) -> bool {
    let low = |i: usize| crate::lexicon::Low::new(cx.text(i));
    let before = if k >= 1 { low(k - 1) } else { low(usize::MAX) };
    match before.as_str() {
        "in" | "near" => return !(k >= 2 && STAKE_NOUNS.contains(&low(k - 2).as_str())),
        "of" if k >= 2 => {
            let noun = low(k - 2);
            if PLACE_NOUNS.contains(&noun.as_str()) || noun == "mayor" {
                return true;
            }
        }
        _ => {}
    }
    place_noun_after(cx, k)
}

/// A place noun follows the word at `k` ("the Pali coast", "the Dongguan area").
pub(super) fn place_noun_after(cx: &Ctx, k: usize) -> bool {
    PLACE_NOUNS.contains(&crate::lexicon::Low::new(cx.text(k + 1)).as_str())
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use crate::types::MentionKind::*;

    #[test]
    fn places() {
        check(&[
            ("BAGHDAD — The talks ended.", &[("BAGHDAD", Place)]),
            ("Palestinians and Israelis met in the Hong Kong SAR.", &[("Hong Kong SAR", Place)]),
            ("He moved to Boca Raton, Fla., last year.", &[("Boca Raton", Place)]),
            // a country's regions, which the definite article would make bodies
            ("Rain fell in the Midwest and the Corn Belt, and in the Pacific Northwest.", &[("Midwest", Place), ("Corn Belt", Place), ("Pacific Northwest", Place)]),
            ("Trade across the Straits grew in the Shenzhen Special Zone, the Straits Times said.", &[("Straits", Place), ("Shenzhen Special Zone", Place), ("the Straits Times", Organization)]),
            // a preposition or adjective opening the sentence is no part of the name
            ("Following Hong Kong's return, trade grew. Senior U.S. officials agreed.", &[("Hong Kong", Place), ("U.S.", Place)]),
            // a state's abbreviation the lexicon knows only with its period
            ("Intel, based in Santa Clara, Calif., leads.", &[("Intel", Organization), ("Santa Clara", Place), ("Calif", Place)]),
            ("He lives in Skokie, Ill., with his wife.", &[("Skokie", Place), ("Ill", Place)]),
            ("J.P. Industries, based in Ann Arbor, Mich., agreed.", &[("J.P. Industries", Organization), ("Ann Arbor", Place), ("Mich", Place)]),
            // a word after a place noun and "of", or after a mayor's "of", is a place
            ("It lies near the town of Zandvoort, by the sea.", &[("Zandvoort", Place)]),
            ("They attacked the Kurdish city of Arbil again.", &[("Arbil", Place)]),
            ("He was elected the Mayor of Labasa in 1990.", &[("Labasa", Place)]),
            // …though the abbreviation is also a title's ("Del." for a delegate)
            ("Du Pont Co. of Wilmington, Del., filed it.", &[("Du Pont Co", Organization), ("Wilmington", Place), ("Del", Place)]),
            // a town with its state's abbreviation is where a body is, not part of its name
            ("Free State Glass Industries of Warrenton, Va., agreed.", &[("Free State Glass Industries", Organization), ("Warrenton", Place), ("Va", Place)]),
            ("He was at the Business Council in Hot Springs, Va., that day.", &[("the Business Council", Organization), ("Hot Springs", Place), ("Va", Place)]),
            ("They met Robert R. Glauber, U.S. Treasury undersecretary.", &[("Robert R. Glauber", Person)]),
            ("Troops entered East Jerusalem at dawn.", &[("East Jerusalem", Place)]),
            ("Ships crossed the Strait of Hormuz at night.", &[("Strait of Hormuz", Place)]),
            ("Scores: Australia 228-9 in 50 overs, Sri Lanka 232-6.", &[("Australia", Place), ("Sri Lanka", Place)]),
        ]);
    }

    /// A known place or body before a role, with no name after it, is the name: "the Michigan
    /// Democrat" is a person from Michigan, not an organization. Every name of each text, no other.
    #[test]
    fn a_place_before_a_role() {
        super::super::testing::check_exact(&[
            ("The Michigan Democrat's proposal passed.", &[("Michigan", Place)]),
            ("James Oberstar, the Minnesota Democrat, spoke.", &[("James Oberstar", Person), ("Minnesota", Place)]),
            ("The Ohio Senator Rob Portman spoke.", &[("Ohio", Place), ("Rob Portman", Person)]),
            // …and so is a body whose party's members are meant
            ("Senate Democrats stalled the bill.", &[("Senate", Organization)]),
            // …and so is an acronym's
            ("Charles Bolden, NASA Administrator, spoke.", &[("Charles Bolden", Person), ("NASA", Organization)]),
        ]);
    }

    /// A word no lexicon knows, where places stand ("in", "near", before a place noun), is a
    /// place, and so is the same word alone after it; unless the text names it otherwise, or it
    /// is a possessive, a compound or a word before its noun. Every name of each text, no other.
    #[test]
    fn where_places_stand() {
        super::super::testing::check_exact(&[
            ("She died on December 15, 1890 in Poznań.", &[("Poznań", Place)]),
            ("He dumped the car in Dieppe last year. Dieppe mourned.", &[("Dieppe", Place), ("Dieppe", Place)]),
            ("Mines opened near Qaryat and in the Tulkarm area.", &[("Qaryat", Place), ("Tulkarm", Place)]),
            ("The flaws in Saddam's trial were many.", &[]),
            ("Everyone seems fluent in Beatles lyrics.", &[]),
            ("Views differ in Kearns-Tribune.", &[]),
            // several words shaped like a person's name: a place, unless a given name or a title
            // opens it
            ("He opened a gym in North Shields and was born near Satu Mare.", &[("North Shields", Place), ("Satu Mare", Place)]),
            ("Confidence in Jane Roe grew, and in Mayor Hale Boggs, and in Xu Wei's music.", &[("Jane Roe", Person), ("Hale Boggs", Person), ("Xu Wei", Person)]),
            ("Merrill Lynch owns bonds and equity in Lomas.", &[("Merrill Lynch", Organization)]),
            ("Laidlaw officials met in Toronto. A spokesman for Laidlaw said shares in Laidlaw rose.", &[("Laidlaw", Organization), ("Toronto", Place), ("Laidlaw", Organization), ("Laidlaw", Organization)]),
        ]);
    }
}
