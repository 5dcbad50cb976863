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
    }
}

/// Calls the extractor and keeps the time.
pub(crate) struct Runner<'a> {
    ex: &'a Extractor,
    timing: Timing,
    elapsed: Duration,
}

impl Runner<'_> {
    pub(crate) fn extract(&mut self, text: &str) -> Report {
        let t0 = Instant::now();
        let report = self.ex.extract(text);
        self.elapsed += t0.elapsed();
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
