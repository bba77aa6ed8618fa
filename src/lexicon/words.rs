//! Word lists compiled into the core, owned by the lexicon layer like the files under
//! `lexicons/`: the stages import them from here and never the other way round. Lists that a
//! stage tests token by token are also entered in the lexicon table with a bit of their own
//! (`W_*`, `L_*`, `Q_*` in [`super`]), so that the test is a bit, not a string comparison.
//! Lowercase unless a list says it is matched as written.

/// A word list held as one string, its words separated by single spaces. A `&[&str]` costs the
/// WASM build 8 bytes of address and length per word, which compress poorly (some 3 KB gzipped
/// for the lists here); the words themselves compress to little either way. Looking a word up
/// scans the list, as `<[&str]>::contains` did.
///
/// Most words looked up are in no list: a mask of the lengths of its words and a 128-bit Bloom
/// filter over their hashes, both computed when the list is compiled, turn nearly all of them
/// away before the search. (256 bits turned away 19 in 20 of those the length mask lets
/// through; 128 bits cost the native build 1.4% of its speed and no measurable WASM speed, and
/// save 395 bytes of the WASM gzipped: each list's filter is data that does not compress.)
#[derive(Clone, Copy, Debug)]
pub struct Words {
    s: &'static str,
    lengths: u64,
    bloom: [u64; 2],
}

/// FNV-1a over the word's bytes: two 8-bit indices of [`Words::bloom`] come from it.
const fn fnv(b: &[u8], start: usize, end: usize) -> u32 {
    let (mut h, mut i) = (0x811c_9dc5u32, start);
    while i < end {
        h = (h ^ b[i] as u32).wrapping_mul(0x0100_0193);
        i += 1;
    }
    h
}

/// [`Words::new`], short for the lists below.
const fn words(s: &'static str) -> Words {
    Words::new(s)
}

impl Words {
    /// The list of the words of `s`, separated by single spaces.
    pub const fn new(s: &'static str) -> Words {
        let b = s.as_bytes();
        let (mut i, mut start, mut lengths, mut bloom) = (0, 0, 0u64, [0u64; 2]);
        while i <= b.len() {
            if i == b.len() || b[i] == b' ' {
                if i > start {
                    let n = i - start;
                    lengths |= 1u64 << if n < 63 { n } else { 63 };
                    let h = fnv(b, start, i);
                    let (x, y) = ((h & 127) as usize, ((h >> 8) & 127) as usize);
                    bloom[x >> 6] |= 1 << (x & 63);
                    bloom[y >> 6] |= 1 << (y & 63);
                }
                start = i + 1;
            }
            i += 1;
        }
        Words { s, lengths, bloom }
    }

    /// Whether the filters let `w` through to the search.
    #[inline]
    fn may_hold(&self, w: &[u8]) -> bool {
        if w.is_empty() || self.lengths & (1u64 << w.len().min(63)) == 0 {
            return false;
        }
        let h = fnv(w, 0, w.len());
        let (x, y) = ((h & 127) as usize, ((h >> 8) & 127) as usize);
        self.bloom[x >> 6] & (1 << (x & 63)) != 0 && self.bloom[y >> 6] & (1 << (y & 63)) != 0
    }

    /// Whether the list holds `w`, as written: a binary search over the words, which every list
    /// keeps in byte order (a test checks it), as fast as `<[&str]>::contains` on short lists and
    /// faster on long ones.
    #[inline]
    pub fn contains(&self, w: &&str) -> bool {
        let b = w.as_bytes();
        self.may_hold(b) && self.search(b)
    }

    fn search(&self, w: &[u8]) -> bool {
        let s = self.s.as_bytes();
        // [lo, hi): whole words of the list still in question
        let (mut lo, mut hi) = (0, s.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let start = s[lo..mid].iter().rposition(|&b| b == b' ').map_or(lo, |p| lo + p + 1);
            let end = s[mid..hi].iter().position(|&b| b == b' ').map_or(hi, |p| mid + p);
            match s[start..end].cmp(w) {
                std::cmp::Ordering::Equal => return true,
                std::cmp::Ordering::Less => lo = end + 1,
                std::cmp::Ordering::Greater if start > lo => hi = start - 1,
                std::cmp::Ordering::Greater => return false,
            }
        }
        false
    }

