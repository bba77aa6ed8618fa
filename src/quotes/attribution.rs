//! Speaker attribution of direct quotes: after the closing mark ("…,” X said", "…,” said X",
//! "…” ― Karen Bobadilla."), before the opening mark ("X said: “…”", "According to X, “…”",
//! "…, saying, “…”"), from the reported speech the quote opens inside, from the sentence before
//! ("…, Schiff said. “…”") or from a heading line ("Some excerpts of Al-Awadi in Interview:").
//! Each place is a rule; the first that finds a speaker decides.

use crate::lexicon::words::FINDINGS;
use super::{Cx, RawQuote, RawSpeaker, Subject};
use crate::types::MentionKind;

/// A speaker and the cue (the reporting verb's bytes) when there is one.
type Attribution = (RawSpeaker, Option<(usize, usize)>);

/// Attributes a direct quote (its speaker and cue), when one of the rules finds a speaker.
pub(super) fn attribute_direct(cx: &Cx, q: &mut RawQuote) {
    if let Some((speaker, cue)) = after_quote(cx, q).or_else(|| before_quote(cx, q)) {
        q.speaker = Some(speaker);
        q.cue = cue;
    }
}

impl Cx<'_> {
    /// The speaker of `subj` with the reporting verb at token `v` as the cue.
    fn said(&self, subj: Subject, v: usize) -> Attribution {
        (self.speaker(subj), Some((self.toks[v].start, self.toks[v].end)))
    }
}

/// After the closing mark: a signature after a dash, "X said", "said X".
fn after_quote(cx: &Cx, q: &RawQuote) -> Option<Attribution> {
    let n = cx.toks.len();
    let mut j = q.last + 1;
    // the second apostrophe of a '' mark, also after a quote closed inside it (''' X said)
    while j < n && j <= q.last + 3 && matches!(cx.text(j), "'" | "’" | "”" | "\"") && !cx.toks[j].space {
        j += 1;
    }
    let after_mark = j;
    if j < n && (cx.text(j) == "," || dash(cx, j)) {
        j += 1;
    }
    if !(j < n && cx.toks[j].nl == 0) {
        return None;
    }
    // (a quote that ends in punctuation is an utterance, not a title or a term)
    let utterance = matches!(cx.text(q.last - 1), "," | "." | "!" | "?" | "…");
    let ended = cx.text(q.last - 1) == "." && cx.sentence_of(j) != cx.sentence_of(q.last - 1);
    signature(cx, after_mark, j).or_else(|| (j <= after_mark + 1).then(|| according_to_after(cx, j).or_else(|| trailing(cx, j, utterance, ended))).flatten())
}

/// Whether the quote `q` is a title inside the writer's sentence: words in capitals (but for
/// short ones after the first) right after a word of the sentence, and after a possessive when it
/// is one word ("on NBC’s “Today,”", "on “Fox News Sunday,”"); not an utterance the sentence opens.
pub(super) fn title(cx: &Cx, q: &RawQuote) -> bool {
    let open = q.first - 1;
    if open == 0 || cx.toks[open].nl > 0 || cx.toks[open - 1].kind != crate::token::Kind::Word {
        return false;
    }
    // (words only, but for a comma or period at the end)
    let words = q.last - q.first - usize::from(matches!(cx.text(q.last - 1), "," | "."));
    let capitalised = (q.first..q.first + words).all(|k| cx.toks[k].kind == crate::token::Kind::Word && (cx.text(k).starts_with(char::is_uppercase) || k > q.first && cx.in_list(k, list!("the of and a an in on for to at with"))) || k > q.first && cx.text(k) == "&");
    let possessive = cx.text(open - 1) == "s" && matches!(cx.text(open.saturating_sub(2)), "’" | "'");
    capitalised && words <= 6 && (words >= 2 || possessive)
}

