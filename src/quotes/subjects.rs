//! Speaker phrases: the subject before a reporting verb ("Al-Awadi said", "Ban Ki-moon, the
//! secretary general, vowed", "the spokesperson said", "Instant polls showed") and after it
//! ("said Smith", "said longtime aide Huma Abedin", "said a spokesman for the ministry").

use super::cues::opens_adverbial;
use super::{Cx, Subject};
use crate::lexicon::{L_ROLE, Q_AUXILIARY, Q_DETERMINER, Q_NOT_NOUN, Q_PRONOUN, Q_SPEAKER};
use crate::token::Kind;
use crate::types::MentionKind;

/// Words that open a subordinate clause.
pub(super) const SUBORDINATORS: &[u8] = list!("while whereas although though because since when after before if as");

impl<'a> Cx<'a> {
    /// The speaker phrase ending right before token `end` (not before `lo`): a name, a pronoun,
    /// a descriptive noun phrase ("the spokesperson", "Iraqi officials") or another noun phrase
    /// that opens the clause.
    pub(super) fn subject_before(&self, end: usize, lo: usize) -> Option<Subject> {
        let mut e = end;
        // adverbs and auxiliaries between: "has not yet said", "hasn't said", "would say"; a
        // quantifier after its noun: "They both said", "The mayor and the governor all said"
        while e > lo && e + 3 > end && (self.adverb(e - 1) || self.auxiliary(e - 1) || e - 1 > lo && self.in_list(e - 1, list!("both all each"))) {
            e -= 1;
        }
        // the auxiliary of a form in "-ing": "Jane Doe is (already) telling voters …"
        if e > lo && self.text(end).ends_with("ing") && self.in_list(e - 1, list!("is are was were been")) {
            e -= 1;
            if e > lo && self.in_list(e - 1, list!("has have had")) {
                e -= 1;
            }
            while e > lo && e + 6 > end && self.adverb(e - 1) {
                e -= 1;
            }
        }
        if e <= lo {
            return None;
        }
        // the period of an abbreviation that ends a name: "Acme Corp. said"
        if e > lo + 1 && self.text(e - 1) == "." && !self.toks[e - 1].space && self.name_ending(e - 1).is_some_and(|k| self.names[k].last > self.names[k].first + 1) {
            e -= 1;
        }
        if matches!(self.text(e - 1), "," | ")") {
            return self.apposed_subject(e, lo);
        }
        // a parenthesis between dashes: "Insiders in two states — Nevada and South Carolina — said"
        if matches!(self.text(e - 1), "—" | "–") {
            let open = (lo.max(e.saturating_sub(16))..e - 1).rev().find(|&k| matches!(self.text(k), "—" | "–"))?;
            return self.subject_before(open, lo).map(|(b, _, ent)| (b, e - 1, ent));
        }
        // a second verb phrase of the clause: "Clinton declined to comment but said …", "The
        // agency has deemed them personal and says …": the clause's subject, when it opens the
        // sentence as a name or a pronoun
        if self.in_list(e - 1, list!("and but")) && e - 1 > lo {
            return self.clause_subject(lo, e - 1);
        }
        if let Some(k) = self.name_ending(e).filter(|&k| self.names[k].first >= lo) {
            let ent = self.name_ent[k];
            if !ent.is_some_and(|id| matches!(self.ents[id].kind, MentionKind::Person | MentionKind::Organization)) {
                return None;
            }
            let b = self.names[k].role_first.max(lo);
            // a name after a preposition is part of the subject, not all of it: "A source close
            // to Clinton said", "Holger Schmieding of Berenberg said" (the person before "of"),
            // "Officials who spoke with The Huffington Post said"
            let p = if b > lo + 1 && self.is(b - 1, "the") && !self.is(b - 2, "of") { b - 1 } else { b };
            if p > lo && self.in_list(p - 1, list!("to with of for from in at on about by near")) {
                let person = self.name_ending(b - 1).filter(|&p| self.is(b - 1, "of") && self.names[p].first >= lo);
                if let Some(p) = person.filter(|&p| self.name_ent[p].is_some_and(|id| self.ents[id].kind == MentionKind::Person)) {
                    return Some((self.names[p].role_first.max(lo), e, self.name_ent[p]));
                }
                if let Some(phrase) = self.opening_subject(end, lo) {
                    return Some(phrase);
                }
            }
            return Some((b, e, ent));
        }
        if self.has(e - 1, Q_PRONOUN) {
            return Some((e - 1, e, self.pronoun(e - 1)));
        }
        // a relative pronoun: "Chris Brownell, who said …" speaks as the name before it; "those
        // who say …" as written
        if self.is(e - 1, "who") {
            // (also past an apposition: "Jane Doe, the minister, who said …")
            if e >= lo + 3 && self.text(e - 2) == "," {
                for c in (lo.max(e.saturating_sub(14))..e - 1).rev().filter(|&c| self.text(c) == ",") {
                    if let Some(k) = self.name_ending(c).filter(|&k| self.names[k].first >= lo) {
                        if let Some(id) = self.name_ent[k].filter(|&id| self.ents[id].kind == MentionKind::Person) {
                            return Some((self.names[k].first, e, Some(id)));
                        }
                    }
                }
            }
            return Some((e - 1, e, None));
        }
        // "another says …", "others said …": a pronoun of a group or of one of them
        if self.in_list(e - 1, list!("another others")) && (e - 1 == lo || matches!(self.text(e - 2), "," | ";") || self.in_list(e - 2, list!("while and but"))) {
            return Some((e - 1, e, None));
        }
        if self.has(e - 1, Q_SPEAKER | L_ROLE) {
            return Some(self.role_subject(e, lo));
        }
        self.noun_subject(e, lo).filter(|&(_, se, _)| self.agrees(se - 1, end))
    }

