//! What the names stage knows about the document around a chunk: the tokens, their classes,
//! the words the article also writes in lowercase, the tokens figures took, and context that only
//! organizations or companies have ("X's shares", "a spokesman for X").

use super::shape::{code_like, hyphen_adjective, particle_glued};
use super::Name;
use crate::lexicon::words::{COMPANY_KINDS, COMPANY_STAFF, MEDIA_NOUNS, OF_COMPANY, OF_STAFF_ROLES, ORG_NOUNS};
use crate::lexicon::{lower_hash, HashSet64, Lexicons, Low, L_COMMON_CAP, L_DEMONYM, L_GIVEN, L_ORG, L_ORG_WORD, L_PLACE, W_CAP, W_DIGIT, W_HYPHEN};
use crate::token::{Kind, Token};

pub struct Ctx<'a> {
    pub s: &'a str,
    pub toks: &'a [Token],
    pub lex: &'a Lexicons,
    /// Words the article also writes in lowercase (so "Some", "Overall" are not names).
    pub lower_words: HashSet64,
    /// Words the article writes capitalised inside a sentence (so a word seen only at the start
    /// of sentences, "Advocates said", "Houses in …", has no capital of its own).
    pub mid_caps: HashSet64,
    /// Tokens already taken by figures.
    pub taken: &'a [bool],
    pub classes: &'a [u32],
    /// [`Ctx::name_word`] of each token, computed once.
    name_words: Vec<bool>,
}

