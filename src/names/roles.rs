//! Roles and titles: before a name ("Prime Minister", "Gen.", "Sheikh"; in lowercase, "Iraqi
//! government spokesperson"), and inside a chunk, where a role splits an affiliation from the
//! person ("Blue Arrow Chairman Mitchell Fromstein", "Jordanian King Abdullah").

use super::shape::is_cap;
use super::{classify, classify_one, Ctx, Name};
use crate::lexicon::words::{ROLE_MODIFIERS, STOP};
use crate::lexicon::{with_lower, L_DEMONYM, L_HONORIFIC, L_ROLE, L_ROLE_FIRST};
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
    let ends_in_org_word = cx.org_word(end - 1);
    let k = (first + 1..end).find(|&k| !ends_in_org_word && is_cap(cx.text(k)) && (1..end - k).contains(&cx.role_words_at(k, end)))?;
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
        let words = &cx.s[cx.toks[first].start..cx.toks[first + n - 1].end];
        let lw = words.to_lowercase();
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
        let lpw = pw.to_lowercase();
        let lower_noun = !is_cap(pw) && !STOP.contains(&lpw.as_str()) && cx.lex.reporting_lemma(&lpw).is_none() && !lpw.ends_with("ly") && !lpw.ends_with("ing");
        let ok = cx.word(b - 1)
            && cx.toks[b - 1].space
            && (cx.lex.is_demonym(pw) || ROLE_MODIFIERS.contains(&lpw.as_str()) || cx.lex.is_role(&lpw) || lower_noun || (is_cap(pw) && !cx.lex.common_caps.contains(pw) && !(b - 1 == sent.first && cx.is_common_word(pw))));
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
        ]);
        for (text, name, want) in [
            ("On Tuesday, Iraqi government spokesperson Basem Al-Awadi claimed it.", "Basem Al-Awadi", Some("Iraqi government spokesperson")),
            ("Prime Minister Mohammed Shia Al-Sudani spoke.", "Mohammed Shia Al-Sudani", Some("Prime Minister")),
            ("Blue Arrow Chairman Mitchell Fromstein resigned.", "Mitchell Fromstein", Some("Blue Arrow Chairman")),
            ("Jordanian King Abdullah arrived.", "Abdullah", Some("Jordanian King")),
            // an honorific is no role
            ("Mr. John Smith arrived.", "John Smith", None),
        ] {
            assert_eq!(role(text, name).as_deref(), want, "{text:?}");
        }
    }
}
