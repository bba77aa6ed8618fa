//! Names: capitalised chunks (with particles such as al-, bin, van, de and initials), titles and
//! roles before or around them, and a first classification into person, organization or place
//! from the name itself and its context.

use crate::types::MentionKind;
use crate::lexicon::words::{COMPANY_STAFF, COMPASS, IN_HEADS, ORG_NOUNS, PARTICLES, PLACE_WORDS, PRODUCT_NOUNS, ROLE_MODIFIERS, STOP};
use crate::lexicon::Lexicons;
use crate::sentence::Sentence;
use crate::token::{Kind, Token};
use crate::lexicon::{lower_hash, with_lower, HashSet64, Low, L_COMMON_CAP, L_DEMONYM, L_GIVEN, L_HONORIFIC, L_ORG, L_ORG_WORD, L_PLACE, L_PLACE_WORD, L_ROLE, L_ROLE_FIRST, W_CAP, W_DIGIT, W_HYPHEN};

#[derive(Clone, Debug)]
pub struct Name {
    /// Token range of the name itself (titles excluded).
    pub first: usize,
    pub last: usize,
    /// `None`: a single capitalised word that the article's other names may still explain.
    pub kind: Option<MentionKind>,
    /// Role as written ("Iraqi government spokesperson", "Prime Minister").
    pub role: Option<String>,
    /// First token of the whole mention including a role before the name.
    pub role_first: usize,
    /// The next token is a reporting verb ("Smith said").
    pub speaks: bool,
}

pub fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn all_caps(w: &str) -> bool {
    // most capitalised words: a lowercase second letter
    if w.as_bytes().get(1).is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    let mut letters = 0;
    for c in w.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters >= 2
}

fn is_particle(w: &str) -> bool {
    with_lower(w, |l| PARTICLES.contains(&l))
}

/// "al-Haq", "el-Sisi", "bin-Salman": a lowercase particle glued to a capitalised name.
fn particle_glued(w: &str) -> bool {
    if let Some((a, b)) = w.split_once(['-', '‑']) {
        is_particle(a) && is_cap(b)
    } else {
        false
    }
}

/// "Iran-backed", "Pro-Russian"… a capitalised word whose last part is lowercase is an adjective.
/// "Iran-backed", "U.S.-led", "Paris-based": a name made an adjective; not "Jong-il", "Ki-moon",
/// whose lowercase second syllable is part of a Korean given name.
fn hyphen_adjective(w: &str) -> bool {
    match w.rsplit_once(['-', '‑']) {
        Some((a, b)) => {
            if is_particle(a) || !b.chars().next().is_some_and(char::is_lowercase) {
                return false;
            }
            let syllable = b.len() <= 4 && !b.ends_with("ed") && !b.ends_with("ing") && !matches!(b, "run" | "born" | "made" | "era" | "wide" | "free" | "area" | "type" | "like" | "held" | "sized" | "old" | "year" | "day" | "long" | "high" | "only" | "bound" | "tied");
            // two capitalised halves before it would be "Abu-Bakr"; a Korean name is one
            // capitalised syllable and one lowercase one
            !(syllable && a.len() <= 6 && a.chars().skip(1).all(|c| c.is_lowercase()))
        }
        None => false,
    }
}

/// "M-SAM", "F-16", "COVID-19", "G7": codes and models, never names.
fn code_like(w: &str) -> bool {
    if w.chars().any(|c| c.is_ascii_digit()) {
        return true;
    }
    if let Some((a, b)) = w.split_once('-') {
        let short = |x: &str| x.chars().count() <= 1;
        return (short(a) || short(b)) && all_caps(&w.replace('-', ""));
    }
    false
}

pub struct Ctx<'a> {
    pub s: &'a str,
    pub toks: &'a [Token],
    pub lex: &'a Lexicons,
    /// Words the article also writes in lowercase (so "Some", "Overall" are not names).
    pub lower_words: HashSet64,
    /// Tokens already taken by figures.
    pub taken: &'a [bool],
    pub classes: &'a [u32],
    /// [`Ctx::name_word`] of each token, computed once.
    name_words: Vec<bool>,
}