    pub fn iter(&self) -> std::str::Split<'static, char> {
        self.s.split(' ')
    }
}

impl IntoIterator for Words {
    type Item = &'static str;
    type IntoIter = std::str::Split<'static, char>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

// ---- names (`crate::names`) ----

/// Degrees written after a name ("Jane Roe, PhD, of McMaster University"), as written.
pub const DEGREES: Words = words("DDS DPhil JD M.D. MBA MD MPH Ph.D. PhD RN");

// ---- figures (`crate::figures`) ----

/// Words that open a figure only when a strong word or a number follows within a few tokens
/// (modifiers, determiners, relative words): "about", "the", "last".
pub const WEAK_TRIGGERS: Words = words(
    "a about additional all almost an another approximately around as at close coming current each \
    earlier early estimated every few fewer first fiscal following for fourth in just last late \
    later latest less many mid more nearly next no only over past previous recent roughly same \
    second several some that the these this under up upwards well",
);

/// Words that are figures or the heart of one: numbers, months, weekdays, periods, holidays.
pub const STRONG_TRIGGERS: Words = words(
    "afternoon annual annually autumn beginning billion billions centuries century christmas daily \
    day days decade decades diwali dozen dozens easter eight eighteen eighty eleven end evening fall \
    fifteen fifth fifths fifty five forty four fourteen friday half halloween hanukkah hour hours \
    hundred hundreds middle midnight million millions minute minutes monday month monthly months \
    morning multibillion multimillion night nine nineteen ninety noon one overnight passover quarter \
    quarterly quarters ramadan remainder rest saturday scores season seven seventeen seventy six \
    sixteen sixty spring start summer sunday ten tens tenth tenths thanksgiving third thirds \
    thirteen thirty thousand thousands three thursday today tomorrow tonight trillion tuesday twelve \
    twenty two wednesday week weekend weekly weeks winter year year-ago yearly years yesterday zero",
);

/// Abbreviations, as written before their period, that make the number after them a label, not
/// a count: "No. 10", "Prop. 65", "Art. 5", "Vol. 2".
pub const LABEL_ABBREVIATIONS: Words = words("Apt Art Ch Fig Hwy No Nos Para Prop Pt Rm Rte Sec Vol art ch fig no nos para pt sec vol");

/// The words of a figure that gives neither a quantity nor a point in the calendar ("today",
/// "night", "monthly", "every year", "the first"): a figure made only of these is minor.
pub const MINOR_FIGURE_WORDS: Words = words(
    "afternoon annual annually daily day each early eighth evening every fifth first fourth hourly late \
    month monthly morning night nightly ninth now overnight quarterly second seventh sixth tenth the \
    third today tonight week weekly year yearly",
);

/// Words before a figure that make "X to Y" a movement rather than a range.
pub const MOVES: Words = words(
    "added adding advanced boosted climbed climbing cut declined decreased down dropped dropping \
    eased easing falling fell from gained gaining grew increased jumped jumping losing lost lowered \
    narrowed plunged raised rising rose shrank slid sliding slipped slipping soared surged tumbled \
    up widened",
);

/// Verbs after which "up to" is a direction ("inched up to 47.6%") rather than a bound.
pub const CLIMBS: Words = words("came climb crept edged go goes inched jumps moved rise rises shot ticked went");

/// Periods that a relative word before them makes a date ("last year", "the coming weeks").
pub const RELATIVE_DATE_HEADS: Words = words(
    "autumn century day days decade decades fall month months quarter season spring summer week \
    weekend weeks winter year years",
);

/// Month names and abbreviations with their number.
pub const MONTHS: &[(&str, u32)] = &[
    ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3), ("april", 4), ("apr", 4),
    ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7), ("august", 8), ("aug", 8), ("september", 9),
    ("sept", 9), ("sep", 9), ("october", 10), ("oct", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
];

/// Ordinal words with their value.
pub const ORDINALS: &[(&str, u32)] = &[
    ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6), ("seventh", 7),
    ("eighth", 8), ("ninth", 9), ("tenth", 10), ("eleventh", 11), ("twelfth", 12), ("thirteenth", 13),
    ("fourteenth", 14), ("fifteenth", 15), ("sixteenth", 16), ("seventeenth", 17), ("eighteenth", 18),
    ("nineteenth", 19), ("twentieth", 20), ("thirtieth", 30), ("fortieth", 40), ("fiftieth", 50),
    ("hundredth", 100), ("thousandth", 1000),
];

