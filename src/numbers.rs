//! Number words and numerals: "forty-two", "1,200", "2.08", "a third", scale words.

use crate::lexicon::with_lower;
use crate::lexicon::words::{MONTHS, ORDINALS};

pub fn small_number(w: &str) -> Option<f64> {
    // every number word starts with one of these letters (zero, one, two … eight, nine … ninety)
    if w.len() > 13 || !matches!(w.as_bytes().first().map(|b| b | 0x20), Some(b'z' | b'o' | b't' | b'f' | b's' | b'e' | b'n')) {
        return None;
    }
    with_lower(w, small_number_lower)
}

fn small_number_lower(lw: &str) -> Option<f64> {
    let v = match lw {
        "zero" => 0, "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7,
        "eight" => 8, "nine" => 9, "ten" => 10, "eleven" => 11, "twelve" => 12, "thirteen" => 13, "fourteen" => 14,
        "fifteen" => 15, "sixteen" => 16, "seventeen" => 17, "eighteen" => 18, "nineteen" => 19, "twenty" => 20,
        "thirty" => 30, "forty" => 40, "fifty" => 50, "sixty" => 60, "seventy" => 70, "eighty" => 80, "ninety" => 90,
        _ => {
            // forty-two
            let (a, b) = lw.split_once('-')?;
            let tens = small_number(a)?;
            let ones = small_number(b)?;
            if tens >= 20.0 && multiple_of(tens, 10.0) && ones < 10.0 && ones > 0.0 {
                return Some(tens + ones);
            }
            return None;
        }
    };
    Some(v as f64)
}

/// "hundred", "thousand", "million", "bn", "m"… → multiplier. `attached` allows the short forms
/// that only count when written right after the digits ("5m", "3bn").
pub fn scale(w: &str, attached: bool) -> Option<f64> {
    let v = with_lower(w, |l| match l {
        "hundred" => 1e2,
        "thousand" => 1e3,
        "million" | "mln" | "mn" => 1e6,
        "billion" | "bln" | "bn" => 1e9,
        "trillion" | "tn" | "trn" => 1e12,
        "k" if attached => 1e3,
        "m" if attached => 1e6,
        "b" if attached => 1e9,
        _ => 0.0,
    });
    (v > 0.0).then_some(v)
}

pub fn ordinal_word(w: &str) -> Option<f64> {
    if !crate::text::ends_with_any(w, b"tdhTDH") {
        return None;
    }
    with_lower(w, ordinal_lower)
}

fn ordinal_lower(lw: &str) -> Option<f64> {
    ORDINALS.iter().find(|(w, _)| *w == lw).map(|&(_, v)| v as f64)
}

/// "half", "third", "quarter"… as a fraction (denominator words, singular or plural; other
/// ordinals in the plural only, "sevenths").
pub fn fraction_word(w: &str) -> Option<f64> {
    with_lower(w, fraction_lower)
}

fn fraction_lower(lw: &str) -> Option<f64> {
    let v = match lw {
        "half" | "halves" => 2.0,
        "third" | "thirds" => 3.0,
        "quarter" | "quarters" => 4.0,
        "fifth" | "fifths" => 5.0,
        "tenth" | "tenths" => 10.0,
        // any other ordinal in the plural: "two-sevenths", "three-eighths" (each ends in "ths")
        _ if lw.ends_with("ths") => ordinal_lower(&lw[..lw.len() - 1])?,
        _ => return None,
    };
    Some(1.0 / v)
}

/// Parses "1,200", "2.08", "40"; None for anything else (times such as 10:30 included).
pub fn numeral(t: &str) -> Option<f64> {
    if t.contains(':') {
        return None;
    }
    decimal_skipping(t, true)
}

/// Parses "2.08", "40", ".5": digits with at most one decimal point. Hand-written rather than
/// `str::parse::<f64>`, whose exact algorithm brings some 14 KB of tables and code to the WASM
/// build: a numeral in news has few digits, and for up to 15 significant digits (and up to 22
/// after the point) the result is the correctly rounded value, as `parse` gives.
pub fn decimal(t: &str) -> Option<f64> {
    decimal_skipping(t, false)
}

fn decimal_skipping(t: &str, commas: bool) -> Option<f64> {
    const POW10: [f64; 23] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
    let (mut m, mut digits, mut frac, mut point, mut scale) = (0u64, 0u32, 0usize, false, 0i32);
    for b in t.bytes() {
        match b {
            b'0'..=b'9' => {
                digits += 1;
                if m < 100_000_000_000_000_000 {
                    m = m * 10 + u64::from(b - b'0');
                    frac += usize::from(point);
                } else if !point {
                    scale += 1; // digits past what a u64 holds: a power of ten more
                }
            }
            b'.' if !point => point = true,
            b',' if commas => {}
            _ => return None,
        }
    }
    if digits == 0 {
        return None;
    }
    let mut v = m as f64 * 10f64.powi(scale);
    let mut f = frac;
    while f > 22 {
        v /= 1e22;
        f -= 22;
    }
    v /= POW10[f];
    Some(v)
}

