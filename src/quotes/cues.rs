//! Cues: reporting verbs (found by their lemma bits, see the lexicon's reporting verbs) and what
//! a verb introduces: "that", "told Reuters (that)", "said in a statement that", "how/whether",
//! attitudes towards an object ("called for steep new tariffs", "urged Congress to act"), and
//! where the clause it introduces ends.

use super::Cx;
use crate::lexicon::words::FINDINGS;
use crate::lexicon::words::ATTITUDES;
use crate::lexicon::{Q_AUXILIARY, Q_DETERMINER, Q_PRONOUN};
use crate::token::Kind;

impl Cx<'_> {
    /// Where what the reporting verb at `v` (lemma `lemma`) introduces begins, whether a "that"
    /// (or "how", "whether"…) introduces it, and whether the verb states an attitude towards its
    /// object (the object is then what was said about).
    pub(super) fn complement(&self, v: usize, lemma: &str, end: usize) -> (usize, bool, bool) {
        let mut c = v + 1;
        let mut that = false;
        // the day it was said: "said Tuesday (night) he …", "said Wednesday on CNN"
        if crate::numbers::weekday(self.text(c)) {
            c += 1 + usize::from(self.in_list(c + 1, list!("night morning afternoon evening")));
        } else if self.in_list(c, list!("last this")) && self.in_list(c + 1, list!("week month year weekend")) {
            // "said last week in Tel Aviv", "said this month he …"
            c += 2;
        } else if self.in_list(c, list!("yesterday today earlier recently")) {
            c += 1;
        }
        // "told Reuters", "told reporters", "told the committee", "told CNN’s Jake Tapper": the
        // object, up to a subject pronoun that opens what was told ("told investigators he had
        // …"); a preposition after it ("told a crowd in Green Bay", "told NBC before her
        // interview") closes what was told unless a "that" follows (below)
        let mut listener_preposition = None;
        if lemma == "tell" {
            let mut n = 0;
            while c < end && n < 4 {
                if matches!(self.text(c), "’" | "'") && self.is(c + 1, "s") && !self.toks[c + 1].space {
                    c += 2;
                    // (and the programme's title: "told NBC’s “Meet the Press” that")
                    if matches!(self.text(c), "“" | "\"") {
                        if let Some(close) = (c + 1..end.min(c + 8)).find(|&k| matches!(self.text(k), "”" | "\"")) {
                            c = close + 1;
                        }
                    }
                    continue;
                }
                if self.toks[c].kind != Kind::Word || self.is(c, "that") || n > 0 && self.has(c, Q_PRONOUN) {
                    break;
                }
                if n > 0 && is_preposition(self.text(c)) && !self.in_list(c, list!("to of today yesterday")) {
                    listener_preposition.get_or_insert(c);
                }
                c += 1;
                n += 1;
                // (a pronoun is the whole listener: "told me his support … makes him")
                if n == 1 && self.in_list(c - 1, list!("me him her us them you")) {
                    break;
                }
            }
        }
        // "said in a statement (that)", "said on Tuesday that"; the pronoun of "said that was a
        // mistake" opens what was said
        if self.is(c, "that") {
            that = true;
            if !self.has(c + 1, Q_AUXILIARY) {
                c += 1;
            }
        } else if self.in_list(c, list!("how whether why what when where if who")) {
            that = true;
        } else if let Some(t) = (c + 1..end.min(c + 8)).find(|&k| self.is(k, "that")) {
            // "reported Saturday that", "said in a statement that", "told reporters on Monday that"
            // (a verb's form inside a noun phrase is a noun: "in a written statement", "in her
            // opening remarks")
            let noun = |k: usize| (k.saturating_sub(2).max(c)..k).any(|d| self.has(d, Q_DETERMINER) && (d + 1..k).all(|j| self.toks[j].kind == Kind::Word));
            // (what a study finds is its object: "found a report suggesting that" is no "found that")
            let object = FINDINGS.contains(&lemma) && self.has(c, Q_DETERMINER);
            let plain = !object && (c..t).all(|k| (self.verb(k).is_none() || noun(k)) && !matches!(self.text(k), "." | ";" | ":" | "“" | "\""));
            // (a clause of its own before it is what was said, the "that" inside it: "said there
            // was clear evidence that …", "thinks Clinton can address the issues that …")
            if plain {
                that = true;
                if !(c..t).any(|k| self.has(k, Q_AUXILIARY)) {
                    c = t + 1;
                }
            }
        }
        // (no "that" after "told a crowd in Green Bay": the preposition closes what was told)
        if let (false, Some(p)) = (that, listener_preposition) {
            c = p;
        }
        let attitude = !that && ATTITUDES.contains(&lemma) && c < end && self.toks[c].kind == Kind::Word && (lemma != "call" || self.in_list(c, list!("for on")))
            // (one who "was asked" is no speaker; "asked about" names no request)
            && (lemma != "ask" || v > 0 && !self.in_list(v - 1, list!("is are was were be been being")) && !self.is(c, "about"));
        if attitude && self.in_list(c, list!("for on of")) {
            c += 1;
        }
        (c, that, attitude)
    }
}

