//! The category cases (`tests/cases/categories.json`, sentences of our own writing, each
//! labelled with one check-worthiness category) are data for the category classifier of issue
//! 17. Until it exists, this keeps the file well-formed: 80 or more unique sentences, every
//! label one of the report's categories, every category described and used.

use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Cases {
    #[allow(dead_code)]
    comment: String,
    categories: BTreeMap<String, String>,
    cases: Vec<Case>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    text: String,
    category: String,
}

const CATEGORIES: &[&str] = &[
    "quantity",
    "prediction",
    "causation",
    "rule",
    "personal",
    "opinion",
    "other",
];

#[test]
fn category_cases_are_well_formed() {
    let c: Cases =
        serde_json::from_str(include_str!("../cases/categories.json")).expect("cases parse");
    assert!(
        c.cases.len() >= 80,
        "the issue asks for 80 or more sentences"
    );
    let described: BTreeSet<&str> = c.categories.keys().map(String::as_str).collect();
    assert_eq!(described, CATEGORIES.iter().copied().collect());
    let mut seen = BTreeSet::new();
    let mut used = BTreeSet::new();
    for case in &c.cases {
        assert!(seen.insert(case.text.as_str()), "repeated: {:?}", case.text);
        assert!(
            CATEGORIES.contains(&case.category.as_str()),
            "{:?}: unknown category {:?}",
            case.text,
            case.category
        );
        used.insert(case.category.as_str());
    }
    assert_eq!(used.len(), CATEGORIES.len(), "every category has sentences");
}
