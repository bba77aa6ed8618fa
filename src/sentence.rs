//! Sentences and paragraphs over tokens. A sentence ends at `.`, `!`, `?` or `…` (with any
//! closing quotes or brackets) before a capital, a digit, an opening quote or a line break,
//! unless the period belongs to an abbreviation (Mr., Gen., Oct. 26) or an initial (J. Smith).
//! A line break always ends a sentence; a blank line also ends a paragraph.

use crate::token::{Kind, Token};

#[derive(Clone, Copy, Debug)]
pub struct Sentence {
    /// Token range `[first, last)`.
    pub first: usize,
    pub last: usize,
    /// Paragraph number (0-based).
    pub para: usize,
}

/// Abbreviations whose period does not end a sentence (Mr., Gen., Oct. 26). A `match`, which
/// compiles to a switch on the length, not a scan of the whole list.
fn is_abbrev(w: &str) -> bool {
    matches!(
        w,
        "Mr" | "Mrs" | "Ms" | "Dr" | "Prof" | "Gen" | "Sen" | "Rep" | "Gov" | "Lt" | "Col" | "Maj" | "Capt" | "Sgt" | "Adm" | "Cmdr"
            | "Brig" | "Rev" | "St" | "Jr" | "Sr" | "Mt" | "Ft" | "No" | "Nos" | "vs" | "v" | "etc" | "approx" | "Jan" | "Feb" | "Mar" | "Apr"
            | "Jun" | "Jul" | "Aug" | "Sep" | "Sept" | "Oct" | "Nov" | "Dec" | "Mon" | "Tue" | "Tues" | "Wed" | "Thu" | "Thur" | "Thurs"
            | "Fri" | "Sat" | "Sun" | "Dept" | "Univ" | "Assn" | "Bros" | "Ave" | "Blvd" | "Fig" | "Vol" | "pp" | "Ph" | "Hon" | "Pres"
    )
}
/// Abbreviations that often end a sentence too ("Apple Inc. The company…").
fn is_soft_abbrev(w: &str) -> bool {
    matches!(w, "Inc" | "Corp" | "Co" | "Ltd" | "Bros" | "etc" | "Jr" | "Sr")
}

pub fn is_closer(t: &str) -> bool {
    matches!(t, "”" | "’" | "\"" | "'" | ")" | "]" | "»" | "›")
}

fn starts_sentence(t: &str) -> bool {
    let c = t.chars().next().unwrap_or(' ');
    c.is_uppercase() || c.is_ascii_digit() || matches!(c, '“' | '‘' | '"' | '\'' | '(' | '[' | '«' | '—' | '-' | '$' | '£' | '€')
}

#[inline(never)] // a pipeline stage: kept whole, so profiles show it
pub fn split(s: &str, toks: &[Token], common_caps: &dyn Fn(&str) -> bool) -> Vec<Sentence> {
    let mut out = Vec::with_capacity(toks.len() / 16 + 4); // news: a sentence per 20 tokens or so
    let mut first = 0;
    let mut para = 0;
    let mut i = 0;
    while i < toks.len() {
        let tk = &toks[i];
        if tk.nl > 0 {
            if i > first {
                out.push(Sentence { first, last: i, para });
                first = i;
            }
            if tk.nl >= 2 && i > 0 {
                para += 1;
            }
        }
        // enders are punctuation tokens (one character); a dotted word ends in its own period
        let enders = tk.kind == Kind::Punct && {
            let last = s.as_bytes()[tk.end - 1];
            matches!(last, b'.' | b'!' | b'?') || last == 0xA6 && tk.text(s) == "…"
        };
        let dotted_word = tk.kind == Kind::Word && tk.flags & crate::token::F_DOTTED != 0;
        if enders || dotted_word {
            let t = tk.text(s);
            // absorb closing quotes/brackets and repeated enders
            let mut j = i + 1;
            while j < toks.len() && !toks[j].space && (is_closer(toks[j].text(s)) || matches!(toks[j].text(s), "." | "!" | "?")) {
                j += 1;
            }
            let boundary = if j >= toks.len() {
                true
            } else if toks[j].nl > 0 {
                true
            } else if !toks[j].space {
                false
            } else {
                let next = toks[j].text(s);
                let prev = if i > 0 { toks[i - 1].text(s) } else { "" };
                let prev_adjacent = i > 0 && !toks[i].space;
                if !starts_sentence(next) {
                    false
                } else if dotted_word {
                    // U.S. at a sentence end: only before an obvious sentence opener
                    common_caps(next)
                } else if t == "." && prev_adjacent && toks[i - 1].kind == Kind::Word {
                    if is_soft_abbrev(prev) {
                        common_caps(next)
                    } else if is_abbrev(prev) {
                        false
                    } else {
                        // an initial: J. Smith
                        !(prev.chars().count() == 1 && prev.chars().all(char::is_uppercase))
                    }
                } else {
                    true
                }
            };
            if boundary {
                out.push(Sentence { first, last: j, para });
                first = j;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    if first < toks.len() {
        out.push(Sentence { first, last: toks.len(), para });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    fn sents(s: &str) -> Vec<String> {
        let toks = tokenize(s);
        let caps = |w: &str| matches!(w, "The" | "He" | "It");
        split(s, &toks, &caps).iter().map(|x| s[toks[x.first].start..toks[x.last - 1].end].to_string()).collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("Mr. Smith went. He left.", &["Mr. Smith went.", "He left."]),
            ("Gen. J. Smith said no. The end", &["Gen. J. Smith said no.", "The end"]),
            ("It was Oct. 26, 2024. He came.", &["It was Oct. 26, 2024.", "He came."]),
            ("He lives in the U.S. The end.", &["He lives in the U.S.", "The end."]),
            ("The U.S. Army came.", &["The U.S. Army came."]),
            ("“Go,” he said. “Now!” She ran.", &["“Go,” he said.", "“Now!”", "She ran."]),
            ("Headline\n\nBody text. More", &["Headline", "Body text.", "More"]),
            ("costs 2.08 billion. Next", &["costs 2.08 billion.", "Next"]),
            ("Apple Inc. The firm", &["Apple Inc.", "The firm"]),
        ];
        for (input, want) in cases {
            assert_eq!(&sents(input), want, "input {input:?}");
        }
    }
}
