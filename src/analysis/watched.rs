//! What the watchlist's hits bring with them: a hit on an entity's name watches the entity, so
//! all its mentions and aliases are hits and its quotes (those it says as "he" included) are the
//! item's; a person's surname alone or initial counts where the article names the person in full;
//! the item's figures are those in the sentences that mention it or in its quotes.

use super::{Entity, Mention, MentionKind, Quote, SummaryWatch, WatchHit};
use crate::watch::{Hit, Watchlist};

/// Every span of the text `text` a sentence covers, in UTF-16, in order.
pub(super) type Spans = [(usize, usize)];

/// The hits (UTF-16, by start) and each item's entry in the summary, most hits first.
pub(super) fn watched(list: &Watchlist, hits: &[Hit], to16: &dyn Fn(usize) -> usize, mentions: &[Mention], entities: &[Entity], quotes: &[Quote], sentences: &Spans) -> (Vec<WatchHit>, Vec<SummaryWatch>) {
    let n = list.items().len();
    let full: Vec<(usize, usize, usize)> = hits.iter().filter(|h| !h.variant).map(|h| (h.item, to16(h.start), to16(h.end))).collect();
    // the entities each item's full hits name, and whether one of them is a person
    let mut ents: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut person = vec![false; n];
    for &(item, s, e) in &full {
        for m in overlapping(mentions, s, e) {
            if let Some(id) = m.entity {
                if !ents[item].contains(&id) {
                    ents[item].push(id);
                }
                person[item] |= entities[id].kind == MentionKind::Person;
            }
        }
    }
    let mut out: Vec<WatchHit> = full.iter().map(|&(item, start, end)| WatchHit { item, start, end }).collect();
    for h in hits.iter().filter(|h| h.variant && person[h.item]) {
        out.push(WatchHit { item: h.item, start: to16(h.start), end: to16(h.end) });
    }
    let mut item_quotes: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (item, ids) in ents.iter().enumerate() {
        for &id in ids {
            for &mi in &entities[id].mentions {
                out.push(WatchHit { item, start: mentions[mi].start, end: mentions[mi].end });
            }
        }
        for (qi, q) in quotes.iter().enumerate() {
            if let Some(sp) = q.speaker.as_ref().filter(|sp| sp.entity.is_some_and(|id| ids.contains(&id))) {
                item_quotes[item].push(qi);
                out.push(WatchHit { item, start: sp.start, end: sp.end });
            }
        }
    }
    crate::text::sort_by_key(&mut out, |h| (((h.start as u64) << 32) | h.end as u64, h.item as u64));
    out.dedup();

    // the summary: items with hits, with their quotes and figures
    let mut count = vec![0usize; n];
    let mut in_sentence: Vec<Vec<usize>> = vec![Vec::new(); n];
    for h in &out {
        count[h.item] += 1;
        let k = sentences.partition_point(|&(_, e)| e <= h.start);
        // hits come by start, so an item's sentences come in order
        if k < sentences.len() && in_sentence[h.item].last() != Some(&k) {
            in_sentence[h.item].push(k);
        }
    }
    let mut summary: Vec<SummaryWatch> = (0..n)
        .filter(|&i| count[i] > 0)
        .map(|i| {
            // the item's sentences and its quotes, each list in text order, merged
            let (a, b): (Vec<(usize, usize)>, Vec<(usize, usize)>) = (in_sentence[i].iter().map(|&k| sentences[k]).collect(), item_quotes[i].iter().map(|&q| (quotes[q].start, quotes[q].end)).collect());
            let (mut x, mut y, mut spans) = (0, 0, Vec::with_capacity(a.len() + b.len()));
            while x < a.len() || y < b.len() {
                if y == b.len() || (x < a.len() && a[x] <= b[y]) {
                    spans.push(a[x]);
                    x += 1;
                } else {
                    spans.push(b[y]);
                    y += 1;
                }
            }
            // a figure is the item's when a span that starts before it ends after it (the spans
            // nest or follow one another; the furthest end so far decides)
            let mut reach: Vec<usize> = Vec::with_capacity(spans.len());
            for &(_, e) in &spans {
                reach.push(reach.last().map_or(e, |&r: &usize| r.max(e)));
            }
            let inside = |m: &Mention| {
                let k = spans.partition_point(|&(s, _)| s <= m.start);
                k > 0 && reach[k - 1] >= m.end
            };
            let figures = mentions.iter().enumerate().filter(|(_, m)| m.figure.is_some() && inside(m)).map(|(k, _)| k).collect();
            let it = &list.items()[i];
            SummaryWatch { item: i, text: it.text.clone(), pattern: it.pattern, group: it.group.clone(), color: it.color.clone(), hits: count[i], entities: ents[i].clone(), quotes: item_quotes[i].clone(), figures }
        })
        .collect();
    crate::text::sort_by_key(&mut summary, |w| (u64::MAX - w.hits as u64, w.item as u64));
    (out, summary)
}

/// The mentions that overlap `[s, e)` (mentions are in text order, so from a binary search).
fn overlapping(mentions: &[Mention], s: usize, e: usize) -> impl Iterator<Item = &Mention> {
    let from = mentions.partition_point(|m| m.end <= s);
    mentions[from..].iter().take_while(move |m| m.start < e).filter(move |m| m.end > s)
}
