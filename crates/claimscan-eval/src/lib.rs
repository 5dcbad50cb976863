//! Measuring claimscan on labelled data: the code behind `claimscan eval`.
//!
//! # Steps
//! 1. [`data`]: read a JSONL file of the common formats in `../shared/data` and select records
//!    (`--split`, `--filter`, `--limit`).
//! 2. [`evaluate`]: run the extractor on every record and score it against the gold labels with
//!    the task's metrics, collecting every miss and false alarm with its context.
//! 3. [`metrics`]: the metric definitions themselves, pure functions with hand-worked tests.
//!
//! Every offset is a Unicode code point index, the unit of the data files; the extractor is asked
//! for [`claimscan::OffsetUnit::Char`] offsets, so no conversion is needed between the two.

pub mod data;
pub mod metrics;

mod attribution;
mod checkworthiness;
mod hedging;
mod segmentation;

pub use data::{read_jsonl, Record, Selection};
pub(crate) use metrics::round4;

use claimscan::{Extractor, OffsetUnit, Options, Report};
use serde_json::Value;
use std::panic::AssertUnwindSafe;
use std::time::{Duration, Instant};

/// What to measure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Task {
    Attribution,
    Checkworthiness,
    Hedging,
    Segmentation,
}

impl Task {
    /// Every task name, as typed on the command line.
    pub const NAMES: [&'static str; 4] =
        ["attribution", "checkworthiness", "hedging", "segmentation"];
}

impl std::str::FromStr for Task {
    type Err = String;
    fn from_str(s: &str) -> Result<Task, String> {
        match s {
            "attribution" => Ok(Task::Attribution),
            "checkworthiness" => Ok(Task::Checkworthiness),
            "hedging" => Ok(Task::Hedging),
            "segmentation" => Ok(Task::Segmentation),
            other => Err(format!(
                "unknown task {other:?}: expected one of {}",
                Task::NAMES.join(", ")
            )),
        }
    }
}

/// Settings beyond the record selection.
#[derive(Clone, Debug, Default)]
pub struct EvalOptions {
    /// The gold label field for hedging (`uncertain` when `None`).
    pub label: Option<String>,
}

/// Time spent in the extractor.
#[derive(Clone, Copy, Debug, Default)]
pub struct Timing {
    pub docs: usize,
    pub chars: usize,
    pub bytes: usize,
    pub seconds: f64,
}

impl Timing {
    /// Documents per second.
    pub fn docs_per_sec(&self) -> f64 {
        self.docs as f64 / self.seconds.max(1e-9)
    }

    /// Megabytes (10^6 bytes of UTF-8) per second.
    pub fn mb_per_sec(&self) -> f64 {
        self.bytes as f64 / 1e6 / self.seconds.max(1e-9)
    }
}

/// The result of one evaluation.
#[derive(Clone, Debug)]
pub struct Outcome {
    /// The metrics, in the fixed shape of `claimscan eval --json`.
    pub json: Value,
    /// The same metrics as a text table.
    pub table: String,
    /// Every miss and false alarm, one JSON object each.
    pub errors: Vec<Value>,
    pub timing: Timing,
    /// Documents on which the extractor panicked (counted as predicting nothing).
    pub panics: Vec<Value>,
}

/// The extractor as the evaluation uses it: default options, code point offsets.
pub fn extractor() -> Extractor {
    Extractor::new(Options {
        offsets: OffsetUnit::Char,
        ..Default::default()
    })
    .expect("default options are valid")
}

/// Run `task` on `records`.
pub fn evaluate(task: Task, ex: &Extractor, records: &[Record], opts: &EvalOptions) -> Outcome {
    let mut run = Runner {
        ex,
        timing: Timing::default(),
        elapsed: Duration::ZERO,
        panics: Vec::new(),
    };
    let (json, table, errors) = match task {
        Task::Attribution => attribution::run(&mut run, records),
        Task::Checkworthiness => checkworthiness::run(&mut run, records),
        Task::Hedging => hedging::run(&mut run, records, opts),
        Task::Segmentation => segmentation::run(&mut run, records),
    };
    run.timing.seconds = run.elapsed.as_secs_f64();
    Outcome {
        json,
        table,
        errors,
        timing: run.timing,
        panics: run.panics,
    }
}

/// Calls the extractor and keeps the time.
pub(crate) struct Runner<'a> {
    ex: &'a Extractor,
    timing: Timing,
    elapsed: Duration,
    panics: Vec<Value>,
}

impl Runner<'_> {
    /// The report for `text`. A panic in the extractor is caught: the document counts as one
    /// with no prediction and is listed in [`Outcome::panics`].
    pub(crate) fn extract(&mut self, id: &str, text: &str) -> Report {
        let t0 = Instant::now();
        let result = std::panic::catch_unwind(AssertUnwindSafe(|| self.ex.extract(text)));
        self.elapsed += t0.elapsed();
        let report = result.unwrap_or_else(|e| {
            let msg = e
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| e.downcast_ref::<&str>().copied())
                .unwrap_or("(no message)");
            self.panics.push(serde_json::json!({
                "kind": "panic",
                "id": id,
                "message": msg.chars().take(300).collect::<String>(),
            }));
            // The report of an empty text: no sentence, no claim, whatever fields it gains.
            self.ex.extract("")
        });
        self.timing.docs += 1;
        self.timing.chars += text.chars().count();
        self.timing.bytes += text.len();
        report
    }
}

