//! The core as a whole: the Analysis contract, the seed and sample articles as golden tests,
//! properties that hold for any input, linear cost, and the stages' layering. The tables of each
//! stage's rules live beside the rules, in `src/`. One integration test binary.

use newsmark::{analyze, FigureKind, MentionKind};
use proptest::prelude::*;

fn slice(text: &str, start: usize, end: usize) -> String {
    let u: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16(&u[start..end]).unwrap()
}

fn figures(text: &str) -> Vec<(String, FigureKind)> {
    analyze(text).mentions.into_iter().filter_map(|m| m.figure.map(|f| (m.text, f.kind))).collect()
}

fn figure(text: &str, span: &str) -> Option<newsmark::Figure> {
    analyze(text).mentions.into_iter().find(|m| m.text == span).and_then(|m| m.figure)
}

#[test]
fn entities_join_short_forms() {
    let a = analyze("Prime Minister Mohammed Shia Al-Sudani spoke. Later, Al-Sudani left. Basem Al-Awadi agreed. Al-Awadi said so.");
    let sudani = a.entities.iter().find(|e| e.name == "Mohammed Shia Al-Sudani").expect("entity");
    assert_eq!(sudani.mentions.len(), 2);
    assert_eq!(sudani.role.as_deref(), Some("Prime Minister"));
    assert_eq!(sudani.aliases, vec!["Al-Sudani".to_string()]);
    let awadi = a.entities.iter().find(|e| e.name == "Basem Al-Awadi").expect("entity");
    assert_eq!(awadi.mentions.len(), 2);
}

#[test]
fn unresolved_speakers_are_not_guessed() {
    let text = "He said the talks had failed completely.";
    let a = analyze(text);
    let q = &a.quotes[0];
    let sp = q.speaker.as_ref().expect("the mention as written");
    assert_eq!(sp.text, "He");
    assert_eq!(sp.name, None);
}

const SEED: &str = "../shared/seed/article.txt";

#[test]
fn golden_seed_article() {
    let Ok(text) = std::fs::read_to_string(SEED) else {
        eprintln!("skipped: {SEED} is not here");
        return;
    };
    let a = analyze(&text);
    let ent = |name: &str| a.entities.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("{name}"));
    let awadi = ent("Basem Al-Awadi");
    assert_eq!(awadi.role.as_deref(), Some("Iraqi government spokesperson"));
    let starts: Vec<usize> = awadi.mentions.iter().map(|&m| a.mentions[m].start).collect();
    assert_eq!(starts, vec![285, 651, 1722]);
    let sudani = ent("Mohammed Shia Al-Sudani");
    assert_eq!(sudani.role.as_deref(), Some("Prime Minister"));
    assert_eq!(sudani.mentions.iter().map(|&m| a.mentions[m].start).collect::<Vec<_>>(), vec![1413, 2168]);
    for org in ["Al-Hadath", "Islamic Resistance in Iraq", "Kata’ib Hezbollah", "Asa’ib Ahl al-Haq", "Harakat al-Nujaba", "ISIS"] {
        assert_eq!(ent(org).kind, MentionKind::Organization, "{org}");
        // marked where the seed's reader marks it
        assert!(a.mentions.iter().any(|m| m.text == org && m.kind == MentionKind::Organization), "{org} as written");
    }
    assert!(a.mentions.iter().any(|m| (m.start, m.end) == (962, 988)), "Islamic Resistance in Iraq at 962..988");
    for (span, kind, value) in [
        ("Tuesday", FigureKind::Date, None),
        ("40 million", FigureKind::Count, Some(4e7)),
        ("$2 billion", FigureKind::Money, Some(2e9)),
        ("October 26", FigureKind::Date, None),
        ("2014", FigureKind::Date, None),
        ("$2.08 billion", FigureKind::Money, Some(2.08e9)),
        ("Two years and 15 days", FigureKind::Duration, None),
        ("only 5-10%", FigureKind::Percent, None),
        ("42.5 million", FigureKind::Count, Some(4.25e7)),
    ] {
        let f = figure(&text, span).unwrap_or_else(|| panic!("figure {span}"));
        assert_eq!(f.kind, kind, "{span}");
        if value.is_some() {
            assert_eq!(f.value, value, "{span}");
        }
    }
    for m in &a.mentions {
        let words: Vec<&str> = m.text.split_whitespace().collect();
        let wrong = words.iter().any(|w| matches!(*w, "SAM" | "M-SAM" | "walker")) || matches!(m.text.as_str(), "Ahl al-Haq" | "Kata’ib");
        assert!(!(wrong && matches!(m.kind, MentionKind::Person | MentionKind::Organization)), "{m:?}");
        if matches!(m.text.as_str(), "Iraq" | "South Korea") {
            assert_eq!(m.kind, MentionKind::Place);
        }
    }
    // the seven statements: speaker and verb
    let got: Vec<(String, Option<String>)> =
        a.quotes.iter().map(|q| (q.speaker.as_ref().and_then(|s| s.name.clone()).unwrap_or_default(), q.cue.as_ref().map(|c| c.text.clone()))).collect();
    let want = [
        ("Basem Al-Awadi", Some("claimed")),
        ("Basem Al-Awadi", Some("noted")),
        ("Basem Al-Awadi", Some("stated")),
        ("Basem Al-Awadi", Some("said")),
        ("Mohammed Shia Al-Sudani", Some("reiterated")),
        ("Mohammed Shia Al-Sudani", Some("warned")),
        ("Basem Al-Awadi", None),
    ];
    let want: Vec<(String, Option<String>)> = want.iter().map(|(s, c)| (s.to_string(), c.map(String::from))).collect();
    assert_eq!(got, want);
    let first = slice(&text, a.quotes[0].start, a.quotes[0].end);
    assert!(first.starts_with("Iran-backed militias"), "{first}");
    let last = slice(&text, a.quotes[6].start, a.quotes[6].end);
    assert!(last.starts_with("In a previous incident [on October 26]") && last.ends_with("beyond its current limits."), "{last}");
}

