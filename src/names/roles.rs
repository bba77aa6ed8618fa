//! Roles and titles: before a name ("Prime Minister", "Gen.", "Sheikh"; in lowercase, "Iraqi
//! government spokesperson"), and inside a chunk, where a role splits an affiliation from the
//! person ("Blue Arrow Chairman Mitchell Fromstein", "Jordanian King Abdullah").

use super::shape::{all_caps, is_cap};
use super::{classify, classify_one, Ctx, Name};
use crate::lexicon::words::{DEGREES, ROLE_MODIFIERS, STOP};
use crate::lexicon::{with_lower, L_DEMONYM, L_HONORIFIC, L_ORG, L_PLACE, L_ROLE, L_ROLE_FIRST};
use crate::sentence::Sentence;
use crate::types::MentionKind;

impl Ctx<'_> {
    /// The number of tokens of the longest role or honorific starting at `i` (case-insensitive),
    /// within `[i, end)`; 0 if none.
    pub(super) fn role_words_at(&self, i: usize, end: usize) -> usize {
        // longest role or honorific starting at i (case-insensitive), within [i, end)
        // (a token's own bits, unless a trailing period must come off first)
        let Some(t) = self.toks.get(i).filter(|_| i < end) else { return 0 };
        let first_bits = if t.flags & crate::token::F_DOTTED != 0 { self.lex.bits(self.text(i).trim_end_matches('.')) } else { self.classes.get(i).copied().unwrap_or(0) };
        if first_bits & L_ROLE_FIRST == 0 {
            return 0;
        }
        let max = self.lex.max_role_words.min(end - i);
        // the phrase of up to `max` tokens, lowercased once; `cut[n]` is where its first n
        // tokens end (a period glued to a word is part of that word's token count)
        let mut phrase = String::with_capacity(48);
        let mut cut = [usize::MAX; 16];
        let mut j = i;
        while j < i + max && j - i < cut.len() - 1 {
            let w = self.text(j);
            if j > i && !(w == "." && !self.toks[j].space) && !self.toks[j].space {
                // glued punctuation other than an abbreviation's period
                break;
            }
            if w == "." {
                phrase.push('.');
            } else {
                if !phrase.is_empty() {
                    phrase.push(' ');
                }
                with_lower(w, |l| phrase.push_str(l));
            }
            j += 1;
            cut[j - i] = phrase.len();
        }
        for n in (1..=max.min(cut.len() - 1)).rev() {
            if cut[n] == usize::MAX {
                continue;
            }
            let p = &phrase[..cut[n]];
            // "Gen." written as Gen + . (the phrase holds that period when it went past it)
            let with_dot = self.text(i + n) == "." && !self.toks.get(i + n).is_none_or(|t| t.space);
            if with_dot {
                let bits = match phrase.as_bytes().get(cut[n]) {
                    Some(b'.') => self.lex.bits_lower(&phrase[..cut[n] + 1]),
                    _ => self.lex.bits_lower(&format!("{p}.")),
                };
                if bits & (L_ROLE | L_HONORIFIC) != 0 {
                    return n + 1;
                }
            }
            if self.lex.bits_lower(p) & (L_ROLE | L_HONORIFIC) != 0 {
                return n;
            }
        }
        0
    }
}

