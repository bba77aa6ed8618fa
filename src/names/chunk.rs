//! Chunking: where a name that opens at a capitalised word ends. Each way a name continues past
//! its next token is a rule of its own ("J. Smith", "St. Louis", "Johnson & Johnson", "Bank of
//! England", "Coastal Fishermen’s Association", "Baring Securities (Hong Kong) Ltd"); a chunk is
//! then trimmed where it took too much ("excerpts of Al-Awadi").

use super::shape::{all_caps, is_particle};
use super::{Ctx, Name};
use crate::lexicon::words::{DESIGNATORS, IN_HEADS, LEGAL_FORMS, PARTICLES, PLACE_WORDS};
use crate::lexicon::{with_lower, Low, L_GIVEN, L_ORG, L_PLACE, L_PLACE_WORD};
use crate::sentence::Sentence;

/// The end (exclusive) of the chunk that opens at name word `start`.
pub(super) fn chunk_end(cx: &Ctx, sent: &Sentence, start: usize) -> usize {
    let mut j = start + 1;
    while j < sent.last && cx.toks[j].nl == 0 {
        match join(cx, sent, start, j) {
            Some(next) => j = next,
            None => break,
        }
    }
    j
}

/// Whether the chunk `[start, j)` goes on at token `j`, and to which token: the first rule
/// that applies.
fn join(cx: &Ctx, sent: &Sentence, start: usize, j: usize) -> Option<usize> {
    if cx.name_word(j) && cx.toks[j].space {
        return Some(j + 1);
    }
    let w = cx.text(j);
    // a middle initial that is also a word ("John A. Finlayson", "Mary I. Cho")
    if w.len() == 1 && w.bytes().all(|b| b.is_ascii_uppercase()) && cx.text(j + 1) == "." && !cx.toks[j + 1].space && j + 2 < sent.last && cx.name_word(j + 2) {
        return Some(j + 3);
    }
    period(cx, sent, j)
        .or_else(|| registered_in(cx, sent, j))
        .or_else(|| joined_companies(cx, start, j))
        // "Johnson & Johnson", "Standard & Poor's", "S&P", "AT&T"
        .or_else(|| (w == "&" && cx.name_word(j + 1)).then_some(j + 2))
        .or_else(|| possessive(cx, sent, start, j))
        .or_else(|| lowercase_link(cx, sent, start, j))
}

/// A period glued to the word before it, inside the sentence: an initial ("J. Smith", "Robert
/// B. van Dover"), "St. Louis", an honorific ("Gen. Smith"; but "President. In the latest poll"
/// ends a sentence).
fn period(cx: &Ctx, sent: &Sentence, j: usize) -> Option<usize> {
    if !(cx.text(j) == "." && j + 1 < sent.last && !cx.toks[j].space) {
        return None;
    }
    let before = cx.text(j - 1);
    let initial = before.chars().count() == 1;
    if initial && cx.name_word(j + 1) {
        return Some(j + 2);
    }
    if matches!(before, "St" | "Mt" | "Ft" | "Pt") && cx.name_word(j + 1) {
        return Some(j + 2);
    }
    // (a particle after an initial or an honorific: "Robert B. van Dover", "Mr. van Dover")
    if cx.word(j + 1) && is_particle(cx.text(j + 1)) && cx.name_word(j + 2) && (initial || before.len() <= 5 && cx.role_words_at(j - 1, j + 1) > 0) {
        return Some(j + 3);
    }
    (before.len() <= 5 && cx.name_word(j + 1) && cx.role_words_at(j - 1, j + 1) > 0).then_some(j + 2)
}

/// "Baring Securities (Hong Kong) Ltd": where a company is registered, inside its name.
fn registered_in(cx: &Ctx, sent: &Sentence, j: usize) -> Option<usize> {
    if !(cx.text(j) == "(" && cx.name_word(j + 1)) {
        return None;
    }
    let mut k = j + 1;
    while k < sent.last && k < j + 5 && (cx.name_word(k) || cx.text(k) == ".") {
        k += 1;
    }
    let designator = with_lower(cx.text(k + 1).trim_end_matches('.'), |l| DESIGNATORS.contains(&l));
    (cx.text(k) == ")" && designator && cx.toks.get(k + 1).is_some_and(|t| t.nl == 0)).then_some(k + 2)
}

