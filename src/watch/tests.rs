use super::*;
use std::time::Instant;

/// The texts `item` (a name) finds in `text`, variants marked with a leading `~`.
fn found(item: &str, text: &str) -> Vec<String> {
    let (list, problems) = Watchlist::new(vec![Item::name(item)]);
    assert!(problems.is_empty(), "{problems:?}");
    list.find(text).into_iter().map(|h| format!("{}{}", if h.variant { "~" } else { "" }, &text[h.start..h.end])).collect()
}

/// `t!(item, text, [found…])`: every hit, variants with a leading `~`; `t!(full: …)`: the hits
/// of the full name only.
macro_rules! t {
    ($item:expr, $text:expr, [$($want:expr),*]) => {
        assert_eq!(found($item, $text), vec![$($want.to_string()),*], "{} in {:?}", $item, $text);
    };
    (full: $item:expr, $text:expr, [$($want:expr),*]) => {
        let full: Vec<String> = found($item, $text).into_iter().filter(|h| !h.starts_with('~')).collect();
        assert_eq!(full, vec![$($want.to_string()),*], "{} in {:?}", $item, $text);
    };
}

#[test]
fn names_match_the_way_news_writes_them() {
    // case
    t!(full: "Desert Shield Front", "the DESERT SHIELD FRONT said", ["DESERT SHIELD FRONT"]);
    // diacritics, either way round
    t!(full: "Bogotá", "talks in Bogota and Bogotá", ["Bogota", "Bogotá"]);
    t!(full: "Jose Nunez", "José Núñez arrived", ["José Núñez"]);
    // apostrophe variants
    t!(full: "Sinead O'Connor", "Sinéad O’Connor and Sinead OʼConnor", ["Sinéad O’Connor", "Sinead OʼConnor"]);
    // hyphen or space
    t!(full: "Al-Hamdan", "Al Hamdan, al-Hamdan and AlHamdan", ["Al Hamdan", "al-Hamdan"]);
    // Arabic particles: al/el, bin/ibn, abu/abou
    t!(full: "Abdel Fattah el-Sisi", "Abdel Fattah al-Sisi said", ["Abdel Fattah al-Sisi"]);
    t!(full: "Mohammed bin Salman", "Mohammed ibn Salman", ["Mohammed ibn Salman"]);
    t!(full: "Abu Mazen", "Abou Mazen", ["Abou Mazen"]);
    // a possessive is the name
    t!(full: "Iraq", "Iraq’s army and Iraq's people", ["Iraq", "Iraq"]);
    // a short acronym matches in capitals only; a longer one in any case
    t!(full: "IS", "what is known of IS fighters", ["IS"]);
    t!(full: "NATO", "Nato and NATO", ["Nato", "NATO"]);
    // a word inside another word is not the name
    t!(full: "Hamas", "Hamasa and Shamas, but Hamas", ["Hamas"]);
}

#[test]
fn a_persons_surname_and_initial_are_variants() {
    t!("Rami Al-Khatib", "Rami Al-Khatib said. Al-Khatib added. R. Al-Khatib", ["Rami Al-Khatib", "~Al-Khatib", "~Al-Khatib", "~R. Al-Khatib", "~Al-Khatib"]);
    t!("Yousef bin Nasser Al-Hamdan", "Al-Hamdan told parliament", ["~Al-Hamdan"]);
    // one word: no variants
    t!("Hezbollah", "Hezbollah", ["Hezbollah"]);
}

#[test]
fn patterns_match_and_refuse_with_the_engines_error() {
    let (list, problems) = Watchlist::new(vec![
        Item::pattern(r"(?i)\bminist(er|ry) of defen[cs]e\b"),
        Item::pattern(r"(unclosed"),
        Item::pattern(r"a*"),
        Item::pattern(r"\b"),
        Item::pattern(r"\p{Greek}"),
        Item::name("   "),
        Item::name("Iraq"),
    ]);
    let said: Vec<(usize, &str)> = problems.iter().map(|p| (p.item, p.message.as_str())).collect();
    assert_eq!(said.iter().map(|p| p.0).collect::<Vec<_>>(), vec![1, 2, 3, 4, 5], "{said:?}");
    assert!(said[0].1.contains("unclosed") || said[0].1.contains("group"), "{}", said[0].1);
    assert!(said[1].1.contains("empty text"));
    assert!(said[2].1.contains("empty text"));
    // the items that work still work, with their own indices
    let text = "The Ministry of Defence and Iraq's MINISTER OF DEFENSE.";
    let hits: Vec<(usize, &str)> = list.find(text).iter().map(|h| (h.item, &text[h.start..h.end])).collect();
    assert_eq!(hits, vec![(0, "Ministry of Defence"), (6, "Iraq"), (0, "MINISTER OF DEFENSE")]);
}