impl Cx<'_> {
    /// Whether the verb of naming (lemma `lemma`) whose complement opens at `c` and ends at `e`
    /// names its object, which is then what was said: "called him a political opportunist",
    /// "called the report “false”", "described the plan as a “disaster”"; not "called the
    /// police", "called for …".
    pub(super) fn naming(&self, lemma: &str, c: usize, e: usize) -> bool {
        // (the lemma first: this is asked of every reporting verb)
        if !matches!(lemma, "call" | "describe") {
            return false;
        }
        let pronoun = self.in_list(c, list!("him her it them"));
        // what the object is called: quoted words, "as …", or a noun phrase right after a pronoun
        let named = (c + 1..e.min(c + 14)).any(|k| self.double_mark(k) || lemma == "describe" && self.is(k, "as"));
        let object = pronoun || self.has(c, Q_DETERMINER) || self.text(c).starts_with(char::is_uppercase);
        object && (named || pronoun && self.has(c + 1, Q_DETERMINER))
    }
}

pub(super) fn is_preposition(w: &str) -> bool {
    crate::lexicon::with_lower(w, |w| matches!(w, "about" | "after" | "as" | "at" | "before" | "by" | "during" | "earlier" | "for" | "from" | "in" | "late" | "of" | "on" | "through" | "to" | "today" | "via" | "when" | "while" | "with" | "yesterday"))
}

/// Whether the words at `k` open an adverbial phrase or clause rather than a statement: a
/// preposition, a subordinating word, a participle ("In a series of posts", "Even as shares
/// fell", "Growing sharper as he spoke", "At day's end, however").
pub(super) fn opens_adverbial(cx: &Cx, k: usize) -> bool {
    let k = if cx.in_list(k, list!("even just but and however meanwhile later then")) && cx.toks.get(k + 1).is_some_and(|t| t.kind == Kind::Word) { k + 1 } else { k };
    let w = cx.text(k);
    // (a number's modifier is none: "About 270 people")
    let number = cx.toks.get(k + 1).is_some_and(|t| t.kind == Kind::Num) && cx.in_list(k, list!("about around over under"));
    // (a time before now: "Eight years ago", "A few days later")
    let ago = || (cx.toks.get(k).is_some_and(|t| t.kind == Kind::Num) || w.starts_with(char::is_uppercase)) && (k + 1..k + 5).any(|j| cx.in_list(j, list!("ago later earlier")) && cx.in_list(j - 1, list!("years year months month weeks week days day hours hour minutes decades")));
    (is_preposition(w) && !cx.in_list(k, list!("today yesterday")) && !number) || cx.in_list(k, list!("as although though because since if unless once however meanwhile last")) || (w.len() > 5 && w.ends_with("ing") && w.starts_with(char::is_uppercase)) || ago()
}

