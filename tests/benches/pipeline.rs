//! Whole-pipeline throughput on the team's own corpus (`tests/corpus/*.txt`), repeated into
//! a news archive of about 1 MB, and per-article latency. Run: `cargo bench -p claimscan-tests`.

use claimscan::{Extractor, OffsetUnit, Options};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn bench(c: &mut Criterion) {
    let docs: Vec<String> = claimscan_tests::corpus()
        .into_iter()
        .map(|(_, t)| t)
        .collect();
    let ex = Extractor::new(Options {
        offsets: OffsetUnit::Utf16,
        ..Options::default()
    })
    .expect("valid options");
    let article = docs
        .iter()
        .max_by_key(|d| d.len())
        .expect("a corpus file")
        .clone();
    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(article.len() as u64));
    g.bench_function("one article", |b| b.iter(|| ex.extract(&article)));
    let joined = docs.join("\n\n");
    let archive = joined.repeat((1_000_000 / joined.len()).max(1));
    g.throughput(Throughput::Bytes(archive.len() as u64));
    g.sample_size(10);
    g.bench_function("1 MB archive as one text", |b| {
        b.iter(|| ex.extract(&archive))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
