//! Money: a currency before the amount ("$", "US$", "€", "IQD", the "#" of old wire text for
//! the pound) or after it ("dinars", "Canadian dollars", "yuan RMB"), normalised to ISO 4217.

use super::{Cx, Amount, Measured};
use crate::types::{Figure, FigureKind};
use crate::numbers::*;
use crate::lexicon::Low;
use crate::token::Kind;

impl<'a> Cx<'a> {
    /// A currency before the number: "$", "US$", "€", "IQD".
    pub(super) fn currency_prefix(&self, i: usize) -> Option<(&'static str, usize)> {
        let w = self.text(i);
        if w.is_empty() {
            return None;
        }
        // two glued tokens: US$, C$, HK$ (and the amount on the same line: not "US$\n5")
        if self.adjacent(i + 1) && self.text(i + 1) == "$" && w.len() <= 3 && self.joined(i + 2) {
            if let Some(c) = self.lex.currency(&format!("{w}$")) {
                return Some((c, i + 2));
            }
        }
        let t = &self.t[i];
        // newswire text of the 1980s and 1990s writes the pound sign as "#": "#180 million"
        if w == "#" && self.adjacent(i + 1) && self.t.get(i + 1).is_some_and(|n| n.kind == Kind::Num) && (self.text(i + 1).contains('.') || self.t.get(i + 2).is_some_and(|n| scale(n.text(self.s), false).is_some())) {
            return Some(("GBP", i + 1));
        }
        let is_symbol = t.kind == Kind::Punct;
        let is_code = t.kind == Kind::Word && w.len() == 3 && w.chars().all(|c| c.is_ascii_uppercase());
        if is_symbol || is_code {
            if let Some(c) = self.lex.currency(w) {
                if self.t.get(i + 1).is_some_and(|n| n.kind == Kind::Num) && self.joined(i + 1) {
                    return Some((c, i + 1));
                }
            }
        }
        None
    }

    /// A currency word after the number: "dollars", "dinars", "euros".
    pub(super) fn currency_word(&self, i: usize) -> Option<(&'static str, usize)> {
        let t = self.t.get(i)?;
        if t.kind != Kind::Word || !self.joined(i) {
            return None;
        }
        let w = self.text(i);
        let lw = Low::new(w);
        // "pounds of uranium", "weighing 10,000 pounds" are weights
        if (lw == "pounds" || lw == "pound") && (self.lower_is(i + 1, "of") || (i.saturating_sub(4)..i).any(|k| Low::new(self.text(k)).starts_with("weigh"))) {
            return None;
        }
        // "US dollars", "Canadian dollars", "Hong Kong dollars", "Taiwan dollars"
        if w.chars().next().is_some_and(char::is_uppercase) && self.lex.currency(w).is_none() {
            let two = self.lower_is(i + 2, "dollars") || self.lower_is(i + 2, "dollar");
            let one = self.lower_is(i + 1, "dollars") || self.lower_is(i + 1, "dollar");
            if one || (two && self.text(i + 1).chars().next().is_some_and(char::is_uppercase)) {
                let code = match w {
                    "US" | "U.S." | "American" => "USD",
                    "Canadian" => "CAD",
                    "Australian" => "AUD",
                    "Taiwan" | "NT" => "TWD",
                    "Hong" => "HKD",
                    "Singapore" => "SGD",
                    "Zimbabwe" | "Zimbabwean" => "ZWL",
                    "New" => "NZD",
                    _ => "",
                };
                if !code.is_empty() {
                    return Some((code, if one { i + 2 } else { i + 3 }));
                }
            }
            // "Irish punts", "Finland Marks": a country's name for its currency
            if self.joined(i + 1) {
                let next = Low::new(self.text(i + 1));
                if let Some(c) = self.lex.currency(next.as_str()).filter(|_| next.len() > 3 && next.ends_with('s')) {
                    return Some((c, i + 2));
                }
            }
        }
        if let Some(c) = self.lex.currency(lw.as_str()) {
            if w.chars().all(|c| c.is_lowercase()) || w.chars().skip(1).all(|c| c.is_lowercase()) {
                // "500 million yuan RMB"
                if c == "CNY" && self.text(i + 1) == "RMB" {
                    return Some((c, i + 2));
                }
                return Some((c, i + 1));
            }
        }
        // "1.5 trillion IQD"
        if w.len() == 3 && w.chars().all(|c| c.is_ascii_uppercase()) {
            if let Some(c) = self.lex.currency(w) {
                return Some((c, i + 1));
            }
        }
        None
    }

    /// An amount after a currency symbol or code: money. News annotation (OntoNotes) leaves a
    /// bare symbol out of a plain amount, $[17.95], but keeps it with a scale word or a
    /// modifier: [$2.08 billion], [about $70].
    pub(super) fn money_by_symbol(&self, a: &mut Amount) -> Option<Measured> {
        let c = a.currency?;
        let mut fig = Figure::new(FigureKind::Money);
        fig.unit = Some(c);
        let bare = !a.modified && a.n.next == a.p + 1 && a.low.is_none() && self.t[a.p - 1].kind == Kind::Punct;
        Some(Measured::Kind(fig, bare.then(|| self.t[a.p].start)))
    }

    /// An amount before a currency word: "300 dinars", "5 million Canadian dollars".
    pub(super) fn money_by_word(&self, a: &mut Amount) -> Option<Measured> {
        let (c, j) = self.currency_word(a.last)?;
        let mut fig = Figure::new(FigureKind::Money);
        fig.unit = Some(c);
        a.last = j;
        Some(Measured::Kind(fig, None))
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{check, check_none};
    use crate::types::FigureKind::*;

    #[test]
    fn money() {
        check(&[
            ("a $2 billion deal", "$2 billion", Money, Some(2e9), Some("USD")),
            ("a $2.08 billion deal", "$2.08 billion", Money, Some(2.08e9), Some("USD")),
            ("raised US$5m last year", "US$5m", Money, Some(5e6), Some("USD")),
            ("sales of C$1.15 billion", "C$1.15 billion", Money, Some(1.15e9), Some("CAD")),
            ("a €3.5bn bid", "€3.5bn", Money, Some(3.5e9), Some("EUR")),
            // a bare symbol before a plain amount stays outside the span (news annotation
            // convention), but the currency is kept: £[1,200] is 1200 GBP
            ("fined £1,200 on Monday", "1,200", Money, Some(1200.0), Some("GBP")),
            ("a $250 fine", "250", Money, Some(250.0), Some("USD")),
            ("paid about $70 each", "about $70", Money, Some(70.0), Some("USD")),
            ("worth 2 billion dollars in all", "2 billion dollars", Money, Some(2e9), Some("USD")),
            ("a budget of 1.5 trillion dinars was", "1.5 trillion dinars", Money, Some(1.5e12), Some("IQD")),
            ("a budget of IQD 1.5 trillion was", "IQD 1.5 trillion", Money, Some(1.5e12), Some("IQD")),
            ("revenue of 3.365 billion Taiwan dollars", "3.365 billion Taiwan dollars", Money, Some(3.365e9), Some("TWD")),
            ("a #180 million loss", "#180 million", Money, Some(1.8e8), Some("GBP")),
            ("sold for 500 million yuan RMB", "500 million yuan RMB", Money, Some(5e8), Some("CNY")),
        ]);
        // "pounds of uranium" is a weight
        check_none(&[("more than 700,000 pounds of uranium were", "$")]);
    }

}