// ---- names and entities (`crate::names`, `crate::entities`) ----

/// Particles that may sit lowercase inside a name.
pub const PARTICLES: Words = words(
    "abu al ben bin bint da das de del della den der des di dos du el ibn la le st. ter ul umm van \
    von y",
);

/// Spellings of a name particle that news uses for one another ("el-Sisi", "al-Sisi"; "ibn",
/// "bin"): a watched name matches the text whichever it uses. Each pair is (spelling, the one it
/// folds to).
pub const PARTICLE_SPELLINGS: &[(&str, &str)] = &[("el", "al"), ("ul", "al"), ("ibn", "bin"), ("abou", "abu"), ("bou", "abu")];

/// Organization words after which "in <place>" still belongs to the name.
pub const IN_HEADS: Words = words(
    "Army Assembly Authority Brigades Bureau Coalition Command Committee Congress \
    Council Delegation Forces Front Group Mission Movement Organisation Organization \
    Party Resistance Union",
);

/// Words that make a name a place: "Islamic Republic of Iran", "Gaza Strip".
pub const PLACE_WORDS: Words = words(
    "Avenue Basin Bay Beach Border Canal City Coast County Delta Desert District Emirates Falls Ft \
    Governorate Harbor Harbour Heights Hills Island Islands Kingdom Lake Lakes Landforms Mount \
    Mountain Mountains Mt Oblast Ocean Park Peninsula Plains Plateau Province Region Republic River \
    SAR Sea Springs Square Strait Straits Street Town Valley Village Zone",
);

/// Nouns after a company's name or before "for"/"at" it: "Goldman officials", "an analyst at X".
pub const COMPANY_STAFF: Words = words(
    "analyst analysts board chairman directors economist economists employees executive executives \
    management officials shareholders shares specialist spokesman spokesperson spokeswoman stock stockholders \
    subsidiary trader traders unit",
);

/// Nouns after "X's" that only an organization has.
pub const ORG_NOUNS: Words = words(
    "advertisers affiliate affiliates board bondholders bonds branches brand brands chairman \
    circulation creditors directors dividend dividends division divisions earnings employees executives \
    factories factory fleet franchise headquarters lenders management merger net operations outlets parent \
    plant plants preferred president products profit profits revenue revenues sales shareholders shares stock \
    stockholders stores subscribers subsidiaries subsidiary unit units",
);

/// Words after "one" that make it a pronoun, not a count: "one that", "one of", "one day".
pub const ONE_PRONOUN_NEXT: Words = words(
    "'s , . another another's at can day in is of on side that thing time to was way which who will \
    would ’s",
);

/// Words before "one" that make it a pronoun: "the one", "any one", "each one".
pub const ONE_PRONOUN_BEFORE: Words = words(
    "any any- anyone each every everyone no only some someone that the this which",
);

/// Words before an ordinal that make it an adverb: "at first", "should first agree".
pub const AUX_BEFORE_ORDINAL: Words = words(
    "and are at can could did had has have is may might must should to was were will would",
);

/// Words before an ordinal that rank something with it: "the first", "its second".
pub const RANKERS: Words = words("each every her his its my our s that the their this whose your");

/// Words before a bare month that make it a date: "in October", "since May", "last March".
pub const MONTH_PREPOSITIONS: Words = words(
    "after before by during early from in last late mid next of since this through until",
);

/// Short lowercase words after a hyphen that make a capitalised word an adjective ("Ohio-born",
/// "China-made"), not a syllable of a Korean given name ("Jong-il").
pub const NOT_SYLLABLES: Words = words(
    "area born bound day era free held high like long made old only run sized tied type wide year",
);

/// Nouns after a word, or before "of" and a word, that make it a place: "the Pali coast", "the
/// Dongguan area", "the town of Zandvoort".
pub const PLACE_NOUNS: Words = words(
    "area borough city coast county district hamlet harbor harbour island municipality parish \
    prefecture province region shore suburb town township village",
);

/// Parts of a period before "of": "the end of the year", "the summer of 1990".
pub const PERIOD_PARTS: Words = words(
    "autumn beginning end fall half middle remainder rest spring start summer winter",
);