    /// Whether a noun phrase with head `head` agrees with the verb form at `v`: a reporting verb
    /// that can be a noun reads as one after a head it does not agree with ("an especially sore
    /// point", "the last claim", "His populist attacks", "Media shares"), where "Critics say",
    /// "The report says", "Officials warned" agree.
    fn agrees(&self, head: usize, v: usize) -> bool {
        let (h, w) = (self.text(head), self.text(v));
        let Some(lemma) = self.verb(v) else { return true };
        // an auxiliary between decides the form ("The affidavit does not say"); a number, a
        // quantifier or a participle as the head agrees with any ("Six in 10 say", "many think",
        // "those surveyed say")
        let aux = (head + 1..v).any(|k| self.in_list(k, list!("do does did will would can could may might should must shall to has have had")));
        let any_number = self.toks[head].kind != Kind::Word || crate::numbers::small_number(h).is_some() || h.ends_with("ed")
            || self.in_list(head, list!("percent many some most few several both all others those these more half majority minority number dozen"));
        if aux || any_number {
            return true;
        }
        let plural_head = (h.ends_with('s') && !h.ends_with("ss") && !h.ends_with("us") && !h.ends_with("is") && !h.ends_with("ics") && !h.eq_ignore_ascii_case("news"))
            || self.in_list(head, list!("people police men women children media"));
        if w.eq_ignore_ascii_case(lemma) {
            // a base form wants a plural: "Pollsters agree", not "a liberal think"
            plural_head
        } else if w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("ed") {
            // a form in "-s" wants a singular: "The report says", not "His populist attacks"
            !plural_head
        } else {
            true
        }
    }

    /// An apposition or a parenthesis between the name and the verb: "Ban Ki-moon, the secretary
    /// general of the United Nations, vowed", "Chaffetz (R-Utah) said", "Rep. Jim Jordan
    /// (R-Ohio), an oversight panel member, said"; "Opponents, led by the association, argued".
    fn apposed_subject(&self, e: usize, lo: usize) -> Option<Subject> {
        // the name is the apposition: "The CEO of Vidyard, Michael Litt, said"
        if let Some(n) = self.name_ending(e - 1) {
            let nm = &self.names[n];
            if nm.first > lo && self.text(nm.first - 1) == "," && self.name_ent[n].is_some_and(|id| self.ents[id].kind == MentionKind::Person) {
                return Some((nm.first, e - 1, self.name_ent[n]));
            }
        }
        // the nearest "," or "(" going left that closes a person's name; an organization after
        // a preposition describes someone named before it ("Cynthia Thompson, curator at the
        // University of Arkansas, Fayetteville, said"), and speaks only if no one is
        let mut described = None;
        for k in (lo.max(e.saturating_sub(40))..e - 1).rev() {
            if !matches!(self.text(k), "," | "(") {
                continue;
            }
            if let Some(n) = self.name_ending(k) {
                let nm = &self.names[n];
                if nm.first >= lo && self.name_ent[n].is_some_and(|id| matches!(self.ents[id].kind, MentionKind::Person | MentionKind::Organization)) {
                    let found = (nm.role_first.max(lo), e - 1, self.name_ent[n]);
                    let b = if nm.first > lo + 1 && self.is(nm.first - 1, "the") { nm.first - 1 } else { nm.first };
                    // (so does one in a relative clause: "Ms. Arnold, who helped found EDGE, an
                    // environmental group, said")
                    let inside = |b: usize| self.in_list(b - 1, list!("at of for with from in")) || (lo..b).any(|j| self.is(j, "who"));
                    if b > lo && inside(b) && self.name_ent[n].is_some_and(|id| self.ents[id].kind == MentionKind::Organization) {
                        described = described.or(Some(found));
                        continue;
                    }
                    return Some(found);
                }
            }
        }
        if described.is_some() {
            return described;
        }
        // the noun phrase before the first comma
        let k = (lo + 1..e - 1).find(|&k| self.text(k) == ",")?;
        if k <= lo + 6 && !matches!(self.text(k - 1), "," | ")") {
            return self.subject_before(k, lo).map(|(b, _, ent)| (b, e - 1, ent));
        }
        None
    }