/// The clause after a verb ends at the sentence end, before ", while", a participle (", adding
/// that"), "; ", a second statement (", 27 percent said …", "and one in four said …") or a second
/// verb phrase of the speaker.
pub(super) fn clause_end(cx: &Cx, c: usize, end: usize) -> usize {
    let mut k = c;
    // whether a quote opened in `[c, k)` is still open at `k` (kept as the loop goes, so that the
    // clause is read once): "the report says the company ''reports having 987 subsidiaries …,
    // according to its own website.''" (the "according to" is the quoted words', not the writer's)
    let mut quotes = QuoteState::default();
    // an answer ends at the conjunction after it: "72 percent said yes, while 48 percent …"
    let n = if cx.text(c + 1) == "," { c + 2 } else { c + 1 };
    if cx.in_list(c, list!("yes no")) && cx.in_list(n, list!("while whereas but and")) {
        return c + 1;
    }
    while k < end {
        let t = cx.text_hot(k);
        let quoted = quotes.open();
        quotes.step(cx, k);
        if t == ";" {
            return k;
        }
        // (a dash sets a second statement off as a comma does: "… — then he mentions his role")
        let dash = matches!(t, "—" | "–") || t == "-" && cx.toks[k].space;
        if t == "," || dash {
            // (past the marks that close a quote the comma ends: "…,” the source recalled")
            let mut n = k + 1;
            while n < end && matches!(cx.text(n), "”" | "\"" | "’" | "'") || dash && cx.is(n, "then") {
                n += 1;
            }
            // ", while …", a participle of its own (", adding that …", ", telling reporters …"),
            // or whom the writer has it from: "…, according to press reports"
            if cx.in_list(n, list!("while whereas")) || cx.text(n).ends_with("ing") && cx.verb(n).is_some() || k > c && cx.is(n, "according") && cx.is(n + 1, "to") && !quoted {
                return k;
            }
            // a second statement: "…, and one in five say it is not", "…, 27 percent said they …",
            // "…,” the source recalled"
            let s0 = if cx.in_list(n, list!("and but")) { n + 1 } else { n };
            if !cx.in_list(s0, list!("who which that")) && (s0 + 1..end.min(k + 12)).take_while(|&j| !cx.is(j, "that") && !matches!(cx.text(j), "“" | "\"" | ",")).any(|j| cx.verb(j).is_some_and(|l| !FINDINGS.contains(&l) || cx.is(j + 1, "that")) && !matches!(cx.text(j + 1), "," | "-" | "—" | "–") && cx.subject_before(j, s0).is_some_and(|s| s.0 == s0 || s.0 == s0 + 1 && cx.is(s0, "the"))) {
                return k;
            }
        } else if k > c && (t.eq_ignore_ascii_case("and") || t.eq_ignore_ascii_case("but")) {
            // a second statement after "and": "… doesn't care and one in four said it is hostile"
            // (with any reporting verb after "he", "she", "they" or a name, outside a quote the
            // statement opened: "… hacked the committee's computers and she accused Tom Reed of
            // …"; not a name's partner, "Tapper, Bash and Blitzer had mentioned it")
            let named = |s: super::Subject| s.2.is_some() || cx.in_list(k + 1, list!("he she they"));
            let own = !cx.text(k - 1).starts_with(char::is_uppercase);
            if k > c + 2 && !quoted && (k + 2..end.min(k + 10)).take_while(|&j| !matches!(cx.text(j), "“" | "\"" | ",")).any(|j| {
                let listed = cx.in_list(j, list!("said says say told"));
                let any = own && cx.verb(j).is_some_and(|l| !FINDINGS.contains(&l));
                (listed || any) && cx.subject_before(j, k + 1).is_some_and(|s| s.0 == k + 1 && (listed || named(s)))
            }) {
                return k;
            }
            // a second verb phrase of the speaker: "said he makes $41,000 a year and questioned how …"
            if cx.verb(k + 1).is_some() && (cx.text(k + 1).ends_with("ed") || cx.in_list(k + 1, list!("said says told wrote"))) {
                return k;
            }
        }
        k += 1;
    }
    end
}

/// The quote marks read so far in a clause: curly ones nest, straight ones and doubled
/// apostrophes ('') toggle.
#[derive(Default)]
struct QuoteState {
    depth: usize,
    straight: bool,
    // (the second apostrophe of a '' mark, already counted)
    second: bool,
}

