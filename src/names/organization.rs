//! Evidence that a name is an organization's: the lexicon, an organization word ("Ministry",
//! "Corp"), an acronym, partners' names ("Mayer, Brown & Platt"), a definite article ("the
//! Treasury"), a single word that speaks, a known body with a modifier ("U.S. Treasury"), and
//! teams in sports results.

use super::kind::{Evidence, Verdict};
use super::shape::{all_caps, title_case};
use super::{Ctx, Name};
use crate::lexicon::words::{DESIGNATORS, NOT_NOUNS, ORG_HEAD_ROLES, RESULT_VERBS, ROLE_MODIFIERS};
use crate::lexicon::{lower_hash, with_lower, L_COUNTRY, L_DEMONYM, L_GIVEN, L_ORG, L_PLACE, L_ROLE};
use crate::sentence::Sentence;
use crate::token::Kind;
use crate::types::MentionKind;

const ORGANIZATION: Option<Verdict> = Some(Verdict::Is(MentionKind::Organization));

/// An organization the lexicon knows.
pub(super) fn in_lexicon(ev: &Evidence) -> Option<Verdict> {
    if ev.name_bits & L_ORG != 0 {
        return ORGANIZATION;
    }
    None
}

/// An organization word among the name's words ("Justice Ministry", "Acme Corp").
pub(super) fn org_word(cx: &Ctx, ev: &Evidence) -> Option<Verdict> {
    if ev.wi.iter().any(|&k| cx.org_word(k)) {
        return ORGANIZATION;
    }
    None
}

/// A name that ends in a company designator ("Guber Peters Entertainment Co.", "Acme Holdings
/// Ltd"): a company even after a role ("independent producer Guber Peters Entertainment Co.").
pub(super) fn designated(ev: &Evidence) -> Option<Verdict> {
    let last = ev.last_word.trim_end_matches('.');
    if ev.words.len() >= 2 && last.len() >= 2 && with_lower(last, |l| DESIGNATORS.contains(&l)) {
        return ORGANIZATION;
    }
    None
}

/// A name that opens with an acronym ("RJR Nabisco", "NBC News", "IBM Japan"): an
/// organization's, not a person's, unless the whole name is in capitals (a headline); but
/// initials before one more word are a person's ("C.J.B. Marshall").
pub(super) fn acronym_led(ev: &Evidence) -> Option<Verdict> {
    let first = ev.words[0];
    let initials = || ev.words.len() == 2 && first.contains('.');
    let acronym = all_caps(first) && first.bytes().filter(u8::is_ascii_uppercase).count() >= 3 && !super::shape::is_roman(first) && !initials();
    if ev.words.len() < 2 || !acronym || ev.words.iter().all(|w| all_caps(w)) {
        return None;
    }
    // a ship is no organization nor person ("USS Cole"); names joined by "and" or "for" are two
    if matches!(first, "USS" | "HMS" | "INS" | "RMS") {
        return Some(Verdict::NotAName);
    }
    if ev.words.iter().any(|w| w.starts_with(|c: char| c.is_lowercase())) {
        return Some(Verdict::Unknown);
    }
    ORGANIZATION
}

/// A name followed by a role that only organizations give and the role holder's name ("Acme
/// Widgets chairman John Reed", "Blue Circle nonexecutive chairman John Milne"): the role's
/// organization.
pub(super) fn role_giver(cx: &Ctx, ev: &Evidence) -> Option<Verdict> {
    // (a role word's lexicon bit first: most names have none in the three words after them, and
    // the modifiers' list is long)
    if !(ev.end..ev.end + 3).any(|k| cx.is(k, L_ROLE)) {
        return None;
    }
    let mut k = ev.end;
    while k < ev.end + 3 && cx.word(k) && cx.text(k).starts_with(|c: char| c.is_lowercase()) {
        let holder = cx.toks.get(k + 1).is_some_and(|t| t.nl == 0) && cx.name_word(k + 1);
        if holder && cx.is(k, L_ROLE) && with_lower(cx.text(k), |l| ORG_HEAD_ROLES.contains(&l)) {
            // a nationality's or a place's role is a country's ("Australian coach", "U.S.
            // president")
            let country = ev.wi.iter().any(|&k| cx.is(k, L_DEMONYM | L_PLACE)) || cx.lex.is_place(ev.name);
            return if country { None } else { ORGANIZATION };
        }
        // a person has a campaign manager too ("Dole campaign manager Scott Reed")
        if !with_lower(cx.text(k), |l| (ROLE_MODIFIERS.contains(&l) && l != "campaign") || matches!(l, "nonexecutive" | "vice" | "co")) {
            return None;
        }
        k += 1;
    }
    None
}