    /// A role or speaker noun and its modifiers back to a determiner: "the spokesperson", "Iraqi
    /// officials"; an owner opens the phrase ("Obama's former campaign strategist", "the
    /// president's adviser"). Resolved when the article gave someone that role.
    fn role_subject(&self, e: usize, lo: usize) -> Subject {
        let mut b = e - 1;
        while b > lo && b + 5 > e {
            if self.toks[b - 1].kind != Kind::Word || self.has(b - 1, Q_PRONOUN) || self.verb(b - 1).is_some() {
                break;
            }
            b -= 1;
            if self.in_list(b, list!("the a an his her their its one two several many some")) {
                break;
            }
        }
        if b >= lo + 2 && self.text(b) == "s" && matches!(self.text(b - 1), "'" | "’") && !self.toks[b].space {
            if let Some(n) = self.name_ending(b - 1).filter(|&n| self.names[n].first >= lo) {
                b = self.names[n].first;
            } else {
                let mut k = b - 1;
                while k > lo && k + 4 > b && self.toks[k - 1].kind == Kind::Word && self.verb(k - 1).is_none() {
                    k -= 1;
                    if self.in_list(k, list!("the a an his her their its")) {
                        break;
                    }
                }
                if k < b - 1 {
                    b = k;
                }
            }
        }
        (b, e, self.descriptive(b, e))
    }

    /// Whether token `k` is an auxiliary or a form of "be": a verb of the clause's own.
    pub(super) fn finite(&self, k: usize) -> bool {
        self.has(k, Q_AUXILIARY) || self.text(k).ends_with("n't") || self.text(k).ends_with("n’t")
    }

    /// An auxiliary that stands between a subject and a verb of saying ("has said", "did not
    /// say", "hasn't said"; "not" is an adverb); not a form of "be" ("is" + "-ing" is
    /// [`Cx::subject_before`]'s own case).
    fn auxiliary(&self, k: usize) -> bool {
        self.finite(k) && !self.in_list(k, list!("is are was were"))
    }

    /// Token `k` may stand between a subject and its verb ([`crate::lexicon::Lexicons::is_adverb`]).
    pub(super) fn adverb(&self, k: usize) -> bool {
        self.lex.is_adverb(self.text(k), self.classes.get(k).copied().unwrap_or(0))
    }

    /// The subject that opens the sentence `[lo, …)` for a verb after `before`: a person's or an
    /// organization's name, or "he"/"she", followed by a verb phrase with no clause break.
    fn clause_subject(&self, lo: usize, before: usize) -> Option<Subject> {
        // after an adverbial lead-in: "In a brief interview, Ms. Conway rejected … and said …"
        let mut s = lo;
        if opens_adverbial(self, lo) {
            s = (lo + 1..before.min(lo + 12)).find(|&k| self.text(k) == ",")? + 1;
        }
        let (b, e, ent) = if let Some(k) = self.name_starting(s) {
            let id = self.name_ent[k].filter(|&id| matches!(self.ents[id].kind, MentionKind::Person | MentionKind::Organization))?;
            (self.names[k].role_first.max(s), self.names[k].last, Some(id))
        } else if self.has(s, Q_PRONOUN) && self.in_list(s, list!("he she")) {
            (s, s + 1, self.pronoun(s))
        } else {
            return None;
        };
        // one clause: no comma, semicolon or colon between the subject and the conjunction but
        // one that sets the second verb phrase off ("called it careless, but said …"); a quoted
        // phrase closes inside it ("called it “extremely careless,” but said …")
        let set_off = |k: usize| k + 1 == before || k + 2 == before && matches!(self.text(k + 1), "”" | "\"");
        let marks = (e..before).filter(|&k| matches!(self.text(k), "“" | "”" | "\"")).count();
        let plain = e < before && before - e <= 25 && marks % 2 == 0 && (e..before).all(|k| !matches!(self.text(k), ";" | ":") && (self.text(k) != "," || set_off(k)));
        plain.then_some((b, e, ent))
    }

    /// The speaker of a participle or an infinitive at `v` set off after its clause ("…, adding
    /// that", "X said before adding:", "went on to say"): the subject of the nearest reporting
    /// verb before it in the sentence that has one, else the clause's first speaker. Verbs inside
    /// direct quotes (`quoted`) are passed over.
    pub(super) fn participle_subject(&self, lo: usize, v: usize, quoted: &dyn Fn(usize) -> bool) -> Option<Subject> {
        let earlier = (lo.max(v.saturating_sub(40))..v.saturating_sub(1)).rev().filter(|&k| self.verb(k).is_some() && !quoted(k));
        earlier
            // (a subject comes after its verb only where an attribution is inverted: "…, said X")
            .map(|k| self.subject_before(k, lo).or_else(|| {
                // (past the marks that close a quote: "…,” said X", "…,'' said X")
                let mut b = k;
                while b > lo && matches!(self.text(b - 1), "”" | "\"" | "'" | "’") {
                    b -= 1;
                }
                (b > lo && self.text(b - 1) == ",").then(|| self.subject_after(k + 1)).flatten()
            }))
            .find(Option::is_some)
            .flatten()
            .or_else(|| self.acting_subject(lo, v))
            .or_else(|| self.first_speaker(lo, v))
    }

    /// The speaker of a participle at `v` whose subject before it is `subj`: when that is the
    /// object of a verb, a message and no name ("The ministry issued a statement saying …", "His
    /// campaign sent out a text message to supporters saying: “…”"), the verb's subject.
    pub(super) fn sender(&self, v: usize, lo: usize, subj: Subject) -> Subject {
        let mut k = subj.0;
        if k > lo + 1 && self.is(k - 1, "out") {
            k -= 1;
        }
        let sent = k > lo && subj.2.is_none() && self.text(v).ends_with("ing") && (self.text(k - 1).ends_with("ed") || self.in_list(k - 1, list!("sent put")));
        sent.then(|| self.subject_before(k - 1, lo)).flatten().unwrap_or(subj)
    }