/// Lowercase words in "-s" that are no plural nouns: "was", "this", "unless".
pub const S_NOT_PLURALS: Words = words(
    "across as has is its less press since this towards unless was",
);

/// A company's legal forms, which end its name: "Siemens AG", "Dow Chemical Co".
pub const LEGAL_FORMS: Words = words("AG Co Corp GmbH Inc LLC Limited Ltd NV PLC SA");

/// Time zones after a time: "10 a.m. EDT".
pub const TIME_ZONES: Words = words("BST CDT CET CST EDT EST GMT MST PDT PST UTC");

/// Nouns after a name that make it an index or a market, not a body: "the Nikkei index", "Dow futures".
pub const INDEX_NOUNS: Words = words("companies contract contracts firms futures index list options stock stocks");

/// Words before a number that make it a label, not a count: "No. 3", "page 12", "version 2.8".
pub const LABEL_WORDS: Words = words("# No No. Number Version no. number page pages release version");

/// Roles before "of" and a company's name: "chief executive of Hearst", "a spokesman of X".
pub const OF_STAFF_ROLES: Words = words("director executive founder officer owner spokesman spokesperson spokeswoman vice");

/// Nouns before "in" that make what follows a company, not a place: "a stake in X", "shares in X".
pub const STAKE_NOUNS: Words = words("equity holdings interest invested investment shares stake stakes");

/// Nouns before "of" and a company's name: "a unit of X", "officials of X".
pub const OF_COMPANY: Words = words(
    "acquisition chairman division employees executive executives founder officials owner parent \
    president shareholders shares stake stockholders subsidiary unit",
);

/// Nouns for a newspaper or magazine, right after its name or with "the" before it ("Le Matin
/// newspaper", "the daily Sueddeutsche Zeitung").
pub const MEDIA_NOUNS: Words = words("daily magazine newspaper tabloid weekly");

/// The last words of an event's name, which is no organization's: "the World Cup", "the
/// French Open", "the Cold War", "the Nobel Prize".
pub const EVENT_WORDS: Words = words("Bowl Championship Championships Cup Marathon Olympics Open Paralympics Prix Prize Series Summit Tournament Trophy War");

/// Nouns of what a leader heads or runs, after the leader's name: "the Bush administration",
/// "the Gore campaign" (`names::person::leader`).
pub const LEADERS_NOUNS: Words = words("administration campaign era presidency regime");

/// Verbs of a game's result: a place named beside one is a team ("Leeds beat Chelsea", "drew
/// with Valencia"; `names::organization::mark_teams`).
pub const RESULT_VERBS: Words = words("beat beats defeated drew");

/// Roles that only an organization gives, between its name and its holder's ("Acme Widgets
/// chairman John Reed", "San Francisco Giants owner Bob Lurie"); not "aide", "spokesman" or
/// "adviser", which people have too ("Clinton aide Huma Abedin").
pub const ORG_HEAD_ROLES: Words = words("ceo chairman chairwoman coach founder manager owner president publisher treasurer");

/// Nouns that describe a company in apposition after its name ("Maxus, an independent oil and
/// gas company,", "Time, the largest newsweekly,").
pub const COMPANY_KINDS: Words = words(
    "airline automaker bank brokerage carrier chain company concern conglomerate developer \
    distributor firm insurer lender maker manufacturer newspaper newsweekly publisher retailer \
    subsidiary supplier thrift utility",
);

/// Heads of place names that English writes with "the" as part of the name: "the United
/// States", "the Mississippi River", "the Gaza Strip", "the Czech Republic".
pub const THE_PLACE_HEADS: Words = words(
    "Bank Basin Canal Delta Desert Emirates Gulf Heights Hills Islands Kingdom Lakes Mountains \
    Ocean Peninsula Plains Plateau Republic River Sea States Strait Straits Strip Union Valley",
);

/// Lowercase nouns after an acronym that make it a product or system, not an organization.
pub const PRODUCT_NOUNS: Words = words(
    "air aircraft batteries battery chip chips device devices drone drones engine engines fighter \
    fighters file files format jet jets launcher launchers missile missiles model models phone \
    phones rifle rifles rocket rockets software system systems tank tanks test tests vaccine \
    vaccines variant vehicle vehicles virus",
);

