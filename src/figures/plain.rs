//! Figures that hold across languages, for text in a language without Newsmark's rules (see
//! `language.rs`): numerals in the language's number format ("2 209", "1.234,5"), with a percent
//! sign or a currency symbol or code beside them; numeric dates ("3.3.2026", "03/03/2026"), clock
//! times ("16:15") and years. No words: "millions", "pour cent" and the months are each
//! language's own, and a language that gets its own rules brings them.

use super::Found;
use crate::language::NumberFormat;
use crate::lexicon::Lexicons;
use crate::numbers::decimal;
use crate::token::{Kind, Token};
use crate::types::{Figure, FigureKind};

/// The figures of `s`, read in number format `fmt`.
pub fn find(s: &str, toks: &[Token], lex: &Lexicons, fmt: NumberFormat) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if toks[i].kind != Kind::Num {
            i += 1;
            continue;
        }
        let mut f = figure_at(s, toks, fmt, i);
        currency(s, toks, lex, &mut f, out.last().map_or(0, |p| p.last));
        i = f.last;
        out.push(f);
    }
    out
}

/// The text between two tokens.
fn gap<'a>(s: &'a str, toks: &[Token], a: usize) -> &'a str {
    &s[toks[a].end..toks[a + 1].start]
}

fn figure_at(s: &str, toks: &[Token], fmt: NumberFormat, i: usize) -> Found {
    let text = toks[i].text(s);
    if let Some((last, iso)) = numeric_date(s, toks, i) {
        return Found::new(i, last, Figure { iso: Some(iso), ..Figure::new(FigureKind::Date) });
    }
    if clock_time(text) {
        return Found::new(i, i + 1, Figure::new(FigureKind::Time));
    }
    // "2 209 000", "2 209,5": groups of three digits after spaces, the last one with decimals
    let mut last = i + 1;
    let mut digits: String = text.into();
    let group = |t: &str| t.len() >= 3 && t.as_bytes()[..3].iter().all(u8::is_ascii_digit) && (t.len() == 3 || t.as_bytes()[3] == fmt.decimal && t[4..].bytes().all(|b| b.is_ascii_digit()));
    if fmt.space_groups && text.len() <= 3 && text.bytes().all(|b| b.is_ascii_digit()) {
        while last < toks.len() && toks[last].kind == Kind::Num && group(toks[last].text(s)) && matches!(gap(s, toks, last - 1), " " | "\u{a0}" | "\u{202f}" | "\u{2009}") {
            let t = toks[last].text(s);
            digits.push_str(t);
            last += 1;
            if t.len() > 3 {
                break; // decimals end the numeral
            }
        }
    }
    let value = number(&digits, fmt);
    let mut fig = Figure { value, ..Figure::new(FigureKind::Count) };
    if last < toks.len() && toks[last].text(s) == "%" && matches!(gap(s, toks, last - 1), "" | " " | "\u{a0}" | "\u{202f}") {
        fig.kind = FigureKind::Percent;
        fig.unit = Some("%");
        last += 1;
    } else if last == i + 1 && text.len() == 4 && value.is_some_and(|v| (1800.0..=2100.0).contains(&v)) {
        fig = Figure { iso: Some(text.into()), ..Figure::new(FigureKind::Date) };
    }
    Found::new(i, last, fig)
}

/// A currency symbol or code right before or after the amount makes it money ("€ 35", "35 €",
/// "2,5 mld. Kč" stays a count: the scale word is the language's own).
fn currency(s: &str, toks: &[Token], lex: &Lexicons, f: &mut Found, floor: usize) {
    if f.figure.kind != FigureKind::Count {
        return;
    }
    // symbols and codes only: the currency words of the lexicon are English
    let code = |t: usize| lex.currency(toks[t].text(s)).filter(|_| !toks[t].text(s).bytes().all(|b| b.is_ascii_lowercase()));
    let near = |a: usize| gap(s, toks, a).chars().count() <= 1;
    let before = (f.first > floor).then(|| f.first - 1).filter(|&b| near(b)).and_then(|b| code(b).map(|c| (b, c)));
    let after = (f.last < toks.len()).then_some(f.last).filter(|&a| near(a - 1)).and_then(|a| code(a).map(|c| (a, c)));
    let unit = match (before, after) {
        (Some((b, c)), _) => {
            f.first = b;
            c
        }
        (None, Some((a, c))) => {
            f.last = a + 1;
            c
        }
        _ => return,
    };
    f.figure.kind = FigureKind::Money;
    f.figure.unit = Some(unit);
}

/// "16:15", "9:05": hours and minutes.
fn clock_time(t: &str) -> bool {
    let Some((h, m)) = t.split_once(':') else { return false };
    m.len() == 2 && (1..=2).contains(&h.len()) && h.parse::<u8>().is_ok_and(|h| h <= 24) && m.parse::<u8>().is_ok_and(|m| m < 60)
}

/// "3.3.2026" (one token), "03/03/2026" (five): day, month and year, as most languages but
/// English order them. Returns the end token and the ISO date.
fn numeric_date(s: &str, toks: &[Token], i: usize) -> Option<(usize, String)> {
    let text = toks[i].text(s);
    let (parts, last): (Vec<&str>, usize) = if text.bytes().filter(|&b| b == b'.').count() == 2 {
        (text.split('.').collect(), i + 1)
    } else if i + 4 < toks.len() && (1..5).all(|k| !toks[i + k].space) && toks[i + 1].text(s) == "/" && toks[i + 3].text(s) == "/" && toks[i + 2].kind == Kind::Num && toks[i + 4].kind == Kind::Num {
        (vec![text, toks[i + 2].text(s), toks[i + 4].text(s)], i + 5)
    } else {
        return None;
    };
    let [d, m, y] = parts[..] else { return None };
    let (d, m) = (d.parse::<u32>().ok()?, m.parse::<u32>().ok()?);
    ((1..=31).contains(&d) && (1..=12).contains(&m) && y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit())).then(|| (last, format!("{y}-{m:02}-{d:02}")))
}

