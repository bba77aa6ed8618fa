//! Copies each lexicon under `lexicons/` into `OUT_DIR` without its comments and blank lines,
//! for `include_str!`: the files in the repo keep their headers (what the list is, its source),
//! the shipped WASM carries only the entries (some 1.2 KB less, gzipped). A comment between
//! entries heads a section; it is kept as a bare "#", so that a section can still be found.
//!
//! The plain word lists ([`FRONT_CODED`]) are also sorted within each section and front-coded:
//! each entry is one byte below 0x20 saying how many leading bytes it shares with the entry
//! before it, then the rest of it (`lexicon::each` reads them back). Names sorted share long
//! beginnings ("Saint-", "South ", "Mar"), and gzip does not see that on its own: 1.3 KB less
//! gzipped.

use std::{env, fs, path::Path};

/// The lexicons read as sets of words, in which order means nothing.
const FRONT_CODED: [&str; 10] = ["places.txt", "places_train.txt", "organizations.txt", "organizations_train.txt", "given_names.txt", "common_caps.txt", "demonyms.txt", "roles.txt", "org_words.txt", "products.txt"];

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo:rerun-if-changed=lexicons");
    for entry in fs::read_dir("lexicons").expect("lexicons/ is in the crate") {
        let path = entry.expect("a readable directory").path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        println!("cargo:rerun-if-changed={}", path.display());
        let name = path.file_name().expect("a file");
        let text = fs::read_to_string(&path).expect("lexicons are UTF-8 text");
        // the entries, section by section
        let mut sections: Vec<Vec<&str>> = vec![Vec::new()];
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
            if line.starts_with('#') {
                if sections.last().is_some_and(|s| !s.is_empty()) {
                    sections.push(Vec::new());
                }
                continue;
            }
            sections.last_mut().expect("one section at least").push(line);
        }
        sections.retain(|s| !s.is_empty());
        let front = FRONT_CODED.iter().any(|f| name == *f);
        let mut entries = String::with_capacity(text.len());
        for (i, mut section) in sections.into_iter().enumerate() {
            if front {
                if i > 0 {
                    entries.push_str("\0#");
                }
                section.sort_unstable();
                section.dedup();
                let mut prev = "";
                for e in section {
                    assert!(!e.bytes().any(|b| b < 0x20), "{name:?}: a control character in {e:?}");
                    let mut keep = prev.bytes().zip(e.bytes()).take_while(|(a, b)| a == b).count().min(0x1f);
                    while !e.is_char_boundary(keep) {
                        keep -= 1;
                    }
                    entries.push(char::from(keep as u8));
                    entries.push_str(&e[keep..]);
                    prev = e;
                }
            } else {
                if i > 0 {
                    entries.push_str("#\n");
                }
                for e in section {
                    entries.push_str(e);
                    entries.push('\n');
                }
            }
        }
        fs::write(Path::new(&out).join(name), entries).expect("OUT_DIR is writable");
    }
}
