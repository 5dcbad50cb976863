//! The check-worthiness answers of every claim, for `eval/train/checkworthy.py`.
//!
//! Reads JSON lines `{"id", "text"}` on stdin; writes one line per record:
//! `{"id", "claims": [{"text": content, "sentence": its sentence, "keys": [answer keys],
//! "chars": [spelling buckets]}]}`. The keys are what `score::Scorer::answers` finds
//! (questions, quantities, flags, the sentence's first word, and the wording phrases of the
//! current weights file); the script adds its own wording candidates, read in the sentence.
//! The buckets are `score::chars::buckets` of the sentence.
//!
//! `cargo run --release -p claimscan --example checkworthy_features < records.jsonl`

use claimscan::normalize::Normalized;
use claimscan::score::{Features, Scorer};
use claimscan::{Attribution, Extractor, HedgeType, OffsetUnit, Options, Report, SourceKind};
use serde_json::{json, Value};
use std::io::{BufRead, Write};

fn claims(text: &str, report: &Report, scorer: &Scorer) -> Vec<Value> {
    report
        .claims
        .iter()
        .map(|c| {
            let frags: Vec<(usize, usize)> = c.fragments.iter().map(|f| (f.start, f.end)).collect();
            let content: Vec<&str> = c.fragments.iter().map(|f| f.text.as_str()).collect();
            let content = Normalized::new(&content.join(" ")).text;
            let s = &report.sentences[c.sentence];
            let sentence = Normalized::new(&text[s.start..s.end]).text;
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
            let question = content
                .trim_end()
                .trim_end_matches(['"', '\u{201d}', '\u{2019}'])
                .ends_with('?');
            let f = Features {
                sentence: &sentence,
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
            };
            let answers = scorer.answers(&content, &f);
            let keys: Vec<String> = answers.into_iter().map(|a| a.key).collect();
            let chars = claimscan::score::chars::buckets(&sentence);
            json!({"text": content, "sentence": sentence, "keys": keys, "chars": chars})
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