    /// The nearest person, organization or "he"/"she" before `v` (not before `lo`) that a verb in
    /// "-ed" follows, an adverb or an auxiliary between: the subject of the clause a
    /// participle is set off after, when no reporting verb comes before it ("Tom Reed's plan drew
    /// criticism, and Jane Doe used stronger language, saying …").
    fn acting_subject(&self, lo: usize, v: usize) -> Option<Subject> {
        let past = |k: usize| {
            let w = self.text(k);
            w.starts_with(|c: char| c.is_ascii_lowercase()) && w.ends_with("ed")
        };
        (lo.max(v.saturating_sub(40))..v).rev().filter(|&k| past(k)).find_map(|k| self.subject_before(k, lo).filter(|s| s.2.is_some() || s.1 == s.0 + 1 && self.in_list(s.0, list!("he she"))))
    }

    /// The speaker of the clause of tokens `lo..end` (looser than `Cx::clause_subject`, which wants
    /// the subject to open a plain clause): its first person or organization that is no
    /// preposition's object, or a "he"/"she" before it.
    pub(super) fn first_speaker(&self, lo: usize, end: usize) -> Option<Subject> {
        let k0 = self.names.partition_point(|nm| nm.first < lo);
        // (the first few names and words only: a run-on "sentence" of many quotes must not cost
        // quotes × names)
        let name = (k0..self.names.len()).take(12).take_while(|&k| self.names[k].last < end).find(|&k| {
            let nm = &self.names[k];
            let object = nm.role_first > lo && super::cues::is_preposition(self.text(nm.role_first - 1));
            !object && self.name_ent[k].is_some_and(|id| matches!(self.ents[id].kind, MentionKind::Person | MentionKind::Organization))
        });
        let before = name.map_or(end, |k| self.names[k].role_first);
        if let Some(p) = (lo..before).take(40).find(|&p| self.in_list(p, list!("he she"))) {
            return Some((p, p + 1, self.pronoun(p)));
        }
        let k = name?;
        Some((self.names[k].role_first.max(lo), self.names[k].last, self.name_ent[k]))
    }

    /// A quantity of people as a subject: "Twenty-four percent", "58 percent of likely voters",
    /// "six in 10", "Most respondents" (the speaker as written, unresolved).
    fn quantified_subject(&self, e: usize, lo: usize) -> Option<Subject> {
        let numeric = |k: usize| self.toks[k].kind == Kind::Num || crate::numbers::small_number(self.text(k)).is_some();
        // "six in 10", "four out of 10"
        if numeric(e - 1) && e >= lo + 3 && self.in_list(e - 2, list!("in of")) {
            let mut b = e - 3;
            if self.in_list(b, list!("out")) && b > lo {
                b -= 1;
            }
            return (numeric(b) && (b == lo || !matches!(self.toks[b - 1].kind, Kind::Word | Kind::Num) || self.in_list(b - 1, list!("while and but about nearly almost roughly")))).then_some((b, e, None));
        }
        // "… percent" or "… percent of …": back to the number
        // (by the token's hash: the scan runs back from every statement's verb)
        const PERCENT: u64 = crate::text::hash_str("percent");
        let k = (lo..e).rev().take(10).find(|&k| self.toks[k].hash == PERCENT && self.is(k, "percent") || self.text(k) == "%")?;
        if k == 0 || !numeric(k - 1) || (k + 1 < e && !self.in_list(k + 1, list!("of"))) {
            return None;
        }
        let mut b = k - 1;
        while b > lo && self.in_list(b - 1, list!("about nearly almost roughly some only just")) {
            b -= 1;
        }
        let opens = b == lo || !matches!(self.toks[b - 1].kind, Kind::Word | Kind::Num) || self.in_list(b - 1, list!("while and but that"));
        (opens && (k + 1..e).all(|j| self.verb(j).is_none() && !matches!(self.text(j), "," | ";"))).then_some((b, e, None))
    }