/// "…,” according to Jane Doe, a city official." or "…” according to a court document filed by
/// …": the source after "according to", a name or the words up to the sentence's end or a comma.
fn according_to_after(cx: &Cx, j: usize) -> Option<Attribution> {
    if !(cx.is(j, "according") && cx.is(j + 1, "to")) {
        return None;
    }
    let end = cx.sents[cx.sentence_of(j)].last;
    let subj = cx.subject_after(j + 2).filter(|s| s.2.is_some() || s.1 > s.0).or_else(|| cx.source_phrase(j + 2, end))?;
    Some((cx.speaker(subj), Some((cx.toks[j].start, cx.toks[j + 1].end))))
}

/// A dash at token `k`, or a hyphen set off by spaces that stands for one ("…" - Sanders).
fn dash(cx: &Cx, k: usize) -> bool {
    matches!(cx.text(k), "—" | "―" | "–") || cx.text(k) == "-" && cx.toks[k].space && cx.toks.get(k + 1).is_some_and(|t| t.space)
}

/// "…” ― Karen Bobadilla.": a person's name after a dash.
fn signature(cx: &Cx, after_mark: usize, j: usize) -> Option<Attribution> {
    if !(j > after_mark && dash(cx, after_mark) && j < cx.toks.len() && cx.toks[j].nl == 0) {
        return None;
    }
    let k = cx.name_starting(j)?;
    let id = cx.name_ent[k].filter(|&id| cx.ents[id].kind == MentionKind::Person)?;
    Some((cx.speaker((j, cx.names[k].last, Some(id))), None))
}

/// "…,” X said" (the first reporting verb whose subject is found: in "X, one of the states suing
/// the EPA, said", "states" is a noun), or "…,” said X".
fn trailing(cx: &Cx, j: usize, utterance: bool, ended: bool) -> Option<Attribution> {
    // "…,” said X, who added …": the verb right after the quote decides
    if cx.verb(j).is_some() {
        if let Some(subj) = cx.subject_after(j + 1) {
            return Some(cx.said(subj, j));
        }
    }
    let sent_end = cx.sents[cx.sentence_of(j)].last;
    let possessive = |k: usize| matches!(cx.text(k), "'" | "’") && cx.text(k + 1) == "s" && cx.toks.get(k + 1).is_some_and(|t| !t.space);
    let mut e = j;
    // (a short quoted name in the speaker's description is passed: "…,” Jane Doe, wearing
    // “Ted Cruz” campaign pins, said)
    let quoted_name = |e: usize| if cx.text(e) == "“" { (e + 2..e + 5).find(|&k| cx.text(k) == "”").filter(|&c| (e + 1..c).all(|k| cx.toks[k].kind == crate::token::Kind::Word)) } else { None };
    while e < sent_end && e < j + 40 && (!matches!(cx.text(e), "“" | "\"" | "”" | "'") || possessive(e) || quoted_name(e).is_some()) {
        if let Some(close) = quoted_name(e) {
            e = close + 1;
            continue;
        }
        if cx.verb(e).is_some() && e > j {
            // "…,” Braynard is quoted as saying."
            let passive = e >= j + 4 && cx.is(e - 1, "as") && cx.is(e - 2, "quoted") && cx.in_list(e - 3, list!("is was were are"));
            let at = if passive { e - 3 } else { e };
            if let Some(subj) = cx.subject_before(at, j) {
                // a title or a term inside a lead-in is no statement of the clause after it, which
                // says something of its own ("on his podcast “The Axe Files” Thursday, Jane Doe
                // said her union …")
                let complement = cx.toks.get(e + 1).is_some_and(|t| t.kind == crate::token::Kind::Word) && !super::cues::is_preposition(cx.text(e + 1));
                if !utterance && complement && subj.0 > j && cx.text(subj.0 - 1) == "," {
                    break;
                }
                // after a quote that closes its sentence, the next sentence attributes it only
                // when it opens with its speaker and says nothing of its own ("“We won.” Jane
                // Doe said."), not "“…” This sort of opining, CNN claimed, violates …"
                let own = complement || cx.toks.get(e + 1).is_some_and(|t| t.kind == crate::token::Kind::Num);
                if ended && (subj.0 > j || own) {
                    break;
                }
                return Some(cx.said(subj, e));
            }
        }
        e += 1;
    }
    short_clause(cx, j)
}

