//! Whole-pipeline acceptance: the seed article (when `../shared/seed` is present) and the
//! team's own construction cases in `tests/cases/constructions.json`, checked by one runner
//! that reports every failure at once.

use claimscan::{Extractor, OffsetUnit, Options};
use claimscan_tests::{check, DocExpect};
use std::path::PathBuf;

fn extractor() -> Extractor {
    Extractor::new(Options {
        offsets: OffsetUnit::Char,
        ..Options::default()
    })
    .expect("default options are valid")
}

fn seed_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/seed")
}

#[test]
fn seed_article_passes_in_full() {
    let dir = seed_dir();
    let (Ok(text), Ok(gold)) = (
        std::fs::read_to_string(dir.join("nato-rutte.txt")),
        std::fs::read_to_string(dir.join("nato-rutte.gold.json")),
    ) else {
        eprintln!(
            "SKIPPED: the seed case is not at {} (fresh clone without ../shared)",
            dir.display()
        );
        return;
    };
    let gold: serde_json::Value = serde_json::from_str(&gold).expect("gold parses");
    let doc: DocExpect = serde_json::from_value(gold).expect("gold has the expected shape");
    let report = extractor().extract(&text);
    let mut errs = check(&report, &doc);
    // The traps: apostrophes are not quotations; only the headline quote and ‘fatal’ are.
    for c in &report.claims {
        let quoted = c.text.contains('\u{2018}');
        let kind = format!("{:?}", c.attribution);
        if (kind == "Direct" || kind == "Mixed") && !quoted {
            errs.push(format!("trap: {:?} is {kind} without a quotation", c.text));
        }
    }
    if let Some(bild) = report.entities.iter().find(|e| e.name.contains("Bild")) {
        if bild.name != "Bild" {
            errs.push(format!(
                "trap: Markdown emphasis kept in the name {:?}",
                bild.name
            ));
        }
    }
    assert!(errs.is_empty(), "seed case failures:\n{}", errs.join("\n"));
}

#[test]
fn own_construction_cases() {
    let cases: Vec<DocExpect> =
        serde_json::from_str(include_str!("../cases/constructions.json")).expect("cases parse");
    assert!(cases.len() >= 30, "keep at least 30 construction cases");
    let ex = extractor();
    let mut errs = Vec::new();
    for case in &cases {
        let report = ex.extract(&case.text);
        for e in check(&report, case) {
            errs.push(format!("{}: {e}", case.name));
        }
    }
    assert!(
        errs.is_empty(),
        "{} failures in {} cases:\n{}",
        errs.len(),
        cases.len(),
        errs.join("\n")
    );
}
