use super::*;
use crate::analyze;

const STORY: &str = "Officials met in Amman on Tuesday.\n\n“We will rebuild the bridge, and soon,” Prime Minister Jane Doe said. She added that 11 people had been hurt.\n\nThe ministry said the work would cost $4 million, and 11 people were hurt, police said.\n\n“Nobody, not one person, warned us,” a resident said.";

fn meta() -> Meta {
    Meta {
        url: Some("https://news.example/a#top".into()),
        title: Some("Bridge to be rebuilt".into()),
        outlet: None,
        author: Some("R. Haddad".into()),
        published: Some("2024-10-26T08:00:00Z".into()),
        accessed: Some("2026-12-04".into()),
        language: None,
    }
}

#[test]
fn markdown_lists_everything_a_report_needs() {
    let a = analyze(STORY);
    let md = render(Format::Markdown, STORY, &a, &meta());
    for want in [
        "# Bridge to be rebuilt\n",
        "news.example · by R. Haddad · published 2024-10-26 · accessed 2026-12-04",
        "<https://news.example/a#top>",
        "### Jane Doe — Prime Minister",
        "- “We will rebuild the bridge, and soon,” (said)",
        "- reported (added): 11 people had been hurt",
        "## Figures",
        "- 11 people (count, ×2)",
        "- $4 million (money)",
    ] {
        assert!(md.contains(want), "{want:?} not in\n{md}");
    }
    let listed = md.lines().filter(|l| l.starts_with("- “") || l.starts_with("- reported")).count();
    assert_eq!(listed, a.quotes.len(), "{md}");
    // a statement whose speaker is unknown is listed too, under "Unattributed", and last
    let mut a = a;
    a.quotes[0].speaker = None;
    a.summary.speakers.retain_mut(|s| {
        s.quotes.retain(|&q| q != 0);
        !s.quotes.is_empty()
    });
    a.summary.unattributed.push(0);
    let md = render(Format::Markdown, STORY, &a, &meta());
    assert!(md.contains("### Unattributed\n\n- “We will rebuild the bridge, and soon,” (said)\n"), "{md}");
    assert_eq!(md.lines().filter(|l| l.starts_with("- “") || l.starts_with("- reported")).count(), a.quotes.len());
    let rows = read_csv(&render(Format::Csv, STORY, &a, &meta()));
    assert_eq!((rows.len(), rows.last().unwrap()[0].as_str(), rows.last().unwrap()[4].as_str()), (a.quotes.len() + 1, "", "We will rebuild the bridge, and soon,"));
    assert_eq!(citation(STORY, &a, &Meta::default(), 0), "“We will rebuild the bridge, and soon,” — unattributed");
    assert_eq!(render(Format::Markdown, "", &analyze(""), &Meta::default()).matches("None found.").count(), 2);
}

#[test]
fn markdown_escapes_markup() {
    let text = "“Use *all* [means] <now> # _here_,” Jane Doe said.";
    let md = render(Format::Markdown, text, &analyze(text), &Meta::default());
    assert!(md.contains(r"“Use \*all\* \[means\] \<now\> \# \_here\_,”"), "{md}");
}

/// A minimal RFC 4180 reader, to check that what is written reads back as written.
fn read_csv(s: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut f) = (Vec::new(), Vec::new(), String::new());
    let mut chars = s.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                f.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => f.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut f)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut f));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => f.push(c),
        }
    }
    rows
}

#[test]
fn csv_one_row_per_quote_and_per_figure() {
    let a = analyze(STORY);
    let out = render(Format::Csv, STORY, &a, &meta());
    assert!(out.ends_with("\r\n") && !out.replace("\r\n", "").contains("\r"));
    let rows = read_csv(&out);
    assert_eq!(rows[0], ["speaker", "role", "kind", "verb", "quote", "start", "end", "url", "title", "outlet", "published"]);
    assert_eq!(rows.len(), a.quotes.len() + 1);
    assert!(rows.iter().all(|r| r.len() == 11));
    let first = &rows[1];
    assert_eq!((first[0].as_str(), first[1].as_str(), first[2].as_str(), first[3].as_str()), ("Jane Doe", "Prime Minister", "direct", "said"));
    assert_eq!(first[4], "We will rebuild the bridge, and soon,");
    let q = &a.quotes[first[5].parse::<usize>().map(|s| a.quotes.iter().position(|q| q.start == s).unwrap()).unwrap()];
    assert_eq!(first[6], q.end.to_string());

    let figs = read_csv(&render(Format::CsvFigures, STORY, &a, &meta()));
    assert_eq!(figs[0][..4], ["figure", "kind", "value", "low"]);
    let eleven = figs.iter().find(|r| r[0] == "11").expect("11 people");
    assert_eq!((eleven[1].as_str(), eleven[2].as_str(), eleven[6].as_str(), eleven[8].as_str()), ("count", "11", "people", "2"));
    let money = figs.iter().find(|r| r[0] == "$4 million").unwrap();
    assert_eq!((money[2].as_str(), money[5].as_str()), ("4000000", "USD"));
}

#[test]
fn csv_quoting() {
    let mut o = String::new();
    csv::row_for_test(&mut o, &["plain", "a,b", "say \"hi\"", "two\nlines", "=SUM(A1)", "-3"]);
    assert_eq!(o, "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"'=SUM(A1)\",\"'-3\"\r\n");
    assert_eq!(read_csv(&o)[0], ["plain", "a,b", "say \"hi\"", "two\nlines", "'=SUM(A1)", "'-3"]);
}