    /// Any other noun phrase that opens the clause: "Instant polls", "A federal appeals court",
    /// "officials from both parties" (the speaker as written, unresolved).
    fn noun_subject(&self, e: usize, lo: usize) -> Option<Subject> {
        if let Some(q) = self.quantified_subject(e, lo) {
            return Some(q);
        }
        // a word that can be a reporting verb is a noun after a determiner or a number: "two
        // states", "the reports"
        let after_determiner = |k: usize| k > lo && (self.has(k - 1, Q_DETERMINER) || self.toks[k - 1].kind == Kind::Num);
        let noun = |k: usize| {
            let w = self.text(k);
            self.toks[k].kind == Kind::Word && w.len() > 2 && !(w.ends_with("ly") && self.adverb(k)) && !w.ends_with("ing") && !w.contains('-') && !self.has(k, Q_NOT_NOUN) && (self.verb(k).is_none() || after_determiner(k))
        };
        if !(noun(e - 1) && (!is_cap_word(self.text(e - 1)) || e - 1 == lo)) {
            return None;
        }
        // walk left over modifiers and prepositional phrases
        let mut b = e - 1;
        while b > lo && b + 9 > e {
            let k = b - 1;
            let word = self.toks[k].kind == Kind::Word;
            let inner = word && (!self.has(k, Q_NOT_NOUN) || self.in_list(k, list!("of from in at for on both all other same")) || self.has(k, Q_DETERMINER));
            if !inner || self.verb(k).is_some() {
                break;
            }
            b = k;
            if self.has(b, Q_DETERMINER) && !(b > lo && self.in_list(b - 1, list!("of from in at for on"))) {
                break;
            }
        }
        while b < e - 1 && self.in_list(b, list!("of from in at for on")) {
            b += 1;
        }
        // an owner opens the phrase: "Trump's opponents", "the senator's aides"
        if b >= lo + 2 && self.text(b) == "s" && matches!(self.text(b - 1), "'" | "’") && !self.toks[b].space {
            if let Some(n) = self.name_ending(b - 1).filter(|&n| self.names[n].first >= lo) {
                let nb = self.names[n].first;
                let opens = nb == lo || matches!(self.text(nb - 1), "," | ";" | "—" | ":") || self.in_list(nb - 1, list!("and but while as that"));
                return opens.then_some((nb, e, None));
            }
        }
        let opens = b == lo || matches!(self.text(b - 1), "," | ";" | "—" | ":") || self.in_list(b - 1, list!("and but while as that because since although"));
        // a determiner or a plural head makes it a noun phrase: "A federal court", "Lawmakers"
        let np = self.has(b, Q_DETERMINER) || self.text(e - 1).ends_with('s');
        (opens && np).then_some((b, e, None))
    }

    /// The noun phrase that opens the clause of the verb at `v` when no nearer subject is found:
    /// one that carries phrases, an apposition or a relative clause ("Six newspapers in New
    /// Jersey, including the Press, said", "Friends of the senator who have seen him say", "A
    /// court document filed Thursday says"). The speaker is its words up to the first comma,
    /// preposition or relative word. None when the words before the verb hold a verb of their
    /// own outside a relative clause, a quote mark, or no clause opening within reach.
    pub(super) fn opening_subject(&self, v: usize, lo: usize) -> Option<Subject> {
        // (an infinitive: "refused to say")
        if v <= lo || self.in_list(v - 1, list!("to")) {
            return None;
        }
        // a second verb phrase: "The League denounced the remarks and said …"
        let second = self.in_list(v - 1, list!("and but"));
        let mut s = v;
        let mut subordinate = false;
        while s > lo && s + 30 > v {
            let k = s - 1;
            // (an apostrophe of a possessive is no quote mark: "Trump's", "voters' ")
            let possessive = matches!(self.text(k), "'" | "’") && (self.text(k + 1) == "s" && !self.toks[k + 1].space || k > lo && !self.toks[k].space && self.text(k - 1).ends_with('s'));
            if matches!(self.text(k), ";" | ":" | "—" | "–" | "“" | "”" | "\"" | "(" | ")" | "'" | "’") && !possessive || self.text(k) == "-" && self.toks[k].space {
                return None;
            }
            // (the bit first: the lists hold only words of `Q_NOT_NOUN`)
            if self.has(k, Q_NOT_NOUN) && (self.in_list(k, SUBORDINATORS) || self.in_list(k, list!("and but")) && k > lo && self.text(k - 1) == ",") {
                subordinate = self.in_list(k, SUBORDINATORS);
                break;
            }
            s = k;
        }
        if s + 30 <= v && s > lo {
            return None;
        }
        // a subordinate clause ends at its comma: "When her lead slipped, her boosters insisted"
        if subordinate {
            s = (s..v).find(|&k| self.text(k) == ",").map_or(s, |k| k + 1);
        }
        // past lead-ins: "In a post on Monday, …", "Under pressure, …", "Recently, …"
        let lead = |k: usize| {
            opens_adverbial(self, k)
                || self.in_list(k, list!("like under beyond despite amid among without within across against there first recently now still instead here then also indeed today yesterday earlier later nevertheless nonetheless however meanwhile moreover furthermore thus therefore otherwise"))
                || self.text(k).ends_with("ly") && self.text(k + 1) == ","
        };
        while s < v && lead(s) {
            s = (s + 1..v).find(|&k| self.text(k) == ",")? + 1;
        }
        let opener = |k: usize| self.has(k, Q_DETERMINER) || self.toks[k].kind == Kind::Num || is_cap_word(self.text(k)) || self.in_list(k, list!("even other those people"));
        if s >= v || !opener(s) || self.has(s, Q_PRONOUN) || self.in_list(s, list!("and but or so yet then")) {
            return None;
        }
        if second {
            return self.first_conjunct_subject(s, v - 1);
        }
        // no verb of the clause's own before the verb, but inside a relative clause
        let mut relative = false;
        for k in s..v {
            relative |= k > s && self.has(k, Q_NOT_NOUN) && self.in_list(k, list!("who which that whom i we you"));
            if !relative && (self.finite(k) || self.verb(k).is_some()) {
                return None;
            }
        }
        let stop = |k: usize| k > s && (matches!(self.text(k), ",") || self.in_list(k, list!("who which that whom in of at for from with on including")));
        let e = (s..v).find(|&k| stop(k)).unwrap_or(v);
        Some(self.named(s, e))
    }

