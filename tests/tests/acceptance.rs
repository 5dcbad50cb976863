//! Whole-pipeline acceptance: the seed article (when `../shared/seed` is present) and the
//! team's own construction cases in `tests/cases/constructions.json`, checked by one runner
//! that reports every failure at once.

use claimscan::rules::Rule;
use claimscan::{Attribution, Extractor, OffsetUnit, Options};
use claimscan_tests::{check, load_article, DocExpect};
use std::collections::BTreeMap;
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
    let Some((text, doc)) = load_article(&dir, "nato-rutte") else {
        eprintln!(
            "SKIPPED: the seed case is not at {} (fresh clone without ../shared)",
            dir.display()
        );
        return;
    };
    let report = extractor().extract(&text);
    let mut errs = check(&report, &doc);
    // The traps: apostrophes are not quotations; only the headline quote and ‘fatal’ are.
    for c in &report.claims {
        let quoted = c.text.contains('\u{2018}');
        let direct_or_mixed = matches!(c.attribution, Attribution::Direct | Attribution::Mixed);
        if direct_or_mixed && !quoted {
            errs.push(format!(
                "trap: {:?} is {} without a quotation",
                c.text,
                c.attribution.as_str()
            ));
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
    // Failures grouped by the rule each case is about.
    let mut errs: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for case in &cases {
        let rule = case.rule.as_deref().unwrap_or("(no rule)");
        assert!(
            Rule::ALL.iter().any(|r| rule.starts_with(r.as_str())),
            "{}: {rule} is no rule",
            case.name
        );
        let report = ex.extract(&case.text);
        for e in check(&report, case) {
            errs.entry(rule)
                .or_default()
                .push(format!("  {}: {e}", case.name));
        }
    }
    let total: usize = errs.values().map(Vec::len).sum();
    let listing: Vec<String> = errs
        .iter()
        .map(|(rule, es)| format!("{rule} ({} failures):\n{}", es.len(), es.join("\n")))
        .collect();
    assert!(
        errs.is_empty(),
        "{total} failures in {} cases:\n{}",
        cases.len(),
        listing.join("\n")
    );
}

/// Every attribution construction has at least one case of our own.
#[test]
fn every_attribution_rule_has_a_case() {
    let cases: Vec<DocExpect> =
        serde_json::from_str(include_str!("../cases/constructions.json")).expect("cases parse");
    for rule in Rule::ALL.iter().filter(|r| r.as_str().starts_with("attr:")) {
        let covered = cases
            .iter()
            .any(|c| c.rule.as_deref() == Some(rule.as_str()));
        assert!(covered, "no case in constructions.json is about {rule}");
    }
}
