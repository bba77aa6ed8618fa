//! HTML to article text on any input: it never panics, and its text never holds more of the
//! input's characters than the input has (no text comes out twice).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let text = newsmark::html::to_text(&html);
    // every character of the text stands for at least one of the input's: a character as it
    // is, a character reference, whitespace, or a tag (a paragraph break stands for a tag of
    // three characters or more)
    assert!(text.chars().count() <= html.chars().count(), "{} chars out of {}", text.chars().count(), html.chars().count());
});
