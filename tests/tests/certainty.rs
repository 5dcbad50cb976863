//! The certainty minimal pairs (`tests/cases/certainty.json`, sentences of our own writing):
//! for each context rule of the uncertainty cues, a hedged sentence and one that is not. A
//! side names a cue that must be found with its type, a word that must not be a cue (of a
//! type), and the certainty of the claim that holds a phrase. One runner reports every failure
//! at once.

use claimscan::{Extractor, Options, Report};
use serde::Deserialize;
use std::collections::BTreeSet;

#[derive(Debug, Deserialize)]
struct Cases {
    #[serde(rename = "_comment")]
    #[allow(dead_code)]
    comment: String,
    pairs: Vec<Pair>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Pair {
    rule: String,
    hedged: Side,
    plain: Side,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Side {
    text: String,
    cue: Option<String>,
    #[serde(rename = "type")]
    kind: Option<String>,
    absent: Option<String>,
    absent_type: Option<String>,
    claim_has: Option<String>,
    certainty: Option<String>,
}

fn cases() -> Cases {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/cases/certainty.json");
    serde_json::from_str(&std::fs::read_to_string(path).expect("the case file reads"))
        .expect("the case file parses")
}

/// What is wrong with `report` for `side`, if anything.
fn check(report: &Report, side: &Side) -> Vec<String> {
    let mut errs = Vec::new();
    let hedges: Vec<(String, &str)> = report
        .hedges
        .iter()
        .map(|h| (h.text.to_lowercase(), h.kind.as_str()))
        .collect();
    if let Some(cue) = &side.cue {
        let want = (cue.to_lowercase(), side.kind.as_deref().unwrap_or(""));
        if !hedges.iter().any(|(t, k)| *t == want.0 && *k == want.1) {
            errs.push(format!(
                "no {:?} cue {:?}; hedges {hedges:?}",
                want.1, want.0
            ));
        }
    }
    if let Some(word) = &side.absent {
        let word = word.to_lowercase();
        let hit = hedges
            .iter()
            .find(|(t, k)| *t == word && side.absent_type.as_deref().is_none_or(|a| a == *k));
        if let Some(h) = hit {
            errs.push(format!("{word:?} must not be a cue here, found {h:?}"));
        }
    }
    if let (Some(has), Some(want)) = (&side.claim_has, &side.certainty) {
        match report.claims.iter().find(|c| c.text.contains(has.as_str())) {
            Some(c) if c.certainty.as_str() == want => {}
            Some(c) => errs.push(format!(
                "claim {:?} is {}, not {want}; reasons {:?}",
                c.text,
                c.certainty.as_str(),
                c.reasons
                    .iter()
                    .filter(|r| r.starts_with("certainty:"))
                    .collect::<Vec<_>>()
            )),
            None => errs.push(format!("no claim holds {has:?}")),
        }
    }
    errs
}

#[test]
fn every_minimal_pair_passes() {
    let cases = cases();
    let ex = Extractor::new(Options::default()).expect("default options are valid");
    let mut errs = Vec::new();
    for p in &cases.pairs {
        for (which, side) in [("hedged", &p.hedged), ("plain", &p.plain)] {
            for e in check(&ex.extract(&side.text), side) {
                errs.push(format!("[{}] {which} {:?}: {e}", p.rule, side.text));
            }
        }
    }
    assert!(
        errs.is_empty(),
        "{} of {} pairs fail:\n{}",
        errs.len(),
        cases.pairs.len(),
        errs.join("\n")
    );
}

#[test]
fn the_pairs_are_minimal_pairs() {
    let cases = cases();
    assert!(cases.pairs.len() >= 60, "{} pairs", cases.pairs.len());
    let mut texts = BTreeSet::new();
    for p in &cases.pairs {
        // The hedged side names a cue or a lowered certainty; the plain side a word that is no
        // cue (of a type) or a certainty; no sentence twice.
        let h = &p.hedged;
        assert!(
            h.cue.is_some() && h.kind.is_some()
                || h.certainty.as_deref().is_some_and(|c| c != "certain"),
            "[{}] the hedged side checks no cue: {:?}",
            p.rule,
            h.text
        );
        assert!(
            p.plain.absent.is_some() || p.plain.certainty.is_some(),
            "[{}] the plain side checks nothing: {:?}",
            p.rule,
            p.plain.text
        );
        for t in [&h.text, &p.plain.text] {
            assert!(texts.insert(t.clone()), "{t:?} twice");
        }
    }
    // Every context rule of the issue has pairs.
    let rules: BTreeSet<&str> = cases.pairs.iter().map(|p| p.rule.as_str()).collect();
    for r in [
        "approximator-before-quantity",
        "could-not-is-inability",
        "may-the-month",
        "will-the-noun",
        "as-expected-is-a-fact",
        "should-deontic-or-inversion",
        "would-reported-or-hypothetical",
        "if-question-or-condition",
    ] {
        assert!(rules.contains(r), "no pair for {r}");
    }
}
