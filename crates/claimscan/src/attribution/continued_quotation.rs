//! `attr:continued-quotation` — a wholly quoted sentence right after a quoted attribution
//! continues it, in the same or the next paragraph, as long as no other attribution claims
//! that sentence.
//!
//! `“We saw the water rising,” said Omar Haddad. “Then the lights went out.”`

use super::found::Found;
use crate::document::Document;
use crate::report::Attribution;
use crate::rules::{Reason, Rule};
use crate::span::Span;

pub(crate) fn attach(doc: &Document, found: &mut [Found]) {
    let sentences = &doc.sentences;
    let mut taken: Vec<Span> = found.iter().map(|f| f.covered).collect();
    taken.sort();
    for f in found.iter_mut() {
        if f.kind == Attribution::Indirect {
            continue;
        }
        let i = sentences.partition_point(|s| s.span.start < f.covered.end);
        let Some(&s) = sentences.get(i) else {
            continue;
        };
        // Spans taken by attributions that start inside this sentence.
        let lo = taken.partition_point(|t| t.start < s.span.start);
        let hi = taken.partition_point(|t| t.start < s.span.end);
        let earlier_reaches =
            lo > 0 && taken[..lo].iter().rev().take(8).any(|t| t.overlaps(s.span));
        if s.paragraph > sentences[f.sentence].paragraph + 1 || hi > lo || earlier_reaches {
            continue;
        }
        let Some(q) = doc.quotes[i].iter().find(|q| q.open.start == s.span.start) else {
            continue;
        };
        let rest = doc.text[q.outer.end.min(s.span.end)..s.span.end].trim();
        if !rest.chars().all(|c| ".!?".contains(c)) {
            continue;
        }
        f.fragments.push(q.outer);
        f.covered = f.covered.hull(q.outer);
        f.reasons.push(Reason::new(Rule::AttrContinuedQuotation));
    }
}
