//! `attr:continued-quotation` — a wholly quoted sentence right after a direct quotation
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
    crate::sort::sort(&mut taken);
    for f in found.iter_mut() {
        // (After a partial quotation, `said the lane “would finish off” shops.`, a quoted
        // paragraph is a quotation of its own, which the current speaker takes, not more of
        // this reported claim; in its own paragraph, or after a colon (`called the ruling
        // “dangerous”: ¶ “We face …”`), the quotation goes on.)
        if f.kind == Attribution::Indirect {
            continue;
        }
        // `“First,” Ortiz said. ¶ “Second. ¶ “Third.”`: each wholly quoted sentence that
        // follows continues the quotation, one paragraph after the last.
        let mut last_sentence = f.sentence;
        while let Some(i) = continuation(doc, &taken, f, last_sentence) {
            let before = &doc.text[f.covered.start..sentences[i].span.start];
            if f.kind == Attribution::Mixed
                && sentences[i].paragraph != sentences[f.sentence].paragraph
                && !before.trim_end().ends_with(':')
                && !quotation_left_open(before)
            {
                break;
            }
            let q = doc.quotes[i]
                .iter()
                .find(|q| q.open.start == sentences[i].span.start)
                .map(|q| q.outer)
                .unwrap_or(sentences[i].span);
            f.fragments.push(q);
            f.covered = f.covered.hull(q);
            if !f
                .reasons
                .iter()
                .any(|r| r.rule == Rule::AttrContinuedQuotation)
            {
                f.reasons.push(Reason::new(Rule::AttrContinuedQuotation));
            }
            last_sentence = i;
        }
    }
}

/// Does a quotation opened in `text` stay open at its end (a quotation that runs on over a
/// paragraph break, with no closing mark before it)?
pub(crate) fn quotation_left_open(text: &str) -> bool {
    let count = |c: char| text.chars().filter(|&x| x == c).count();
    count('"') % 2 == 1 || count('\u{201c}') > count('\u{201d}')
}

/// The sentence after `f` (whose last fragment is in sentence `last`) that continues its
/// quotation: wholly quoted, in the same or the next paragraph, claimed by no other
/// attribution.
fn continuation(doc: &Document, taken: &[Span], f: &Found, last: usize) -> Option<usize> {
    let sentences = &doc.sentences;
    let i = sentences.partition_point(|s| s.span.start < f.covered.end);
    let &s = sentences.get(i)?;
    // Spans taken by attributions that start inside this sentence.
    let lo = taken.partition_point(|t| t.start < s.span.start);
    let hi = taken.partition_point(|t| t.start < s.span.end);
    let earlier_reaches = lo > 0 && taken[..lo].iter().rev().take(8).any(|t| t.overlaps(s.span));
    if s.paragraph > sentences[last].paragraph + 1 || hi > lo || earlier_reaches {
        return None;
    }
    let q = doc.quotes[i]
        .iter()
        .find(|q| q.open.start == s.span.start)?;
    // `‘A very practical study’` alone in its paragraph: a subhead, not more of the quotation.
    if super::current_speaker::is_quoted_heading(doc, i) {
        return None;
    }
    let rest = doc.text[q.outer.end.min(s.span.end)..s.span.end].trim();
    if !rest.chars().all(|c| ".!?".contains(c)) {
        return None;
    }
    Some(i)
}