/// A P/R/F1 object, rounded.
pub(crate) fn prf_json(c: metrics::Counts) -> Value {
    serde_json::json!({
        "P": metrics::round4(c.precision()),
        "R": metrics::round4(c.recall()),
        "F1": metrics::round4(c.f1()),
    })
}

/// `chars[start..end]` as a string, clamped.
pub(crate) fn slice(chars: &[char], start: usize, end: usize) -> String {
    let e = end.min(chars.len());
    let s = start.min(e);
    chars[s..e].iter().collect()
}

/// The span marked with ⟦ ⟧ inside 80 characters of context on each side, newlines shown as ⏎.
pub(crate) fn context(chars: &[char], start: usize, end: usize) -> String {
    const W: usize = 80;
    let e = end.min(chars.len());
    let s = start.min(e);
    let out = format!(
        "{}⟦{}⟧{}",
        slice(chars, s.saturating_sub(W), s),
        slice(chars, s, e),
        slice(chars, e, e + W)
    );
    out.replace('\n', "⏎")
}

/// A plain text table with aligned columns.
pub(crate) fn table(title: &str, header: &[&str], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for r in rows {
        for (i, c) in r.iter().enumerate() {
            widths[i] = widths[i].max(c.chars().count());
        }
    }
    let line = |cells: Vec<&str>| {
        cells
            .iter()
            .enumerate()
            .map(|(i, c)| {
                if i == 0 {
                    format!("{c:<w$}", w = widths[i])
                } else {
                    format!("{c:>w$}", w = widths[i])
                }
            })
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_string()
    };
    let mut out = format!("{title}\n");
    out += &line(header.to_vec());
    out.push('\n');
    out += &line(
        widths
            .iter()
            .map(|&w| "-".repeat(w))
            .collect::<Vec<_>>()
            .iter()
            .map(String::as_str)
            .collect(),
    );
    out.push('\n');
    for r in rows {
        out += &line(r.iter().map(String::as_str).collect());
        out.push('\n');
    }
    out
}

/// A fraction for a table: 4 places.
pub(crate) fn f4(x: f64) -> String {
    format!("{:.4}", metrics::round4(x))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn records(lines: &str) -> Vec<Record> {
        data::parse_jsonl(lines, &Selection::default()).unwrap()
    }

    fn keys(v: &Value) -> Vec<&str> {
        let mut k: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
        k.sort_unstable();
        k
    }

    // The `--json` shapes are fixed: scripts and floors read them.
    #[test]
    fn json_shapes_are_fixed() {
        let ex = extractor();
        let opts = EvalOptions::default();
        let att = records(
            r#"{"doc_id":"a","text":"Mia said the bridge will close. It rained.","attributions":[{"content":[9,30],"content_fragments":[[9,30]],"source":[0,3],"source_fragments":[[0,3]],"cue":[4,8],"cue_text":"said"},{"content":[0,3],"content_fragments":[[0,3]],"source":null,"cue":null,"is_image_credit":true}]}"#,
        );
        let out = evaluate(Task::Attribution, &ex, &att, &opts);
        assert_eq!(
            keys(&out.json),
            [
                "cov0.3",
                "cov0.8",
                "cues_exact",
                "docs",
                "jaccard0.5",
                "sources"
            ]
        );
        assert_eq!(
            keys(&out.json["cov0.3"]),
            [
                "F1",
                "P",
                "R",
                "cue_acc",
                "fn",
                "fp",
                "speaker_acc",
                "speaker_named_acc",
                "tp"
            ]
        );
        assert_eq!(keys(&out.json["sources"]), ["F1", "P", "R"]);
        // The photo credit is left out: one gold item.
        let c = &out.json["cov0.3"];
        assert_eq!(c["tp"].as_u64().unwrap() + c["fn"].as_u64().unwrap(), 1);

        let cw = records(
            "{\"text\":\"Taxes rose 40 percent last year.\",\"label\":\"CFS\",\"debate\":\"d\",\"line_number\":1}\n{\"text\":\"Thank you.\",\"label\":\"NFS\",\"debate\":\"d\",\"line_number\":2}",
        );
        let out = evaluate(Task::Checkworthiness, &ex, &cw, &opts);
        assert_eq!(
            keys(&out.json),
            ["AUC", "F1", "MAP", "P", "R", "n", "positives"]
        );
        assert_eq!(out.json["n"], 2);
        assert_eq!(out.json["positives"], 1);

        let hd = records(
            "{\"text\":\"It may rain.\",\"cues\":[[3,6]],\"uncertain\":true,\"conll2010_uncertain\":null}",
        );
        let out = evaluate(Task::Hedging, &ex, &hd, &opts);
        assert_eq!(keys(&out.json), ["cues_overlap", "docs", "sentence"]);
        assert_eq!(out.json["docs"], 1);
        let conll = EvalOptions {
            label: Some("conll2010_uncertain".into()),
        };
        // A null label is skipped.
        assert_eq!(evaluate(Task::Hedging, &ex, &hd, &conll).json["docs"], 0);

        let sg = records(
            "{\"text\":\"It rained. We left.\",\"sentences\":[\"It rained.\",\"We left.\"]}\n{\"text\":\"A\\nb.\",\"sentences\":[\"A b.\"]}",
        );
        let out = evaluate(Task::Segmentation, &ex, &sg, &opts);
        assert_eq!(
            keys(&out.json),
            ["boundary", "cases", "docs", "exact", "pass_rate"]
        );
        assert_eq!(out.json["docs"], 2);
        assert_eq!(out.json["cases"], 1);
        assert_eq!(out.timing.docs, 2);
    }
}
