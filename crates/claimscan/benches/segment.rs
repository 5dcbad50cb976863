//! Segmentation throughput: a news-like text of our own writing repeated to about 1 MB, and the
//! degenerate 10 MB inputs (no full stop at all; nothing but full stops).
//!
//! Run: `cargo bench -p claimscan --bench segment`. Criterion reports the throughput in MB/s
//! (`thrpt`).

use claimscan::segment::{segment, Abbreviations};
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};

const NEWS: &str = "Harbor Board Approves New Ferry Terminal

By Mia Holm and Jonas T. Berg

VESTBY, Jan. 5 \u{2014} The harbor board on Tuesday approved a $48.5 million ferry terminal, \
ending a dispute that had split the town for three years. \u{201c}This is the right plan at the \
right time,\u{201d} said Dr. Anna Lind, who chairs the board. \u{201c}We listened.\u{201d}

Critics were not convinced. The Vestby Residents Assn. said the cost had risen by 12.5 percent \
since the U.S. firm Coastline Inc. first bid in 2021, and that the board ignored the advice of \
its own engineers (the report runs to 240 pp.). \u{201c}Why rush?\u{201d} asked Ola Dahl, a \
retired pilot. \u{201c}Nobody has shown that the old pier is unsafe...\u{201d}

Work is due to start at 7 a.m. on March 3 and last until Sept. 2026. Mr. Dahl said the group \
would appeal to the county court. A spokesman for Coastline, e.g. its Oslo office, declined to \
comment; more details are at https://example.org/ferry.html or press@example.org.

The board listed three conditions:
1. Noise limits at night
2. A bus link to the station
3. A review after five years

";

fn news_megabyte() -> String {
    let mut s = String::with_capacity(1_100_000);
    while s.len() < 1_000_000 {
        s.push_str(NEWS);
    }
    s
}

fn bench(c: &mut Criterion) {
    let abbr = Abbreviations::new();
    let news = news_megabyte();
    let mut g = c.benchmark_group("segment");
    g.throughput(Throughput::Bytes(news.len() as u64));
    g.bench_function("news_1mb", |b| b.iter(|| segment(black_box(&news), &abbr)));
    g.sample_size(10);
    for (name, text) in [
        ("no_full_stop_10mb", "word ".repeat(2_000_000)),
        ("only_full_stops_10mb", ".".repeat(10_000_000)),
    ] {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(name, |b| b.iter(|| segment(black_box(&text), &abbr)));
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