#[test]
fn golden_sample_article() {
    let text = include_str!("../www/sample.txt");
    let a = analyze(text);
    let sp: Vec<&str> = a.summary.speakers.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(sp[..2], ["Elena Markovic", "Tom Reilly"], "{sp:?}");
    assert_eq!(a.summary.speakers[0].role.as_deref(), Some("authority chair"));
    assert!(a.entities.iter().any(|e| e.name == "Harbour Authority" && e.kind == MentionKind::Organization));
    assert!(a.entities.iter().any(|e| e.name == "Coastal Fishermen’s Association" && e.kind == MentionKind::Organization));
    for s in ["$48 million", "12%", "4.2 million tonnes", "the 1990s", "about 18 months", "300", "two years"] {
        assert!(a.mentions.iter().any(|m| m.text == s && m.kind == MentionKind::Figure), "{s}: {:?}", figures(text));
    }
}

fn check_spans(text: &str) {
    let a = analyze(text);
    let n = text.encode_utf16().count();
    let ok = |s: usize, e: usize| s <= e && e <= n && String::from_utf16(&text.encode_utf16().collect::<Vec<_>>()[s..e]).is_ok();
    for m in &a.mentions {
        assert!(ok(m.start, m.end), "{m:?}");
        assert_eq!(slice(text, m.start, m.end), m.text);
    }
    // mentions come in text order and never overlap: each piece of text is marked once
    for w in a.mentions.windows(2) {
        assert!(w[0].end <= w[1].start, "overlapping mentions in {text:?}: {:?} {:?}", w[0], w[1]);
    }
    for q in &a.quotes {
        assert!(ok(q.start, q.end));
        if let Some(s) = &q.speaker {
            assert!(ok(s.start, s.end));
            assert_eq!(slice(text, s.start, s.end), s.text);
        }
    }
    for e in &a.entities {
        assert!(e.mentions.iter().all(|&m| m < a.mentions.len() && a.mentions[m].entity == Some(e.id)));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_on_any_text(s in "\\PC{0,300}") {
        check_spans(&s);
    }

    #[test]
    fn never_panics_on_newsy_text(parts in proptest::collection::vec(prop_oneof![
        Just("“"), Just("”"), Just("‘"), Just("’"), Just("\""), Just("'"), Just(" said "), Just(", he added. "),
        Just("Al-"), Just("Awadi"), Just("Mr. "), Just("$"), Just("2.08"), Just(" billion"), Just("%"), Just("-"),
        Just("\n\n"), Just("October 26"), Just(" The "), Just("According to "), Just("U.S."), Just("😀"), Just(":"),
        Just("Prime Minister "), Just("Jane Doe"), Just("that "), Just("5"), Just(". "), Just("Kata’ib"),
        Just("Del. "), Just("Gen. "), Just("B. "), Just("van "), Just(" & Co"), Just(", "), Just("(Hong Kong) Ltd"),
    ], 0..60)) {
        check_spans(&parts.concat());
    }
}

/// No stage has a quadratic step: for texts built to stress one stage each (quotes by the
/// thousand in one paragraph, names that all differ, figures, one endless sentence, ...), sixteen
/// times the text costs about sixteen times the time. A quadratic step would cost up to 256
/// times; the check allows 40 (caches and a shared machine running other tests at the same
/// time: linear inputs measure 16 to 23 here, the three quadratic steps this caught 84 to 150).
#[test]
fn cost_is_linear_in_the_text() {
    // distinct capitalised names: Baba Baba, Doba Baba, ... (65,536 of them)
    let syl = ["Ba", "Do", "Ke", "Mi", "Tu", "Ra", "Se", "Lo", "Vi", "Nu", "Za", "Pe", "Ho", "Fi", "Gu", "Wy"];
    let name = |i: usize| format!("{}{} {}{}", syl[i % 16], syl[(i / 16) % 16].to_lowercase(), syl[(i / 256) % 16], syl[(i / 4096) % 16].to_lowercase());
    let stress: [(&str, Box<dyn Fn(usize) -> String>); 12] = [
        ("quotes in one paragraph", Box::new(|i| format!("“Yes {i},” he said. ‘No {i}’ she said. "))),
        ("distinct names", Box::new(move |i| format!("{} met Dr. {} of the {} Institute. ", name(i), name(i + 7), name(i + 3)))),
        ("figures", Box::new(|i| format!("It cost ${i}.5 million, up {i}% on March 3, 2024, for {i} people over two years. "))),
        ("one sentence", Box::new(|i| format!("and the Quick Brown {i} fox that said "))),
        ("paragraphs", Box::new(|i| format!("Smith said: “We will win {i}.”\n\nThe Ministry of Health said {i} people died.\n"))),
        ("one long capitalised run", Box::new(move |i| format!("{} ", name(i)))),
        ("abbreviations and initials", Box::new(|i| format!("U.S. Gen. J. K. Mr. {i} Inc. p.m. "))),
        ("non-ASCII words", Box::new(|i| format!("Zürich’s Ünal said «{i}» — Kata’ib Hezbollah "))),
        ("many speakers", Box::new(move |i| format!("“We won {i},” said {}. ", name(i)))),
        ("indirect quotes", Box::new(move |i| format!("{} said that {i} were hurt, according to the {} Agency. ", name(i), name(i + 1)))),
        ("unclosed quotes and stray marks", Box::new(|i| format!("“open {i} ‘half \" ' … !!! ?? (( "))),
        ("one surname, many people", Box::new(move |i| format!("Z{} Smith said so. ", name(i).replace(' ', "").to_lowercase()))),
    ];
    let time = |text: &str| {
        (0..3)
            .map(|_| {
                let t0 = std::time::Instant::now();
                std::hint::black_box(analyze(text));
                t0.elapsed().as_secs_f64()
            })
            .fold(f64::INFINITY, f64::min)
    };
    for (what, unit) in &stress {
        let text = |n: usize| (0..n).map(|i| unit(i)).collect::<String>();
        let (small, large) = (text(1000), text(16000));
        let ratio = time(&large) / time(&small);
        eprintln!("{what}: {ratio:.1}");
        assert!(ratio < 40.0, "{what}: 16× the text took {ratio:.1}× the time");
    }
}

/// The stages import downward only: each `crate::<module>` a file of `src/` names is a module
/// of a lower rank than its own (two stages of one rank, figures and names, do not import each
/// other). Doc comments, comments and unit tests are not imports.
#[test]
fn stages_import_downward() {
    const RANKS: &[(&str, u32)] = &[
        ("text", 0), ("types", 0), ("offsets", 0), ("token", 1), ("sentence", 2), ("lexicon", 3), ("numbers", 4),
        ("figures", 5), ("names", 5), ("entities", 6), ("quotes", 7), ("analysis", 8), ("html", 8), ("arena", 0), ("wasm", 9),
        ("analyze", 8), // the crate root's analyze(), the analysis stage's entry point
    ];
    let rank = |m: &str| RANKS.iter().find(|(n, _)| *n == m).map(|&(_, r)| r);
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![];
    let mut dirs = vec![src.clone()];
    while let Some(d) = dirs.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                files.push(p);
            }
        }
    }
    let mut checked = 0;
    for f in files {
        let rel = f.strip_prefix(&src).unwrap();
        let module = rel.components().next().unwrap().as_os_str().to_str().unwrap().trim_end_matches(".rs").to_string();
        if matches!(module.as_str(), "lib" | "main") {
            continue;
        }
        let own = rank(&module).unwrap_or_else(|| panic!("src/{}: module {module} has no rank in this test", rel.display()));
        // unit tests (at the end of a file) may call any stage
        let whole = std::fs::read_to_string(&f).unwrap();
        let code: String = whole[..whole.find("#[cfg(test)]").unwrap_or(whole.len())].lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n");
        let mut used: Vec<String> = vec![];
        for (at, _) in code.match_indices("crate::") {
            let rest = &code[at + 7..];
            if let Some(group) = rest.strip_prefix('{') {
                let inner = &group[..group.find('}').unwrap_or(group.len())];
                used.extend(inner.split(',').map(|x| x.trim().split("::").next().unwrap_or("").to_string()));
            } else {
                used.push(rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect());
            }
        }
        for m in used.into_iter().filter(|m| !m.is_empty() && *m != module) {
            let r = rank(&m).unwrap_or_else(|| panic!("src/{} uses crate::{m}, which has no rank in this test", rel.display()));
            assert!(r < own, "src/{} ({module}, rank {own}) imports crate::{m} (rank {r}): stages import only the stages below them", rel.display());
            checked += 1;
        }
    }
    assert!(checked > 50, "only {checked} imports seen: is the test reading src/?");
}