    /// The subject of a clause `[s, and)` whose verb phrase the conjunction at `and` continues:
    /// the words before the first verb-like word (a word in "-ed", an adverb, an auxiliary, a
    /// verb in "-s" after a name: "ProPublica obtained", "The League strongly denounced",
    /// "CITIC runs"), or a pronoun among them.
    fn first_conjunct_subject(&self, s: usize, and: usize) -> Option<Subject> {
        let lower = |k: usize| self.text(k).starts_with(|c: char| c.is_ascii_lowercase());
        let verb_like = |k: usize| {
            let w = self.text(k);
            self.finite(k) || lower(k) && (w.ends_with("ed") && w.len() > 4 || self.adverb(k) || w.ends_with('s') && is_cap_word(self.text(k - 1)))
        };
        let e = (s + 1..and).find(|&k| verb_like(k) || self.has(k, Q_PRONOUN) || self.text(k) == ",")?;
        if self.has(e, Q_PRONOUN) {
            return Some((e, e + 1, self.pronoun(e)));
        }
        (self.text(e) != ",").then(|| self.named(s, e))
    }

    /// The subject phrase `[s, e)`, resolved when it is a person's or an organization's name.
    fn named(&self, s: usize, e: usize) -> Subject {
        let first = if self.is(s, "the") { s + 1 } else { s };
        let ent = self.name_starting(first).filter(|&k| self.names[k].last == e).and_then(|k| self.name_ent[k]);
        let ent = ent.filter(|&id| matches!(self.ents[id].kind, MentionKind::Person | MentionKind::Organization));
        (s, e, ent)
    }

    /// "said Smith", "said the spokesman": the subject right after a verb.
    pub(super) fn subject_after(&self, j: usize) -> Option<Subject> {
        if j >= self.toks.len() || self.toks[j].nl > 0 {
            return None;
        }
        // (a name of no known entity, "Agriculture" of "Agriculture Secretary Tom Vilsack", may
        // open the description of one)
        if let Some((k, ent)) = self.name_starting(j).and_then(|k| Some((k, self.name_ent[k]?))) {
            let nm = &self.names[k];
            // "said Judicial Watch president Tom Fitton", "said Texas Gov. Greg Abbott": the
            // organization or the place gives the role, the person after it speaks (also glued
            // to a modifier: "said Florida-based strategist Al Cardenas")
            if self.ents[ent].kind != MentionKind::Person && self.toks.get(nm.last).is_some_and(|t| t.kind == Kind::Word || self.text(nm.last) == "-") {
                if let Some((e, person)) = self.described_person(nm.last) {
                    return Some((j, e, Some(person)));
                }
            }
            return Some((j, nm.last, Some(ent)));
        }
        if self.has(j, Q_PRONOUN) {
            return Some((j, j + 1, self.pronoun(j)));
        }
        if let Some((e, person)) = self.described_person(j) {
            return Some((j, e, Some(person)));
        }
        // "according to the NAACP"
        if self.in_list(j, list!("the")) {
            if let Some(k) = self.name_starting(j + 1) {
                if let Some(ent) = self.name_ent[k] {
                    return Some((j, self.names[k].last, Some(ent)));
                }
            }
        }
        // "said one Democratic source on the panel", "the report says": a determiner and its noun phrase
        // (not a demonstrative: "argued that the …" introduces what was said)
        if self.has(j, Q_DETERMINER) && !self.in_list(j, list!("that this these those")) {
            let mut e = j + 1;
            loop {
                // an owner inside the phrase: "the company's chief executive"
                if e + 2 < self.toks.len() && e < j + 8 && matches!(self.text(e), "'" | "’") && !self.toks[e].space && self.text(e + 1) == "s" && !self.toks[e + 1].space {
                    e += 2;
                    continue;
                }
                if !(e < self.toks.len() && e < j + 8 && self.toks[e].kind == Kind::Word && self.toks[e].nl == 0 && self.verb(e).is_none()
                    && (!self.has(e, Q_NOT_NOUN) || self.in_list(e, list!("of on at in for the a")) || self.in_list(e - 1, list!("of")) && self.has(e, Q_DETERMINER)))
                {
                    break;
                }
                e += 1;
            }
            while e > j + 1 && self.has(e - 1, Q_NOT_NOUN) {
                e -= 1;
            }
            if e > j + 1 && !self.adverb(e - 1) {
                // "said another leading advocate, Andrew Pincus of …": the person named in
                // apposition speaks
                if self.text(e) == "," {
                    if let Some(k) = self.name_starting(e + 1) {
                        if let Some(id) = self.name_ent[k].filter(|&id| self.ents[id].kind == MentionKind::Person) {
                            return Some((j, self.names[k].last, Some(id)));
                        }
                    }
                }
                return Some((j, e, self.descriptive(j, e)));
            }
        }
        // "said a spokesman for the ministry"
        if self.in_list(j, list!("the a an")) {
            let mut e = j + 1;
            while e < self.toks.len() && e < j + 4 && self.toks[e].kind == Kind::Word {
                if self.has(e, Q_SPEAKER | L_ROLE) {
                    return Some((j, e + 1, self.descriptive(j, e + 1)));
                }
                e += 1;
            }
        }
        None
    }

