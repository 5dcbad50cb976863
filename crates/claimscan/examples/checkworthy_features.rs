//! The check-worthiness answers of every claim, for `eval/train/checkworthy.py`.
//!
//! Reads JSON lines `{"id", "text"}` on stdin; writes one line per record:
//! `{"id", "claims": [{"sentence": its sentence, "keys": [answer keys],
//! "chars": [spelling buckets], "ngrams": the n-gram block's margin}]}`. The keys are what `score::Scorer::answers` finds
//! (questions, quantities, flags, the sentence's first word, and the wording phrases of the
//! current weights file); the script adds its own wording candidates, read in the sentence.
//! The buckets are `score::chars::buckets` of the sentence.
//!
//! `cargo run --release -p claimscan --example checkworthy_features < records.jsonl`

use claimscan::normalize::Normalized;
use claimscan::score::questions::UNLISTED;
use claimscan::score::{ends_as_question, Features, Figure, Scorer};
use claimscan::{Attribution, Extractor, HedgeType, OffsetUnit, Options, Report, SourceKind};
use serde_json::{json, Value};
use std::io::{BufRead, Write};

fn claims(text: &str, report: &Report, scorer: &Scorer) -> Vec<Value> {
    report
        .claims
        .iter()
        .map(|c| {
            let frags: Vec<(usize, usize)> = c.fragments.iter().map(|f| (f.start, f.end)).collect();
            let s = &report.sentences[c.sentence];
            // The pipeline reads the normalised text: the sentence and the fragments, normalised
            // together, with their offsets in it.
            let from = frags.iter().map(|f| f.0).fold(s.start, usize::min);
            let to = frags.iter().map(|f| f.1).fold(s.end, usize::max);
            let region = Normalized::new(&text[from..to]).text;
            let at = |x: usize| Normalized::new(&text[from..x]).text.len().min(region.len());
            let span = |a: usize, b: usize| claimscan::Span::new(at(a), at(b).max(at(a)));
            let fragments: Vec<claimscan::Span> = frags.iter().map(|&(a, b)| span(a, b)).collect();
            let sentence = span(s.start, s.end);
            let entities = report
                .entities
                .iter()
                .filter(|e| {
                    e.mentions
                        .iter()
                        .any(|m| frags.iter().any(|&(s, z)| s <= m.start && m.end <= z))
                })
                .count();
            let kind = c.source.as_ref().map(|s| s.kind);
            let question = fragments
                .iter()
                .rev()
                .map(|f| f.of(&region))
                .find(|t| !t.trim().is_empty())
                .is_some_and(ends_as_question);
            let f = Features {
                text: &region,
                sentence,
                fragments,
                entities,
                named_source: kind == Some(SourceKind::Named),
                vague_source: matches!(kind, Some(SourceKind::Vague | SourceKind::Anonymous)),
                // As assemble.rs: lexicon hedges, not conditions, predictions, approximators or
                // the weasel a vague source adds (the report has no rule per hedge: by type).
                hedged: c.hedges.iter().any(|h| {
                    matches!(
                        h.kind,
                        HedgeType::Epistemic | HedgeType::Doxastic | HedgeType::Investigation
                    )
                }),
                future: c.future,
                question,
                attributed: c.attribution != Attribution::Author,
                quantities: c
                    .quantities
                    .iter()
                    .map(|q| Figure {
                        kind: q.kind,
                        direction: q.direction,
                        relative: q.relative,
                        text: &q.text,
                    })
                    .collect(),
            };
            let v = scorer.vocabulary();
            let keys: Vec<String> = scorer
                .answers(&f)
                .into_iter()
                .map(|a| match a.feature {
                    UNLISTED => format!("^{}", a.evidence.to_string().to_ascii_lowercase()),
                    i => v.key(i).to_string(),
                })
                .collect();
            let sentence = f.sentence().of(&region);
            let chars = claimscan::score::chars::buckets(sentence);
            // The n-gram block's margin less its typical one, as the scorer adds it: the
            // training script checks its own features against it.
            let ngrams = scorer.ngrams(&f);
            json!({"sentence": sentence, "keys": keys, "chars": chars, "ngrams": ngrams})
        })
        .collect()
}

fn main() {
    let ex = Extractor::new(Options {
        offsets: OffsetUnit::Byte,
        ..Options::default()
    })
    .expect("default options are valid");
    let scorer = Scorer::new();
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for line in stdin.lock().lines() {
        let line = line.expect("stdin is readable");
        if line.trim().is_empty() {
            continue;
        }
        let rec: Value = serde_json::from_str(&line).expect("a JSON line");
        let text = rec["text"].as_str().unwrap_or("");
        let report = ex.extract(text);
        let row = json!({"id": rec["id"], "claims": claims(text, &report, &scorer)});
        writeln!(out, "{row}").expect("stdout is writable");
    }
}