/// A single word in capitals: a section heading before a colon ("ENERGY: Worried that…") or a
/// dash opening its line ("SOCCER - …"), a place written in capitals, a headline or dateline
/// word, or an acronym (an organization).
pub(super) fn acronym(cx: &Ctx, ev: &Evidence) -> Option<Verdict> {
    if !(ev.words.len() == 1 && all_caps(ev.last_word)) {
        return None;
    }
    if ev.next == ":" {
        return Some(Verdict::NotAName);
    }
    let title = title_case(ev.last_word);
    Some(if cx.lex.is_place(&title) {
        Verdict::Is(MentionKind::Place)
    } else if (ev.first == 0 || cx.toks[ev.first].nl > 0) && matches!(ev.next, "-" | "–" | "—") {
        // a section's label before a dash opening the line: "SOCCER - …", "EXCLUSIVE - …"
        Verdict::NotAName
    } else if cx.is_common_word(&title) || cx.lower_words.contains(lower_hash(ev.last_word)) || ev.last_word.chars().count() > 6 {
        Verdict::Unknown
    } else {
        Verdict::Is(MentionKind::Organization)
    })
}

/// "Mayer, Brown & Platt", "Macmillan / McGraw-Hill": partners' names make a firm.
pub(super) fn partners(cx: &Ctx, ev: &Evidence) -> Option<Verdict> {
    if (ev.first..ev.end).any(|k| matches!(cx.text(k), "&" | "/")) {
        return ORGANIZATION;
    }
    None
}

/// "the Treasury", "the Red Cross", "the Cubs": a definite name is not a person's.
pub(super) fn definite(cx: &Ctx, sent: &Sentence, ev: &Evidence) -> Option<Verdict> {
    // the article of the noun the name modifies is no evidence: "the Bush administration", "the
    // Huxtable family", "the Guantanamo naval base"
    if !(ev.first > sent.first && cx.text(ev.first - 1).eq_ignore_ascii_case("the")) {
        return None;
    }
    let t = cx.toks.get(ev.end);
    let next = cx.text(ev.end);
    let modifies = ev.words.len() == 1
        && t.is_some_and(|t| t.kind == Kind::Word && t.nl == 0 && t.flags & crate::token::F_LOWER != 0)
        && !NOT_NOUNS.contains(&next)
        && cx.classes.get(ev.end).is_some_and(|&c| cx.lex.lemma(c).is_none())
        && !next.ends_with("ed");
    if modifies {
        return None;
    }
    if ev.first > sent.first && cx.text(ev.first - 1).eq_ignore_ascii_case("the") && !ev.wi.iter().any(|&k| cx.is(k, L_DEMONYM)) {
        return ORGANIZATION;
    }
    None
}

/// "Merrill Lynch & Co.", "Young & Rubicam": an ampersand right after or before the name.
pub(super) fn ampersand(cx: &Ctx, ev: &Evidence) -> Option<Verdict> {
    let (first, end) = (ev.first, ev.end);
    if cx.text(end) == "&" || (first > 0 && cx.text(first - 1) == "&") || (first..end).any(|k| cx.text(k) == "&") {
        return ORGANIZATION;
    }
    None
}

/// "Matsushita said": a single word that speaks and was never introduced as a person's surname
/// (those join their person first) is most often an organization.
pub(super) fn speaking_word(ev: &Evidence) -> Option<Verdict> {
    if ev.speaks && ev.name_bits & L_DEMONYM == 0 && ev.words.len() == 1 {
        return ORGANIZATION;
    }
    None
}

/// "U.S. Treasury", "US Sprint": a known body, or a country or a known body before a name
/// ("Sony Pictures", "Google Analytics": its part or its product), is no person's name; "Dayton
/// Ohio": places all through is a place.
pub(super) fn known_body(cx: &Ctx, ev: &Evidence) -> Option<Verdict> {
    let wi = &ev.wi;
    if !(ev.words.len() >= 2 && ev.words.len() <= 4 && (cx.is(wi[wi.len() - 1], L_ORG) || cx.is(wi[0], L_PLACE | L_ORG))) {
        return None;
    }
    if wi.iter().all(|&k| cx.is(k, L_PLACE)) {
        Some(Verdict::Is(MentionKind::Place))
    } else {
        ORGANIZATION
    }
}