    /// "9/11 widow Terry Strada", "longtime aide Huma Abedin", "Florida-based Republican
    /// strategist Al Cardenas": a few words from `j` describing the person named after them; the
    /// end of the name and the person.
    fn described_person(&self, j: usize) -> Option<(usize, usize)> {
        // the period of an abbreviated title: "former Wisconsin Gov. Jim Doyle"
        let abbreviation = |k: usize| self.text(k) == "." && !self.toks[k].space && k > j && self.toks[k - 1].kind == Kind::Word && self.toks[k - 1].end - self.toks[k - 1].start <= 4 && self.text(k - 1).starts_with(|c: char| c.is_ascii_uppercase());
        for k in j + 1..(j + 6).min(self.toks.len()) {
            if self.toks[k].nl > 0 || !matches!(self.toks[k - 1].kind, Kind::Word | Kind::Num) && !matches!(self.text(k - 1), "/" | "-") && !abbreviation(k - 1) || self.verb(k - 1).is_some() && !is_cap_word(self.text(k - 1)) {
                return None;
            }
            if let Some(n) = self.name_starting(k) {
                // a place or an organization in the description ("Wisconsin") is passed over
                if let Some(ent) = self.name_ent[n].filter(|&id| self.ents[id].kind == MentionKind::Person) {
                    return Some((self.names[n].last, ent));
                }
            }
        }
        None
    }

    /// The source after "according to" when it is no name: "law enforcement officials", "recent
    /// polls", "a court document filed by …" — its words up to a comma or the end (`end`), ten at most.
    pub(super) fn source_phrase(&self, from: usize, end: usize) -> Option<Subject> {
        let stop = (from..end.min(from + 12)).find(|&k| self.toks[k].kind != Kind::Word || self.toks[k].nl > 0).unwrap_or(end.min(from + 12));
        (stop > from && stop - from <= 10).then_some((from, stop, None))
    }
}

