//! Word lists compiled into the core, owned by the lexicon layer like the files under
//! `lexicons/`: the stages import them from here and never the other way round. Lists that a
//! stage tests token by token are also entered in the lexicon table with a bit of their own
//! (`W_*`, `L_*`, `Q_*` in [`super`]), so that the test is a bit, not a string comparison.
//! Lowercase unless a list says it is matched as written.

// ---- figures (`crate::figures`) ----

/// Words that open a figure only when a strong word or a number follows within a few tokens
/// (modifiers, determiners, relative words): "about", "the", "last".
pub const WEAK_TRIGGERS: &[&str] = &[
    "more", "no", "less", "fewer", "at", "up", "as", "upwards", "in", "just", "well", "over", "under", "almost",
    "nearly", "close", "about", "around", "approximately", "roughly", "some", "an", "estimated", "another",
    "additional", "mid", "every", "all", "each", "several", "few", "many", "for", "first", "second",
    "fourth", "earlier", "later", "fiscal", "a", "the", "last", "past", "next", "coming", "this", "recent",
    "previous", "following", "current", "latest", "same", "early", "late", "only", "that", "these",
];

/// Words that are figures or the heart of one: numbers, months, weekdays, periods, holidays.
pub const STRONG_TRIGGERS: &[&str] = &[
    "multibillion", "multimillion", "million", "billion", "trillion", "daily", "weekly", "monthly", "quarterly",
    "yearly", "annual", "annually", "morning", "afternoon", "evening", "night", "overnight", "year", "years",
    "month", "months", "week", "weeks", "day", "days", "decade", "decades", "century", "centuries", "quarter",
    "quarters", "half", "weekend", "spring", "summer", "autumn", "fall", "winter", "season", "hour", "hours",
    "minute", "minutes", "christmas", "thanksgiving", "easter", "ramadan", "hanukkah", "halloween", "passover",
    "diwali", "year-ago", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "dozen", "dozens", "hundreds",
    "thousands", "millions", "billions", "scores", "tens", "zero", "today", "yesterday", "tomorrow", "tonight",
    "noon", "midnight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "end",
    "beginning", "start", "middle", "rest", "remainder", "third", "thirds", "fifths", "tenths", "fifth", "tenth",
];

/// Words before a figure that make "X to Y" a movement rather than a range.
pub const MOVES: &[&str] = &[
    "from", "rose", "fell", "climbed", "jumped", "dropped", "gained", "added", "lost", "declined", "increased",
    "decreased", "slipped", "eased", "advanced", "tumbled", "soared", "plunged", "slid", "surged", "up", "down",
    "rising", "falling", "grew", "shrank", "raised", "cut", "lowered", "boosted", "widened", "narrowed",
    "gaining", "losing", "climbing", "dropping", "jumping", "sliding", "adding", "slipping", "easing",
];

/// Verbs after which "up to" is a direction ("inched up to 47.6%") rather than a bound.
pub const CLIMBS: &[&str] = &["inched", "moved", "went", "crept", "edged", "ticked", "shot", "jumps", "rises", "goes", "came", "climb", "rise", "go"];

/// Periods that a relative word before them makes a date ("last year", "the coming weeks").
pub const RELATIVE_DATE_HEADS: &[&str] = &[
    "year", "years", "month", "months", "week", "weeks", "decade", "decades", "weekend", "century", "quarter",
    "spring", "summer", "autumn", "fall", "winter", "season", "day", "days",
];

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
pub const PARTICLES: &[&str] = &[
    "al", "el", "bin", "ibn", "bint", "ben", "abu", "umm", "van", "von", "der", "den", "de", "da", "dos", "das", "du",
    "la", "le", "del", "della", "di", "des", "ter", "y", "st.", "ul",
];

/// Spellings of a name particle that news uses for one another ("el-Sisi", "al-Sisi"; "ibn",
/// "bin"): a watched name matches the text whichever it uses. Each pair is (spelling, the one it
/// folds to).
pub const PARTICLE_SPELLINGS: &[(&str, &str)] = &[("el", "al"), ("ul", "al"), ("ibn", "bin"), ("abou", "abu"), ("bou", "abu")];