/// Lowercase words that may stand in a role before a name ("Iraqi government spokesperson").
pub const ROLE_MODIFIERS: Words = words(
    "acting army assistant campaign chief city communications company conservative county defence \
    defense democratic department deputy district economy embassy energy executive federal finance \
    foreign former general government group health house information intelligence interim interior \
    justice labor labour late local managing media military militia ministry national oil opposition \
    party police presidential press prime regional republican retired ruling security senate senior \
    spy state then top trade u.s. union us veteran vice white",
);

/// Function words that end a role phrase on its left.
pub const STOP: Words = words(
    "a about according after against also an and are as at be because been before between both but by \
    can could during for from had has have he her here him his i if in including into is it its like \
    me my not of on or our over said says she since such than that the their them then there these \
    they this those to told under until us was we were what when where which while who whom whose \
    will with would you your",
);

/// Compass words that open a place's name ("East Jerusalem", "Northern Iraq").
pub const COMPASS: Words = words("Central East Eastern Greater Lower North Northern South Southern Upper West Western");

/// Corporate designators that a later short mention leaves out (lowercase, without periods).
pub const DESIGNATORS: Words = words(
    "& a.s ab ag asa b.v bros bv co company corp corporation cos gmbh group holdings inc incorporated \
    international kk limited llc llp lp ltd n.v nv oy plc pty s.a s.l s.l.u s.p.a s.r.l s.r.o sa sl \
    spa srl",
);

// ---- quotes (`crate::quotes`) ----

/// Pronouns that can stand for a speaker.
pub const PRONOUNS: Words = words("he i it she they we");

/// Words that head a descriptive speaker: "a spokesman", "officials", "the ministry", "sources".
pub const SPEAKER_NOUNS: Words = words(
    "activists ad adviser advisers advisor agency aide aides analyst analysts army article \
    authorities board campaign clip committee company complaint court critic critics demonstrators \
    department diplomat diplomats doctor doctors economist economists embassy expert experts filing \
    friend friends government group investigators judge lawsuit lawyer leader letter member members \
    memo military minister ministry narrator neighbor neighbour observers office officer officers \
    official officials organizers panel parents people police poll president prosecutors protester \
    protesters reader readers report researchers resident residents ruling scientists source sources \
    spokesman spokespeople spokesperson spokespersons spokeswoman statement strategist student \
    students study supporter supporters survey teacher teachers video voter voters witness witnesses \
    worker workers writer",
);

/// Determiners that open a descriptive speaker ("the spokesman", "some officials").
pub const DETERMINERS: Words = words("a an another both her his its many most one our several some that the their these this those three two");

/// Words that do not end a noun phrase subject.
pub const NOT_NOUNS: Words = words(
    "a about after again against all already also although always an and any are as at be because been before \
    being between both but by can could did do does down during each even ever every few for from \
    had has have he her here him his how i if in into is it its just may me might more most much \
    must never no nor not now of off often on one only or other our out over own same shall she \
    should since so some still such than that the their them then there these they this those \
    though through to too until up us very was we were what when where whereas which while who whom whose why will \
    with within without would yet you",
);

/// Auxiliaries and forms of "be": a verb of a clause's own, or what stands between a subject and
/// its reporting verb ("has said", "did not say").
pub const AUXILIARIES: Words = words("are can cannot could did do does had has have is may might must should was were will would");

/// Words that may stand between a subject and its reporting verb ("he also said", "has repeatedly
/// denied").
pub const ADVERBS: Words = words(
    "again already also always clearly consistently could did do does even explicitly firmly first \
    flatly frequently further had has have immediately initially is just later long may might never \
    not often once openly originally previously privately publicly quickly recently repeatedly \
    reportedly separately similarly still strongly subsequently then was will would",
);

/// Nouns and adjectives ending in "-ly" that are no adverb ("the family said", "an ally says"):
/// any other lowercase "-ly" word between a subject and its verb is one ("Trump jokingly said").
pub const LY_NOT_ADVERBS: Words = words(
    "ally anomaly assembly belly bully butterfly early family firefly folly homily italy jelly lily \
    monopoly oily only rally reply supply ugly",
);

