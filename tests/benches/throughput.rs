//! Native throughput for `make bench`: runs the whole pipeline, single-threaded, over every
//! document of a JSONL file (`{"id","text"}` per line) and prints one JSON line with the MB/s.
//! The documents are extracted once to warm up, then `CLAIMSCAN_BENCH_ROUNDS` times (default 3);
//! the best round counts.
//!
//! Run: `cargo bench -p claimscan-tests --bench throughput -- FILE.jsonl` (bench/run.sh does).

use std::time::Instant;

use claimscan::{Extractor, OffsetUnit, Options};

fn main() {
    let path = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with("--"))
        .expect("usage: throughput FILE.jsonl");
    let docs: Vec<String> = std::fs::read_to_string(&path)
        .expect("readable JSONL")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("JSON line");
            v["text"].as_str().expect("a text").to_string()
        })
        .collect();
    let bytes: usize = docs.iter().map(String::len).sum();
    let rounds: usize = std::env::var("CLAIMSCAN_BENCH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3);
    for (name, offsets) in [("native", OffsetUnit::Utf16)] {
        let ex = Extractor::new(Options {
            offsets,
            ..Options::default()
        })
        .expect("valid options");
        let mut claims = 0;
        for d in &docs {
            claims += ex.extract(d).claims.len();
        }
        let mut best = f64::INFINITY;
        for _ in 0..rounds.max(1) {
            let t = Instant::now();
            for d in &docs {
                std::hint::black_box(ex.extract(d));
            }
            best = best.min(t.elapsed().as_secs_f64());
        }
        println!(
            "{}",
            serde_json::json!({
                "name": name,
                "what": "whole pipeline, one thread, report as Rust values",
                "docs": docs.len(),
                "bytes": bytes,
                "claims": claims,
                "seconds": best,
                "mb_s": bytes as f64 / 1e6 / best,
            })
        );
    }
}
