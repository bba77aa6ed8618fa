//! A watch item that is a regular expression: compiled with limits, refused with the engine's own
//! error when it is invalid, too big, or matches empty text; and the words every match of it must
//! contain, so that an article without them is not searched at all.
//!
//! The engine is `regex-lite`, the regex project's small engine: the `regex` syntax (without
//! Unicode classes such as `\p{L}`, and with ASCII `\w`, `\d`, `\b` and case folding), and, like
//! `regex`, time linear in the text for any pattern (no backtracking blow-up). The full `regex`
//! crate would add some 120 KB gzipped to a WASM build whose budget is 200 KB.

use regex_lite::{Regex, RegexBuilder};

use super::fold;

/// The longest pattern accepted, in characters.
pub const MAX_CHARS: usize = 1000;
/// The compiled size one pattern may take (regex-lite's `size_limit`), in bytes.
pub const SIZE_LIMIT: usize = 64 * 1024;
/// How deeply groups and repetitions may nest (regex-lite's `nest_limit`).
pub const NEST_LIMIT: u32 = 32;

/// Compiles `p`, or says why not (in the engine's words where it has them).
pub fn compile(p: &str) -> Result<Regex, String> {
    if p.chars().count() > MAX_CHARS {
        return Err(format!("the pattern is longer than {MAX_CHARS} characters"));
    }
    let re = RegexBuilder::new(p).size_limit(SIZE_LIMIT).nest_limit(NEST_LIMIT).build().map_err(|e| e.to_string())?;
    // a pattern that can match nothing at all would mark every position of every page
    if re.is_match("") || re.find_iter(" a, A1 .\n").any(|m| m.is_empty()) {
        return Err("the pattern matches empty text (every position of every page); make some part of it required".into());
    }
    Ok(re)
}

/// Folded word hashes that every match of `p` contains as whole words: the words of literal
/// text outside any group, class or alternation, bounded on both sides by `\b`, `^`, `$` or a
/// literal non-word character. Conservative: when in doubt a word is left out, and a pattern
/// with a top-level `|` or the `x` flag gives none (it is then searched for everywhere).
pub fn required_words(p: &str) -> Vec<u64> {
    let c: Vec<char> = p.chars().collect();
    let mut req = Vec::new();
    let mut run = String::new();
    let mut left = false; // the run starts at a boundary
    let mut depth = 0usize;
    let mut i = 0;
    // the run so far ends here; `right` says whether at a boundary
    let end_run = |run: &mut String, left: bool, right: bool, req: &mut Vec<u64>| {
        for w in fold::words(run, true) {
            if (w.start > 0 || left) && (w.end < run.len() || right) {
                req.push(w.hash);
            }
        }
        run.clear();
    };
    while i < c.len() {
        let ch = c[i];
        match ch {
            '\\' if i + 1 < c.len() && c[i + 1].is_ascii_alphanumeric() => {
                // \b is a boundary; any other letter escape is a class or an assertion
                let boundary = c[i + 1] == 'b';
                if depth == 0 {
                    end_run(&mut run, left, boundary, &mut req);
                }
                left = boundary;
                i += 2;
                if i < c.len() && c[i] == '{' {
                    i = skip_to(&c, i, '}');
                }
                continue;
            }
            '(' => {
                if c.get(i + 1) == Some(&'?') {
                    let close = c[i..].iter().position(|&x| x == ')' || x == ':').map(|k| i + k);
                    let flags: String = close.map(|k| c[i + 2..k].iter().collect()).unwrap_or_default();
                    if flags.contains('x') {
                        return Vec::new();
                    }
                    if close.is_some_and(|k| c[k] == ')') && flags.chars().all(|f| f.is_ascii_alphabetic() || f == '-') {
                        // (?i): flags alone, no group
                        if depth == 0 {
                            end_run(&mut run, left, false, &mut req);
                        }
                        left = false;
                        i = close.unwrap_or(i) + 1;
                        continue;
                    }
                }
                if depth == 0 {
                    end_run(&mut run, left, false, &mut req);
                }
                depth += 1;
                i += 1;
                continue;
            }
            ')' => {
                depth = depth.saturating_sub(1);
                left = false;
                i += 1;
                continue;
            }
            '[' => {
                if depth == 0 {
                    end_run(&mut run, left, false, &mut req);
                }
                left = false;
                i = skip_class(&c, i);
                continue;
            }
            '|' if depth == 0 => return Vec::new(),
            '^' | '$' if depth == 0 => {
                end_run(&mut run, left, true, &mut req);
                left = true;
                i += 1;
                continue;
            }
            '.' | '|' | '^' | '$' => {
                if depth == 0 {
                    end_run(&mut run, left, false, &mut req);
                }
                left = false;
                i += 1;
                continue;
            }
            '?' | '*' | '+' => {
                i += 1;
                continue;
            }
            '{' => {
                i = skip_to(&c, i, '}');
                continue;
            }
            _ => {}
        }
        // a literal character (escaped punctuation included)
        let (lit, next) = if ch == '\\' { (c.get(i + 1).copied().unwrap_or('\\'), i + 2) } else { (ch, i + 1) };
        i = next;
        if depth > 0 {
            continue;
        }
        let optional = matches!(c.get(i), Some('?' | '*')) || (c.get(i) == Some(&'{') && c.get(i + 1) == Some(&'0'));
        let repeated = matches!(c.get(i), Some('+' | '{'));
        if optional {
            end_run(&mut run, left, false, &mut req);
            left = false;
        } else if repeated {
            run.push(lit);
            end_run(&mut run, left, false, &mut req);
            left = false;
        } else {
            run.push(lit);
        }
    }
    end_run(&mut run, left, false, &mut req);
    crate::text::sort_by_key(&mut req, |&h| (h, 0));
    req.dedup();
    req
}

/// The index after the `close` that ends what starts at `i`.
fn skip_to(c: &[char], i: usize, close: char) -> usize {
    c[i..].iter().position(|&x| x == close).map_or(c.len(), |k| i + k + 1)
}

/// The index after the character class that starts at `i` (a `]` first in a class, or after
/// `^`, is a literal; a `[` inside one is counted as nesting, which can only make the class look
/// longer: conservative).
fn skip_class(c: &[char], i: usize) -> usize {
    let mut depth = 0usize;
    let mut j = i;
    while j < c.len() {
        match c[j] {
            '\\' => j += 2,
            '[' => {
                depth += 1;
                j += 1;
                if c.get(j) == Some(&'^') {
                    j += 1;
                }
                if c.get(j) == Some(&']') {
                    j += 1;
                }
            }
            ']' => {
                depth -= 1;
                j += 1;
                if depth == 0 {
                    return j;
                }
            }
            _ => j += 1,
        }
    }
    c.len()
}
