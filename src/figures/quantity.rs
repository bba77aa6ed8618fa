//! Quantities: an amount and its unit ("40 km", "321 degrees Fahrenheit", "2 million barrels
//! per day", "square kilometres"), also hyphenated ("100-megabyte", "34-foot-tall").

use super::{Cx, Found, Amount, Measured};
use crate::types::{Figure, FigureKind};
use crate::lexicon::with_lower;
use crate::token::Kind;

impl<'a> Cx<'a> {
    pub(super) fn unit_suffix(&self, i: usize, attached_ok: bool) -> Option<(&'static str, usize)> {
        let t = self.t.get(i)?;
        if t.kind != Kind::Word && self.text(i) != "°" {
            return None;
        }
        if !self.joined(i) {
            return None;
        }
        let w = self.text(i);
        if self.text(i) == "°" {
            let unit = match self.text(i + 1) {
                "C" if self.adjacent(i + 1) => return Some(("°C", i + 2)),
                "F" if self.adjacent(i + 1) => return Some(("°F", i + 2)),
                _ => "°",
            };
            return Some((unit, i + 1));
        }
        let short = w.chars().count() <= 2;
        if short && !(attached_ok || self.t[i].space) {
            return None;
        }
        // single capital letters (C, F) only when glued: "45C"
        if w.len() == 1 && w.chars().all(char::is_uppercase) && self.t[i].space {
            return None;
        }
        let unit = if short { self.lex.unit(w) } else { with_lower(w, |l| self.lex.unit(l)) };
        let mut unit = unit?;
        let mut next = i + 1;
        // "square kilometres", "cubic metres", "metric tons"
        if w.eq_ignore_ascii_case("metric") {
            return self.unit_suffix(i + 1, false).filter(|(u, _)| *u == "t");
        }
        if unit == "sq" || unit == "cu" {
            let (u2, n2) = self.unit_suffix(i + 1, false)?;
            next = n2;
            unit = match (unit, u2) {
                ("sq", "km") => "km²",
                ("sq", "m") => "m²",
                ("sq", "mi") => "mi²",
                ("sq", "ft") => "ft²",
                ("cu", "m") => "m³",
                ("cu", "ft") => "ft³",
                (_, other) => other,
            };
        }
        // "321 degrees Fahrenheit"
        if unit == "°" {
            if self.lower_is(next, "fahrenheit") {
                return Some(("°F", next + 1));
            }
            if self.lower_is(next, "celsius") || self.lower_is(next, "centigrade") {
                return Some(("°C", next + 1));
            }
        }
        // barrels per day, a day
        if self.phrase(next, "per day").is_some() && unit == "bbl" {
            return Some(("bbl/d", next + 2));
        }
        Some((unit, next))
    }

    /// "40 km", "100-megabyte": the amount and its unit.
    pub(super) fn quantity(&self, a: &mut Amount) -> Option<Measured> {
        let hyphenated = || (self.text(a.last) == "-" && self.adjacent(a.last) && self.adjacent(a.last + 1)).then(|| self.unit_suffix(a.last + 1, false)).flatten();
        let (u, j) = self.unit_suffix(a.last, !a.n.word).or_else(hyphenated)?;
        let mut fig = Figure::new(FigureKind::Quantity);
        fig.unit = Some(u);
        a.last = j;
        Some(Measured::Kind(fig, None))
    }

    /// "34-foot-tall", "15-centimeter-high": the measure is the number and its unit, which ends
    /// inside the hyphenated word.
    pub(super) fn hyphenated_measure(&self, a: &mut Amount) -> Option<Measured> {
        let last = a.last;
        if a.n.word || self.text(last) != "-" || !self.adjacent(last) || !self.adjacent(last + 1) {
            return None;
        }
        let (head, _) = self.text(last + 1).split_once('-')?;
        let u = with_lower(head, |l| self.lex.unit(l))?;
        if head.len() <= 2 {
            return None;
        }
        let mut f = Found::new(a.i, last + 2, Figure::new(FigureKind::Quantity));
        f.figure.unit = Some(u);
        f.figure.value = a.value;
        f.figure.approx = a.approx;
        f.figure.bound = a.bound;
        f.end_byte = Some(self.t[last + 1].start + head.len());
        Some(Measured::Done(f))
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use crate::types::FigureKind::*;

    #[test]
    fn quantities() {
        check(&[
            ("pumps 1.2 million barrels per day", "1.2 million barrels per day", Quantity, Some(1.2e6), Some("bbl/d")),
            ("a 300 km border", "300 km", Quantity, Some(300.0), Some("km")),
            ("temperatures hit 45C yesterday", "45C", Quantity, Some(45.0), Some("°C")),
            ("bought 500,000 metric tons of wheat", "500,000 metric tons", Quantity, Some(500000.0), Some("t")),
            ("more than 700,000 pounds of uranium", "more than 700,000 pounds", Quantity, Some(700000.0), Some("lb")),
            ("a 100-megabyte disk", "100-megabyte", Quantity, Some(100.0), Some("MB")),
            ("cooled to minus 321 degrees Fahrenheit.", "minus 321 degrees Fahrenheit", Quantity, Some(-321.0), Some("°F")),
            ("a computer with 512 kilobytes of memory", "512 kilobytes", Quantity, Some(512.0), Some("KB")),
            ("vehicles weighing 10,000 pounds pass", "10,000 pounds", Quantity, Some(10000.0), Some("lb")),
            ("a 34-foot-tall statue", "34-foot", Quantity, Some(34.0), Some("ft")),
            ("the trip was only about a mile.", "about a mile", Quantity, Some(1.0), Some("mi")),
            ("the 15-centimeter-tall turtles", "15-centimeter", Quantity, Some(15.0), Some("cm")),
            ("an area of 5 square kilometres", "5 square kilometres", Quantity, Some(5.0), Some("km²")),
        ]);
    }

}