/// "…” she went on.", "…” Hannity began.": right after the quote, a short clause of a person
/// and a verb in the past, no reporting verb of the lexicon, closes the sentence.
fn short_clause(cx: &Cx, j: usize) -> Option<Attribution> {
    let (b, e, ent) = if let Some(k) = cx.name_starting(j).filter(|&k| cx.names[k].first == j) {
        let id = cx.name_ent[k].filter(|&id| cx.ents[id].kind == MentionKind::Person)?;
        (j, cx.names[k].last, Some(id))
    } else if cx.in_list(j, list!("he she")) {
        (j, j + 1, cx.pronoun(j))
    } else {
        return None;
    };
    let w = cx.text(e);
    let past = cx.toks.get(e).is_some_and(|t| t.kind == crate::token::Kind::Word) && w.starts_with(|c: char| c.is_ascii_lowercase()) && (w.ends_with("ed") || matches!(w, "went" | "began"));
    let words = if cx.in_list(e + 1, list!("on in up")) { 2 } else { 1 };
    let closes = matches!(cx.text(e + words), "." | "," | "!" | "?");
    (past && closes).then(|| (cx.speaker((b, e, ent)), Some((cx.toks[e].start, cx.toks[e + words - 1].end))))
}

/// Before the opening mark, within the quote's paragraph or on the line before it.
fn before_quote(cx: &Cx, q: &RawQuote) -> Option<Attribution> {
    let open = super::opening_mark(cx, q.first);
    if open == 0 {
        return None;
    }
    according_to(cx, open)
        .or_else(|| introduced(cx, q, open))
        .or_else(|| inside_reported(cx, q, open))
        .or_else(|| previous_sentence(cx, open))
        .or_else(|| heading(cx, open))
}

/// The token before the opening mark at `open` (before a ":" or "," there) and the first token
/// of its sentence.
fn lead_in(cx: &Cx, open: usize) -> (usize, usize) {
    let mut b = open;
    if matches!(cx.text(b - 1), ":" | ",") {
        b -= 1;
    }
    (b, cx.sents[cx.sentence_of(open.saturating_sub(1))].first)
}

/// "According to Limbaugh, “…”".
fn according_to(cx: &Cx, open: usize) -> Option<Attribution> {
    let (b, lo) = lead_in(cx, open);
    if !(b < open && b >= lo + 3) {
        return None;
    }
    let k = (lo..b.saturating_sub(1)).rev().take(8).find(|&k| cx.text(k).eq_ignore_ascii_case("according") && cx.text(k + 1) == "to")?;
    // (the source may go on past its name: "According to Paul Sperry of Counter Jihad, “…”",
    // "According to the Trump campaign, “…”"; or be no name: "According to one report, “…”")
    let subj = cx.subject_after(k + 2).filter(|&(_, e, _)| e <= b).or_else(|| cx.source_phrase(k + 2, b))?;
    Some((cx.speaker(subj), Some((cx.toks[k].start, cx.toks[k + 1].end))))
}