/// Reporting verbs whose object is itself what was said or meant ("urged X to …", "called for X").
pub const ATTITUDES: Words = words(
    "accuse applaud ask attack blame blast call cite condemn criticize decry defend demand denounce deny \
    describe dismiss endorse oppose pledge praise promise propose question recommend reject slam urge vow \
    welcome",
);

/// Reporting verbs of what a study, a poll or records show, not of a person speaking: they
/// report only with "that" or a question word, and a name before them is no speaker's.
pub const FINDINGS: Words = words("find show");

/// Reporting verbs that are too ambiguous without "that" ("called", "continued", "points").
pub const NEED_THAT: Words = words(
    "accuse add agree answer ask assure believe call charge conclude continue demand deny describe estimate \
    find indicate joke maintain mention observe pledge point post promise recall remark remind reply \
    report respond reveal shout show signal think urge vow write",
);

// ---- the assembled analysis (`crate::analysis`) ----

/// Nouns that a name premodifies in news ("the Dow Jones index", "the Yankees team"): an article
/// before such a name belongs to the noun, not to the name.
pub const HEAD_NOUNS: Words = words(
    "ad ads advance agreement analysts annual average bid board bonds broadcast broadcasts building \
    campaign card cards case cause chairman chief company contract convention corporate crisis \
    cruise deal decision delegation director dispute division employees executive executives floor \
    forces fund funds futures group headquarters index indexes industrials investigation issue \
    issues leaders loan loans magazine market markets meeting members mission model movement name \
    network news newspaper notes offer official officials operation operations parties pit plan \
    plans playoffs policy president program programme proposal report researchers rules ruling \
    scandal securities series shares ship show spokesman spokesperson spokeswoman standard \
    standards stock style subsidiary system talks tally team ticker trademark traders troops tumult \
    unit units version vote",
);

/// Plural nouns that do not end in "s", for what a count counts ("11 people", "300 police").
pub const IRREGULAR_PLURALS: Words = words(
    "aircraft cattle children clergy crew deer feet fish livestock men mice militia offspring people \
    personnel police sheep staff teeth women youth",
);

// ---- figure groups (`crate::analysis`, groups) ----

/// Participles that say what happened to the people a count counts ("12 people killed", "15
/// were wounded", "killing 12"): a count of people with one of these is a toll.
pub const EVENT_PARTICIPLES: &[(&str, &str)] = &[
    ("killed", "killed"), ("killing", "killed"), ("dead", "killed"), ("died", "killed"), ("injured", "injured"), ("injuring", "injured"),
    ("wounded", "injured"), ("wounding", "injured"), ("hurt", "injured"), ("displaced", "displaced"), ("arrested", "arrested"),
    ("detained", "arrested"), ("missing", "missing"), ("evacuated", "evacuated"), ("rescued", "rescued"), ("infected", "infected"),
    ("kidnapped", "kidnapped"), ("abducted", "kidnapped"), ("affected", "affected"),
];

/// Words between a count and its participle that do not change what is counted ("12 people
/// were reportedly killed").
pub const EVENT_FILLERS: Words = words("also are been being confirmed had has have is now reportedly was were");

/// Nouns for the people of a place ("a population of 40 million", "40 million inhabitants"): a
/// count of these, or of a nationality's plural ("42.5 million Iraqis"), is a population.
pub const POPULATION_NOUNS: Words = words("citizens inhabitants nationals population residents");

/// Nouns an amount of money is the size of ("a $2 billion deal"): amounts of the same currency
/// for the same one of these are one thing reported twice.
pub const MONEY_HEADS: Words = words(
    "acquisition agreement aid bailout bid bond budget contract deal fine fund grant investment loan \
    offer order package purchase ransom sale settlement stimulus takeover",
);

/// Words that make a sentence about a change or a comparison ("rose from 1,200 to 3,000", "up
/// from", "a year earlier"): its figures are not one thing reported twice.
pub const CHANGE_CUES: Words = words(
    "climbed compared declined decrease decreased doubled dropped earlier estimate estimated \
    estimates fallen falls fell grew grown halved increase increased increases initially jumped last \
    later originally previous previously revised rise risen rises rose than updated",
);

#[cfg(test)]
mod tests {
    use super::*;

