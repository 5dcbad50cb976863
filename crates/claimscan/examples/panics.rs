//! Run the extractor over every `text` field of JSONL files and report inputs that panic:
//! a robustness sweep for development (`cargo run --release --example panics -- FILE…`).
use std::io::BufRead;

fn main() {
    let ex = claimscan::Extractor::new(claimscan::Options::default()).expect("defaults");
    std::panic::set_hook(Box::new(|_| {}));
    let mut bad = 0;
    for path in std::env::args().skip(1) {
        let f = std::io::BufReader::new(std::fs::File::open(&path).expect("file"));
        for (n, line) in f.lines().enumerate() {
            let line = line.expect("line");
            let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
                continue;
            };
            let Some(text) = v.get("text").and_then(|t| t.as_str()) else {
                continue;
            };
            if std::panic::catch_unwind(|| ex.extract(text)).is_err() {
                bad += 1;
                println!(
                    "{path}:{}: panic on {:?}",
                    n + 1,
                    &text.chars().take(120).collect::<String>()
                );
            }
        }
    }
    println!("{bad} panics");
}