impl<'a> Ctx<'a> {
    #[inline(never)] // a pipeline stage: kept whole, so profiles show it
    pub fn new(s: &'a str, toks: &'a [Token], lex: &'a Lexicons, taken: &'a [bool], classes: &'a [u32]) -> Ctx<'a> {
        // one pass over the tokens: the hashes of lowercase words and of capitals inside a
        // sentence (not after a sentence's or a quote's opening mark), then the two sets, sized
        // for them (a set does not grow)
        let (mut lower, mut caps) = (Vec::with_capacity(toks.len()), Vec::with_capacity(toks.len() / 4));
        for (i, t) in toks.iter().enumerate() {
            if t.flags & crate::token::F_LOWER != 0 {
                // not part of a handle, hashtag or address ("@mike_pence", "#maga",
                // "cnn.com/politics"): no evidence that "Pence" is a common word
                if t.space || i == 0 || !matches!(s.as_bytes()[toks[i - 1].start], b'@' | b'#' | b'_' | b'/' | b'.') {
                    lower.push(t.hash);
                }
            } else if t.flags & crate::token::F_CAP != 0 && i > 0 && t.nl == 0 {
                let p = &toks[i - 1];
                if p.kind != Kind::Punct || !matches!(p.text(s), "." | "!" | "?" | ":" | ";" | "“" | "\"" | "‘" | "'" | "(" | "—" | "-" | "–") {
                    caps.push(t.hash);
                }
            }
        }
        let mut lower_words = HashSet64::with_capacity(lower.len());
        lower.iter().for_each(|&h| lower_words.insert(h));
        let mut mid_caps = HashSet64::with_capacity(caps.len());
        caps.iter().for_each(|&h| mid_caps.insert(h));
        let mut cx = Ctx { s, toks, lex, lower_words, mid_caps, taken, classes, name_words: Vec::new() };
        cx.name_words = (0..toks.len()).map(|i| cx.is_name_word(i)).collect();
        cx
    }
    /// Token `i`'s text ("" past the end). Inlined at its hundred call sites: 738 bytes, 1.029 of
    /// the speed in eight processes (session 26); the quotes and figures stages' `text` stay out
    /// of line but for the quote stage's per-token loops.
    #[inline(always)]
    pub(super) fn text(&self, i: usize) -> &'a str {
        // SAFETY: the context's tokens are those `tokenize` made of its `s` (analysis::analyze_with
        // makes both)
        self.toks.get(i).map_or("", |t| unsafe { t.text_unchecked(self.s) })
    }
    /// The lexicon bits of the words of tokens `[a, b)` together ("The Hague", "General
    /// Dynamics"); `a < b`. One routine for every caller: each slicing of the text at its own
    /// call site costs the WASM build some 200 bytes.
    #[inline(never)]
    pub(super) fn known(&self, a: usize, b: usize) -> u32 {
        match (self.toks.get(a), self.toks.get(b.wrapping_sub(1))) {
            (Some(x), Some(y)) if x.start <= y.end => self.lex.bits(self.s.get(x.start..y.end).unwrap_or("")),
            _ => 0,
        }
    }
    /// Token `k`'s lexicon bits include `bit` (see [`crate::lexicon::L_PLACE`] and others).
    #[inline]
    pub(super) fn is(&self, k: usize, bit: u32) -> bool {
        self.classes.get(k).is_some_and(|c| c & bit != 0)
    }
    /// Token `k` is an organization word as written ("Ministry", "Corp").
    pub(super) fn org_word(&self, k: usize) -> bool {
        self.is(k, L_ORG_WORD) && self.lex.is_org_word(self.text(k))
    }
    /// Token `k` is a common word written with a capital ("The", "Some").
    pub(super) fn common_cap(&self, k: usize) -> bool {
        self.is(k, L_COMMON_CAP) && self.lex.is_common_cap(self.text(k))
    }
    /// [`Ctx::is_common_word`] of token `k`.
    pub(super) fn common_word_at(&self, k: usize) -> bool {
        self.common_cap(k) || self.toks.get(k).is_some_and(|t| t.kind == Kind::Word && self.lower_words.contains(t.hash))
    }
    pub(super) fn word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Word) && !self.taken.get(i).copied().unwrap_or(true)
    }
    /// Token `k` and the period glued to it are a state's or a country's abbreviation the
    /// lexicon knows ("Del.", "Va.", "N.J.").
    #[inline(never)]
    pub(super) fn place_abbreviation(&self, k: usize) -> bool {
        self.text(k + 1) == "." && self.toks.get(k + 1).is_some_and(|t| !t.space) && self.lex.is_place(&format!("{}.", self.text(k)))
    }
    /// Token `k` is a letter with its period glued to it, an initial ("A. Donald Anderson").
    #[inline(never)]
    pub(super) fn initial(&self, k: usize) -> bool {
        self.text(k).len() == 1 && self.text(k + 1) == "." && self.toks.get(k + 1).is_some_and(|t| !t.space)
    }
    /// A word that can be part of a name: capitalised (not a pronoun with its verb, a
    /// capitalised adjective such as "Iran-backed", or a code such as "F-16"), or a lowercase
    /// particle glued to a name ("al-Haq").
    #[inline]
    pub(super) fn name_word(&self, i: usize) -> bool {
        self.name_words.get(i).copied().unwrap_or(false)
    }
    fn is_name_word(&self, i: usize) -> bool {
        // most tokens: a lowercase word without a hyphen, or no word at all (only words have
        // these bits)
        let c = self.classes.get(i).copied().unwrap_or(0);
        if c & (W_CAP | W_HYPHEN) == 0 || !self.word(i) {
            return false;
        }
        let w = self.text(i);
        if c & W_CAP == 0 {
            return c & W_HYPHEN != 0 && particle_glued(w);
        }
        // "I'm", "We'll", "It's": a pronoun with its verb
        if w.len() <= 10 && w.bytes().any(|b| b == b'\'' || b == 0xE2) {
            if let Some((a, b)) = w.split_once(['\'', '’']) {
                if matches!(b, "m" | "s" | "re" | "ve" | "ll" | "d" | "t") && matches!(a, "I" | "We" | "It" | "He" | "She" | "They" | "You" | "That" | "There" | "Here" | "What" | "Let" | "Don" | "Can" | "Won" | "Isn" | "Didn") {
                    return false;
                }
            }
        }
        !(c & W_HYPHEN != 0 && hyphen_adjective(w)) && !(c & (W_DIGIT | W_HYPHEN) != 0 && code_like(w))
    }
    /// Context that only organizations have: "X's shares", "X's chairman", "shares of X",
    /// "a unit of X", "X Inc." is handled by the name itself.
    pub fn organization_context(&self, n: &Name) -> bool {
        let after = |k: usize| Low::new(self.text(k));
        let possessive = matches!(self.text(n.last), "’" | "'") && self.text(n.last + 1) == "s";
        // up to two modifiers before the noun, shaped like adjectives: "Koito's other
        // shareholders", "Big Bear's executive vice president", "Waertsilae's shipbuilding
        // operations" (a noun before it can make the noun a verb: "Smith's family shares the view")
        if possessive {
            let mut k = n.last + 2;
            while k < n.last + 4 && adjective_like(self.text(k)) {
                k += 1;
            }
            if ORG_NOUNS.contains(&after(k).as_str()) {
                return true;
            }
        }
        // a newspaper's name: "Le Matin newspaper", "the daily Sueddeutsche Zeitung", "the news
        // weekly Der Spiegel"
        let media = |k: usize| MEDIA_NOUNS.contains(&after(k).as_str());
        if media(n.last) || (n.first >= 2 && media(n.first - 1) && matches!(after(n.first - 2).as_str(), "the" | "news")) {
            return true;
        }
        if n.first >= 2 && self.text(n.first - 1).eq_ignore_ascii_case("of") {
            let before = Low::new(self.text(n.first - 2));
            if OF_COMPANY.contains(&before.as_str()) {
                return true;
            }
        }
        self.company_apposition(n.last)
    }
    /// An apposition after the name at `k` that describes a company: ", an independent oil and
    /// gas company", ", the largest newsweekly", ", based in Bedminster".
    fn company_apposition(&self, k: usize) -> bool {
        if self.text(k) != "," {
            return false;
        }
        let low = |i: usize| Low::new(self.text(i));
        if low(k + 1) == "based" && matches!(low(k + 2).as_str(), "in" | "near" | "outside") {
            return true;
        }
        if !matches!(low(k + 1).as_str(), "a" | "an" | "the") {
            return false;
        }
        for i in k + 2..(k + 8).min(self.toks.len()) {
            if self.toks[i].kind != Kind::Word && self.text(i) != "-" {
                return false;
            }
            // the apposition's head comes before any preposition ("a trader with Bankers Trust"),
            // and a company's possessive describes its person ("the firm's president")
            if matches!(low(i).as_str(), "with" | "at" | "of" | "for" | "in" | "from" | "on" | "by") {
                return false;
            }
            if COMPANY_KINDS.contains(&low(i).as_str()) {
                return !matches!(self.text(i + 1), "'" | "’");
            }
        }
        false
    }
    /// Context that only a company has, for a word that is not known to be anyone's name; with
    /// a name after the possessive ("Shearson's Andy Rosen"), which a person's name can have too
    /// ("Saddam's Iraq"), as weaker evidence.
    pub(super) fn company_context(&self, n: &Name) -> bool {
        let possessive = matches!(self.text(n.last), "’" | "'") && self.text(n.last + 1) == "s";
        self.company_staff_context(n) || (possessive && self.name_word(n.last + 2))
    }
    /// Company staff around a word: "Goldman officials", "a spokesman for Laidlaw", "chief
    /// executive of Hearst".
    pub(super) fn company_staff_context(&self, n: &Name) -> bool {
        let after = |k: usize| Low::new(self.text(k));
        let possessive = matches!(self.text(n.last), "’" | "'") && self.text(n.last + 1) == "s";
        let next = if possessive { after(n.last + 2) } else { after(n.last) };
        if COMPANY_STAFF.contains(&next.as_str()) {
            return true;
        }
        if n.first >= 2 {
            let (b1, b2) = (after(n.first - 1), after(n.first - 2));
            if matches!(b1.as_str(), "for" | "at") && COMPANY_STAFF.contains(&b2.as_str()) {
                // "a spokesman for Laidlaw", "an analyst at Shearson"
                return true;
            }
            if b1 == "of" && OF_STAFF_ROLES.contains(&b2.as_str()) {
                return true;
            }
        }
        false
    }
    /// The one-word name at `k` opens its sentence (after any opening mark) and the article never
    /// capitalises its word elsewhere, nor does the lexicon know it: its capital is the
    /// sentence's, no evidence of a name ("Advocates said", "Houses in the village").
    pub(super) fn only_sentence_capital(&self, sent_first: usize, k: usize) -> bool {
        let opens = k == sent_first || (k > sent_first && self.toks[k - 1].kind == Kind::Punct && matches!(self.text(k - 1), "“" | "\"" | "‘" | "(" | "—"));
        opens && !self.mid_caps.contains(self.toks[k].hash) && !self.is(k, L_ORG | L_PLACE | L_GIVEN | L_DEMONYM) && !super::shape::all_caps(self.text(k))
    }
    /// A reporting verb on the same line at token `end`, right after a name ("Smith said").
    pub(super) fn speaks_at(&self, end: usize) -> bool {
        // up to two adverbs between: "Smith also said", "Trump jokingly said", "Jones has long argued"
        let mut v = end;
        while v < end + 2 && self.toks.get(v).is_some_and(|t| t.nl == 0 && t.flags & crate::token::F_LOWER != 0) && self.adverb(v) {
            v += 1;
        }
        self.classes.get(v).is_some_and(|&c| self.lex.speaks(c)) && self.toks.get(v).is_some_and(|t| t.nl == 0)
    }
    /// Token `k` may stand between a name and the verb it speaks with ([`Lexicons::is_adverb`]),
    /// but not a passive's auxiliary ("Smith was told" is told, not telling).
    pub(super) fn adverb(&self, k: usize) -> bool {
        let w = self.text(k);
        !matches!(w, "is" | "was" | "were" | "are") && self.lex.is_adverb(w, self.classes.get(k).copied().unwrap_or(0))
    }
    pub(super) fn is_common_word(&self, w: &str) -> bool {
        self.lex.is_common_cap(w) || self.lower_words.contains(lower_hash(w))
    }
}

/// A lowercase word shaped like an adjective before a noun: "other", "vice", "executive",
/// "professional", "biggest", "shipbuilding".
fn adjective_like(w: &str) -> bool {
    let b = w.as_bytes();
    matches!(w, "other" | "vice") || b.len() > 4 && b[0].is_ascii_lowercase() && matches!(&b[b.len() - 2..], b"al" | b"ve" | b"st" | b"ng" | b"ic")
}