/// Sports results and standings: a name followed by its score on a line of such names
/// ("Cardiff 2 Colchester 1"), or opening a row of numbers ("Bolton 3 2 1 0 5 2 7"), is a team,
/// which is an organization, unless it is a person's name or a country's (national teams are
/// written as their country); so is a place of one word beside a verb of a game's result
/// ("Barcelona drew with Valencia", [`RESULT_VERBS`]).
pub(super) fn mark_teams(cx: &Ctx, names: &mut [Name]) {
    // "Leeds beat Chelsea 2-1", "Barcelona drew with Valencia": a place of one word beside a
    // result's verb is a team (a country stays a place, a national team written as its country)
    let result = |k: usize| RESULT_VERBS.contains(&cx.text(k));
    for n in names.iter_mut() {
        // (the name's kind first: the verbs are looked for beside places of one word only)
        let beside = || result(n.last) || n.first > 0 && result(n.first - 1) || n.first > 1 && cx.text(n.first - 1) == "with" && result(n.first - 2);
        if n.kind == Some(MentionKind::Place) && n.last == n.first + 1 && !cx.is(n.first, L_COUNTRY) && beside() {
            n.kind = Some(MentionKind::Organization);
        }
    }
    let score_at = |k: usize| cx.toks.get(k).is_some_and(|t| t.kind == Kind::Num && t.nl == 0 && !crate::text::contains_any(cx.text(k), b".,:%"));
    let line_start = |k: usize| k == 0 || cx.toks[k].nl > 0;
    let scored: Vec<bool> = names.iter().map(|n| score_at(n.last)).collect();
    if !scored.contains(&true) {
        return;
    }
    // line number of each name's first token
    let mut lines = Vec::with_capacity(names.len());
    let (mut line, mut k) = (0usize, 0usize);
    for n in names.iter() {
        while k <= n.first && k < cx.toks.len() {
            if k > 0 && cx.toks[k].nl > 0 {
                line += 1;
            }
            k += 1;
        }
        lines.push(line);
    }
    for i in 0..names.len() {
        if !scored[i] {
            continue;
        }
        let n = &names[i];
        let row = line_start(n.first) && score_at(n.last + 1);
        let pair = (i > 0 && scored[i - 1] && lines[i - 1] == lines[i]) || (i + 1 < names.len() && scored[i + 1] && lines[i + 1] == lines[i]);
        if !(row || pair) {
            continue;
        }
        // (a given name opens a person's name, not a place's: "Ross County")
        let person = n.role.is_some() || (n.first..n.last).any(|k| cx.text(k) == ".") || (n.last - n.first > 1 && cx.is(n.first, L_GIVEN) && n.kind != Some(MentionKind::Place));
        let name = &cx.s[cx.toks[n.first].start..cx.toks[n.last - 1].end];
        if person || cx.lex.is_country(name) {
            continue;
        }
        names[i].kind = Some(MentionKind::Organization);
    }
}

/// A company the text shows to be one ("a spokesman for Justin", "Justin's shares") is that
/// company where its name stands alone ("Justin has been profitable"): every single word of
/// unknown kind with the text of a one-word organization becomes one, unless the text also
/// treats that word as a place ("in Dongguan", "the Pali coast") or as a person (with a title,
/// or as a person's or place's name elsewhere). Only what only companies have spreads: "X's
/// shares", "a unit of X", staff of X; a word that speaks ("Natalee said"), a possessive before
/// a name ("Saddam's Iraq"), a given name and a demonym do not. One pass to gather, one to mark: linear.
pub(super) fn spread_companies(cx: &Ctx, names: &mut [Name]) {
    let word = |n: &Name| (n.last - n.first == 1).then(|| cx.toks[n.first].hash);
    let mut companies = crate::lexicon::HashSet64::with_capacity(names.len());
    let mut not = crate::lexicon::HashSet64::with_capacity(names.len());
    for n in names.iter() {
        let Some(h) = word(n) else { continue };
        match n.kind {
            Some(MentionKind::Organization) if n.role.is_none() && !cx.is(n.first, L_GIVEN | L_DEMONYM) && (cx.organization_context(n) || cx.company_staff_context(n)) => companies.insert(h),
            Some(MentionKind::Person | MentionKind::Place) => not.insert(h),
            _ if n.role.is_some() || super::place::place_context(cx, n.first) => not.insert(h),
            _ => {}
        }
    }
    for n in names.iter_mut() {
        if n.kind.is_none() {
            if let Some(h) = word(n) {
                if companies.contains(h) && !not.contains(h) {
                    n.kind = Some(MentionKind::Organization);
                }
            }
        }
    }
}

