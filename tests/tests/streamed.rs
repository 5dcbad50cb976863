//! `Extractor::streamed` writes, claim by claim, exactly the JSON of `Extractor::extract`'s
//! report with its id set: compact and pretty, in every offset unit, with reasons on and off.

use claimscan::{Extractor, OffsetUnit, Options};

fn texts() -> Vec<(String, String)> {
    let mut texts = claimscan_tests::corpus();
    for (name, text) in [
        ("empty", ""),
        ("blank", " \n\t "),
        (
            "weasels",
            "Critics say the plan may fail. Some experts warned that prices would rise, \
             officials said on Monday. “It will not work,” a source familiar with the talks said.",
        ),
        (
            "nested",
            "The mayor said the bridge was safe but engineers warned that repairs could take a year.",
        ),
    ] {
        texts.push((name.to_string(), text.to_string()));
    }
    texts
}

#[test]
fn streamed_json_is_the_reports_json() {
    for offsets in [OffsetUnit::Char, OffsetUnit::Utf16, OffsetUnit::Byte] {
        for reasons in [true, false] {
            let ex = Extractor::new(Options {
                offsets,
                reasons,
                ..Options::default()
            })
            .unwrap();
            for (name, text) in texts() {
                let id = (name.len() % 2 == 0).then_some(name.as_str());
                let mut report = ex.extract(&text);
                report.id = id.map(str::to_string);
                let streamed = ex.streamed(&text, id);
                assert_eq!(
                    serde_json::to_string(&streamed).unwrap(),
                    serde_json::to_string(&report).unwrap(),
                    "{name} {offsets:?} reasons={reasons}"
                );
                assert_eq!(
                    serde_json::to_string_pretty(&streamed).unwrap(),
                    serde_json::to_string_pretty(&report).unwrap(),
                    "{name} {offsets:?} reasons={reasons}, pretty"
                );
            }
        }
    }
}

#[test]
fn the_corpus_has_weasel_hedges_from_vague_sources() {
    // The streamed report collects these while writing its claims; the test above only
    // compares something if some document has them.
    let ex = Extractor::new(Options::default()).unwrap();
    let weasels: usize = texts()
        .iter()
        .map(|(_, t)| ex.extract(t))
        .map(|r| {
            r.hedges
                .iter()
                .filter(|h| h.kind == claimscan::HedgeType::Weasel)
                .count()
        })
        .sum();
    assert!(weasels > 0);
}