/// Organization words after which "in <place>" still belongs to the name.
pub const IN_HEADS: &[&str] = &[
    "Resistance", "Movement", "Front", "Party", "Church", "Mission", "Forces", "Army", "Coalition", "Committee",
    "Council", "Command", "Embassy", "Consulate", "Office", "Delegation", "Bureau", "Authority", "Union", "Brigades",
    "Organization", "Organisation", "Group", "Congress", "Assembly",
];

/// Words that make a name a place: "Islamic Republic of Iran", "Gaza Strip".
pub const PLACE_WORDS: &[&str] = &[
    "SAR", "Mt", "Mount", "Ft", "Republic", "Kingdom", "Emirates", "Province", "County", "City", "Island", "Islands", "River", "Mountains", "Valley",
    "Sea", "Ocean", "Lake", "Bay", "Strait", "Peninsula", "Street", "Avenue", "Square", "District", "Region", "Coast",
    "Desert", "Canal", "Border", "Heights", "Hills", "Governorate", "Oblast", "Plains", "Lakes", "Town", "Village",
    "Mountain", "Harbor", "Harbour", "Park", "Beach", "Falls", "Springs", "Basin", "Delta", "Plateau", "Landforms",
];

/// Nouns after a company's name or before "for"/"at" it: "Goldman officials", "an analyst at X".
pub const COMPANY_STAFF: &[&str] = &[
    "officials", "spokesman", "spokeswoman", "spokesperson", "executives", "executive", "employees", "traders",
    "trader", "analyst", "analysts", "economist", "economists", "specialist", "shares", "stock", "shareholders",
    "stockholders", "subsidiary", "unit", "board", "directors", "chairman",
];

/// Nouns after "X's" that only an organization has.
pub const ORG_NOUNS: &[&str] = &[
    "shares", "stock", "shareholders", "stockholders", "chairman", "unit", "units", "subsidiary", "subsidiaries",
    "parent", "board", "directors", "executives", "employees", "profit", "profits", "earnings", "revenue",
    "revenues", "sales", "headquarters", "products", "plant", "plants", "factory", "factories", "brand", "brands",
    "bonds", "merger", "net",
];

/// Lowercase nouns after an acronym that make it a product or system, not an organization.
pub const PRODUCT_NOUNS: &[&str] = &[
    "system", "systems", "missile", "missiles", "rocket", "rockets", "launcher", "launchers", "jet", "jets", "fighter",
    "fighters", "aircraft", "drone", "drones", "air", "rifle", "rifles", "tank", "tanks", "vehicle", "vehicles",
    "engine", "engines", "chip", "chips", "phone", "phones", "software", "device", "devices", "vaccine", "vaccines",
    "variant", "battery", "batteries", "test", "tests", "virus", "format", "file", "files", "model", "models",
];

/// Lowercase words that may stand in a role before a name ("Iraqi government spokesperson").
pub const ROLE_MODIFIERS: &[&str] = &[
    "government", "foreign", "defense", "defence", "military", "party", "state", "former", "deputy", "senior", "chief",
    "top", "army", "police", "security", "press", "campaign", "ministry", "company", "opposition", "national",
    "interior", "finance", "health", "economy", "trade", "oil", "presidential", "prime", "vice", "acting", "interim",
    "assistant", "general", "executive", "managing", "late", "then", "veteran", "militia", "group", "department",
    "white", "house", "federal", "regional", "local", "city", "county", "district", "senate", "house", "union",
    "republican", "democratic", "conservative", "labour", "labor", "opposition", "spy", "intelligence", "justice",
    "energy", "information", "media", "communications", "embassy", "ruling", "retired", "u.s.", "us",
];