/// A role inside the chunk `[first, end)`, after an affiliation: the affiliation is a name of its
/// own (unless it is a demonym), and the person carries the role with it. `None`: no such role,
/// classify the chunk whole. Not inside a body's name: "the Valley Queen Cheese Factory".
pub(super) fn split_at_role(cx: &Ctx, sent: &Sentence, first: usize, end: usize, out: &mut Vec<Name>) -> Option<Option<Name>> {
    // a known place's or body's role-holder (or an acronym's), not named, or its party's members:
    // "the Michigan Democrat", "the Texas Governor", "NASA Administrator", "Senate Democrats":
    // the place or the body is the name
    let members = || matches!(cx.text(end - 1), "Democrats" | "Republicans");
    if end - first >= 2 && (cx.role_words_at(end - 1, end) == 1 || members()) && (cx.known(first, end - 1) & (L_PLACE | L_ORG) != 0 || end - first == 2 && all_caps(cx.text(first))) {
        return Some(classify_one(cx, sent, first, end - 1, out));
    }
    let ends_in_org_word = cx.org_word(end - 1);
    let mut k = (first + 1..end).find(|&k| !ends_in_org_word && is_cap(cx.text(k)) && (1..end - k).contains(&cx.role_words_at(k, end)))?;
    // the role's own modifiers belong to it ("U.S. Trade Representative Carla Hills", "U.S.
    // Assistant Treasury Secretary"), leaving the affiliation at least its first word
    while k > first + 1 && !cx.org_word(k - 1) && with_lower(cx.text(k - 1), |l| ROLE_MODIFIERS.contains(&l) && !matches!(l, "u.s." | "us" | "white" | "house" | "senate" | "group" | "company" | "party" | "union")) {
        k -= 1;
    }
    let left_is_role = cx.role_words_at(first, end) > 0;
    let left_demonym = (first..k).all(|x| cx.is(x, L_DEMONYM));
    if left_is_role && !left_demonym {
        return None;
    }
    if !left_demonym {
        classify(cx, sent, first, k, out);
    }
    let n = cx.role_words_at(k, end);
    let Some(mut person) = classify_one(cx, sent, k, end, out) else { return Some(None) };
    if person.kind == Some(MentionKind::Person) {
        person.role = Some(cx.s[cx.toks[first].start..cx.toks[k + n - 1].end].to_string());
        if left_demonym {
            person.role_first = first;
        }
    }
    Some(Some(person))
}

/// Roles in apposition after a person's name, up to the next comma, dash or parenthesis: "Jane
/// Calderwood, president of the Infectious Diseases Society of America, said", "Michael Litt,
/// co-founder and CEO of Vidyard, said", "Anne Ross, PhD, of McMaster University". The phrase is
/// a role when a role word or a degree opens it (after an article and modifiers such as "former"
/// or "co-founder and"). A name already given a role before it keeps that one.
pub(super) fn appositive_roles(cx: &Ctx, names: &mut [Name]) {
    for k in 0..names.len() {
        let n = &names[k];
        if n.kind != Some(MentionKind::Person) || n.role.is_some() {
            continue;
        }
        if cx.text(n.last) == "," {
            let a = n.last + 1;
            // after a reporting verb the apposition may close the sentence: "…,” said Jane Roe,
            // president of the society."
            let opens = n.role_first.min(n.first);
            let spoken = opens > 0 && cx.classes.get(opens - 1).is_some_and(|&c| cx.lex.lemma(c).is_some());
            if let Some(b) = appositive_role_end(cx, a, spoken) {
                names[k].role = Some(cx.s[cx.toks[a].start..cx.toks[b - 1].end].to_string());
                continue;
            }
        }
        // the role first, the name in apposition: "The CEO of Vidyard, Michael Litt, said"
        if n.first >= 2 && cx.text(n.first - 1) == "," && cx.text(n.last) == "," {
            let mut a = n.first - 1;
            while a > 0 && n.first - a < 10 && !matches!(cx.text(a - 1), "," | "." | ";" | ":" | "—") && cx.toks[a].nl == 0 {
                a -= 1;
            }
            if matches!(cx.text(a).to_ascii_lowercase().as_str(), "the" | "a" | "an") {
                a += 1;
            }
            if appositive_role_end(cx, a, false) == Some(n.first - 1) {
                names[k].role = Some(cx.s[cx.toks[a].start..cx.toks[n.first - 2].end].to_string());
            }
        }
    }
}

/// The end of a role phrase starting at token `a` (exclusive, before its closing comma, dash or
/// parenthesis), when it is one.
pub(super) fn appositive_role_end(cx: &Ctx, a: usize, may_end_sentence: bool) -> Option<usize> {
    const MAX: usize = 16;
    let mut k = a;
    // an article, modifiers, "co-founder and": up to the role word
    let mut opened = false;
    while k < cx.toks.len() && k < a + 6 {
        if cx.role_words_at(k, (k + 4).min(cx.toks.len())) > 0 || DEGREES.contains(&cx.text(k)) {
            opened = true;
            break;
        }
        // words only: "a former Treasury official", "the White House press secretary"
        if !matches!(cx.toks[k].kind, crate::token::Kind::Word) {
            return None;
        }
        k += 1;
    }
    if !opened {
        return None;
    }
    let end = (k..cx.toks.len().min(a + MAX)).find(|&j| matches!(cx.text(j), "," | "—" | "–" | "(" | ")" | ";" | "." ) && !(cx.text(j) == "," && DEGREES.contains(&cx.text(j - 1)) && cx.text(j + 1) == "of"))?;
    // a sentence end is no apposition: "Smith, a spokesman." closes nothing
    ((may_end_sentence || cx.text(end) != ".") && end > a).then_some(end)
}

