//! Runs the stages in order and builds the report.

use crate::normalize::Normalized;
use crate::offsets::OffsetMap;
use crate::report::*;
use crate::segment::{self, Abbreviations};
use crate::span::Span;
use crate::Extractor;

/// Everything compiled once per extractor.
pub(crate) struct Resources {
    pub abbr: Abbreviations,
}

impl Resources {
    pub fn new() -> Resources {
        Resources {
            abbr: Abbreviations::new(),
        }
    }
}

pub(crate) fn run(ex: &Extractor, original: &str) -> Report {
    let norm = Normalized::new(original);
    let text = norm.text.as_str();
    let seg = segment::segment(text, &ex.res.abbr);
    let map = OffsetMap::new(original, ex.options().offsets);
    let out_span = |s: Span| {
        let o = norm.to_original(s);
        TextSpan {
            start: map.convert(o.start),
            end: map.convert(o.end),
            text: original[o.start..o.end].to_string(),
        }
    };
    let sentences = seg
        .sentences
        .iter()
        .map(|s| {
            let t = out_span(s.span);
            SentenceOut {
                start: t.start,
                end: t.end,
                paragraph: s.paragraph,
                headline: s.headline,
            }
        })
        .collect();
    let claims = seg
        .sentences
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let t = out_span(s.span);
            Claim {
                id: format!("c{}", i + 1),
                text: t.text.clone(),
                start: t.start,
                end: t.end,
                fragments: vec![t.clone()],
                sentence: i,
                attribution: Attribution::Author,
                source: None,
                cue: None,
                channel: None,
                hedges: vec![],
                condition: None,
                future: false,
                negated: false,
                checkworthiness: 0.0,
                checkworthy: false,
                category: Category::Other,
                statement: t.text,
                reasons: vec!["claim:author:sentence".into()],
            }
        })
        .collect();
    Report {
        schema: SCHEMA.to_string(),
        id: None,
        offsets: ex.options().offsets,
        sentences,
        claims,
        entities: vec![],
        hedges: vec![],
    }
}