/// "MGM/UA Communications Co", "Macmillan / McGraw-Hill": two companies' names joined, as one
/// company (not places, "Israel/Gaza", nor a person after a source, "Image: Twitter / Barack
/// Obama").
fn joined_companies(cx: &Ctx, start: usize, j: usize) -> Option<usize> {
    (cx.text(j) == "/" && cx.name_word(j + 1) && j - start <= 2 && !cx.is(j - 1, L_PLACE) && !cx.is(j + 1, L_PLACE | L_GIVEN)).then_some(j + 2)
}

/// A possessive inside an organization's name: "Coastal Fishermen’s Association"; not after a
/// name that is an organization already ("Harvard University's Graduate School", "IBC's Money
/// Fund Report") nor after a place ("Britain's Maxwell Communication Corp", "Japan's Finance
/// Ministry") or a person: the owner owns the body, it is not part of its name.
fn possessive(cx: &Ctx, sent: &Sentence, start: usize, j: usize) -> Option<usize> {
    if !(matches!(cx.text(j), "’" | "'") && !cx.toks[j].space && cx.text(j + 1) == "s" && !cx.toks[j + 1].space && cx.name_word(j + 2)) {
        return None;
    }
    let mut k = j + 2;
    while k < sent.last && cx.name_word(k) && cx.toks[k].space {
        k += 1;
    }
    let owner_org = (start..j).any(|x| cx.org_word(x) || all_caps(cx.text(x))) || cx.known(start, j) & L_PLACE != 0;
    // nor after a person's name in full: "Mortimer B. Zuckerman's U.S. News & World Report" (but
    // "Ben & Jerry's Homemade Inc.")
    let owner_person = j - start >= 2 && (cx.is(start, L_GIVEN) || (start + 1..j).any(|x| cx.initial(x))) && !(start..j).any(|x| cx.text(x) == "&");
    (!owner_org && !owner_person && (j + 2..k).any(|x| cx.org_word(x))).then_some(k)
}

/// A lowercase word joining a name right after it: a particle ("Osama bin Laden"), or "of",
/// "for", "in", "on", "and", "the", "de" inside an organization's or a place's name.
fn lowercase_link(cx: &Ctx, sent: &Sentence, start: usize, j: usize) -> Option<usize> {
    let head_org = || (start..j).any(|k| cx.org_word(k) || cx.is(k, L_PLACE_WORD) && PLACE_WORDS.contains(&cx.text(k)));
    // "of the" inside a body's or a place's name: "Church of the Nativity", "Republic of the
    // Congo" (not "the Battle of the Bulge", nor after a legal form or an abbreviation, "SHV
    // Holdings N.V. of the Netherlands", nor a second "of", "the University of Sheffield of the
    // UK")
    if cx.text(j) == "of" && cx.text(j + 1) == "the" && cx.word(j + 1) && cx.name_word(j + 2) && !legal_form(cx.text(j - 1)) && !cx.text(j - 1).ends_with('.') && !(start..j).any(|k| cx.text(k) == "of") && head_org() {
        return Some(j + 3);
    }
    if !(cx.word(j) && cx.name_word(j + 1)) {
        return None;
    }
    let low = Low::new(cx.text(j));
    let lw = low.as_str();
    if PARTICLES.contains(&lw) {
        return Some(j + 2);
    }
    if !matches!(lw, "of" | "for" | "in" | "on" | "and" | "the" | "de") {
        return None;
    }
    let head_org = head_org();
    // a town with its state's abbreviation is where the body is, not its name: "Free State Glass
    // Industries of Warrenton, Va.", "the Business Council in Hot Springs, Va."
    let town = || {
        let mut k = j + 1;
        while k < sent.last && cx.name_word(k) {
            k += 1;
        }
        cx.text(k) == "," && cx.place_abbreviation(k + 1)
    };
    let ok = match lw {
        // (a company's legal form ends its name: "Siemens AG of West Germany"; but "Barilla Group
        // of Italy")
        "of" => !legal_form(cx.text(j - 1)) && !town(),
        "for" | "on" => head_org,
        // "in" joins only bodies that are named after where they act ("Islamic Resistance in
        // Iraq", "UN Mission in Kosovo"), not "NBC News in New York", nor a building or a branch
        // where it stands ("the U.S. Embassy in Beijing", "the Anglican Church in Soweto")
        "in" => IN_HEADS.contains(&cx.text(j - 1)) && !town(),
        _ => and_the_de(cx, sent, start, j, lw, head_org),
    };
    ok.then_some(j + 2)
}

