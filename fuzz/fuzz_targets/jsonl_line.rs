//! One JSONL line on any input: an Analysis with the line's id, or an error message; never a
//! panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (html, line) = match data.split_first() {
        Some((b, rest)) => (b & 1 == 1, rest),
        None => (false, data),
    };
    let annotations = data.first().is_some_and(|b| b & 2 == 2);
    // the caller's language: none (told from the text), English, or one read for its figures only
    let lang = match data.first().map(|b| b >> 2 & 3) {
        Some(1) => Some("en"),
        Some(2) => Some("fr"),
        _ => None,
    };
    if let Ok(Some(v)) = newsmark::jsonl::analyze_line(line, html, annotations, &Default::default(), lang) {
        if annotations {
            assert_eq!(v["annotations"]["type"], "AnnotationCollection");
        } else {
            assert_eq!(v["schemaVersion"], 1);
        }
    }
});