/// Function words that end a role phrase on its left.
pub const STOP: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "than",
    "that", "which", "who", "whom", "whose", "this", "these", "those", "its", "his", "her", "their", "our", "my",
    "your", "is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "not",
    "after", "before", "when", "while", "if", "because", "about", "into", "over", "under", "between", "against",
    "during", "since", "until", "also", "says", "told", "according", "like", "including", "such", "both", "said",
    "then", "there", "here", "it", "he", "she", "they", "we", "i", "you", "him", "them", "us", "me", "what", "where",
];

/// Compass words that open a place's name ("East Jerusalem", "Northern Iraq").
pub const COMPASS: &[&str] = &["East", "West", "North", "South", "Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower", "Greater"];

/// Corporate designators that a later short mention leaves out (lowercase, without periods).
pub const DESIGNATORS: &[&str] = &[
    "inc", "corp", "co", "cos", "ltd", "llc", "plc", "group", "holdings", "sa", "s.a", "ag", "nv", "n.v", "&", "company",
    "corporation", "incorporated", "limited", "bros", "international",
];

// ---- quotes (`crate::quotes`) ----

/// Pronouns that can stand for a speaker.
pub const PRONOUNS: &[&str] = &["he", "she", "they", "i", "we", "it"];

/// Words that head a descriptive speaker: "a spokesman", "officials", "the ministry", "sources".
pub const SPEAKER_NOUNS: &[&str] = &[
    "official", "officials", "source", "sources", "spokesman", "spokeswoman", "spokesperson", "ministry", "statement",
    "government", "police", "military", "army", "company", "analyst", "analysts", "experts", "expert", "aide", "aides",
    "report", "president", "minister", "leader", "diplomat", "diplomats", "witnesses", "witness", "residents", "lawyer",
    "campaign", "spokespeople", "officer", "officers", "agency", "group", "office", "department", "embassy",
    "authorities", "prosecutors", "investigators", "observers", "critics", "people", "study", "survey", "poll",
    "researchers", "scientists", "doctors", "organizers", "activists", "friend", "friends", "reader", "readers",
    "writer", "narrator", "doctor", "resident", "neighbor", "neighbour", "voter", "voters", "protesters",
    "protester", "demonstrators", "supporters", "supporter", "critic", "strategist", "adviser", "advisers",
    "advisor", "spokespersons", "economist", "economists", "student", "students", "parents", "teacher",
    "teachers", "worker", "workers", "member", "members", "letter", "article", "ad", "video", "clip",
    "memo", "filing", "complaint", "lawsuit", "ruling", "court", "judge", "panel", "committee", "board",
];

/// Determiners that open a descriptive speaker ("the spokesman", "some officials").
pub const DETERMINERS: &[&str] = &["the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "some", "many", "several", "most", "both", "two", "three", "one"];

/// Words that do not end a noun phrase subject.
pub const NOT_NOUNS: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "than",
    "that", "which", "who", "whom", "whose", "this", "these", "those", "it", "its", "his", "her", "their", "our",
    "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could", "not",
    "also", "there", "here", "what", "when", "where", "why", "how", "if", "then", "so", "just", "only", "even",
    "all", "any", "more", "most", "very", "much", "about", "into", "over", "after", "before", "while", "because",
    "it", "he", "she", "they", "we", "i", "you", "him", "them", "us", "me", "one", "do", "does", "did", "may",
    "might", "must", "should", "shall", "now", "still", "yet", "already", "never", "always", "often", "ever",
    "too", "again", "against", "between", "during", "since", "until", "without", "within", "through", "up", "out",
    "off", "down", "no", "nor", "each", "every", "other", "such", "own", "same", "both", "few", "some",
];

/// Words that may stand between a subject and its reporting verb ("he also said", "has repeatedly denied").
pub const ADVERBS: &[&str] = &[
    "also", "has", "have", "had", "was", "is", "later", "then", "previously", "repeatedly", "again", "further",
    "once", "recently", "publicly", "privately", "reportedly", "would", "will", "could", "may", "might", "did",
    "does", "do", "not", "never", "had", "flatly", "firmly", "strongly", "clearly", "explicitly", "often",
];