/// A company's legal form, which ends its name ("Siemens AG", "Dow Chemical Co").
fn legal_form(w: &str) -> bool {
    LEGAL_FORMS.contains(&w)
}

/// "and", "the", "de" inside a name: "Bosnia and Herzegovina" (what a lexicon knows), "House
/// Ways and Means Committee" (a name whose continuation ends in an organization word; but
/// "House and Senate", "Army and Navy", "Saraya X and Jaysh Y" are two bodies), "Office of Management and Budget" (what
/// follows "of", "on" or "for" in a body's name may be a pair, "Covenant on Civil and Political
/// Rights", unless the pair is of places or of names: "Bank of America and Citigroup").
fn and_the_de(cx: &Ctx, sent: &Sentence, start: usize, j: usize, lw: &str, head_org: bool) -> bool {
    let mut k = j + 1;
    while k < sent.last && cx.name_word(k) {
        k += 1;
    }
    let whole = crate::text::to_lower(&cx.s[cx.toks[start].start..cx.toks[k - 1].end]);
    // …nor "Saraya Abu Obeida and Jaysh bin Ghazi": a tail that opens with an organization word is
    // a body's name of its own
    // …nor "Red Hat and Igalia S.L.": a company's designator ends a name of its own
    let designator = |x: usize| with_lower(cx.text(x).trim_end_matches('.'), |l| DESIGNATORS.contains(&l));
    // …nor "FTC and Justice Department", "Eastman Kodak and General Motors": a name before "and"
    // (an acronym, a known organization or place, a given name) is a body of its own
    let named_head = all_caps(cx.text(j - 1)) || cx.is(j - 1, L_ORG | L_PLACE) || cx.is(start, L_GIVEN);
    // (a committee joins what it oversees though a word before "and" is a body's: "House Energy
    // and Commerce Committee")
    let committee = matches!(cx.text(k - 1), "Committee" | "Subcommittee");
    let tail_org = lw == "and" && (j + 1..k).any(|x| cx.org_word(x) && !designator(x)) && (committee || !cx.org_word(j - 1)) && !cx.org_word(j + 1) && !named_head;
    let of = |x: usize| matches!(cx.text(x), "of" | "on" | "for");
    let of_pair = lw == "and" && head_org && !named_head && (start + 1..j).any(of) && k - (j + 1) <= 3 && {
        let after_of = (start + 1..j).rev().find(|&x| of(x)).map_or(j, |x| x + 1);
        let known = |a: usize, b: usize| {
            cx.known(a, b) & (L_PLACE | L_ORG) != 0 || cx.is(a, L_GIVEN)
        };
        after_of < j && !known(after_of, j) && !known(j + 1, k)
    };
    cx.lex.bits(&whole) & (L_ORG | L_PLACE) != 0 || tail_org || of_pair
}