/// Titles and roles at the front of a name ("Prime Minister", "Gen.", "Sheikh"): the first token
/// after them and the role as written (`Some("")` for honorifics alone, `None` for no title).
pub(super) fn titles(cx: &Ctx, first: usize, end: usize) -> (usize, Option<String>) {
    let mut first = first;
    let mut role: Option<String> = None;
    loop {
        let n = cx.role_words_at(first, end);
        if n == 0 || first + n >= end {
            break;
        }
        // a title's word that opens a known body's name is no title: "General Dynamics"
        if cx.known(first, end) & L_ORG != 0 {
            break;
        }
        let words = &cx.s[cx.toks[first].start..cx.toks[first + n - 1].end];
        let lw = crate::text::to_lower(words);
        if cx.lex.bits(&lw) & L_HONORIFIC == 0 && cx.lex.bits(lw.trim_end_matches('.')) & L_HONORIFIC == 0 {
            role = Some(match role {
                Some(r) => format!("{r} {words}"),
                None => words.to_string(),
            });
        } else if role.is_none() {
            role = Some(String::new());
        }
        first += n;
        // the period of an abbreviated title: "Mr. Smith"
        while first < end && cx.text(first) == "." {
            first += 1;
        }
    }
    (first, role)
}

/// A role before the name written in lowercase, with its modifiers: "Iraqi government
/// spokesperson Basem Al-Awadi". The role as written and its first token.
pub(super) fn role_before(cx: &Ctx, sent: &Sentence, first: usize) -> Option<(String, usize)> {
    let k = first - 1;
    if !(cx.word(k) && cx.is(k, L_ROLE) && cx.toks[first].space) {
        return None;
    }
    let mut b = k;
    while b > sent.first {
        let pw = cx.text(b - 1);
        let lpw = crate::text::to_lower(pw);
        let lower_noun = !is_cap(pw) && !STOP.contains(&lpw.as_str()) && cx.lex.reporting_lemma(&lpw).is_none() && !lpw.ends_with("ly") && !lpw.ends_with("ing");
        let ok = cx.word(b - 1)
            // the space between the word and the one after it
            && cx.toks[b].space
            && (cx.lex.is_demonym(pw) || ROLE_MODIFIERS.contains(&lpw.as_str()) || cx.lex.is_role(&lpw) || lower_noun || (is_cap(pw) && !cx.lex.is_common_cap(pw) && !(b - 1 == sent.first && cx.is_common_word(pw))));
        if !ok || b - 1 < sent.first || k - (b - 1) >= 5 {
            break;
        }
        b -= 1;
    }
    Some((cx.s[cx.toks[b].start..cx.toks[k].end].to_string(), b))
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use crate::types::MentionKind::*;
    use super::super::testing::role;

    #[test]
    fn titles_and_roles() {
        check(&[
            ("Iraqi government spokesperson Basem Al-Awadi claimed on Tuesday.", &[("Basem Al-Awadi", Person)]),
            // a role alone is nobody's name, and a sentence's period after it is no honorific's
            ("Voters chose the President. In the latest poll, Gen. Smith led.", &[("Smith", Person)]),
            ("Jordanian King Abdullah arrived.", &[("Abdullah", Person)]),
            // the role's own modifiers are the role's, not an organization's
            ("U.S. Trade Representative Carla Hills said the talks failed.", &[("U.S.", Place), ("Carla Hills", Person)]),
            ("Hopewell Holdings Group Chairman Wu Ying-sheung spoke.", &[("Hopewell Holdings Group", Organization)]),
            // a role of two capitalised words around a slash, with no name after it
            ("He grew as a young Actor / Model working late.", &[]),
            // a title alone is a form of address, unless a person was named by it before
            ("Congratulations, Mr. Secretary and Mr. Congressman. Thank you, Madam Speaker.", &[]),
            ("John Major won. Mr. Major said he would stay.", &[("John Major", Person), ("Major", Person)]),
        ]);
        for (text, name, want) in [
            ("On Tuesday, Iraqi government spokesperson Basem Al-Awadi claimed it.", "Basem Al-Awadi", Some("Iraqi government spokesperson")),
            ("Prime Minister Mohammed Shia Al-Sudani spoke.", "Mohammed Shia Al-Sudani", Some("Prime Minister")),
            // a legislature's and a church's offices
            ("House Majority Whip William Gray began the bidding.", "William Gray", Some("House Majority Whip")),
            ("“It is a separate premises,” the Vicar Hummerstone says.", "Hummerstone", Some("Vicar")),
            ("Blue Arrow Chairman Mitchell Fromstein resigned.", "Mitchell Fromstein", Some("Blue Arrow Chairman")),
            ("Jordanian King Abdullah arrived.", "Abdullah", Some("Jordanian King")),
            ("Turkish Minister of State Kursad Tuzmen spoke today.", "Kursad Tuzmen", Some("Turkish Minister of State")),
            // an occupation, a party's member
            ("Composer Marc Marder wrote the score.", "Marc Marder", Some("Composer")),
            ("He beat Democrat Jane Roe in 1966.", "Jane Roe", Some("Democrat")),
            // an honorific is no role
            ("Mr. John Smith arrived.", "John Smith", None),
        ] {
            assert_eq!(role(text, name).as_deref(), want, "{text:?}");
        }
    }
}