#[test]
fn hostile_patterns_are_refused_or_bounded() {
    let huge_alternation = (0..20_000).map(|i| format!("w{i}")).collect::<Vec<_>>().join("|");
    let nested = "((((((((((((((((((((((((((((((((((((((((a))))))))))))))))))))))))))))))))))))))))";
    let cases = [
        huge_alternation.as_str(),
        r"(a{100}){100}",
        r"((a{50}){50}){50}",
        nested,
        r"(a|aa)*b",
        r"(x+x+)+y",
        r"[\s\S]{1000}",
    ];
    for p in cases {
        let (list, problems) = Watchlist::new(vec![Item::pattern(p)]);
        if problems.is_empty() {
            // an accepted one runs in time linear in the text (no backtracking blow-up): eight
            // times the text, about eight times the time (a ratio, so that a busy machine slows
            // both alike); the two sizes alternate, best of five each, so that the other tests'
            // threads, running beside this one, slow both alike too
            let text = |n: usize| "x".repeat(n) + &"a".repeat(n);
            let time = |t: &str| {
                let t0 = Instant::now();
                std::hint::black_box(list.find(t));
                t0.elapsed().as_secs_f64()
            };
            let (small, large) = (text(1_000), text(8_000));
            let (mut best_small, mut best_large) = (f64::INFINITY, f64::INFINITY);
            for _ in 0..5 {
                best_small = best_small.min(time(&small));
                best_large = best_large.min(time(&large));
            }
            let ratio = best_large / best_small;
            assert!(ratio < 30.0, "{}: 8× the text took {ratio:.1}× the time", &p[..p.len().min(40)]);
        }
    }
    // what is too big says so, in the engine's words
    let (_, problems) = Watchlist::new(vec![Item::pattern(r"(a{100}){100}"), Item::pattern(&huge_alternation)]);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems.iter().all(|p| p.message.contains("limit") || p.message.contains("longer than")), "{problems:?}");
}

#[test]
fn required_words_are_conservative() {
    let w = |p: &str| pattern::required_words(p);
    let h = |s: &str| {
        let mut v: Vec<u64> = s.split(' ').filter(|x| !x.is_empty()).map(fold::hash_of).collect();
        v.sort_unstable();
        v
    };
    assert_eq!(w(r"(?i)\bminist(er|ry) of defen[cs]e\b"), h("of"));
    assert_eq!(w(r"\bHezbollah\b"), h("hezbollah"));
    assert_eq!(w(r"Hezbollah"), h(""), "without boundaries the word may sit inside another");
    assert_eq!(w(r"\bIslamic State\b|\bISIS\b"), h(""), "an alternation requires nothing");
    assert_eq!(w(r"\bprotest(s|ers)? in Baghdad\b"), h("in baghdad"));
    assert_eq!(w(r"\b\d+ people killed\b"), h("people killed"));
    assert_eq!(w(r"\bU\.S\. troops\b"), h("u s troops"));
    assert_eq!(w(r"(?x) \b big \s+ deal \b"), h(""), "verbose mode");
    assert_eq!(w(r"\bcolou?r photo\b"), h("photo"), "an optional letter breaks its word");
    assert_eq!(w(r"\bsee+ you\b"), h("you"));
    assert_eq!(w(r"^Breaking: [a-z]+ news$"), h("breaking news"));
    // a pattern with required words is not searched in a text without them, and is where they are
    let (list, _) = Watchlist::new(vec![Item::pattern(r"\b\d+ people killed\b")]);
    assert!(list.find("12 people were killed").is_empty());
    assert_eq!(list.find("at least 12 people killed on Monday").len(), 1);
    // the engine's ASCII \b sees a boundary before "é"; the words present say so too
    let (list, _) = Watchlist::new(vec![Item::pattern(r"\bcaf\b")]);
    assert_eq!(list.find("un café").len(), 1);
    let (list, _) = Watchlist::new(vec![Item::pattern(r"\bBrien\b")]);
    assert_eq!(list.find("Conan O’Brien").len(), 1);
}

#[test]
fn the_list_file_reads_and_writes() {
    let file = "# mine\n\nRami Al-Khatib\n[Armed groups #A855F7]\nDesert Shield Front\n/(?i)\\bliwa\\b/\n[Money]\n€\n";
    let items = parse_list(file);
    assert_eq!(items.len(), 4);
    assert_eq!(items[0], Item::name("Rami Al-Khatib"));
    assert_eq!((items[1].group.as_str(), items[1].color.as_deref()), ("Armed groups", Some("#a855f7")));
    assert!(items[2].pattern && items[2].text == "(?i)\\bliwa\\b");
    assert_eq!((items[3].group.as_str(), items[3].color.as_deref()), ("Money", None));
    assert_eq!(parse_list(&write_list(&items)), items);
    // "€" has no letter: refused, the rest kept
    let (list, problems) = Watchlist::new(items);
    assert_eq!(problems.iter().map(|p| p.item).collect::<Vec<_>>(), vec![3]);
    assert!(!list.is_empty());
}

#[test]
fn five_hundred_items_find_every_hit() {
    let mut items: Vec<Item> = (0..400).map(|i| Item::name(&format!("Person{i} Surname{i}"))).collect();
    items.extend((0..100).map(|i| Item::pattern(&format!(r"(?i)\bcase{i} (file|files)\b"))));
    let (list, problems) = Watchlist::new(items);
    assert!(problems.is_empty());
    let text = "Person7 Surname7 said the case7 files were closed. ".repeat(2000);
    let hits = list.find(&text);
    assert_eq!(hits.len(), 2000 * 3);
}

#[test]
fn the_list_file_fixture_reads_as_the_options_page_reads_it() {
    // tests/node/wasm.test.mjs holds the options page's reader (extension/options/watchlist.js)
    // to the same expectation
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let items = parse_list(&std::fs::read_to_string(dir.join("watchlist.txt")).unwrap());
    let want: Vec<serde_json::Value> = serde_json::from_str(&std::fs::read_to_string(dir.join("watchlist.json")).unwrap()).unwrap();
    let got: Vec<serde_json::Value> = items.iter().map(|i| serde_json::json!({"text": i.text, "pattern": i.pattern, "group": i.group, "color": i.color.clone().unwrap_or_default()})).collect();
    assert_eq!(got, want);
    assert_eq!(parse_list(&write_list(&items)), items);
}