/// The value of a numeral in `fmt`: a group mark stands before exactly three digits; any other
/// mark, or the decimal mark, starts the decimals.
fn number(t: &str, fmt: NumberFormat) -> Option<f64> {
    let mut out = String::with_capacity(t.len());
    let b = t.as_bytes();
    let mut decimals = false;
    for (k, &c) in b.iter().enumerate() {
        match c {
            b'0'..=b'9' => out.push(c as char),
            b',' | b'.' => {
                let run = b[k + 1..].iter().take_while(|d| d.is_ascii_digit()).count();
                let group = Some(c) == fmt.group && run == 3 && !decimals && b.get(k + 4).is_none_or(|&n| n == c || n == fmt.decimal);
                if !group {
                    if decimals {
                        return None;
                    }
                    decimals = true;
                    out.push('.');
                }
            }
            _ => return None,
        }
    }
    decimal(&out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;
    use crate::token::tokenize;

    /// The figures of `text` read as language `lang`: (text, kind, value, unit, iso) each.
    fn figs(lang: &str, text: &str) -> Vec<(String, FigureKind, Option<f64>, Option<&'static str>, Option<String>)> {
        let toks = tokenize(text);
        let fmt = Language { code: lang.into() }.number_format();
        find(text, &toks, Lexicons::get(), fmt)
            .into_iter()
            .map(|f| (text[toks[f.first].start..toks[f.last - 1].end].to_string(), f.figure.kind, f.figure.value, f.figure.unit, f.figure.iso))
            .collect()
    }

    macro_rules! t {
        ($($name:ident: $lang:expr, $text:expr => [$(($span:expr, $kind:ident, $value:expr, $unit:expr)),*];)*) => {$(
            #[test]
            fn $name() {
                let got: Vec<_> = figs($lang, $text).into_iter().map(|(s, k, v, u, _)| (s, k, v, u)).collect();
                let want: Vec<(String, FigureKind, Option<f64>, Option<&str>)> = vec![$(($span.to_string(), FigureKind::$kind, $value, $unit)),*];
                assert_eq!(got, want, "{:?}", $text);
            }
        )*};
    }

    t! {
        french_groups_with_spaces: "fr", "Le texte a obtenu 2 209 voix contre 1 750." => [("2 209", Count, Some(2209.0), None), ("1 750", Count, Some(1750.0), None)];
        french_no_break_spaces: "fr", "soit 12\u{202f}500 emplois et 3\u{a0}000 000 d’euros" => [("12\u{202f}500", Count, Some(12500.0), None), ("3\u{a0}000 000", Count, Some(3_000_000.0), None)];
        french_decimal_comma_and_percent: "fr", "une hausse de 2,5 % en 2025" => [("2,5 %", Percent, Some(2.5), Some("%")), ("2025", Date, None, None)];
        german_dot_groups: "de", "Mit 1.234,5 Tonnen und 20.000 Besuchern" => [("1.234,5", Count, Some(1234.5), None), ("20.000", Count, Some(20000.0), None)];
        german_money_after: "de", "Die Karte kostet 35 € und 12,50 EUR." => [("35 €", Money, Some(35.0), Some("EUR")), ("12,50 EUR", Money, Some(12.5), Some("EUR"))];
        spanish_money_before: "es", "El precio subió a $35 y luego a € 40." => [("$35", Money, Some(35.0), Some("USD")), ("€ 40", Money, Some(40.0), Some("EUR"))];
        french_decimals_after_groups: "fr", "soit 2 209,5 tonnes" => [("2 209,5", Count, Some(2209.5), None)];
        a_version_keeps_its_point: "de", "Version 2.8 ist da" => [("2.8", Count, Some(2.8), None)];
        english_format_for_other_languages: "und", "1,234.5 and 2.08" => [("1,234.5", Count, Some(1234.5), None), ("2.08", Count, Some(2.08), None)];
        czech_crowns_symbol: "cs", "Lístek stojí 150 Kč." => [("150 Kč", Money, Some(150.0), Some("CZK"))];
        a_space_does_not_join_two_amounts: "fr", "entre 12 et 2 209" => [("12", Count, Some(12.0), None), ("2 209", Count, Some(2209.0), None)];
        clock_times: "fr", "à 16:15 et 9:05" => [("16:15", Time, None, None), ("9:05", Time, None, None)];
    }

    #[test]
    fn dates_and_years() {
        let got = figs("cs", "Dne 3.3.2026 a 03/04/2025, v roce 1989.");
        let iso: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.1, g.4.as_deref())).collect();
        assert_eq!(iso, [("3.3.2026", FigureKind::Date, Some("2026-03-03")), ("03/04/2025", FigureKind::Date, Some("2025-04-03")), ("1989", FigureKind::Date, Some("1989"))]);
    }

    #[test]
    fn never_panics_on_odd_numerals() {
        for t in ["1.", ",5", "1..2", "1,2,3,4", "99999999999999999999999", "1.2.3", "3.13.2026", "0/0/0000", "25:99", "2 2 2 2", "€", "%"] {
            let _ = figs("de", t);
            let _ = figs("fr", t);
        }
    }
}