/// Where chunk `[start, end)` ends once trimmed: never across a line break, and "of Y" that
/// attaches nothing org-like is not part of the name ("excerpts of Al-Awadi"; "Sen. John McCain
/// of Arizona" is a title, a name and the place they represent).
pub(super) fn trimmed_end(cx: &Ctx, start: usize, end: usize) -> usize {
    let mut end = end;
    if let Some(k) = (start + 1..end).find(|&k| cx.toks[k].nl > 0) {
        end = k;
    }
    let Some(k) = (start + 1..end).find(|&k| cx.text(k) == "of") else { return end };
    let head = &cx.s[cx.toks[start].start..cx.toks[k - 1].end];
    let body_head = head.split_whitespace().any(|h| cx.lex.is_org_word(h) || PLACE_WORDS.contains(&h));
    let headed = body_head || head.split_whitespace().any(|h| cx.lex.is_role(h));
    let whole = crate::text::to_lower(&cx.s[cx.toks[start].start..cx.toks[end - 1].end]);
    // a person's title and name, then a place or a body ("Economist Joel Naroff of First
    // Union", "GOP Sen. John McCain of Arizona"; not "Secretary of State", "Bank of England":
    // nothing after the title)
    let at = if cx.role_words_at(start, k) == 0 && k > start + 2 { start + 1 } else { start };
    let title = cx.role_words_at(at, k);
    let titled_person = !body_head && head.split_whitespace().count() >= 2 && title > 0 && title < k - at && k + 1 < end;
    if (!headed || titled_person) && cx.lex.bits(&whole) & (L_ORG | L_PLACE) == 0 {
        end = k;
    }
    end
}