fn is_cap_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use crate::types::QuoteKind::*;

    #[test]
    fn speaker_phrases() {
        check(&[
            // an organization after a preposition in the apposition describes the person
            ("Cynthia Thompson, curator of exhibits at the University of Arkansas, Fayetteville, said, “These images serve as documentation.”", &[("These images serve as documentation.", Direct, Some("Cynthia Thompson"), Some("said"))]),
            // and so does one in a relative clause
            ("Jane Doe, who founded the Acme Group, a maker of toys, said she did not condone violence.", &[("she did not condone violence", Indirect, Some("Jane Doe"), Some("said"))]),
            // two appositions, one of them with a word that reads as a reporting verb ("states")
            ("“It is bad,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing the EPA, said.", &[("It is bad,", Direct, Some("Scott Pruitt"), Some("said"))]),
            // a generational suffix, and a description before a name after the verb
            ("\"It is bad,\" Vann R. Newkirk II, a writer for The Atlantic, said on Twitter.", &[("It is bad,", Direct, Some("Vann R. Newkirk II"), Some("said"))]),
            ("“It is bad,” said 9/11 widow Terry Strada.", &[("It is bad,", Direct, Some("Terry Strada"), Some("said"))]),
            ("“It is bad,” said Judicial Watch president Tom Fitton.", &[("It is bad,", Direct, Some("Tom Fitton"), Some("said"))]),
            // a place before the title; a title's first word that reads as a verb ("State")
            ("“It is bad,” said Ohio Gov. Mary Doe, who is running.", &[("It is bad,", Direct, Some("Mary Doe"), Some("said"))]),
            ("“It is bad,” said State Senator Jose Rodriguez.", &[("It is bad,", Direct, Some("Jose Rodriguez"), Some("said"))]),
            ("\"It is bad,\" said Florida-based Republican strategist Al Cardenas, referring to the plan.", &[("It is bad,", Direct, Some("Al Cardenas"), Some("said"))]),
            // a possessive inside the speaker's description; unnamed speakers are kept as written, with no name
            ("“That was outrageous,” Obama's former campaign strategist said in an interview.", &[("That was outrageous,", Direct, None, Some("said"))]),
            ("A friend commented: \"For you, immigration is the most important reason.\"", &[("For you, immigration is the most important reason.", Direct, None, Some("commented"))]),
            // a noun in "-ly" is a subject like any other
            ("“We will not forget him,” the family said.", &[("We will not forget him,", Direct, None, Some("said"))]),
            // a title abbreviated, a place inside the description, a word of it that names nothing
            ("“He is unfit for the job,” said former Wisconsin Gov. Jim Doyle.", &[("He is unfit for the job,", Direct, Some("Jim Doyle"), Some("said"))]),
            ("“He is unfit for the job,” said Agriculture Secretary Tom Vilsack, a former Iowa governor.", &[("He is unfit for the job,", Direct, Some("Tom Vilsack"), Some("said"))]),
            // "one of those …", and a description with the person named in apposition after it
            ("“We are far from done,” said one of those advisers, who spoke on condition of anonymity.", &[("We are far from done,", Direct, None, Some("said"))]),
            ("“The odds are against it,” said another leading court advocate, Andrew J. Pincus of the law firm Mayer Brown.", &[("The odds are against it,", Direct, Some("Andrew J. Pincus"), Some("said"))]),
            // the period of an abbreviation that ends the name
            ("Acme Corp. said that profits fell sharply.", &[("profits fell sharply", Indirect, Some("Acme Corp"), Some("said"))]),
            // a noun in "-ly" ends the description before the name
            ("“We will appeal,” said a lawyer for the family, Jane Doe.", &[("We will appeal,", Direct, Some("Jane Doe"), Some("said"))]),
        ]);
    }

    #[test]
    fn subjects_that_are_quantities_owners_parentheses_and_clauses() {
        check(&[
            // a share of the people asked
            ("Twenty-four percent said they were more likely to vote for her.", &[("they were more likely to vote for her", Indirect, None, Some("said"))]),
            // a quantifier after its noun
            ("Jane Doe and John Roe both said the plan is dead.", &[("the plan is dead", Indirect, Some("John Roe"), Some("said"))]),
            ("They all said the plan is dead.", &[("the plan is dead", Indirect, None, Some("said"))]),
            // a name after a preposition is part of the subject: the phrase speaks, or the
            // person before "of"; a sentence adverb before the phrase
            ("A source close to Jane Doe said the plan is dead.", &[("the plan is dead", Indirect, None, Some("said"))]),
            ("Jane Doe of Berenberg Bank said the plan is dead.", &[("the plan is dead", Indirect, Some("Jane Doe"), Some("said"))]),
            ("Nevertheless, a survey conducted by analyst Jane Doe found that the plan is dead.", &[("the plan is dead", Indirect, None, Some("found"))]),
            // "same" inside the phrase: the statement is the one "said" reports, not its inner "oppose"
            ("Calls came even as some of the same candidates have said they oppose troops in Syria.", &[("they oppose troops in Syria", Indirect, None, Some("said"))]),
            ("About 58 percent of likely voters said the economy was the main issue.", &[("the economy was the main issue", Indirect, None, Some("said"))]),
            ("Four in 10 voters said life would be worse.", &[("life would be worse", Indirect, None, Some("said"))]),
            // an owner opens the phrase
            // a noun phrase and a verb form that agree; a verb form that can be a noun does not
            // report after a head it does not agree with
            ("Critics say the deal is too generous.", &[("the deal is too generous", Indirect, None, Some("say"))]),
            ("The report says the deal is too generous.", &[("the deal is too generous", Indirect, None, Some("says"))]),
            ("Six in 10 say the deal is too generous.", &[("the deal is too generous", Indirect, None, Some("say"))]),
            ("The affidavit does not say whether the deal was signed.", &[("whether the deal was signed", Indirect, None, Some("say"))]),
            ("The evidence for the last claim was thin and the judge said so.", &[]),
            ("An especially sore point was the tax plan for the richest families.", &[]),
            ("Obama's critics said the deal was too generous.", &[("the deal was too generous", Indirect, None, Some("said"))]),
            // a parenthesis between dashes
            ("Insiders in two states — Nevada and Ohio — said the race was close.", &[("the race was close", Indirect, None, Some("said"))]),
            // the second verb phrase of a clause
            ("Jane Doe declined to give details but said the border would stay closed.", &[("the border would stay closed", Indirect, Some("Jane Doe"), Some("said"))]),
            ("The agency has deemed the pages personal and says it will not release them.", &[("it will not release them", Indirect, None, Some("says"))]),
            ("In a brief interview, Jane Doe rejected the idea that the plan had failed and said that it would go on.", &[("the plan had failed", Indirect, Some("Jane Doe"), Some("rejected")), ("it would go on", Indirect, Some("Jane Doe"), Some("said"))]),
            ("On Monday, Jane Doe visited the plant and said the state would help.", &[("the state would help", Indirect, Some("Jane Doe"), Some("said"))]),
            // set off by a comma, past a quoted phrase, after a lead-in of time
            ("Last month, Director Jane Doe called the plan \u{201c}extremely careless,\u{201d} but said it should go ahead.", &[("the plan \u{201c}extremely careless,\u{201d}", Indirect, Some("Jane Doe"), Some("called")), ("it should go ahead", Indirect, Some("Jane Doe"), Some("said"))]),
            ("She brought the debt down to $42,000 in five years, but said she could not afford to teach.", &[("she could not afford to teach", Indirect, None, Some("said"))]),
            ("Judge Emmet Sullivan put off deciding whether the group could question Clinton but said it could come back later.", &[("it could come back later", Indirect, Some("Emmet Sullivan"), Some("said"))]),
            // a relative pronoun, and pronouns of a group
            ("Chris Brownell, who said he makes $41,000 a year, spoke first.", &[("he makes $41,000 a year", Indirect, Some("Chris Brownell"), Some("said"))]),
            ("Among those who said they cared most about honesty, most supported Sanders.", &[("they cared most about honesty", Indirect, None, Some("said"))]),
            ("One study found China has the most, while another says the United States has twice as many.", &[("the United States has twice as many", Indirect, None, Some("says"))]),
        ]);
    }
}
