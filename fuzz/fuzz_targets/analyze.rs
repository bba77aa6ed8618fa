//! analyze() on any text (arbitrary bytes, made UTF-8): it never panics, and every span it gives
//! lies inside the text, on character boundaries (UTF-16 offsets that do not split a pair).
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
    for e in &a.entities {
        assert!(e.mentions.iter().all(|&m| m < a.mentions.len()));
    }
});