/// "X said: “…”", "X said, “…”", "X told Reuters: “…”"; "Trump attacked Clinton …, saying,
/// “…”": the subject of the sentence speaks.
fn introduced(cx: &Cx, q: &RawQuote, open: usize) -> Option<Attribution> {
    let (b, lo) = lead_in(cx, open);
    let introduced = b < open || cx.verb(open - 1).is_some();
    if !(cx.toks[open].nl == 0 && introduced && !q.single) {
        return None;
    }
    let mut v = b;
    // "As Tom Ridge put it: “…”": the idiom reports speech
    if v >= lo + 3 && cx.is(v - 1, "it") && cx.in_list(v - 2, list!("put puts")) {
        let subj = cx.subject_before(v - 2, lo)?;
        return Some(cx.said(subj, v - 2));
    }
    while v > lo && v + 4 > b && cx.verb(v - 1).is_none() {
        v -= 1;
    }
    if !(v > lo && cx.verb(v - 1).is_some()) {
        // "She went on: “…”", "McConnell delivered a blunt message to Trump: “…”", "Donald
        // Trump: “…”": a colon hands the quote to the subject of the clause it ends
        return (cx.text(b) == ":").then(|| cx.first_speaker(lo, b + 1)).flatten().map(|subj| (cx.speaker(subj), None));
    }
    // (or a subject that carries a relative clause or phrases: "A White House official who
    // spoke anonymously said, “…”"; not before "show", a noun as often: "the TV show “The
    // Apprentice,”")
    let opening = || cx.verb(v - 1).is_some_and(|l| !FINDINGS.contains(&l)).then(|| cx.opening_subject(v - 1, lo)).flatten();
    // (a participle set off after its clause speaks with the clause, below, not with an object
    // before it nor with the clause's opening words: "Jane Doe spoke for an hour on Monday,
    // adding, “…”")
    let set_off = cx.set_off_participle(v - 1, lo);
    let clause = || set_off.then(|| cx.participle_subject(lo, v - 1, &|_| false)).flatten();
    if let Some(subj) = clause().or_else(|| cx.subject_before(v - 1, lo).map(|s| cx.sender(v - 1, lo, s))).or_else(opening) {
        return Some(cx.said(subj, v - 1));
    }
    // a participle or an infinitive has its subject further back: "…, saying, “…”", "Bryne went
    // on to say, “…”" (a participle set off after its clause was asked above)
    if set_off || !(cx.text(v - 1).ends_with("ing") || v - 1 > lo && cx.is(v - 2, "to")) {
        return None;
    }
    // "Here in Columbia, Sanders stepped up …, saying, “…”", "He went further on Tuesday,
    // saying …"
    cx.participle_subject(lo, v - 1, &|_| false).map(|subj| cx.said(subj, v - 1))
}

/// A quote that opens inside reported speech: "Sanders said the tax breaks … “do nothing to boost
/// the economy.”" — the sentence's own attribution speaks it.
fn inside_reported(cx: &Cx, q: &RawQuote, open: usize) -> Option<Attribution> {
    if cx.toks[open].nl > 0 || q.single {
        return None;
    }
    let lo = cx.sents[cx.sentence_of(open)].first;
    let (v, subj) = (lo..open).filter(|&k| cx.verb(k).is_some()).find_map(|k| cx.subject_before(k, lo).map(|s| (k, s)))?;
    Some(cx.said(subj, v))
}

/// The sentence before, in the same paragraph, ends with its attribution: "…, Schiff said. “The
/// other factor…”", "…, said Michael McFaul. ''…''".
fn previous_sentence(cx: &Cx, open: usize) -> Option<Attribution> {
    if !(cx.toks[open].nl == 0 && open >= 2 && matches!(cx.text(open - 1), "." | ":")) {
        return None;
    }
    let end = open - 1;
    let lo = cx.sents[cx.sentence_of(end.saturating_sub(1))].first;
    let v = (lo.max(end.saturating_sub(6))..end).rev().find(|&k| cx.verb(k).is_some())?;
    let subj = cx.subject_before(v, lo).or_else(|| cx.subject_after(v + 1));
    subj.filter(|s| s.2.is_some() || s.1 - s.0 <= 4).map(|subj| cx.said(subj, v))
}

