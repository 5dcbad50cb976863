//! Whole-pipeline time over input size: the team's own articles (`tests/corpus`) repeated into
//! one text of 100 KB, 1 MB and 10 MB, and one sentence of commas and no full stop at 10 KB,
//! 100 KB and 1 MB. Linear time shows as equal throughput at every size.
//!
//! Run: `cargo bench -p claimscan-tests --bench sizes`. Cases above `CLAIMSCAN_BENCH_MAX` bytes
//! are skipped (`CLAIMSCAN_BENCH_MAX=1000000` for a quick run; 10 MB takes several seconds per
//! sample).

use claimscan::{Extractor, OffsetUnit, Options};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

/// One sentence of at least `bytes`: reported clauses joined by commas, no full stop.
fn long_sentence(bytes: usize) -> String {
    let clause = "the mayor said the plan may fail, officials warned on Monday, ";
    let mut s = String::from("According to the council, ");
    while s.len() < bytes {
        s.push_str(clause);
    }
    s
}

fn max_bytes() -> usize {
    std::env::var("CLAIMSCAN_BENCH_MAX")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(usize::MAX)
}

fn bench(c: &mut Criterion) {
    let ex = Extractor::new(Options {
        offsets: OffsetUnit::Utf16,
        ..Options::default()
    })
    .expect("valid options");
    let max = max_bytes();
    let mut g = c.benchmark_group("news");
    g.sample_size(10);
    for (name, bytes) in [
        ("100 KB", 100_000),
        ("1 MB", 1_000_000),
        ("10 MB", 10_000_000),
    ] {
        if bytes > max {
            continue;
        }
        let text = claimscan_tests::news(bytes);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, t| {
            b.iter(|| ex.extract(t))
        });
    }
    g.finish();
    let mut g = c.benchmark_group("one sentence");
    g.sample_size(10);
    for (name, bytes) in [("10 KB", 10_000), ("100 KB", 100_000), ("1 MB", 1_000_000)] {
        if bytes > max {
            continue;
        }
        let text = long_sentence(bytes);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, t| {
            b.iter(|| ex.extract(t))
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
