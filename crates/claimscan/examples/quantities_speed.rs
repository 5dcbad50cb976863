//! Time the quantity recogniser and the whole extractor on one large document: the given text
//! files, repeated (with their digits varied) up to BYTES.
//!
//! `cargo run --release -p claimscan --example quantities_speed -- 1000000 web/examples/*.txt`
//!
//! The whole extraction includes `Quantities::find`. Times are wall-clock; on a shared machine
//! compare them with `perf stat` or `/usr/bin/time` CPU times.

use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(size) = args.next().and_then(|s| s.parse::<usize>().ok()) else {
        eprintln!("usage: quantities_speed BYTES FILE...");
        std::process::exit(2);
    };
    let mut base = String::new();
    for path in args {
        match std::fs::read_to_string(&path) {
            Ok(t) => {
                base.push_str(&t);
                base.push('\n');
            }
            Err(e) => {
                eprintln!("{path}: {e}");
                std::process::exit(2);
            }
        }
    }
    if base.is_empty() {
        eprintln!("no text");
        std::process::exit(2);
    }
    let mut text = String::with_capacity(size + base.len());
    let mut round = 0;
    while text.len() < size {
        text.push_str(&base.replace('1', &(round % 10).to_string()));
        round += 1;
    }
    let t = Instant::now();
    let q = claimscan::quantities::Quantities::new();
    let build = t.elapsed();
    let t = Instant::now();
    let found = q.find(&text);
    let quantities = t.elapsed();
    let ex = claimscan::Extractor::new(claimscan::Options::default()).expect("default options");
    let t = Instant::now();
    let report = ex.extract(&text);
    let whole = t.elapsed();
    println!(
        "{} bytes: Quantities::new {:.1} ms; Quantities::find {:.3} s ({} found); whole extraction {:.3} s ({} claims)",
        text.len(),
        build.as_secs_f64() * 1000.0,
        quantities.as_secs_f64(),
        found.len(),
        whole.as_secs_f64(),
        report.claims.len()
    );
}
