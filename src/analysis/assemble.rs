//! The Analysis assembled from the stages' outputs: mentions in text order with UTF-16 offsets
//! (names that resolved to an entity, and figures), entities that kept a mention renumbered
//! densely, quotes with their cue and speaker resolved to those entities.

use super::{confidence, Cue, Entity, Mention, MentionKind, Quote, Speaker};
use crate::entities::Ent;
use crate::figures::{self, Found};
use crate::lexicon::{with_lower, Lexicons};
use crate::lexicon::words::{HEAD_NOUNS, THE_PLACE_HEADS};
use crate::names::Name;
use crate::offsets::Utf16Map;
use crate::quotes::RawQuote;
use crate::token::{self, Token};

/// The stages' outputs over one text, to be assembled.
pub(super) struct Parts<'a> {
    pub text: &'a str,
    /// Copy the texts of mentions and cues (the WASM layer slices them itself).
    pub texts: bool,
    pub toks: &'a [Token],
    pub names: &'a [Name],
    pub name_ent: &'a [Option<usize>],
    pub ents: &'a [Ent],
    pub figs: Vec<Found>,
    pub quotes: Vec<RawQuote>,
}

impl Parts<'_> {
    fn copy(&self, a: usize, b: usize) -> String {
        if self.texts {
            self.text[a..b].to_string()
        } else {
            String::new()
        }
    }

    /// Mentions in text order (with entity ids as resolved), each entity's mentions, and each
    /// mention's byte span.
    pub(super) fn mentions(&mut self, map: &Utf16Map) -> (Vec<Mention>, Vec<Vec<usize>>, Vec<(usize, usize)>) {
        let (names, name_ent, ents, toks) = (self.names, self.name_ent, self.ents, self.toks);
        let mut spans: Vec<(usize, usize, Mention)> = Vec::with_capacity(names.len() + self.figs.len());
        let mut before = 0; // the end of the name before
        for (i, n) in names.iter().enumerate() {
            let free = before < n.first;
            before = n.last;
            if let Some(id) = name_ent[i] {
                // (not an article that ends the name before: "Jane Doe The Prime Minister …", read
                // as a person and an organization, would have them overlap; names come in text order)
                let the = free && self.keeps_article(n, ents[id].kind);
                let (b0, b1) = (toks[if the { n.first - 1 } else { n.first }].start, toks[n.last - 1].end);
                spans.push((b0, b1, Mention { start: 0, end: 0, text: self.copy(b0, b1), kind: ents[id].kind, entity: Some(id), figure: None, confidence: None }));
            }
        }
        for mut f in std::mem::take(&mut self.figs) {
            let (b0, b1) = (f.start_byte.unwrap_or(toks[f.first].start), f.end_byte.unwrap_or(toks[f.last - 1].end));
            f.figure.counts = figures::counted(self.text, toks, &f).map(|(a, b)| self.text[a..b].to_string());
            spans.push((b0, b1, Mention { start: 0, end: 0, text: self.copy(b0, b1), kind: MentionKind::Figure, entity: None, figure: Some(f.figure), confidence: None }));
        }
        crate::text::sort_by_key(&mut spans, |(a, b, _)| (*a as u64, *b as u64)); // mentions never overlap: keys are distinct
        let mut mentions = Vec::with_capacity(spans.len());
        let mut ent_mentions: Vec<Vec<usize>> = vec![Vec::new(); ents.len()];
        let mut bytes = Vec::with_capacity(spans.len());
        for (b0, b1, mut m) in spans {
            bytes.push((b0, b1));
            m.start = map.utf16(b0);
            m.end = map.utf16(b1);
            if let Some(id) = m.entity {
                ent_mentions[id].push(mentions.len());
            }
            mentions.push(m);
        }
        (mentions, ent_mentions, bytes)
    }

    /// News annotation keeps "the" (also "The" opening a sentence) in organization names of two
    /// words or more ("the State Department") and in place names whose head takes it ("the United
    /// States", "the Mississippi River") and leaves it out of one-word names ("the
    /// Treasury"), unless the name only modifies the noun that "the" belongs to ("the Dow Jones
    /// index", "the Cessna Aircraft Co unit"), and not a "The" that opens a paragraph, as the seed
    /// article's reader marks it ("The Islamic Resistance in Iraq—a coalition …").
    fn keeps_article(&self, n: &Name, kind: MentionKind) -> bool {
        let (toks, text) = (self.toks, self.text);
        // the noun after the name, past the period of an abbreviation ("the Acme Corp. unit")
        let after = if toks.get(n.last).is_some_and(|t| t.text(text) == "." && !t.space) { n.last + 1 } else { n.last };
        // (or a number: "The Ginnie Mae 9% securities")
        let modifier = || toks.get(after).is_some_and(|t| t.kind == token::Kind::Num || t.kind == token::Kind::Word && with_lower(t.text(text), |l| HEAD_NOUNS.contains(&l)));
        let the_tok = n.first.checked_sub(1).map(|k| &toks[k]);
        let opens_paragraph = the_tok.is_some_and(|t| t.nl > 0 || t.start == 0);
        let place_head = || toks.get(n.last - 1).is_some_and(|t| THE_PLACE_HEADS.contains(&t.text(text)));
        // a capital "The" inside a sentence is an organization's own ("bands like The Ramones",
        // "for The World"), however long its name
        let own = || kind == MentionKind::Organization && the_tok.is_some_and(|t| t.text(text) == "The") && n.first >= 2 && (toks[n.first - 2].kind != token::Kind::Punct || toks[n.first - 2].text(text) == ",");
        (n.last - n.first >= 2 || own())
            && (kind == MentionKind::Organization || kind == MentionKind::Place && place_head())
            && toks[n.first].nl == 0
            && !opens_paragraph
            && the_tok.is_some_and(|t| t.text(text).eq_ignore_ascii_case("the"))
            && !modifier()
    }

    /// The entities that kept a mention, numbered densely, and each old id's new one.
    pub(super) fn entities(&self, mut ent_mentions: Vec<Vec<usize>>) -> (Vec<Entity>, Vec<Option<usize>>) {
        let mut new_id = vec![None; self.ents.len()];
        let mut entities = Vec::with_capacity(self.ents.len());
        for (id, e) in self.ents.iter().enumerate() {
            if ent_mentions[id].is_empty() {
                continue;
            }
            new_id[id] = Some(entities.len());
            let aliases = e.forms.iter().filter(|f| **f != e.name).cloned().collect();
            entities.push(Entity { id: entities.len(), kind: e.kind, name: e.name.clone(), aliases, role: e.role.clone(), mentions: std::mem::take(&mut ent_mentions[id]) });
        }
        (entities, new_id)
    }

    /// The quotes with UTF-16 offsets, their speakers resolved to the renumbered entities.
    pub(super) fn quotes(&mut self, map: &Utf16Map, entities: &[Entity], new_id: &[Option<usize>], lex: &Lexicons) -> Vec<Quote> {
        let text = self.text;
        std::mem::take(&mut self.quotes)
            .into_iter()
            .map(|q| Quote {
                confidence: Some(confidence::of_quote_class(confidence::quote_class(text, &text[q.start..q.end], q.kind, q.cue, q.relayed, q.speaker.as_ref().map(|sp| (&text[sp.start..sp.end], sp.entity.and_then(|id| new_id[id]).is_some())), lex))),
                start: map.utf16(q.start),
                end: map.utf16(q.end),
                kind: q.kind,
                relayed: q.relayed,
                fragments: (!q.fragments.is_empty()).then(|| q.fragments.iter().map(|&(a, b)| [map.utf16(a), map.utf16(b)]).collect()),
                cue: q.cue.map(|(a, b)| Cue { start: map.utf16(a), end: map.utf16(b), text: self.copy(a, b) }),
                speaker: q.speaker.map(|sp| {
                    let entity = sp.entity.and_then(|id| new_id[id]);
                    Speaker {
                        start: map.utf16(sp.start),
                        end: map.utf16(sp.end),
                        text: text[sp.start..sp.end].to_string(),
                        entity,
                        name: entity.map(|id| entities[id].name.clone()),
                    }
                }),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::types::MentionKind;

    #[test]
    fn the_article_of_organization_names() {
        // news annotation keeps the article of a name of two words or more, also when it opens a
        // sentence, but not when it opens a paragraph (as the seed's reader marks it), nor when
        // the name only modifies the noun the article belongs to; the entity's name leaves it out
        for (text, span) in [
            ("The Islamic Resistance in Iraq has positioned itself.", "Islamic Resistance in Iraq"),
            ("Talks ended. The White House said no.", "The White House"),
            ("He visited the White House on Monday.", "the White House"),
            ("It sold the Cessna Aircraft Co unit last year.", "Cessna Aircraft Co"),
            ("It sold the Cessna Aircraft Co. unit last year.", "Cessna Aircraft Co"),
            ("He thanked the Treasury again.", "Treasury"),
            ("Don't leave home without the American Express card.", "American Express"),
            ("Prices rose as the Blue Arrow tumult went on.", "Blue Arrow"),
            ("Yields rose. The Ginnie Mae 9% securities fell.", "Ginnie Mae"),
            // a capital "The" inside a sentence is the name's own, even before one word
            ("Bands like The Ramones toured.", "The Ramones"),
            ("This is The World, from the BBC.", "The World"),
            ("Talks ended. The Treasury said no.", "Treasury"),
        ] {
            let a = crate::analyze(text);
            let m = a.mentions.iter().find(|m| m.kind == MentionKind::Organization).unwrap_or_else(|| panic!("{text:?}: {:?}", a.mentions));
            assert_eq!(m.text, span, "{text:?}");
            let name = &a.entities[m.entity.unwrap()].name;
            assert!(!name.starts_with("the ") && !name.starts_with("The "), "{text:?}: entity {name:?}");
        }
    }

    #[test]
    fn the_article_of_place_names() {
        // a place whose head takes "the" keeps it; other places do not
        for (text, span) in [
            ("He flew to the United States on Monday.", "the United States"),
            ("Barges on the Mississippi River slowed.", "the Mississippi River"),
            ("Rockets were fired from the Gaza Strip.", "the Gaza Strip"),
            ("He left the Soviet Union in 1975.", "the Soviet Union"),
            ("Rain fell on the New York area.", "New York"),
            // a place known with its "The", wherever it stands
            ("He flew to The Hague on Monday.", "The Hague"),
            ("The Hague is a city.", "The Hague"),
            ("Ships sailed to The Philippines.", "Philippines"),
        ] {
            let a = crate::analyze(text);
            let m = a.mentions.iter().find(|m| m.kind == MentionKind::Place).unwrap_or_else(|| panic!("{text:?}: {:?}", a.mentions));
            assert_eq!(m.text, span, "{text:?}");
            assert!(!a.entities[m.entity.unwrap()].name.starts_with("the "), "{text:?}");
        }
    }
}
