//! Coreference for speakers: "he"/"she" → the most recent person named before (not one the
//! article calls "Mrs." for "he", nor "Mr." for "she"); "the spokesperson", "the ministry" → the
//! entity the article gave that role or name. Both look back over a bounded window of names, so
//! the cost stays linear in the text.

use super::Cx;
use crate::types::MentionKind;

impl Cx<'_> {
    /// A role or organization noun phrase resolved to an entity that the article gave that role
    /// ("the spokesperson" → the person described as a spokesperson).
    pub(super) fn descriptive(&self, b: usize, e: usize) -> Option<usize> {
        let head = self.lower(e - 1);
        let definite = self.is(b, "the");
        if !definite {
            return None;
        }
        // entities named before, nearest first, within a bounded window (linear cost overall)
        let k = self.names.partition_point(|n| n.last <= b);
        let mut best = None;
        for n in (k.saturating_sub(200)..k).rev() {
            let Some(id) = self.name_ent[n] else { continue };
            if best == Some(id) {
                continue;
            }
            // "the ministry" → an organization whose name ends with that word; "the spokesperson"
            // → the person whose role ends with it
            let ent = &self.ents[id];
            let last_is = |t: &str| t.split_whitespace().last().is_some_and(|w| w.eq_ignore_ascii_case(&head));
            let matches = match ent.kind {
                MentionKind::Organization => last_is(&ent.name),
                MentionKind::Person => ent.role.as_deref().is_some_and(last_is),
                _ => false,
            };
            if matches {
                if best.is_some() {
                    return None; // ambiguous
                }
                best = Some(id);
            }
        }
        best
    }

    /// He/she → the most recent person named before token `i` (a speaker or a subject).
    pub(super) fn pronoun(&self, i: usize) -> Option<usize> {
        if !(self.is(i, "he") || self.is(i, "she")) {
            return None;
        }
        let k = self.names.partition_point(|n| n.last <= i);
        let start = k.saturating_sub(40);
        // (not a person the article calls "Mr." for "she", nor "Mrs."/"Ms." for "he")
        let other = if self.is(i, "he") { list!("mrs ms miss") } else { list!("mr") };
        let titled = |f: usize| f > 0 && (self.in_list(f - 1, other) || f > 1 && self.text(f - 1) == "." && self.in_list(f - 2, other));
        (start..k).rev().find_map(|n| {
            let id = self.name_ent[n]?;
            (self.ents[id].kind == MentionKind::Person && !titled(self.names[n].first)).then_some(id)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use crate::types::QuoteKind::*;

    #[test]
    fn pronouns_and_descriptions() {
        check(&[
            ("Jane Doe spoke first. He is wrong about the budget, she added.", &[("He is wrong about the budget", Indirect, Some("Jane Doe"), Some("added"))]),
            ("Ministry spokesman Ali Hassan spoke. The spokesman said the border would stay closed.", &[("the border would stay closed", Indirect, Some("Ali Hassan"), Some("said"))]),
            // not a person the article calls "Mrs." for "he", nor "Mr." for "she"
            ("Mr. Doe met Mrs. Roe on Monday. He said the talks had failed completely.", &[("the talks had failed completely", Indirect, Some("Doe"), Some("said"))]),
            ("Mrs. Roe met Mr. Doe on Monday. She said the talks had failed completely.", &[("the talks had failed completely", Indirect, Some("Roe"), Some("said"))]),
            // no one named before: the pronoun is kept as written, never guessed
            ("He said the talks had failed completely.", &[("the talks had failed completely", Indirect, None, Some("said"))]),
        ]);
    }
}
