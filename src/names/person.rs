//! Evidence that a name is a person's: a title or role, a given name, a reporting verb after a
//! name of several words, the shape of a personal name.

use super::kind::{Evidence, Verdict};
use super::shape::is_particle;
use super::Ctx;
use crate::lexicon::words::LEADERS_NOUNS;
use crate::lexicon::{L_DEMONYM, L_GIVEN};
use crate::types::MentionKind;

/// "Prime Minister Jane Doe", "Mr. Smith", "Iraqi government spokesperson Basem Al-Awadi"; not
/// a nationality after a word that can be a title ("other major Japanese companies"), nor a
/// body's name after a word that can be a role ("the official China Daily").
pub(super) fn titled(cx: &Ctx, ev: &Evidence) -> Option<Verdict> {
    let body = ev.words.len() > 1 && cx.org_word(ev.wi[ev.wi.len() - 1]) && !cx.is(ev.wi[0], L_GIVEN);
    (ev.titled && ev.name_bits & L_DEMONYM == 0 && !body).then_some(Verdict::Is(MentionKind::Person))
}

/// "John Reed": a given name opens a name of several words.
pub(super) fn given_name(cx: &Ctx, ev: &Evidence) -> Option<Verdict> {
    (cx.is(ev.wi[0], L_GIVEN) && ev.words.len() > 1).then_some(Verdict::Is(MentionKind::Person))
}

/// "the Bush administration", "a Carter administration official", "the Gore campaign": one
/// word before the noun of what a leader heads is the leader's name.
pub(super) fn leader(cx: &Ctx, ev: &Evidence) -> Option<Verdict> {
    // (not after another capitalised word: "the Arab Moslem regime", "the Chinese Nationalist
    // regime" are a people's or a party's)
    let after_capital = ev.first > 0 && cx.text(ev.first - 1).starts_with(char::is_uppercase) && !cx.common_cap(ev.first - 1);
    (ev.words.len() == 1 && LEADERS_NOUNS.contains(&cx.text(ev.end)) && ev.name_bits & L_DEMONYM == 0 && !after_capital).then_some(Verdict::Is(MentionKind::Person))
}

/// "Maria Lopez said": a name of several words that speaks.
pub(super) fn speaking(ev: &Evidence) -> Option<Verdict> {
    (ev.speaks && ev.name_bits & L_DEMONYM == 0).then_some(Verdict::Is(MentionKind::Person))
}

/// Two to four capitalised words, none a demonym or a common word: the shape of a personal name.
pub(super) fn shaped(cx: &Ctx, ev: &Evidence) -> Option<Verdict> {
    // an initial ("John A. Finlayson", "A. Donald Anderson") is no common word, though "A" and
    // "I" are
    let plain = |k: usize| (cx.is(k, L_DEMONYM) || cx.common_word_at(k)) && !is_particle(cx.text(k)) && !cx.initial(k);
    // after "a" or "an" a name is a title or a kind of thing, not somebody: "A Closer Look"
    let indefinite = ev.first > 0 && matches!(cx.text(ev.first - 1).as_bytes(), [b'a' | b'A'] | [b'a' | b'A', b'n']);
    (ev.words.len() >= 2 && ev.words.len() <= 4 && !indefinite && !ev.wi.iter().any(|&k| plain(k))).then_some(Verdict::Is(MentionKind::Person))
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use crate::types::MentionKind::*;

    #[test]
    fn people() {
        check(&[
            ("Golf:\nColin Montgomerie 69 70\nM. Roe 70 71\n", &[("Colin Montgomerie", Person), ("M. Roe", Person)]),
            ("Adds Takeshi Kondo, a trader: the yen fell.", &[("Takeshi Kondo", Person)]),
            ("Maria Lopez said the plan would fail.", &[("Maria Lopez", Person)]),
            // a generational suffix after two names; "World War II" is nobody
            ("The founder, Brent Bozell III, spoke first.", &[("Brent Bozell III", Person)]),
            // a lowercase word inside a handle, hashtag or address is no sign of a common word
            ("Mike Pence said it was close. I thank @mike_pence and #pence2016, see in.gov/pence.", &[("Mike Pence", Person)]),
            // a family name written first, taken up alone: the person's, not a company's
            ("North Korean Red Cross president Li Song-ho spoke. Li said the talks would go on.", &[("Li Song-ho", Person), ("Li", Person)]),
            ("Xiao Qiang, executive director of the group, spoke. Xiao said it was bad.", &[("Xiao Qiang", Person), ("Xiao", Person)]),
            // a greeting is no part of the name it opens
            ("Hello Jane Doe, welcome back. Hey Tom Reed, come here.", &[("Jane Doe", Person), ("Tom Reed", Person)]),
            // a nationality after a word that can be a title is nobody
            ("Other major Japanese computer companies agreed.", &[]),
            // one word before what a leader heads is the leader's name, not a nationality's
            ("Critics of the Varga administration met a Lindqvist campaign aide.", &[("Varga", Person), ("Lindqvist", Person)]),
            ("The Danish administration and the Nordic Council agreed.", &[("the Nordic Council", Organization)]),
            ("It broke with the Varga regime during the Lindqvist era.", &[("Varga", Person), ("Lindqvist", Person)]),
            // …not a people's or a party's word after another name's
            ("He served the Chinese Nationalist regime in 1949.", &[]),
            // after "a" or "an", capitalised words are a title or a kind of thing
            ("A Closer Look at the data shows growth.", &[]),
            ("They won a World Cup qualifier in a Tang Dynasty costume.", &[]),
            // initials open a person's name, though "A" is also an article and "C.J.B." looks
            // like an acronym
            ("He said no. A. Donald Anderson, an investor, spoke.", &[("A. Donald Anderson", Person)]),
            ("But C.J.B. Marshall, vicar of a nearby church, agreed.", &[("C.J.B. Marshall", Person)]),
            // a person owns a body; the body's name is not the person's ("Ben & Jerry's" is one)
            ("Rupert Murdoch's News Corp. has a big presence.", &[("Rupert Murdoch", Person), ("News Corp", Organization)]),
            ("It beat Mortimer B. Zuckerman's U.S. News & World Report.", &[("Mortimer B. Zuckerman", Person), ("U.S. News & World Report", Organization)]),
            ("Shares of Ben & Jerry's Homemade Inc. rose.", &[("Ben & Jerry's Homemade Inc", Organization)]),
            ("The official China Daily said prices rose.", &[("China Daily", Organization)]),
            ("The statement was carried by the official Iraqi News Agency.", &[("Iraqi News Agency", Organization)]),
        ]);
    }
}
