//! Word shapes that tell a name's words from others: capitals, acronyms, particles ("al-",
//! "bin"), hyphenated adjectives ("Iran-backed"), codes ("F-16"), Roman numerals.

use crate::lexicon::with_lower;
use crate::lexicon::words::{NOT_SYLLABLES, PARTICLES};

pub(super) fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

pub(super) fn all_caps(w: &str) -> bool {
    // most capitalised words: a lowercase second letter
    if w.as_bytes().get(1).is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    let mut letters = 0;
    for c in w.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters >= 2
}

pub(super) fn is_particle(w: &str) -> bool {
    with_lower(w, |l| PARTICLES.contains(&l))
}

/// "al-Haq", "el-Sisi", "bin-Salman": a lowercase particle glued to a capitalised name.
pub(super) fn particle_glued(w: &str) -> bool {
    if let Some((a, b)) = w.split_once(['-', '‑']) {
        is_particle(a) && is_cap(b)
    } else {
        false
    }
}

/// "Iran-backed", "Pro-Russian"… a capitalised word whose last part is lowercase is an adjective.
/// "Iran-backed", "U.S.-led", "Paris-based": a name made an adjective; not "Jong-il", "Ki-moon",
/// whose lowercase second syllable is part of a Korean given name.
pub(super) fn hyphen_adjective(w: &str) -> bool {
    match w.rsplit_once(['-', '‑']) {
        Some((a, b)) => {
            if is_particle(a) || !b.chars().next().is_some_and(char::is_lowercase) {
                return false;
            }
            let syllable = b.len() <= 4 && !b.ends_with("ed") && !b.ends_with("ing") && !NOT_SYLLABLES.contains(&b);
            // two capitalised halves before it would be "Abu-Bakr"; a Korean name is one
            // capitalised syllable and one lowercase one
            !(syllable && a.len() <= 6 && a.chars().skip(1).all(|c| c.is_lowercase()))
        }
        None => false,
    }
}

/// "M-SAM", "F-16", "COVID-19", "G7": codes and models, never names.
pub(super) fn code_like(w: &str) -> bool {
    if w.chars().any(|c| c.is_ascii_digit()) {
        return true;
    }
    if let Some((a, b)) = w.split_once('-') {
        let short = |x: &str| x.chars().count() <= 1;
        // (a hyphen is neither a letter nor lowercase: the word is all capitals with or without it)
        return (short(a) || short(b)) && all_caps(w);
    }
    false
}

pub(super) fn is_roman(w: &str) -> bool {
    matches!(w, "II" | "III" | "IV" | "V" | "VI" | "VII" | "VIII" | "IX" | "X" | "XI" | "XII" | "XIII" | "XIV" | "XV" | "XVI")
}

pub(super) fn title_case(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    for (i, c) in w.chars().enumerate() {
        if i == 0 {
            out.push(c);
        } else {
            out.push(crate::text::lower_char(c));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_shapes() {
        assert!(particle_glued("al-Haq"));
        assert!(!particle_glued("Iran-backed"));
        assert!(hyphen_adjective("Iran-backed"));
        assert!(!hyphen_adjective("Al-Awadi"));
        assert!(!hyphen_adjective("al-Haq"));
        assert!(code_like("M-SAM"));
        assert!(code_like("F-16"));
        assert!(!code_like("Al-Awadi"));
        assert!(all_caps("ISIS"));
        assert!(!all_caps("A"));
    }
}