/// A company whose name opens with a nationality or region word ("American Express", "Southern
/// Optical", "Federal Express"): the word that the name's first pass left out as a mere demonym
/// is part of the company's name when it is capitalised right before it. A known body keeps its
/// own name ("the Chinese Red Cross" is the Red Cross), and so does one named by an organization
/// word ("the Russian Foreign Ministry").
pub(super) fn demonym_led_companies(cx: &Ctx, names: &mut [Name]) {
    for n in names.iter_mut() {
        if n.kind != Some(MentionKind::Organization) || n.first == 0 || n.role_first < n.first || n.role.is_some() {
            continue;
        }
        let d = n.first - 1;
        let glued = cx.toks[n.first].nl == 0 && cx.toks[d].kind == Kind::Word;
        if !glued || !cx.is(d, L_DEMONYM) || !cx.name_word(d) || (n.first..n.last).any(|k| cx.org_word(k)) {
            continue;
        }
        // a known body or place, or an acronym ("Polish SPC"), keeps its own name
        let name = &cx.s[cx.toks[n.first].start..cx.toks[n.last - 1].end];
        if cx.lex.is_org(name) || cx.lex.is_place(name) || all_caps(name) {
            continue;
        }
        n.first = d;
        n.role_first = d;
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use crate::types::MentionKind::*;

    /// The kinds `text` gives the word `w`, in order.
    fn kinds_of(text: &str, w: &str) -> Vec<crate::types::MentionKind> {
        super::super::testing::names(text).into_iter().filter(|(t, _)| t == w).map(|(_, k)| k).collect()
    }

    /// Organizations the lexicon knows by their name alone, where nothing around them says what
    /// they are: one word, several words that would read as a person, and the same beside a
    /// name that is a person's.
    #[test]
    fn known_by_name_alone() {
        check(&[
            ("The report mentioned Newsweek twice.", &[("Newsweek", Organization)]),
            ("The report mentioned Le Monde twice.", &[("Le Monde", Organization)]),
            ("The report mentioned Rio Tinto twice.", &[("Rio Tinto", Organization)]),
            ("Jane Roe joined Kodak in 1990.", &[("Jane Roe", Person), ("Kodak", Organization)]),
            ("Both Ford and Firestone must pay; she drives a Porsche.", &[("Ford", Organization), ("Firestone", Organization), ("Porsche", Organization)]),
            // a title's word opening a known body's name
            ("Neither General Dynamics nor Dassault helped, said General Colin Powell.", &[("General Dynamics", Organization), ("Colin Powell", Person)]),
            // known with its "The" inside a sentence
            ("Poems appeared in The Australian and other papers.", &[("The Australian", Organization)]),
            ("He told The Economist and The Atlantic so.", &[("The Economist", Organization), ("The Atlantic", Organization)]),
        ]);
        // …but a sentence's "The Australian" is most often a player or a writer
        assert!(kinds_of("He lost the set. The Australian had upset him.", "The Australian").is_empty());
    }

    #[test]
    fn companies_spread() {
        // every bare mention, before and after the one that shows it
        assert_eq!(kinds_of("Laidlaw sued. A spokesman for Laidlaw declined to comment. Laidlaw lost.", "Laidlaw"), vec![Organization; 3]);
        // (a given name does not spread so: "Justin" may be anybody elsewhere)
        assert_eq!(kinds_of("Justin sued. A spokesman for Justin declined to comment. Justin lost.", "Justin"), vec![Organization]);
        // a word that is also where something is, or someone with a title, or weak evidence,
        // does not spread
        assert_eq!(kinds_of("Dongguan officials met. Many live in Dongguan. Prices in the town rose, and Dongguan grows.", "Dongguan"), vec![Organization, Place]);
        // (and the title makes the one entity a person's)
        assert_eq!(kinds_of("Chen officials met. President Chen left. Later that day the crowd saw Chen return.", "Chen"), vec![Person; 3]);
        assert_eq!(kinds_of("It was Natalee's May trip. Everyone knew that Natalee was gone.", "Natalee").len(), 1);
    }

    #[test]
    fn the_article_of_a_modified_noun() {
        assert!(!kinds_of("Viewers love the Huxtable family and the Brady recommendations.", "Huxtable").contains(&Organization));
        assert_eq!(kinds_of("President Bush spoke. The Bush administration's plan failed.", "Bush"), vec![Person, Person]);
    }

    #[test]
    fn a_ship_is_nobody() {
        assert!(kinds_of("The USS Cole was attacked in Aden.", "USS Cole").is_empty());
        assert!(kinds_of("Australian coach Dave Gilbert and Dole campaign manager Scott Reed met.", "Australian").is_empty());
        assert!(!kinds_of("Bob Dole is running. Dole campaign manager Scott Reed met him.", "Dole").contains(&Organization));
    }

    #[test]
    fn teams_beside_a_result() {
        check(&[
            ("Barcelona drew with Valencia on Saturday.", &[("Barcelona", Organization), ("Valencia", Organization)]),
            ("In the cup, Leeds beat Cardiff at home.", &[("Leeds", Organization), ("Cardiff", Organization)]),
            // national teams are written as their country
            ("Japan beat Syria in the opener.", &[("Japan", Place), ("Syria", Place)]),
        ]);
    }

    #[test]
    fn words_in_capitals_opening_a_line() {
        check(&[
            // a section's label before a dash is no name; the story's names still are
            ("TENNIS - RESULTS FROM THE OPEN\n\nThe seeds all won.", &[]),
            ("EXCLUSIVE - Acme Corp plans to cut jobs.", &[("Acme Corp", Organization)]),
            // a dateline's known place keeps its kind
            ("WASHINGTON - The Senate voted.", &[("WASHINGTON", Place), ("Senate", Organization)]),
        ]);
    }

    #[test]
    fn organizations() {
        check(&[
            ("Factions such as Kata’ib Hezbollah, Asa’ib Ahl al-Haq, and Harakat al-Nujaba have fired.", &[("Kata’ib Hezbollah", Organization), ("Asa’ib Ahl al-Haq", Organization), ("Harakat al-Nujaba", Organization)]),
            ("Shares of Acme Corp fell.", &[("Acme Corp", Organization)]),
            // a head word of a body (lexicons/org_words.txt), not a person's name
            ("Shares of Marlow Aluminium rose.", &[("Marlow Aluminium", Organization)]),
            ("Parishioners filled Brightwater Cathedral on Sunday.", &[("Brightwater Cathedral", Organization)]),
            ("The Ministry of Oil said output rose.", &[("Ministry of Oil", Organization)]),
            ("Shares of First Boston Corp rose.", &[("First Boston Corp", Organization)]),
            ("He visited the White House on Monday.", &[("the White House", Organization)]),
            // a news agency the lexicon lists (a word that speaks would otherwise be a person)
            ("Tanjug said the talks would resume.", &[("Tanjug", Organization)]),
            // a single word that the text treats as a company
            ("Goldman officials declined to comment.", &[("Goldman", Organization)]),
            ("Wedtech management used the system.", &[("Wedtech", Organization)]),
            ("A member of Investcorp's management committee spoke.", &[("Investcorp", Organization)]),
            // an industry's or a body's word of the lexicon ("Aerospace", "Chamber")
            ("Analysts said British Aerospace and Thomson-CSF agreed.", &[("British Aerospace", Organization)]),
            ("He joined the Chamber of Commerce.", &[("the Chamber of Commerce", Organization)]),
            // what only a company has, after its possessive and up to two modifiers, or staff "of" it
            ("Koito's other shareholders objected.", &[("Koito", Organization)]),
            ("Thomas Dahlen, Big Bear's executive vice president, spoke.", &[("Thomas Dahlen", Person), ("Big Bear", Organization)]),
            ("Officials of Triton could not be reached.", &[("Triton", Organization)]),
            ("Varga's family shares the view. Varga's old friends came.", &[]),
            ("A spokesman for Laidlaw declined to comment.", &[("Laidlaw", Organization)]),
            ("Maytag's shares rose after Maytag cut costs.", &[("Maytag", Organization)]),
            ("Analysts doubt that Regatta's operations will grow.", &[("Regatta", Organization)]),
            // a name the lexicon lists with its possessive
            ("Moody's said the rating was stable.", &[("Moody", Organization)]),
            ("Sales at McDonald’s rose.", &[("McDonald", Organization)]),
            // a bank named "First" and a place; "First" as an adverb opening a sentence is none
            ("Despite this loss, First Chicago said it doesn't need to sell assets.", &[("First Chicago", Organization)]),
            ("First Chicago Corp. said it completed its purchase.", &[("First Chicago Corp", Organization)]),
            ("First Chicago, then Boston.", &[("Chicago", Place), ("Boston", Place)]),
            // the organization that gives a role to the name after it; a country's or a
            // person's role-holder does not make it one
            ("Acme Widgets chairman John Reed said the firm would grow.", &[("Acme Widgets", Organization), ("John Reed", Person)]),
            ("San Francisco Giants owner Bob Lurie hopes to have a new park.", &[("San Francisco Giants", Organization)]),
            ("Australian coach Dave Gilbert and Dole campaign manager Scott Reed met.", &[("Dave Gilbert", Person), ("Scott Reed", Person)]),
            // the article of the noun a name modifies is no evidence of an organization; the
            // word is the person named so elsewhere
            ("President Bush spoke on Monday. Congress cut the Bush administration's request.", &[("Bush", Person)]),
            // an apposition that describes a company
            ("Maxus, an independent oil and gas company, said reserves rose.", &[("Maxus", Organization)]),
            ("Alliant, based in Littleton, makes computers.", &[("Alliant", Organization)]),
            // …but not one that describes a person by the company ("the firm's president", "a
            // trader with Bankers Trust")
            ("A harder sell, says John Kosar, the firm's president, would be this.", &[("John Kosar", Person)]),
            ("Douglas Madison, a corporate trader with Bankers Trust, said so.", &[("Douglas Madison", Person), ("Bankers Trust", Organization)]),
            // a body's name run into a person's with no role between: two words after the
            // body's word that are no common words; not a company's own words
            ("The head of the Arab League Amr Moussa met the president. Moussa said so.", &[("the Arab League", Organization), ("Amr Moussa", Person), ("Moussa", Person)]),
            ("Bank Julius Baer said profits rose.", &[("Bank Julius Baer", Organization)]),
            ("Odyssey Partners Limited Partnership, an investment firm, said so.", &[("Odyssey Partners Limited Partnership", Organization)]),
            ("Oil rose as the Organization of Petroleum Exporting Countries cut its output.", &[("the Organization of Petroleum Exporting Countries", Organization)]),
            // a newspaper or magazine, named before its noun or after "the" and its noun
            ("But Le Matin newspaper, quoting witnesses, said six died.", &[("Le Matin", Organization)]),
            ("He confirmed a report in the weekly Der Spiegel on Friday.", &[("Der Spiegel", Organization)]),
            ("Zycie Warszawy daily said on Saturday it would sue.", &[("Zycie Warszawy", Organization)]),
            // shown to be a company once, a company wherever the word stands alone
            ("A spokesman for Justin declined to comment. Justin has been profitable since 1986.", &[("Justin", Organization)]),
            ("Nekoosa has resisted. Shares of Nekoosa rose 2%.", &[("Nekoosa", Organization)]),
            // "chief executive of", "founder of", "owner of" name a company
            ("Red Hat released a new version. Jim Whitehurst, chief executive of Red Hat, said so.", &[("Red Hat", Organization), ("Jim Whitehurst", Person)]),
            // a company named with a nationality or region word keeps it; a known body, a body
            // named by an organization word and an acronym do not
            ("An American Express executive said the card sold well. American Express shares rose.", &[("American Express", Organization)]),
            ("The Chinese Red Cross sent aid.", &[("Red Cross", Organization)]),
            // a company designator outweighs a role before the name; an acronym opening a name
            // makes it an organization's; a ship is neither
            ("Sony agreed to buy independent producer Guber Peters Entertainment Co. for $200 million.", &[("Guber Peters Entertainment Co", Organization)]),
            ("RJR Nabisco pays up to $30,000 of losses.", &[("RJR Nabisco", Organization)]),
            ("The USS Cole was attacked in Aden.", &[("Aden", Place)]),
            // a sports club's word makes its name a club's
            ("He moved from Blackburn Rovers to FC Basel in May.", &[("Blackburn Rovers", Organization), ("FC Basel", Organization)]),
            // teams in results and standings; countries stay places
            ("Results:\nCardiff 2 Colchester 1\nScotland 1 Wales 0\n", &[("Cardiff", Organization), ("Colchester", Organization), ("Scotland", Place)]),
            ("Standings:\nBolton 3 2 1 0 5 2 7\nQueens Park Rangers 3 2 1 0 5 3 7\n", &[("Bolton", Organization), ("Queens Park Rangers", Organization)]),
        ]);
    }
}