/// Reporting verbs whose object is itself what was said or meant ("urged X to …", "called for X").
pub const ATTITUDES: &[&str] = &[
    "call", "urge", "demand", "criticize", "praise", "accuse", "deny", "propose", "oppose", "question", "reject",
    "dismiss", "blame", "defend", "welcome", "condemn", "slam", "attack", "promise", "pledge", "vow", "describe",
    "recommend", "applaud", "endorse",
];

/// Reporting verbs that are too ambiguous without "that" ("called", "continued", "points").
pub const NEED_THAT: &[&str] = &[
    "call", "continue", "point", "post", "report", "charge", "describe", "mention", "answer", "agree", "conclude", "believe",
    "think", "estimate", "reveal", "indicate", "signal", "ask", "demand", "promise", "pledge", "vow", "urge",
    "maintain", "joke", "shout", "write", "respond", "reply", "recall", "observe", "remark", "accuse", "deny",
];

// ---- the assembled analysis (`crate::analysis`) ----

/// Nouns that a name premodifies in news ("the Dow Jones index", "the Yankees team"): an article
/// before such a name belongs to the noun, not to the name.
pub const HEAD_NOUNS: &[&str] = &[
    "index", "indexes", "average", "industrials", "futures", "team", "division", "unit", "units", "subsidiary",
    "chairman", "president", "executive", "executives", "official", "officials", "spokesman", "spokeswoman",
    "spokesperson", "board", "vote", "ad", "ads", "news", "broadcast", "broadcasts", "floor", "loan", "loans",
    "convention", "investigation", "trademark", "name", "plan", "plans", "offer", "bid", "stock", "shares",
    "deal", "report", "program", "programme", "meeting", "contract", "agreement", "headquarters", "building",
    "campaign", "case", "decision", "proposal", "talks", "tally", "advance", "researchers", "analysts",
    "network", "newspaper", "magazine", "show", "series", "issue", "issues", "bonds", "notes", "fund", "funds",
    "group", "style", "system", "market", "markets", "mission", "operation", "operations", "forces", "troops",
    "delegation", "ruling", "rules", "standard", "standards", "version", "model", "policy",
];

/// Plural nouns that do not end in "s", for what a count counts ("11 people", "300 police").
pub const IRREGULAR_PLURALS: &[&str] = &[
    "people", "children", "men", "women", "police", "personnel", "staff", "cattle", "feet", "teeth", "mice",
    "sheep", "fish", "deer", "aircraft", "livestock", "offspring", "clergy", "militia", "crew", "youth",
];

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
pub const EVENT_FILLERS: &[&str] = &["were", "was", "have", "has", "had", "been", "are", "is", "reportedly", "now", "also", "being", "confirmed"];

/// Nouns for the people of a place ("a population of 40 million", "40 million inhabitants"): a
/// count of these, or of a nationality's plural ("42.5 million Iraqis"), is a population.
pub const POPULATION_NOUNS: &[&str] = &["population", "inhabitants", "residents", "citizens", "nationals"];

/// Nouns an amount of money is the size of ("a $2 billion deal"): amounts of the same currency
/// for the same one of these are one thing reported twice.
pub const MONEY_HEADS: &[&str] = &[
    "deal", "contract", "agreement", "budget", "package", "loan", "aid", "fine", "settlement", "investment", "bailout",
    "fund", "grant", "acquisition", "purchase", "sale", "takeover", "stimulus", "ransom", "bond", "offer", "bid", "order",
];

/// Words that make a sentence about a change or a comparison ("rose from 1,200 to 3,000", "up
/// from", "a year earlier"): its figures are not one thing reported twice.
pub const CHANGE_CUES: &[&str] = &[
    "rose", "risen", "rise", "rises", "fell", "fallen", "falls", "increase", "increased", "increases", "decrease", "decreased",
    "grew", "grown", "dropped", "jumped", "climbed", "declined", "doubled", "halved", "compared", "revised", "updated",
    "earlier", "previous", "previously", "last", "initially", "originally", "estimate", "estimated", "estimates", "than",
    "later", "updated",
];