    /// Every list in byte order, without repeats, one space between words: what
    /// [`Words::contains`] relies on; and it finds each word and nothing else.
    #[test]
    fn lists_are_sorted_and_found() {
        for (name, list) in [("DEGREES", DEGREES), ("WEAK_TRIGGERS", WEAK_TRIGGERS), ("STRONG_TRIGGERS", STRONG_TRIGGERS), ("MOVES", MOVES), ("CLIMBS", CLIMBS), ("RELATIVE_DATE_HEADS", RELATIVE_DATE_HEADS), ("PARTICLES", PARTICLES), ("IN_HEADS", IN_HEADS), ("PLACE_WORDS", PLACE_WORDS), ("THE_PLACE_HEADS", THE_PLACE_HEADS), ("COMPANY_STAFF", COMPANY_STAFF), ("ORG_NOUNS", ORG_NOUNS), ("OF_COMPANY", OF_COMPANY), ("STAKE_NOUNS", STAKE_NOUNS), ("OF_STAFF_ROLES", OF_STAFF_ROLES), ("LABEL_WORDS", LABEL_WORDS), ("INDEX_NOUNS", INDEX_NOUNS), ("TIME_ZONES", TIME_ZONES), ("LEGAL_FORMS", LEGAL_FORMS), ("S_NOT_PLURALS", S_NOT_PLURALS), ("PERIOD_PARTS", PERIOD_PARTS), ("PLACE_NOUNS", PLACE_NOUNS), ("NOT_SYLLABLES", NOT_SYLLABLES), ("MONTH_PREPOSITIONS", MONTH_PREPOSITIONS), ("RANKERS", RANKERS), ("AUX_BEFORE_ORDINAL", AUX_BEFORE_ORDINAL), ("ONE_PRONOUN_BEFORE", ONE_PRONOUN_BEFORE), ("ONE_PRONOUN_NEXT", ONE_PRONOUN_NEXT), ("MEDIA_NOUNS", MEDIA_NOUNS), ("COMPANY_KINDS", COMPANY_KINDS), ("ORG_HEAD_ROLES", ORG_HEAD_ROLES), ("PRODUCT_NOUNS", PRODUCT_NOUNS), ("ROLE_MODIFIERS", ROLE_MODIFIERS), ("STOP", STOP), ("COMPASS", COMPASS), ("DESIGNATORS", DESIGNATORS), ("PRONOUNS", PRONOUNS), ("SPEAKER_NOUNS", SPEAKER_NOUNS), ("DETERMINERS", DETERMINERS), ("NOT_NOUNS", NOT_NOUNS), ("ADVERBS", ADVERBS), ("AUXILIARIES", AUXILIARIES), ("LY_NOT_ADVERBS", LY_NOT_ADVERBS), ("ATTITUDES", ATTITUDES), ("NEED_THAT", NEED_THAT), ("FINDINGS", FINDINGS), ("HEAD_NOUNS", HEAD_NOUNS), ("IRREGULAR_PLURALS", IRREGULAR_PLURALS), ("EVENT_FILLERS", EVENT_FILLERS), ("POPULATION_NOUNS", POPULATION_NOUNS), ("MONEY_HEADS", MONEY_HEADS), ("CHANGE_CUES", CHANGE_CUES), ("MINOR_FIGURE_WORDS", MINOR_FIGURE_WORDS), ("LABEL_ABBREVIATIONS", LABEL_ABBREVIATIONS), ("RESULT_VERBS", RESULT_VERBS), ("EVENT_WORDS", EVENT_WORDS), ("LEADERS_NOUNS", LEADERS_NOUNS)] {
            let words: Vec<&str> = list.iter().collect();
            assert!(words.len() > 1, "{name} is empty");
            assert!(words.windows(2).all(|w| w[0] < w[1]), "{name} is not in byte order, or repeats a word: {words:?}");
            assert!(words.iter().all(|w| !w.is_empty()), "{name}: two spaces in a row");
            for w in &words {
                assert!(list.contains(w), "{name}: {w} not found");
                for other in [format!("{w}x"), format!("a{w}"), w[..w.len() - 1].to_string()] {
                    assert_eq!(list.contains(&other.as_str()), words.contains(&other.as_str()), "{name}: {other}");
                }
            }
            assert!(!list.contains(&"") && !list.contains(&" ") && !list.contains(&"zzzzzz"));
        }
    }
}