impl<'a> Ctx<'a> {
    #[inline(never)] // a pipeline stage: kept whole, so profiles show it
    pub fn new(s: &'a str, toks: &'a [Token], lex: &'a Lexicons, taken: &'a [bool], classes: &'a [u32]) -> Ctx<'a> {
        let lower = || toks.iter().filter(|t| t.flags & crate::token::F_LOWER != 0);
        let mut lower_words = HashSet64::with_capacity(lower().count());
        for t in lower() {
            lower_words.insert(t.hash);
        }
        let mut cx = Ctx { s, toks, lex, lower_words, taken, classes, name_words: Vec::new() };
        cx.name_words = (0..toks.len()).map(|i| cx.is_name_word(i)).collect();
        cx
    }
    fn text(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.text(self.s))
    }
    /// Token `k`'s lexicon bits include `bit` (see [`crate::lexicon::L_PLACE`] and others).
    #[inline]
    fn is(&self, k: usize, bit: u32) -> bool {
        self.classes.get(k).is_some_and(|c| c & bit != 0)
    }
    /// Token `k` is an organization word as written ("Ministry", "Corp").
    fn org_word(&self, k: usize) -> bool {
        self.is(k, L_ORG_WORD) && self.lex.org_words.contains(self.text(k))
    }
    /// Token `k` is a common word written with a capital ("The", "Some").
    fn common_cap(&self, k: usize) -> bool {
        self.is(k, L_COMMON_CAP) && self.lex.common_caps.contains(self.text(k))
    }
    /// [`Ctx::is_common_word`] of token `k`.
    fn common_word_at(&self, k: usize) -> bool {
        self.common_cap(k) || self.toks.get(k).is_some_and(|t| t.kind == Kind::Word && self.lower_words.contains(t.hash))
    }
    fn word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Word) && !self.taken.get(i).copied().unwrap_or(true)
    }
    /// A word that can be part of a name: capitalised (not a pronoun with its verb, a
    /// capitalised adjective such as "Iran-backed", or a code such as "F-16"), or a lowercase
    /// particle glued to a name ("al-Haq").
    #[inline]
    fn name_word(&self, i: usize) -> bool {
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
        if possessive && ORG_NOUNS.contains(&after(n.last + 2).as_str()) {
            return true;
        }
        if n.first >= 2 && self.text(n.first - 1).eq_ignore_ascii_case("of") {
            let before = Low::new(self.text(n.first - 2));
            if matches!(before.as_str(), "shares" | "unit" | "subsidiary" | "division" | "stake" | "shareholders" | "stockholders" | "parent" | "acquisition" | "chairman" | "president") {
                return true;
            }
        }
        false
    }

    /// Context that only a company has, for a word that is not known to be anyone's name.
    fn company_context(&self, n: &Name) -> bool {
        let after = |k: usize| Low::new(self.text(k));
        let possessive = matches!(self.text(n.last), "’" | "'") && self.text(n.last + 1) == "s";
        let next = if possessive { after(n.last + 2) } else { after(n.last) };
        if COMPANY_STAFF.contains(&next.as_str()) || (possessive && self.name_word(n.last + 2)) {
            // "Goldman officials", "Shearson's Andy Rosen"
            return true;
        }
        if n.first >= 2 {
            let (b1, b2) = (after(n.first - 1), after(n.first - 2));
            if matches!(b1.as_str(), "for" | "at") && COMPANY_STAFF.contains(&b2.as_str()) {
                // "a spokesman for Laidlaw", "an analyst at Shearson"
                return true;
            }
            if b1 == "of" && matches!(b2.as_str(), "officer" | "executive" | "director" | "vice" | "founder" | "owner" | "spokesman" | "spokeswoman" | "spokesperson") {
                return true;
            }
        }
        false
    }

    fn is_common_word(&self, w: &str) -> bool {
        self.lex.common_caps.contains(w) || self.lower_words.contains(lower_hash(w))
    }
    fn role_words_at(&self, i: usize, end: usize) -> usize {
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

/// Finds the names in each sentence.
#[inline(never)] // a pipeline stage: kept whole, so profiles show it
pub fn find(cx: &Ctx, sents: &[Sentence]) -> Vec<Name> {
    let mut out: Vec<Name> = Vec::with_capacity(cx.toks.len() / 12 + 4); // news: a name per 15 tokens or so
    for sent in sents {
        let mut i = sent.first;
        while i < sent.last {
            if !cx.name_word(i) {
                i += 1;
                continue;
            }
            // chunk
            let start = i;
            let mut j = i + 1;
            loop {
                if j >= sent.last || cx.toks[j].nl > 0 {
                    break;
                }
                let w = cx.text(j);
                if cx.name_word(j) && cx.toks[j].space {
                    j += 1;
                    continue;
                }
                // a period glued to the word before it, inside the sentence
                let glued_period = w == "." && j + 1 < sent.last && !cx.toks[j].space;
                // an initial's period: J. Smith
                if glued_period && cx.text(j - 1).chars().count() == 1 && cx.name_word(j + 1) {
                    j += 2;
                    continue;
                }
                // "St. Louis", "Mt. Everest", "Ft. Worth"
                if glued_period && matches!(cx.text(j - 1), "St" | "Mt" | "Ft" | "Pt") && cx.name_word(j + 1) {
                    j += 2;
                    continue;
                }
                // "Robert B. van Dover": an initial, then a particle and the surname
                if glued_period && cx.text(j - 1).chars().count() == 1 && cx.word(j + 1) && is_particle(cx.text(j + 1)) && cx.name_word(j + 2) {
                    j += 3;
                    continue;
                }
                // an honorific's period inside a chunk: Gen. Smith, Dr. Who
                // (an abbreviation: "President. In the latest poll" ends a sentence)
                if glued_period && cx.text(j - 1).len() <= 5 && cx.name_word(j + 1) && cx.role_words_at(j - 1, j + 1) > 0 {
                    j += 2;
                    continue;
                }
                // "Baring Securities (Hong Kong) Ltd": where a company is registered, inside its name
                if w == "(" && cx.name_word(j + 1) {
                    let mut k = j + 1;
                    while k < sent.last && k < j + 5 && (cx.name_word(k) || cx.text(k) == ".") {
                        k += 1;
                    }
                    if cx.text(k) == ")" && with_lower(cx.text(k + 1).trim_end_matches('.'), |l| crate::lexicon::words::DESIGNATORS.contains(&l)) && cx.toks.get(k + 1).is_some_and(|t| t.nl == 0) {
                        j = k + 2;
                        continue;
                    }
                }
                // "MGM/UA Communications Co", "Macmillan / McGraw-Hill": two companies' names
                // joined, as one company
                if w == "/" && cx.name_word(j + 1) && j - start <= 2 && !cx.is(j - 1, L_PLACE) && !cx.is(j + 1, L_PLACE) {
                    j += 2;
                    continue;
                }
                // "Johnson & Johnson", "Standard & Poor's", "S&P", "AT&T"
                if w == "&" && cx.name_word(j + 1) {
                    j += 2;
                    continue;
                }
                // a possessive inside an organization's name: "Coastal Fishermen’s Association"
                if matches!(w, "’" | "'") && !cx.toks[j].space && cx.text(j + 1) == "s" && !cx.toks[j + 1].space && cx.name_word(j + 2) {
                    let mut k = j + 2;
                    while k < sent.last && cx.name_word(k) && cx.toks[k].space {
                        k += 1;
                    }
                    // …but not after a name that is an organization already ("Harvard University's
                    // Graduate School", "IBC's Money Fund Report")
                    // nor after a place ("Britain's Maxwell Communication Corp", "Japan's Finance
                    // Ministry"): the place owns the body, it is not part of its name
                    let owner_org = (start..j).any(|x| cx.org_word(x) || all_caps(cx.text(x)))
                        || cx.lex.is_place(&cx.s[cx.toks[start].start..cx.toks[j - 1].end]);
                    if !owner_org && (j + 2..k).any(|x| cx.org_word(x)) {
                        j = k;
                        continue;
                    }
                }
                // what is left joins a lowercase word to a name right after it
                if !(cx.word(j) && cx.name_word(j + 1)) {
                    break;
                }
                let low = Low::new(w);
                let lw = low.as_str();
                if PARTICLES.contains(&lw) {
                    j += 2;
                    continue;
                }
                // "of", "for", "in", "and", "the" inside organization and place names
                if matches!(lw, "of" | "for" | "in" | "on" | "and" | "the" | "de") {
                    let head = &cx.s[cx.toks[start].start..cx.toks[j - 1].end];
                    let head_org = head.split_whitespace().any(|h| cx.lex.org_words.contains(h) || PLACE_WORDS.contains(&h));
                    // "in" joins only bodies that are named after where they act ("Islamic
                    // Resistance in Iraq", "Embassy in Baghdad"), not "NBC News in New York"
                    let in_head = head.split_whitespace().last().is_some_and(|h| IN_HEADS.contains(&h));
                    let ok = match lw {
                        "of" => true,
                        "for" | "on" => head_org,
                        "in" => in_head,
                        // "Bosnia and Herzegovina": what a lexicon knows; "House Ways and Means
                        // Committee": a name whose continuation ends in an organization word
                        _ => {
                            let mut k = j + 1;
                            while k < sent.last && cx.name_word(k) {
                                k += 1;
                            }
                            let whole = cx.s[cx.toks[start].start..cx.toks[k - 1].end].to_lowercase();
                            // …but "House and Senate", "Army and Navy" are two bodies
                            let tail_org = lw == "and" && (j + 1..k).any(|x| cx.org_word(x)) && !cx.org_word(j - 1);
                            // "Office of Management and Budget", "Department of Trade and
                            // Industry": what follows "of" in a body's name may be a pair, unless
                            // the pair is of places or of names ("Bank of America and Citigroup")
                            let of_pair = lw == "and" && head_org && (start + 1..j).any(|x| cx.text(x) == "of") && k - (j + 1) <= 3 && {
                                let after_of = (start + 1..j).rev().find(|&x| cx.text(x) == "of").map_or(j, |x| x + 1);
                                let known = |a: usize, b: usize| {
                                    let w = &cx.s[cx.toks[a].start..cx.toks[b - 1].end];
                                    cx.lex.bits(w) & (L_PLACE | L_ORG) != 0 || cx.is(a, L_GIVEN)
                                };
                                after_of < j && !known(after_of, j) && !known(j + 1, k)
                            };
                            cx.lex.bits(&whole) & (L_ORG | L_PLACE) != 0 || (lw == "the" && head_org) || tail_org || of_pair
                        }
                    };
                    if ok {
                        j += 2;
                        continue;
                    }
                }
                break;
            }
            let mut end = j;
            // a name never crosses a line break, whatever joined it
            if let Some(k) = (start + 1..end).find(|&k| cx.toks[k].nl > 0) {
                end = k;
            }
            // "of Y" that attaches nothing org-like is not part of the name: "excerpts of Al-Awadi"
            if let Some(k) = (start + 1..end).find(|&k| cx.text(k) == "of") {
                let head = &cx.s[cx.toks[start].start..cx.toks[k - 1].end];
                let body_head = head.split_whitespace().any(|h| cx.lex.org_words.contains(h) || PLACE_WORDS.contains(&h));
                let headed = body_head || head.split_whitespace().any(|h| cx.lex.is_role(h));
                let whole = cx.s[cx.toks[start].start..cx.toks[end - 1].end].to_lowercase();
                // "Sen. John McCain of Arizona": a person's title and name, then the place they
                // represent (not "Secretary of State", "Bank of England": nothing after the place)
                let title = cx.role_words_at(start, k);
                let titled_person = !body_head
                    && head.split_whitespace().count() >= 2
                    && title > 0
                    && title < k - start
                    && k + 1 < end
                    && cx.lex.is_place(&cx.s[cx.toks[k + 1].start..cx.toks[end - 1].end]);
                if (!headed || titled_person) && cx.lex.bits(&whole) & (L_ORG | L_PLACE) == 0 {
                    end = k;
                }
            }
            // "Goldman, Sachs & Co", "Hanifen, Imhoff Inc": a partnership's names with commas;
            // not a list ("IBM, Digital Equipment Corp")
            let mut start = start;
            let firm = (start..end).any(|k| cx.text(k) == "&") || (end - start <= 3 && with_lower(cx.text(end - 1).trim_end_matches('.'), |l| crate::lexicon::words::DESIGNATORS.contains(&l)));
            if firm && start >= 2 && cx.text(start - 1) == "," {
                if let Some(prev) = out.last().filter(|p| p.last == start - 1 && p.last - p.first <= 2 && p.role.is_none()) {
                    let pname = &cx.s[cx.toks[prev.first].start..cx.toks[prev.last - 1].end];
                    let listed = prev.first > 0 && cx.text(prev.first - 1) == ",";
                    let known = cx.lex.is_org(pname) || cx.lex.is_place(pname) || all_caps(pname) || (prev.first..prev.last).any(|k| cx.org_word(k));
                    if !listed && !known {
                        start = prev.first;
                        out.pop();
                    }
                }
            }
            i = end;
            let before = out.len();
            classify(cx, sent, start, end, &mut out);
            if let Some(n) = out.get(before..).and_then(|v| v.last()) {
                i = i.max(n.last);
            }
        }
    }
    mark_teams(cx, &mut out);
    // a single unexplained word that the text treats as a company: "Goldman officials",
    // "a spokesman for Laidlaw", "Shearson's Andy Rosen"
    for n in out.iter_mut() {
        if n.kind.is_none() && n.last - n.first == 1 && (cx.organization_context(n) || cx.company_context(n)) {
            n.kind = Some(MentionKind::Organization);
        }
    }
    out
}

/// Sports results and standings: a name followed by its score on a line of such names
/// ("Cardiff 2 Colchester 1"), or opening a row of numbers ("Bolton 3 2 1 0 5 2 7"), is a team,
/// which is an organization, unless it is a person's name or a country's (national teams are
/// written as their country).
fn mark_teams(cx: &Ctx, names: &mut [Name]) {
    let score_at = |k: usize| cx.toks.get(k).is_some_and(|t| t.kind == Kind::Num && t.nl == 0 && !cx.text(k).contains(['.', ',', ':', '%']));
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
        let person = n.role.is_some() || (n.first..n.last).any(|k| cx.text(k) == ".") || (n.last - n.first > 1 && cx.is(n.first, L_GIVEN));
        let name = &cx.s[cx.toks[n.first].start..cx.toks[n.last - 1].end];
        if person || cx.lex.is_country(name) {
            continue;
        }
        names[i].kind = Some(MentionKind::Organization);
    }
}