/// A heading line ending with ":" right before the quote's paragraph: "He said:", "The New York
/// Times reports:", or a line that names one person ("Some excerpts of Al-Awadi in Interview:").
fn heading(cx: &Cx, open: usize) -> Option<Attribution> {
    if !(cx.toks[open].nl > 0 && cx.text(open - 1) == ":") {
        return None;
    }
    let line_start = (0..open).rev().find(|&k| cx.toks[k].nl > 0).unwrap_or(0);
    if let Some(v) = (line_start.max(open.saturating_sub(6))..open - 1).rev().find(|&k| cx.verb(k).is_some()) {
        if let Some(subj) = cx.subject_before(v, line_start) {
            return Some(cx.said(subj, v));
        }
    }
    let persons: Vec<usize> = (cx.names.partition_point(|nm| nm.first < line_start)..cx.names.partition_point(|nm| nm.last <= open))
        .filter(|&k| cx.name_ent[k].is_some_and(|id| cx.ents[id].kind == MentionKind::Person))
        .collect();
    let [only] = persons[..] else { return None };
    let nm = &cx.names[only];
    let cue = (line_start..open).find(|&k| cx.verb(k).is_some()).map(|v| (cx.toks[v].start, cx.toks[v].end));
    Some((cx.speaker((nm.first, nm.last, cx.name_ent[only])), cue))
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use crate::types::QuoteKind::*;

    #[test]
    fn speakers_of_direct_quotes() {
        check(&[
            ("“The plan is ready,” Jane Doe said.", &[("The plan is ready,", Direct, Some("Jane Doe"), Some("said"))]),
            ("\"The plan is ready,\" said Jane Doe.", &[("The plan is ready,", Direct, Some("Jane Doe"), Some("said"))]),
            // doubled apostrophes as quote marks, a quote closed inside them
            ("''We are told all the time, 'this is a special case,''' Vladimir Putin said.", &[("We are told all the time, 'this is a special case,", Direct, Some("Vladimir Putin"), Some("said"))]),
            // the team named in the person's role does not speak
            ("“We will win the title,” said Falcons general manager John Reed.", &[("We will win the title,", Direct, Some("John Reed"), Some("said"))]),
            ("Jane Doe said: “We are ready to go now.”", &[("We are ready to go now.", Direct, Some("Jane Doe"), Some("said"))]),
            // a quote that closes its sentence: the next one attributes it only when it opens
            // with its speaker and says nothing of its own
            ("On Monday Jane Doe wrote, “The plan is dead.” This sort of talk, the Herald claimed, hurts the town.", &[("The plan is dead.", Direct, Some("Jane Doe"), Some("wrote"))]),
            ("“The plan is dead.” Jane Doe said.", &[("The plan is dead.", Direct, Some("Jane Doe"), Some("said"))]),
            // a title inside a lead-in is nobody's statement; the clause after it is reported speech
            ("In an interview on the podcast “The Long Game” on Thursday, Jane Doe said her union is ready to strike.", &[("her union is ready to strike", Indirect, Some("Jane Doe"), Some("said"))]),
            // also when its comma is the sentence's, and after a possessive ("NBC’s “Today,”")
            ("On Fox News’s “Sunday Morning Futures,” Jane Doe said her union is ready to strike.", &[("her union is ready to strike", Indirect, Some("Jane Doe"), Some("said"))]),
            ("Sunday on CNN’s “State of the Union,” when asked about the strike, Jane Doe said her union is ready.", &[("her union is ready", Indirect, Some("Jane Doe"), Some("said"))]),
            ("On NBC’s “Today,” Jane Doe said her union is ready to strike.", &[("her union is ready to strike", Indirect, Some("Jane Doe"), Some("said"))]),
            ("On Fox News’s “Fox & Friends,” Jane Doe said her union is ready to strike.", &[("her union is ready to strike", Indirect, Some("Jane Doe"), Some("said"))]),
            // a participle set off after its clause speaks with the clause's subject, not with
            // the clause's opening words
            ("Jane Doe spoke for an hour on Monday, adding, “The plan costs us a fortune.”", &[("The plan costs us a fortune.", Direct, Some("Jane Doe"), Some("adding"))]),
            // a time before the clause is no speaker of its second verb phrase
            ("Eight years ago, Jane Doe supported Tom Reed over Ann Lee and said, “He is the one.”", &[("He is the one.", Direct, Some("Jane Doe"), Some("said"))]),
            // a message that says it is no speaker; who sent it is
            ("At the time, Jane Doe released a statement saying, “We are proud of the line.”", &[("We are proud of the line.", Direct, Some("Jane Doe"), Some("saying"))]),
            ("Jane Doe sent out a text message to supporters saying: “We won the state tonight.”", &[("We won the state tonight.", Direct, Some("Jane Doe"), Some("saying"))]),
            ("“We cannot afford it,” Jane Doe said, adding, “The plan costs us a fortune.”", &[("We cannot afford it,", Direct, Some("Jane Doe"), Some("said")), ("The plan costs us a fortune.", Direct, Some("Jane Doe"), Some("adding"))]),
            // a quoted name inside the speaker's description; after the verb, what the quote was
            // said like is no second statement
            ("“We have had better conventions,” Jane Doe, wearing a cowboy hat and “Vote Reed” pins, said matter-of-factly as confetti fell.", &[("We have had better conventions,", Direct, Some("Jane Doe"), Some("said"))]),
            ("“The union is ready,” Jane Doe told “Fox and Friends,” on Monday.", &[("The union is ready,", Direct, Some("Jane Doe"), Some("told"))]),
            ("According to Rush Limbaugh, “She would not have time to say anything positive.”", &[("She would not have time to say anything positive.", Direct, Some("Rush Limbaugh"), Some("According to"))]),
            // a source that goes on past its name, or is no name
            ("According to Jane Doe of the Daily Star, “The vans were moved at night.”", &[("The vans were moved at night.", Direct, Some("Jane Doe"), Some("According to"))]),
            ("According to one report, “The vans were moved at night.”", &[("The vans were moved at night.", Direct, None, Some("According to"))]),
            // the idiom "put it", the passive "is quoted as saying", a participle whose subject opens the clause
            ("As Tom Ridge, a former secretary, put it: “The barbarians are no longer at the gate.”", &[("The barbarians are no longer at the gate.", Direct, Some("Tom Ridge"), Some("put"))]),
            ("As the Herald's Jane Doe puts it, “The council is unmoved.”", &[("The council is unmoved.", Direct, Some("Jane Doe"), Some("puts"))]),
            ("“Our method succeeds where others fail,” Matt Braynard is quoted as saying.", &[("Our method succeeds where others fail,", Direct, Some("Matt Braynard"), Some("saying"))]),
            // a subject with a relative clause or a phrase after it; a title after a noun "show"
            ("A city official who spoke on condition of anonymity said Monday, “The budget will not pass this year.”", &[("The budget will not pass this year.", Direct, None, Some("said"))]),
            ("Another source familiar with her thinking said, “She will run again in two years.”", &[("She will run again in two years.", Direct, None, Some("said"))]),
            ("Jane Doe, a contestant on the TV show, “The Big Game,” spoke.", &[]),
            // a participle after a quote that opens the sentence: not a pronoun inside that quote
            ("“If she wins, nothing can be done,” Jane Doe said, adding: “Maybe there is a way, I do not know.”", &[
                ("If she wins, nothing can be done,", Direct, Some("Jane Doe"), Some("said")),
                ("Maybe there is a way, I do not know.", Direct, Some("Jane Doe"), Some("adding")),
            ]),
            // "according to" after the quote: a name, or a source that is none
            ("“The plan failed badly in every county,” according to Jane Doe, a city official.", &[("The plan failed badly in every county,", Direct, Some("Jane Doe"), Some("according to"))]),
            ("“The evidence cannot prove the charge,” according to a court document filed by the state.", &[("The evidence cannot prove the charge,", Direct, None, Some("according to"))]),
            ("Here in Columbia, Bernie Sanders stepped up his attacks on the bank, saying, “We have got to achieve the day.”", &[("We have got to achieve the day.", Direct, Some("Bernie Sanders"), Some("saying"))]),
            // a pronoun subject before any name: the name is whom he met, not who speaks
            ("Jane Doe spoke first. On Tuesday he met Tom Reed in Ohio, saying, “The plan has failed us all.”", &[("The plan has failed us all.", Direct, Some("Jane Doe"), Some("saying"))]),
            // an infinitive's subject is the clause's; an adverb in "-ly" between subject and verb
            ("John Bryne went on to say, “She lacks the temperament to serve.”", &[("She lacks the temperament to serve.", Direct, Some("John Bryne"), Some("say"))]),
            ("Donald Trump jokingly said, “I am a very modest man.”", &[("I am a very modest man.", Direct, Some("Donald Trump"), Some("said"))]),
            // a single word that speaks after an adverb is a name (the names stage keeps it)
            ("The plan, he said, was fine. “We will not stop the work now,” Reyes also said.", &[("We will not stop the work now,", Direct, Some("Reyes"), Some("said"))]),
            // a colon hands the quote to the subject of its clause, not to a preposition's object
            ("Jane Doe went on: “It would be chaos to tear the whole system down.”", &[("It would be chaos to tear the whole system down.", Direct, Some("Jane Doe"), None)]),
            ("Senator Tom Reed delivered a blunt message to Jane Doe: “You will not win this state.”", &[("You will not win this state.", Direct, Some("Tom Reed"), None)]),
            ("The report lists three demands: “Fair pay, safe work and a day of rest.”", &[("Fair pay, safe work and a day of rest.", Direct, None, None)]),
            ("“We will not stop until the work is done.” ― Karen Bobadilla.", &[("We will not stop until the work is done.", Direct, Some("Karen Bobadilla"), None)]),
            ("“We will not stop until the work is done,” said Jane Doe, the minister, who added that the talks would go on.", &[
                ("We will not stop until the work is done,", Direct, Some("Jane Doe"), Some("said")),
                ("the talks would go on", Indirect, Some("Jane Doe"), Some("added")),
            ]),
            // a short clause of a person and a verb closes the sentence after the quote
            ("Jane Doe spoke last. “We will not stop until the work is done for good,” she went on.", &[("We will not stop until the work is done for good,", Direct, Some("Jane Doe"), Some("went on"))]),
            ("Jane Doe spoke last. “We will not stop until the work is done for good.” Doe smiled.", &[("We will not stop until the work is done for good.", Direct, Some("Jane Doe"), Some("smiled"))]),
            ("\"We will not stop until the work is done for good.\" - Karen Bobadilla.", &[("We will not stop until the work is done for good.", Direct, Some("Karen Bobadilla"), None)]),
            // the second part of a split quote is the same statement: one quote, in fragments
            ("“The first part is done,” Jane Doe said. “The second part will take longer than that.”", &[("The first part is done,” Jane Doe said. “The second part will take longer than that.", Direct, Some("Jane Doe"), Some("said"))]),
            // the sentence before, in the same paragraph, ends with its attribution
            ("The talks went on, Jane Doe said. “The second part will take longer than that.”", &[("The second part will take longer than that.", Direct, Some("Jane Doe"), Some("said"))]),
            ("Jane Doe, the minister, spoke on Monday.\n\nExcerpts of Jane Doe in an interview:\n\n“First paragraph of the answer.\n\nSecond paragraph of it.”", &[("First paragraph of the answer.\n\nSecond paragraph of it.", Direct, Some("Jane Doe"), None)]),
        ]);
    }
}