/// A month name as written (capitalised): full name, or an abbreviation that `abbrev_ok` allows.
pub fn month(w: &str) -> Option<(u32, bool)> {
    if !w.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    if w.len() > 9 {
        return None;
    }
    with_lower(w, |lw| MONTHS.iter().find(|(n, _)| *n == lw).map(|&(n, m)| (m, n.len() <= 4 && lw != "june" && lw != "july" && lw != "may")))
}

pub fn weekday(w: &str) -> bool {
    matches!(w, "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday")
}

/// Time units for durations, singular or plural, with their canonical unit name.
pub fn time_unit(w: &str) -> Option<&'static str> {
    with_lower(w, time_unit_lower)
}

fn time_unit_lower(lw: &str) -> Option<&'static str> {
    Some(match lw {
        "year" | "years" | "yr" | "yrs" => "year",
        "month" | "months" => "month",
        "week" | "weeks" => "week",
        "day" | "days" => "day",
        "hour" | "hours" | "hr" | "hrs" => "hour",
        "minute" | "minutes" | "min" | "mins" => "minute",
        "second" | "seconds" => "second",
        "decade" | "decades" => "decade",
        "century" | "centuries" => "century",
        "quarter" | "quarters" => "quarter",
        "weekend" | "weekends" => "weekend",
        _ => return None,
    })
}

/// `x` is a whole multiple of `m` (`x % m == 0.0` without the float remainder's routine, which
/// WebAssembly has no instruction for: a division and a truncation, exact for the whole numbers
/// news writes).
#[inline]
pub fn multiple_of(x: f64, m: f64) -> bool {
    (x / m).fract() == 0.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        assert_eq!(small_number("Two"), Some(2.0));
        assert_eq!(small_number("forty-two"), Some(42.0));
        assert_eq!(small_number("forty-forty"), None);
        assert_eq!(numeral("1,200"), Some(1200.0));
        assert_eq!(numeral("2.08"), Some(2.08));
        assert_eq!(numeral("10:30"), None);
        assert_eq!(scale("bn", true), Some(1e9));
        assert_eq!(scale("m", false), None);
        assert_eq!(month("Oct"), Some((10, true)));
        assert_eq!(month("may"), None);
        assert_eq!(fraction_word("third"), Some(1.0 / 3.0));
        assert_eq!(ordinal_word("Third"), Some(3.0));
    }

    #[test]
    fn multiples_as_the_remainder_says() {
        for x in [0.0, 7.0, 10.0, 20.0, 25.0, 90.0, 95.5, 1000.0, 1999.0, 2000.0, 3000.0, 1e6, 1.5e9, 2.08] {
            for m in [10.0, 1000.0] {
                assert_eq!(multiple_of(x, m), x % m == 0.0, "{x} {m}");
            }
        }
    }
}

#[cfg(test)]
mod decimal_tests {
    use super::{decimal, numeral};

    #[test]
    fn decimal_is_the_correctly_rounded_value() {
        for s in ["0", "40", "2.08", "11.5", ".5", "5.", "0.1", "0.3", "123456789.123456", "42.5", "1300000000", "3.14159265358979", "0.000001"] {
            assert_eq!(decimal(s), s.parse::<f64>().ok(), "{s}");
        }
        // every numeral with up to 15 significant digits and a point anywhere
        let mut x: u64 = 1;
        for _ in 0..20_000 {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let digits = (x >> 33) % 1_000_000_000_000_000;
            let s = digits.to_string();
            let at = (x % (s.len() as u64 + 1)) as usize;
            let s = format!("{}.{}", &s[..at], &s[at..]);
            assert_eq!(decimal(&s), s.parse::<f64>().ok(), "{s}");
        }
        for s in ["", ".", "1.2.3", "1e5", "+1", "-2", "inf", "1,000"] {
            assert_eq!(decimal(s), None, "{s}");
        }
        // more digits than that: within a relative 1e-15
        for s in ["99999999999999999999", "1.7976931348623157", "123456789012345678901234.5"] {
            let (got, want) = (decimal(s).unwrap(), s.parse::<f64>().unwrap());
            assert!(((got - want) / want).abs() < 1e-15, "{s}: {got} against {want}");
        }
        assert_eq!(numeral("1,200.5"), Some(1200.5));
        assert_eq!(numeral("10:30"), None);
    }
}

