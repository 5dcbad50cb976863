//! Native reports for the package test: `native-reports FILE...` prints one JSON object mapping
//! each file's name to its report, with UTF-16 offsets and otherwise default options — what the
//! WASM module returns for `new Extractor().extract(text)`. `tests/pkg/native-vs-wasm.mjs`
//! compares the two.

use std::collections::BTreeMap;

fn main() {
    let options = claimscan::Options {
        offsets: claimscan::OffsetUnit::Utf16,
        ..claimscan::Options::default()
    };
    let ex = claimscan::Extractor::new(options).expect("default options are valid");
    let mut reports = BTreeMap::new();
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let name = std::path::Path::new(&path)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or(path.clone());
        reports.insert(name, ex.extract(&text));
    }
    println!(
        "{}",
        serde_json::to_string(&reports).expect("reports serialise")
    );
}