#[cfg(test)]
mod role_places {
    /// (text, speaker, the role the text gives them): one or more fixtures for each place news
    /// puts a role. Written for Newsmark.
    const FIXTURES: &[(&str, &str, &str)] = &[
        // before the name, capitalised or not
        ("Prime Minister Jane Doe said the talks would go on.", "Jane Doe", "Prime Minister"),
        ("Government spokesperson Omar Haddad said the border was calm.", "Omar Haddad", "Government spokesperson"),
        ("Finance Minister Lars Berg told reporters that taxes would rise.", "Lars Berg", "Finance Minister"),
        // in apposition after the name
        ("Jane Calderwood, president of the Infectious Diseases Society of America, said the vaccine was safe.", "Jane Calderwood", "president of the Infectious Diseases Society of America"),
        ("Michael Litt, co-founder and CEO of Vidyard, said the company would grow.", "Michael Litt", "co-founder and CEO of Vidyard"),
        ("Maria Lopez, author of the new book They Came at Night, says the raids were brutal.", "Maria Lopez", "author of the new book They Came at Night"),
        ("John Smith, a former Treasury official, said the plan would fail.", "John Smith", "a former Treasury official"),
        ("Anne Ross, PhD, of McMaster University, said the data were clear.", "Anne Ross", "PhD, of McMaster University"),
        // after an honorific, and closing the sentence after the reporting verb
        ("“We are seeing more cases,” said Dr. Stephen Calderwood, president of the Infectious Diseases Society of America.", "Stephen Calderwood", "president of the Infectious Diseases Society of America"),
        ("“The data are clear,” said Anne Ross, PhD, of McMaster University.", "Anne Ross", "PhD, of McMaster University"),
        ("Dr. Lena Park, director of the city's health department, warned that cases would rise.", "Lena Park", "director of the city's health department"),
        // the role first, the name in apposition
        ("The CEO of Vidyard, Michael Litt, said the company would grow.", "Michael Litt", "CEO of Vidyard"),
        // after the reporting verb
        ("“We will grow,” said Falcons general manager John Reed.", "John Reed", "Falcons general manager"),
        ("“The line will hold,” said army spokesman Ahmed Saleh.", "Ahmed Saleh", "army spokesman"),
        // in a later reference ("the CEO said"): not attached yet
        ("Karen Olsen runs the bakery chain. “We will open ten shops,” the chief executive said.", "Karen Olsen", "chief executive"),
    ];

    #[test]
    fn roles_from_every_place_news_puts_them() {
        let mut found = 0;
        let mut missed = Vec::new();
        for (text, who, role) in FIXTURES {
            let a = crate::analyze(text);
            let got = a.entities.iter().find(|e| e.name == *who).and_then(|e| e.role.clone());
            if got.as_deref() == Some(*role) {
                found += 1;
            } else {
                missed.push(format!("{who}: {got:?} for {role:?}"));
            }
        }
        let share = found as f64 / FIXTURES.len() as f64;
        // the bar: roles for at least 80% of the quoted people whose role the text states
        assert!(share >= 0.8, "{found} of {}: {missed:?}", FIXTURES.len());
        eprintln!("roles found for {found} of {} quoted people; not: {missed:?}", FIXTURES.len());
    }
}
