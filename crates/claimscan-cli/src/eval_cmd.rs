//! `claimscan eval`: measure claimscan on a labelled JSONL file (formats in
//! `../shared/data/README.md`). Prints one table, or one JSON object with `--json`; the time spent
//! in the extractor goes to standard error as one `timing:` line.

use claimscan_eval::{data, EvalOptions, Selection, Task};
use std::io::Write;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct EvalArgs {
    /// What to measure.
    #[arg(value_parser = clap::builder::PossibleValuesParser::new(Task::NAMES))]
    pub task: String,
    /// The labelled JSONL file.
    pub data: PathBuf,
    /// Keep only records whose `split` is this (e.g. `groundtruth`).
    #[arg(long)]
    pub split: Option<String>,
    /// Keep only records where KEY has VALUE (repeatable), e.g. `suite=benchmark_golden_en`.
    #[arg(long = "filter", value_name = "KEY=VALUE", value_parser = Selection::parse_filter)]
    pub filter: Vec<(String, String)>,
    /// Evaluate at most N records (after --split and --filter).
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Hedging: the gold label field (`uncertain` or `conll2010_uncertain`).
    #[arg(long, value_name = "FIELD")]
    pub label: Option<String>,
    /// Write every miss and false alarm, with its context, as JSON lines to FILE.
    #[arg(long, value_name = "FILE")]
    pub errors: Option<PathBuf>,
    /// Print one JSON object instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// Exit codes: 0 done (or data file absent: skipped), 2 unreadable data or output, 3 done but
/// the extractor panicked on some documents (they count as predicting nothing and are listed in
/// the `--errors` file).
pub fn run(args: EvalArgs) -> u8 {
    let task: Task = match args.task.parse() {
        Ok(t) => t,
        Err(e) => {
            eprintln!("claimscan eval: {e}");
            return 2;
        }
    };
    if data::is_missing(&args.data) {
        eprintln!(
            "claimscan eval: data file {} not found; the labelled data is not part of the \
             repository (see ../shared/data/README.md). Skipped.",
            args.data.display()
        );
        return 0;
    }
    let sel = Selection {
        split: args.split,
        filters: args.filter,
        limit: args.limit,
    };
    let records = match data::read_jsonl(&args.data, &sel) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("claimscan eval: {e}");
            return 2;
        }
    };
    if records.is_empty() {
        eprintln!(
            "claimscan eval: warning: no record of {} was selected",
            args.data.display()
        );
    }
    let ex = claimscan_eval::extractor();
    let opts = EvalOptions { label: args.label };
    let out = claimscan_eval::evaluate(task, &ex, &records, &opts);

    if let Some(path) = &args.errors {
        let all: Vec<_> = out
            .panics
            .iter()
            .chain(out.errors.iter())
            .cloned()
            .collect();
        if let Err(e) = write_errors(path, &all) {
            eprintln!("claimscan eval: cannot write {}: {e}", path.display());
            return 2;
        }
        // With --json, stdout is the JSON object alone.
        if args.json {
            eprint!("{}", families(&out.errors));
        } else {
            print!("{}", families(&out.errors));
        }
    }
    let t = out.timing;
    eprintln!(
        "timing: docs={} chars={} bytes={} seconds={:.6} docs_per_sec={:.1} mb_per_sec={:.3}",
        t.docs,
        t.chars,
        t.bytes,
        t.seconds,
        t.docs_per_sec(),
        t.mb_per_sec()
    );
    if args.json {
        println!("{}", out.json);
    } else {
        print!("{}", out.table);
        println!(
            "{}: {} docs in {:.3} s ({:.0} docs/s, {:.2} MB/s){}",
            args.data.display(),
            t.docs,
            t.seconds,
            t.docs_per_sec(),
            t.mb_per_sec(),
            match &args.errors {
                Some(p) => format!("; {} errors written to {}", out.errors.len(), p.display()),
                None => String::new(),
            }
        );
    }
    if !out.panics.is_empty() {
        eprintln!(
            "claimscan eval: the extractor panicked on {} document(s), counted as predicting \
             nothing; first: {}",
            out.panics.len(),
            out.panics[0]
        );
        return 3;
    }
    0
}

fn write_errors(path: &PathBuf, errors: &[serde_json::Value]) -> std::io::Result<()> {
    let mut w = std::io::BufWriter::new(std::fs::File::create(path)?);
    for e in errors {
        serde_json::to_writer(&mut w, e)?;
        w.write_all(b"\n")?;
    }
    w.flush()
}

/// Errors counted by kind and construction family (the `family` field of the error records),
/// most frequent first; empty when the task gives no families.
fn families(errors: &[serde_json::Value]) -> String {
    let mut counts: std::collections::BTreeMap<(String, String), usize> = Default::default();
    for e in errors {
        let (Some(kind), Some(family)) = (
            e.get("kind").and_then(|v| v.as_str()),
            e.get("family").and_then(|v| v.as_str()),
        ) else {
            continue;
        };
        *counts
            .entry((kind.to_string(), family.to_string()))
            .or_default() += 1;
    }
    if counts.is_empty() {
        return String::new();
    }
    let mut rows: Vec<_> = counts.into_iter().collect();
    rows.sort_by(|a, b| {
        a.0 .0
            .cmp(&b.0 .0)
            .then(b.1.cmp(&a.1))
            .then(a.0 .1.cmp(&b.0 .1))
    });
    let mut out = String::from("errors by construction family:\n");
    for ((kind, family), n) in rows {
        out.push_str(&format!("  {kind:<12} {n:>5}  {family}\n"));
    }
    out
}