/// "Goldman, Sachs & Co", "Hanifen, Imhoff Inc": a partnership's names with commas. When the
/// chunk `[start, end)` is a firm's tail, the name before the comma (the last in `out`) is taken
/// back and the chunk starts there; not a list ("IBM, Digital Equipment Corp").
pub(super) fn partnership_start(cx: &Ctx, start: usize, end: usize, out: &mut Vec<Name>) -> usize {
    // (the comma first: most chunks have none before them)
    if !(start >= 2 && cx.text(start - 1) == ",") {
        return start;
    }
    let firm = (start..end).any(|k| cx.text(k) == "&") || (end - start <= 3 && with_lower(cx.text(end - 1).trim_end_matches('.'), |l| DESIGNATORS.contains(&l)));
    if !firm {
        return start;
    }
    let Some(prev) = out.last().filter(|p| p.last == start - 1 && p.last - p.first <= 2 && p.role.is_none()) else { return start };
    let pname = &cx.s[cx.toks[prev.first].start..cx.toks[prev.last - 1].end];
    // "Unsurprisingly, Arduino LLC": an adverb opening the sentence, not a partner
    let listed = (prev.first > 0 && cx.text(prev.first - 1) == ",") || (prev.last == prev.first + 1 && pname.len() > 5 && pname.ends_with("ly"));
    let known = cx.lex.is_org(pname) || cx.lex.is_place(pname) || all_caps(pname) || (prev.first..prev.last).any(|k| cx.org_word(k));
    if listed || known {
        return start;
    }
    let first = prev.first;
    out.pop();
    first
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use crate::types::MentionKind::*;

    #[test]
    fn where_names_end() {
        check(&[
            ("He met Ludwig van Beethoven in Vienna.", &[("Ludwig van Beethoven", Person), ("Vienna", Place)]),
            ("Robert B. van Dover and Carla Del Ponte spoke.", &[("Robert B. van Dover", Person), ("Carla Del Ponte", Person)]),
            // a middle initial that is also a word
            ("The deal was signed by John A. Finlayson and Mary I. Cho.", &[("John A. Finlayson", Person), ("Mary I. Cho", Person)]),
            ("Kim Jong-il met Ban Ki-moon in Seoul.", &[("Kim Jong-il", Person), ("Ban Ki-moon", Person), ("Seoul", Place)]),
            ("He flew to St. Louis, then to Mt. Ali and Harare.", &[("St. Louis", Place), ("Mt. Ali", Place), ("Harare", Place)]),
            ("Baring Securities (Hong Kong) Ltd said so.", &[("Baring Securities (Hong Kong) Ltd", Organization)]),
            ("He left MGM/UA Communications Co in May.", &[("MGM/UA Communications Co", Organization)]),
            ("It hired Mayer, Brown & Platt and Goldman, Sachs & Co. in June.", &[("Mayer, Brown & Platt", Organization), ("Goldman, Sachs & Co", Organization)]),
            ("Shares of IBM, Digital Equipment Corp and Compaq fell.", &[("IBM", Organization), ("Digital Equipment Corp", Organization)]),
            ("He joined the Office of Management and Budget in May.", &[("the Office of Management and Budget", Organization)]),
            // "of the" inside a body's name, but not after a legal form; a bare "the" joins nothing
            ("He visited the Church of the Nativity.", &[("the Church of the Nativity", Organization)]),
            ("SHV Holdings N.V. of the Netherlands bought it.", &[("SHV Holdings N.V.", Organization), ("Netherlands", Place)]),
            ("A team from the University of Sheffield of the UK found it.", &[("the University of Sheffield", Organization), ("UK", Place)]),
            ("Officials tell NBC News the Yemen government gave up.", &[("NBC News", Organization), ("Yemen", Place)]),
            // two companies' names joined by a slash are one; a source and a person are not
            ("Image: Twitter / Barack Obama. He spoke.", &[("Twitter", Organization), ("Barack Obama", Person)]),
            // a company's legal form ends its name, a group's does not
            ("Siemens AG of West Germany agreed.", &[("Siemens AG", Organization), ("West Germany", Place)]),
            ("It ranks second after Barilla Group of Italy.", &[("Barilla Group of Italy", Organization)]),
            // …after "on" and "for" too
            ("It breaks the International Covenant on Civil and Political Rights.", &[("the International Covenant on Civil and Political Rights", Organization)]),
            ("She taught at the Woodrow Wilson School for Public and International Affairs.", &[("the Woodrow Wilson School for Public and International Affairs", Organization)]),
            ("The bill passed the House and Senate on Friday.", &[("House", Organization), ("Senate", Organization)]),
            ("Groups such as Saraya Abu Obeida and Jaysh bin Ghazi fought.", &[("Saraya Abu Obeida", Organization), ("Jaysh bin Ghazi", Organization)]),
            ("He chaired the House Ways and Means Committee for years.", &[("the House Ways and Means Committee", Organization)]),
            ("As chairman of the House Energy and Commerce Committee, he spoke.", &[("the House Energy and Commerce Committee", Organization)]),
            // …but a name before "and" is a body of its own
            ("The FTC and Justice Department approved the deal.", &[("FTC", Organization), ("Justice Department", Organization)]),
            ("Talks between the U.S. and Soviet Union resumed.", &[("U.S.", Place), ("Soviet Union", Place)]),
            ("Funding from the National Institutes of Health grew.", &[("the National Institutes of Health", Organization)]),
            ("It sold Britain's Maxwell Communication Corp last year.", &[("Britain", Place), ("Maxwell Communication Corp", Organization)]),
            ("Members of the Coastal Fishermen’s Association met.", &[("the Coastal Fishermen’s Association", Organization)]),
            ("The Islamic Resistance in Iraq has positioned itself.", &[("Islamic Resistance in Iraq", Organization)]),
            // …but a building or a branch is only where it stands
            ("Hundreds jammed into the Holy Cross Anglican Church in Soweto for the rally.", &[("the Holy Cross Anglican Church", Organization), ("Soweto", Place)]),
            ("He heads the Special Appointee Office in Hong Kong now.", &[("the Special Appointee Office", Organization), ("Hong Kong", Place)]),
            ("They took refuge in the U.S. Embassy in Beijing last year.", &[("the U.S. Embassy", Organization), ("Beijing", Place)]),
            ("Sen. John McCain of Arizona spoke.", &[("John McCain", Person), ("Arizona", Place)]),
            // a particle after an honorific opens the name
            ("Mr. van Dover added that it works. Dr. de Klerk agreed.", &[("van Dover", Person), ("de Klerk", Person)]),
            // …and with a party's name before the title
            ("They voted with GOP Sen. John McCain of Arizona last week.", &[("GOP", Organization), ("John McCain", Person), ("Arizona", Place)]),
            ("Economist Joel Naroff of First Union bank said so. Naroff said it rose.", &[("Joel Naroff", Person), ("First Union", Organization), ("Naroff", Person)]),
            ("Some excerpts of Basem Al-Awadi were read.", &[("Basem Al-Awadi", Person)]),
            // a word that opens a sentence and a role, not a name
            ("Retired Army Col. Tom Reed said so.", &[("Army", Organization), ("Tom Reed", Person)]),
        ]);
    }
}