impl QuoteState {
    fn open(&self) -> bool {
        self.depth > 0 || self.straight
    }
    fn step(&mut self, cx: &Cx, j: usize) {
        match cx.text_hot(j) {
            "“" => self.depth += 1,
            "”" => self.depth = self.depth.saturating_sub(1),
            "\"" => self.straight = !self.straight,
            "'" if std::mem::take(&mut self.second) => {}
            "'" if cx.text(j + 1) == "'" => {
                self.straight = !self.straight;
                self.second = true;
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use crate::types::QuoteKind::*;

    #[test]
    fn what_verbs_introduce() {
        check(&[
            ("Minister Jane Doe told reporters that the talks had failed.", &[("the talks had failed", Indirect, Some("Jane Doe"), Some("told"))]),
            // no "that": what was told opens with its subject
            ("The driver Tom Hale told investigators he had not seen the cyclist.", &[("he had not seen the cyclist", Indirect, Some("Tom Hale"), Some("told"))]),
            // whom it was told: a name's possessive and a programme's title, a pronoun; a
            // preposition after it closes what was told, unless "that" follows
            ("Jane Doe told CNN’s Jake Tapper she would run.", &[("she would run", Indirect, Some("Jane Doe"), Some("told"))]),
            ("Jane Doe told NBC’s “Meet the Press” that she would run.", &[("she would run", Indirect, Some("Jane Doe"), Some("told"))]),
            ("Jane Doe told me his support for the mayor makes him honest.", &[("his support for the mayor makes him honest", Indirect, Some("Jane Doe"), Some("told"))]),
            ("What Jane Doe told NBC News before her appearance Monday night was different.", &[]),
            ("Jane Doe told an audience at a festival in Houston last week that the plan had failed.", &[("the plan had failed", Indirect, Some("Jane Doe"), Some("told"))]),
            ("Jane Doe told USA TODAY he had nothing to do with it.", &[("he had nothing to do with it", Indirect, Some("Jane Doe"), Some("told"))]),
            ("Minister Jane Doe said in a statement that the talks had failed.", &[("the talks had failed", Indirect, Some("Jane Doe"), Some("said"))]),
            // a verb's form in the noun phrase between is a noun
            ("Minister Jane Doe said in a written statement on Monday that the talks had failed.", &[("the talks had failed", Indirect, Some("Jane Doe"), Some("said"))]),
            // a "that" inside a clause of its own after the verb
            ("Jane Doe said there was clear evidence that the talks had failed.", &[("there was clear evidence that the talks had failed", Indirect, Some("Jane Doe"), Some("said"))]),
            ("Jane Doe doesn't think the mayor can fix the roads that the storm broke.", &[("the mayor can fix the roads that the storm broke", Indirect, Some("Jane Doe"), Some("think"))]),
            ("Minister Jane Doe said in her opening remarks that the talks had failed.", &[("the talks had failed", Indirect, Some("Jane Doe"), Some("said"))]),
            // the day it was said is not what was said
            ("Minister Jane Doe said Tuesday night she would resign.", &[("she would resign", Indirect, Some("Jane Doe"), Some("said"))]),
            ("The talks on the budget had failed, Minister Jane Doe said Wednesday on the radio.", &[("The talks on the budget had failed", Indirect, Some("Jane Doe"), Some("said"))]),
            ("The talks on the budget had failed, analysts say; in 2012 they had not.", &[("The talks on the budget had failed", Indirect, None, Some("say"))]),
            ("Minister Jane Doe called for steep new tariffs on imports.", &[("steep new tariffs on imports", Indirect, Some("Jane Doe"), Some("called"))]),
            // the clause ends before ", while", and before a second verb phrase of the speaker
            ("Jane Doe said she makes $41,000 a year and questioned how the plan would help.", &[("she makes $41,000 a year", Indirect, Some("Jane Doe"), Some("said")), ("how the plan would help", Indirect, Some("Jane Doe"), Some("questioned"))]),
            // a verb of naming: its object and what it was called are what was said (the quote
            // mark opened inside closes inside); not "called the police", "a website called …"
            ("Jane Doe called him a political opportunist who has neglected his duties.", &[("him a political opportunist who has neglected his duties", Indirect, Some("Jane Doe"), Some("called"))]),
            ("Jane Doe attacked the mayor, calling him a \u{201c}loser.\u{201d}", &[("him a \u{201c}loser.\u{201d}", Indirect, Some("Jane Doe"), Some("calling"))]),
            ("Jane Doe described the plan as a \u{201c}disaster\u{201d} for the town.", &[("the plan as a \u{201c}disaster\u{201d} for the town", Indirect, Some("Jane Doe"), Some("described"))]),
            ("Jane Doe called the police at once.", &[]),
            // what was cited or denounced
            ("Jane Doe cited the rising cost of rent as the main reason.", &[("the rising cost of rent as the main reason", Indirect, Some("Jane Doe"), Some("cited"))]),
            ("Jane Doe blasted the council for its long delay.", &[("the council for its long delay", Indirect, Some("Jane Doe"), Some("blasted"))]),
            // a request: whom she asked and what for; not one who was asked, nor "asked about"
            ("Jane Doe asked the board to delay the vote until May.", &[("the board to delay the vote until May", Indirect, Some("Jane Doe"), Some("asked"))]),
            ("Jane Doe was asked about the plan on Monday.", &[]),
            ("Jane Doe asked about the plan on Monday.", &[]),
            ("A website called Real News posts fake stories.", &[]),
            // the clause ends before ", while"
            ("Minister Jane Doe said the plan would work, while critics disagreed.", &[("the plan would work", Indirect, Some("Jane Doe"), Some("said"))]),
            // an answer ends at a conjunction after it (and is too short to mark); not a
            // statement that opens with one
            ("Asked about the plan, most voters said yes while a third disagreed.", &[]),
            ("Asked about the plan, Jane Doe said yes, but she wanted changes.", &[]),
            ("Jane Doe said no one had asked her.", &[("no one had asked her", Indirect, Some("Jane Doe"), Some("said"))]),
            // and before whom the writer has it from, or who reported it: "…, according to a
            // poll", "…,'' the newspaper reported"; not before an "according to" inside a quote
            // the statement opened, nor right after "that"
            ("Most voters said the plan would fail, according to a poll released on Thursday.", &[("the plan would fail", Indirect, None, Some("said"))]),
            ("Jane Doe said he was ''very comfortable with the plan,'' The Post reported.", &[("he was ''very comfortable with the plan", Indirect, Some("Jane Doe"), Some("said"))]),
            ("The report says the company ''reports having 987 subsidiaries, according to its own website.''", &[("the company ''reports having 987 subsidiaries, according to its own website", Indirect, None, Some("says"))]),
            ("The AP reported that, according to an analysis of her calendar, most of the meetings were with donors.", &[(", according to an analysis of her calendar, most of the meetings were with donors", Indirect, Some("AP"), Some("reported"))]),
            // and before a second statement after a comma, with or without "and"/"but"; not
            // before an attribution set off inside it, nor a relative clause
            ("Only 7 percent of voters said they are undecided, 27 percent of the rest said they could change their minds.", &[("they are undecided", Indirect, None, Some("said")), ("they could change their minds", Indirect, None, Some("said"))]),
            ("One in three voters said the party does not care and one in four said it is hostile.", &[("the party does not care", Indirect, None, Some("said")), ("it is hostile", Indirect, None, Some("said"))]),
            // after "and", any reporting verb of "he", "she", "they" or a name; not a name's
            // partner in the statement, nor words of a quote the statement opened
            // a dash sets a second statement off as a comma does
            ("Jane Doe told reporters that she was disheartened by the result — the mayor also said that the count was slow.", &[("she was disheartened by the result", Indirect, Some("Jane Doe"), Some("told")), ("the count was slow", Indirect, None, Some("said"))]),
            ("Jane Doe said the plan would pass - but the council rejected the idea as ludicrous.", &[("the plan would pass", Indirect, Some("Jane Doe"), Some("said")), ("the idea as ludicrous", Indirect, None, Some("rejected"))]),
            ("Jane Doe said hackers broke into the council's computers and she accused Tom Reed of helping them.", &[("hackers broke into the council's computers", Indirect, Some("Jane Doe"), Some("said")), ("Tom Reed of helping them", Indirect, Some("Jane Doe"), Some("accused"))]),
            ("Jane Doe said the talks had failed and Tom Reed warned that the strike would go on.", &[("the talks had failed", Indirect, Some("Jane Doe"), Some("said")), ("the strike would go on", Indirect, Some("Tom Reed"), Some("warned"))]),
            ("Jane Doe said Tapper, Bash and Blitzer had mentioned it on television.", &[("Tapper, Bash and Blitzer had mentioned it on television", Indirect, Some("Jane Doe"), Some("said"))]),
            ("Jane Doe said the plan was “good for the town and they say it works” at a meeting.", &[("the plan was “good for the town and they say it works” at a meeting", Indirect, Some("Jane Doe"), Some("said"))]),
            ("Jane Doe said she and her husband told the police the car was gone.", &[("she and her husband told the police the car was gone", Indirect, Some("Jane Doe"), Some("said"))]),
            ("Jane Doe said the mayor was, she believed, an honest man.", &[("the mayor was, she believed, an honest man", Indirect, Some("Jane Doe"), Some("said"))]),
            ("Jane Doe said the mayor faces the suggestion - unfounded, I think - that the city hid the tape.", &[("the mayor faces the suggestion - unfounded, I think - that the city hid the tape", Indirect, Some("Jane Doe"), Some("said"))]),
            ("Jane Doe said the mayor, who says little, had resigned.", &[("the mayor, who says little, had resigned", Indirect, Some("Jane Doe"), Some("said"))]),
        ]);
    }
}