fn classify(cx: &Ctx, sent: &Sentence, start: usize, end: usize, out: &mut Vec<Name>) {
    if let Some(n) = classify_one(cx, sent, start, end, out) {
        out.push(n);
    }
}

fn classify_one(cx: &Ctx, sent: &Sentence, start: usize, end: usize, out: &mut Vec<Name>) -> Option<Name> {
    let mut first = start;
    // sentence-initial or line-initial common words: "Some", "Overall", "The"
    let sentence_start = first == sent.first || (first > sent.first && cx.toks[first - 1].kind == Kind::Punct && (first - 1 == sent.first || matches!(cx.text(first - 1), "“" | "\"" | "‘" | "(" | "—")));
    // mid-sentence, a capitalised common word opens an organization's name: "First Boston Corp",
    // "New Jersey Turnpike Authority", "May Department Stores Co"
    let ends_in_org_word = cx.org_word(end - 1);
    let org_tail = !sentence_start && end - start >= 2 && ends_in_org_word && !matches!(cx.text(start), "The" | "A" | "An");
    while !org_tail && first < end && (cx.common_cap(first) || (sentence_start && first == start && (cx.common_word_at(first) || cx.lex.lemma(cx.classes[first]).is_some() && cx.text(first).ends_with('s')) && !cx.is(first, L_PLACE | L_ORG))) {
        first += 1;
    }
    // a role inside the chunk splits an affiliation from the person:
    // "Blue Arrow Chairman Mitchell Fromstein", "Jordanian King Abdullah"
    // …but not inside a body's name: "the Valley Queen Cheese Factory"
    if let Some(k) = (first + 1..end).find(|&k| !ends_in_org_word && is_cap(cx.text(k)) && (1..end - k).contains(&cx.role_words_at(k, end))) {
        let left_is_role = cx.role_words_at(first, end) > 0;
        let left_demonym = (first..k).all(|x| cx.is(x, L_DEMONYM));
        if !left_is_role && !left_demonym {
            classify(cx, sent, first, k, out);
            let n = cx.role_words_at(k, end);
            let mut person = classify_one(cx, sent, k, end, out)?;
            if person.kind == Some(MentionKind::Person) {
                let aff = &cx.s[cx.toks[first].start..cx.toks[k + n - 1].end];
                person.role = Some(aff.to_string());
            }
            return Some(person);
        }
        if left_demonym {
            let n = cx.role_words_at(k, end);
            let mut person = classify_one(cx, sent, k, end, out)?;
            if person.kind == Some(MentionKind::Person) {
                person.role = Some(cx.s[cx.toks[first].start..cx.toks[k + n - 1].end].to_string());
                person.role_first = first;
            }
            return Some(person);
        }
    }
    // a place the lexicon knows whole, whatever its words look like: "St. Louis", "Fort Worth"
    if end - first >= 2 && cx.lex.is_place(&cx.s[cx.toks[first].start..cx.toks[end - 1].end]) {
        return Some(Name { first, last: end, kind: Some(MentionKind::Place), role: None, role_first: first, speaks: false });
    }
    // a role alone is nobody's name: "the President", "the Prime Minister"
    if first < end && cx.role_words_at(first, end) >= end - first {
        return None;
    }
    // titles and roles at the front: "Prime Minister", "Gen.", "Sheikh"
    let mut role: Option<String> = None;
    let mut role_first = first;
    let chunk_first = first;
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
    if first >= end || cx.text(first) == "&" {
        return None;
    }
    // an organization word after a role-like word: "Justice Department", "Defense Ministry"
    if first > chunk_first && (first..end).any(|k| cx.org_word(k)) {
        return Some(Name { first: chunk_first, last: end, kind: Some(MentionKind::Organization), role: None, role_first: chunk_first, speaks: false });
    }
    // a role before the name, written in lowercase: "Iraqi government spokesperson Basem Al-Awadi"
    if role.is_none() && first > sent.first {
        let k = first - 1;
        if cx.word(k) && cx.is(k, L_ROLE) && cx.toks[first].space {
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
            role = Some(cx.s[cx.toks[b].start..cx.toks[k].end].to_string());
            role_first = b;
        }
    }
    let role = role.filter(|r| !r.is_empty()).or(None);
    let had_title = role_first < first || first > start && cx.role_words_at(start, end) > 0;
    let role_first = if role.is_some() || had_title { role_first.min(first) } else { first };
    // the name's words (tokens, periods left out) and their texts
    let wi: Vec<usize> = (first..end).filter(|&k| cx.text(k) != ".").collect();
    let words: Vec<&str> = wi.iter().map(|&k| cx.text(k)).collect();
    let name: &str = &cx.s[cx.toks[first].start..cx.toks[end - 1].end];
    // the name's lexicon bits: a one-word name's are its token's
    let name_bits = if end - first == 1 { cx.classes[first] } else { cx.lex.bits(name) };
    let next = cx.text(end);
    let speaks = cx.classes.get(end).is_some_and(|&c| cx.lex.lemma(c).is_some()) && cx.toks.get(end).is_some_and(|t| t.nl == 0);
    // products: "SAM air defense system", "M-SAM"
    if words.last().is_some_and(|w| all_caps(w)) && with_lower(next, |l| PRODUCT_NOUNS.contains(&l)) {
        return None;
    }
    let last_word = *words.last()?;
    // a market index is not its publisher: "the Dow Jones Industrial Average", "the Nikkei Index",
    // "the S&P 500", "the FTSE 100 index"
    if words.len() > 1 && matches!(last_word, "Average" | "Averages" | "Index" | "Indexes" | "Indices") {
        return None;
    }
    let numbered_next = cx.toks.get(end).is_some_and(|t| t.kind == Kind::Num && t.nl == 0 && t.space && (2..=3).contains(&(t.end - t.start)) && cx.text(end).bytes().all(|b| b.is_ascii_digit()));
    if numbered_next {
        let after = cx.text(end + 1);
        let defined = first > 0 && cx.text(first - 1).eq_ignore_ascii_case("the");
        // "S&P 500-stock index", not a score ("Kent 108-3") or a phone number
        let glued_hyphen = after == "-" && cx.toks.get(end + 1).is_some_and(|t| !t.space) && cx.text(end + 2).starts_with(|c: char| c.is_ascii_lowercase());
        if defined || glued_hyphen || after.starts_with(|c: char| c.is_ascii_lowercase()) && matches!(after, "index" | "stocks" | "stock" | "futures" | "options" | "companies" | "firms" | "list" | "contract" | "contracts") {
            return None;
        }
    }
    // a plural acronym is a common noun: "PCs", "S&Ls", "CDs", "IPOs"
    if words.len() == 1 && last_word.len() >= 3 && last_word.ends_with('s') && all_caps(&last_word[..last_word.len() - 1]) {
        return None;
    }
    // "Palisades Park, N.J.", "Boca Raton, Fla.": a name followed by its state or country is a place
    let located = next == "," && end + 1 < sent.last && {
        let k = end + 1;
        let w = cx.text(k);
        cx.lex.is_place(w) && (w.contains('.') || cx.text(k + 1) == "." || cx.lex.is_place(&format!("{w}.")) || w.len() > 3)
            && name_bits & L_PLACE == 0 && words.len() <= 3
    };
    // a name that fills a pair of quote marks is a title ("“Feeding Frenzy”", "“Jingle Bells”")
    let titled = first > 0 && matches!(cx.text(first - 1), "“" | "\"" | "‘") && matches!(cx.text(end), "”" | "\"" | "’") && role.is_none();
    // "Article II", "Apple II": a numbered thing, unless a title or role makes it a person
    // …but "Vann R. Newkirk II", "John Smith III" are people: an initial or a given name says so
    let personal = words.iter().any(|w| w.len() == 1 || w.len() == 2 && w.ends_with('.')) || cx.is(wi[0], L_GIVEN);
    let numbered = words.len() > 1 && is_roman(last_word) && role.is_none() && !had_title && !personal;
    // "Black Monday", "Terrible Tuesday": a day's name is an event, not a person
    let event_day = words.len() > 1 && crate::numbers::weekday(last_word);
    if titled || numbered || event_day {
        return None;
    }
    let kind = if name_bits & L_ORG != 0 {
        Some(MentionKind::Organization)
    } else if name_bits & L_PLACE != 0 || (next == "." && cx.toks.get(end).is_some_and(|t| !t.space) && words.len() == 1 && cx.lex.is_place(&format!("{name}."))) {
        // "Albuquerque, N.M.", "Little Rock, Ark."
        Some(MentionKind::Place)
    } else if role.is_some() || had_title {
        Some(MentionKind::Person)
    } else if located && !wi.iter().any(|&k| cx.org_word(k)) && !cx.is(wi[0], L_GIVEN) {
        Some(MentionKind::Place)
    } else if wi.iter().any(|&k| cx.org_word(k)) {
        Some(MentionKind::Organization)
    } else if wi.iter().any(|&k| cx.is(k, L_PLACE_WORD) && PLACE_WORDS.contains(&cx.text(k))) && !speaks {
        Some(MentionKind::Place)
    } else if words.len() >= 2 && COMPASS.contains(&words[0]) && cx.lex.is_place(&words[1..].join(" ")) {
        // "East Jerusalem", "West Samoa", "Northern Iraq"
        Some(MentionKind::Place)
    } else if words.len() == 1 && all_caps(last_word) && next == ":" {
        // "ENERGY: Worried that…": a section heading
        return None;
    } else if words.len() == 1 && all_caps(last_word) {
        // an acronym, or a headline/dateline word in capitals
        let title = title_case(last_word);
        if cx.lex.is_place(&title) {
            Some(MentionKind::Place)
        } else if cx.is_common_word(&title) || cx.lower_words.contains(lower_hash(last_word)) || last_word.chars().count() > 6 {
            None
        } else {
            Some(MentionKind::Organization)
        }
    } else if words.iter().all(|w| all_caps(w)) && words.len() > 1 {
        // a line in capitals: a headline, not names
        return None;
    } else if (first..end).any(|k| matches!(cx.text(k), "&" | "/")) {
        // "Mayer, Brown & Platt", "Macmillan / McGraw-Hill": partners' names make a firm
        Some(MentionKind::Organization)
    } else if cx.is(wi[0], L_GIVEN) && words.len() > 1 {
        Some(MentionKind::Person)
    } else if first > sent.first && cx.text(first - 1).eq_ignore_ascii_case("the") && !wi.iter().any(|&k| cx.is(k, L_DEMONYM)) {
        // "the Treasury", "the Red Cross", "the Cubs": a definite name is not a person's
        Some(MentionKind::Organization)
    } else if cx.text(end) == "&" || (first > 0 && cx.text(first - 1) == "&") || (first..end).any(|k| cx.text(k) == "&") {
        // "Merrill Lynch & Co.", "Young & Rubicam"
        Some(MentionKind::Organization)
    } else if speaks && name_bits & L_DEMONYM == 0 && words.len() == 1 {
        // "Matsushita said": a single word that speaks and was never introduced as a person's
        // surname (those join their person first) is most often an organization
        Some(MentionKind::Organization)
    } else if speaks && name_bits & L_DEMONYM == 0 {
        Some(MentionKind::Person)
    } else if words.len() >= 2 && words.len() <= 4 && (cx.is(wi[wi.len() - 1], L_ORG) || cx.is(wi[0], L_PLACE)) {
        // "U.S. Treasury", "US Sprint": a known body, or a country before a name, is no
        // person's name; "Dayton Ohio": places all through is a place
        if wi.iter().all(|&k| cx.is(k, L_PLACE)) {
            Some(MentionKind::Place)
        } else {
            Some(MentionKind::Organization)
        }
    } else if words.len() >= 2 && words.len() <= 4 && !wi.iter().any(|&k| !is_particle(cx.text(k)) && (cx.is(k, L_DEMONYM) || cx.common_word_at(k))) {
        Some(MentionKind::Person)
    } else {
        None
    };
    if kind.is_none() && (name_bits & L_DEMONYM != 0 || cx.is_common_word(name) || words.len() > 1) {
        // a demonym or an ordinary word alone is not an entity ("Iraqi", "Interview")
        if words.len() > 1 && !wi.iter().all(|&k| cx.common_word_at(k) || cx.is(k, L_DEMONYM)) {
            // multi-word unknown with some common words: keep the part after the last common word
            let k = (first..end).rev().find(|&k| cx.common_word_at(k) || cx.is(k, L_DEMONYM))?;
            if k + 1 < end {
                return classify_one(cx, sent, k + 1, end, out);
            }
        }
        return None;
    }
    Some(Name { first, last: end, kind, role, role_first, speaks })
}

fn is_roman(w: &str) -> bool {
    matches!(w, "II" | "III" | "IV" | "V" | "VI" | "VII" | "VIII" | "IX" | "X" | "XI" | "XII" | "XIII" | "XIV" | "XV" | "XVI")
}

fn title_case(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    for (i, c) in w.chars().enumerate() {
        if i == 0 {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_shapes() {
        assert!(particle_glued("al-Haq"));
        assert!(!particle_glued("Iran-backed"));
        assert!(hyphen_adjective("Iran-backed"));
        assert!(!hyphen_adjective("Al-Awadi"));
        assert!(!hyphen_adjective("al-Haq"));
        assert!(code_like("M-SAM"));
        assert!(code_like("F-16"));
        assert!(!code_like("Al-Awadi"));
        assert!(all_caps("ISIS"));
        assert!(!all_caps("A"));
    }
}
