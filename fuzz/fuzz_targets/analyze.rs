//! analyze() on any text (arbitrary bytes, made UTF-8): it never panics, and every span it gives
//! lies inside the text, on character boundaries (UTF-16 offsets that do not split a pair); the
//! exports render, and every quote anchors again from its own text and context.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let a = newsmark::analyze(&text);
    let units: Vec<u16> = text.encode_utf16().collect();
    let ok = |s: usize, e: usize| s <= e && e <= units.len() && String::from_utf16(&units[s..e]).is_ok();
    for m in &a.mentions {
        assert!(ok(m.start, m.end), "mention {m:?}");
        assert_eq!(String::from_utf16(&units[m.start..m.end]).unwrap(), m.text);
    }
    for q in &a.quotes {
        assert!(ok(q.start, q.end), "quote {q:?}");
        if let Some(c) = &q.cue {
            assert!(ok(c.start, c.end));
        }
        if let Some(s) = &q.speaker {
            assert!(ok(s.start, s.end));
        }
        for [s, e] in q.fragments.iter().flatten() {
            assert!(ok(*s, *e));
        }
    }
    use newsmark::export::{anchor, citation, render, Format};
    let meta = newsmark::html::Meta::default();
    for f in [Format::Markdown, Format::Csv, Format::CsvFigures, Format::Annotations] {
        render(f, &text, &a, &meta);
    }
    for (qi, q) in a.quotes.iter().enumerate() {
        citation(&text, &a, &meta, qi);
        let s = |a: usize, b: usize| String::from_utf16_lossy(&units[a..b]);
        if q.end > q.start {
            let (p, x) = (s(q.start.saturating_sub(8), q.start), s(q.end, (q.end + 8).min(units.len())));
            let found = anchor(&text, &s(q.start, q.end), &p, &x, Some(q.start));
            assert!(found.is_some(), "quote {q:?} not found again");
        }
    }
    for e in &a.entities {
        assert!(e.mentions.iter().all(|&m| m < a.mentions.len()));
    }
});