#[test]
fn annotations_parse_and_anchor_again() {
    let a = analyze(STORY);
    let out = render(Format::Annotations, STORY, &a, &meta());
    assert!(!out.contains('\n'), "one line, for JSONL batches");
    let v: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    assert_eq!(v["type"], "AnnotationCollection");
    assert_eq!(v["generator"]["schema"], "newsmark-annotations/1");
    let items = v["first"]["items"].as_array().unwrap();
    assert_eq!(items.len(), a.quotes.len() + a.mentions.len());
    assert_eq!(v["total"].as_u64(), Some(items.len() as u64));
    let quotes: Vec<_> = items.iter().filter(|i| i["body"]["kind"] == "quote").collect();
    assert_eq!(quotes.len(), a.quotes.len());
    assert_eq!(quotes[0]["body"]["speaker"], "Jane Doe");
    assert_eq!(quotes[0]["body"]["role"], "Prime Minister");
    assert_eq!(quotes[0]["target"]["source"], "https://news.example/a#top");
    // every item found again from its selectors, in the text and in a changed copy
    let changed = format!("A new first paragraph.\n\n{}", STORY.replace("Officials met in Amman", "Officials gathered in Amman"));
    let utf16 = |s: &str, a: usize, b: usize| String::from_utf16_lossy(&s.encode_utf16().collect::<Vec<_>>()[a..b]);
    for it in items {
        let sel = &it["target"]["selector"];
        let (exact, prefix, suffix) = (sel[0]["exact"].as_str().unwrap(), sel[0]["prefix"].as_str().unwrap(), sel[0]["suffix"].as_str().unwrap());
        let (start, end) = (sel[1]["start"].as_u64().unwrap() as usize, sel[1]["end"].as_u64().unwrap() as usize);
        assert_eq!(anchor(STORY, exact, prefix, suffix, Some(start)), Some((start, end)), "{exact:?}");
        let (s2, e2) = anchor(&changed, exact, prefix, suffix, Some(start)).unwrap_or_else(|| panic!("{exact:?} lost"));
        assert_eq!(utf16(&changed, s2, e2), exact);
        // the same occurrence: as far on as the text added before it (less the edit's 5 units)
        assert!(s2 >= start + 24 - 5 * usize::from(start < 40) && s2 <= start + 29, "{exact:?} moved to {s2} from {start}");
    }
}

#[test]
fn anchor_picks_the_occurrence_its_context_names() {
    let text = "He said no. Then she said no. Later they said no.";
    // each "no" by its prefix, even with the recorded position pointing elsewhere
    assert_eq!(anchor(text, "no", "she said ", ". Later", Some(0)), Some((26, 28)));
    assert_eq!(anchor(text, "no", "they said ", ".", Some(0)), Some((46, 48)));
    // a prefix that no longer agrees: the suffix decides; then the position
    assert_eq!(anchor(text, "no", "XX said ", ". Then", None), Some((8, 10)));
    assert_eq!(anchor(text, "no", "", "", Some(30)), Some((26, 28)));
    assert_eq!(anchor(text, "yes", "", "", None), None);
    assert_eq!(anchor(text, "", "", "", None), None);
    // UTF-16 offsets
    assert_eq!(anchor("€€ “ja” x", "ja", "“", "”", None), Some((4, 6)));
}

#[test]
fn citation_and_link() {
    let a = analyze(STORY);
    let qi = a.quotes.iter().position(|q| q.kind == crate::QuoteKind::Direct).unwrap();
    let c = citation(STORY, &a, &meta(), qi);
    assert_eq!(
        c,
        "“We will rebuild the bridge, and soon,” — Jane Doe, Prime Minister (news.example, 2024-10-26)\nhttps://news.example/a#:~:text=We%20will%20rebuild%20the%20bridge%2C%20and%20soon%2C"
    );
    let long = "one two three four five six seven eight nine ten eleven twelve";
    assert_eq!(link("https://x.example/p?q=1", long), "https://x.example/p?q=1#:~:text=one%20two%20three%20four%20five,eight%20nine%20ten%20eleven%20twelve");
    assert_eq!(link("https://x.example/", "a-b & c"), "https://x.example/#:~:text=a%2Db%20%26%20c");
    assert_eq!(citation(STORY, &a, &Meta::default(), 99), "");
    let last = a.quotes.len() - 1;
    assert!(citation(STORY, &a, &Meta::default(), last).ends_with("— a resident"), "{}", citation(STORY, &a, &Meta::default(), last));
}

#[test]
fn never_panics_on_odd_text() {
    for text in ["", "“", "\u{1F600}“x” he said\u{1F600}", "a\r\nb", "\"\"\",,,\n\n"] {
        let a = analyze(text);
        for f in [Format::Markdown, Format::Csv, Format::CsvFigures, Format::Annotations] {
            render(f, text, &a, &Meta::default());
        }
        for qi in 0..a.quotes.len() {
            citation(text, &a, &Meta::default(), qi);
        }
    }
}

#[test]
fn numbers_as_the_contract_writes_them() {
    for (x, want) in [(2.0e9, "2000000000"), (0.5, "0.5"), (-1.25, "-1.25"), (2.08, "2.08"), (1.0 / 3.0, "0.333333333"), (f64::NAN, "null"), (1e12 + 0.5, "1000000000000.5"), (1e300, "null"), (-0.0000000001, "0")] {
        assert_eq!(number(x), want, "{x}");
    }
}
