//! Copies each lexicon under `lexicons/` into `OUT_DIR` without its comments and blank lines,
//! for `include_str!`: the files in the repo keep their headers (what the list is, its source),
//! the shipped WASM carries only the entries (some 1.2 KB less, gzipped). A comment between
//! entries heads a section; it is kept as a bare "#", so that a section can still be found.

use std::{env, fs, path::Path};

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo:rerun-if-changed=lexicons");
    for entry in fs::read_dir("lexicons").expect("lexicons/ is in the crate") {
        let path = entry.expect("a readable directory").path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).expect("lexicons are UTF-8 text");
        let mut entries = String::with_capacity(text.len());
        for line in text.lines().map(str::trim_end).filter(|l| !l.trim().is_empty()) {
            if line.starts_with('#') {
                if !entries.is_empty() && !entries.ends_with("#\n") {
                    entries.push_str("#\n");
                }
                continue;
            }
            entries.push_str(line);
            entries.push('\n');
        }
        fs::write(Path::new(&out).join(path.file_name().expect("a file")), entries).expect("OUT_DIR is writable");
    }
}
