//! Whole-article snapshots of the team's own corpus (`tests/corpus/*.txt`): a readable digest
//! of every claim and entity, so that any change in behaviour shows up in review.
//! Accept intended changes with `INSTA_UPDATE=always cargo test -p claimscan-tests --test snapshots`
//! (or `cargo insta review`), then read the diff.

use claimscan::{Extractor, Options};
use serde_json::json;

/// A quantity in one line: its words, then what it normalises to ("$412 million [money
/// 412000000 USD]", "last year [date -1 years relative]").
fn digest(q: &claimscan::QuantitySpan) -> String {
    let mut s = format!("{} [{}", q.text, q.kind.as_str());
    match (q.low, q.high, q.value) {
        (Some(l), Some(h), _) => s.push_str(&format!(" {l}..{h}")),
        (_, _, Some(v)) => s.push_str(&format!(" {v}")),
        _ => {}
    }
    for part in [&q.unit, &q.date].into_iter().flatten() {
        s.push_str(&format!(" {part}"));
    }
    if q.relative {
        s.push_str(" relative");
    }
    if let Some(d) = q.direction {
        s.push_str(&format!(" {}", d.as_str()));
    }
    s.push(']');
    s
}

#[test]
fn corpus_articles() {
    let ex = Extractor::new(Options::default()).expect("defaults are valid");
    let corpus = claimscan_tests::corpus();
    assert!(corpus.len() >= 4, "the corpus has its articles");
    for (name, text) in corpus {
        let r = ex.extract(&text);
        let claims: Vec<_> = r
            .claims
            .iter()
            .map(|c| {
                json!({
                    "id": c.id,
                    "attribution": c.attribution,
                    "text": c.text,
                    "fragments": c.fragments.len(),
                    "source": c.source.as_ref().map(|s| json!({
                        "text": s.text, "name": s.name, "role": s.role, "kind": s.kind,
                        "vague": s.vague, "entity": s.entity,
                    })),
                    "cue": c.cue.as_ref().map(|q| format!("{} ({})", q.text, q.lemma)),
                    "channel": c.channel.as_ref().map(|x| &x.text),
                    "hedges": c.hedges.iter().map(|h| &h.text).collect::<Vec<_>>(),
                    "condition": c.condition.as_ref().map(|x| &x.text),
                    "future": c.future,
                    "negated": c.negated,
                    "score": c.checkworthiness,
                    "category": c.category,
                    "statement": c.statement,
                    "quantities": c.quantities.iter().map(digest).collect::<Vec<_>>(),
                })
            })
            .collect();
        let entities: Vec<_> = r
            .entities
            .iter()
            .map(|e| {
                json!({
                    "name": e.name, "kind": e.kind, "role": e.role,
                    "mentions": e.mentions.iter().map(|m| &m.text).collect::<Vec<_>>(),
                })
            })
            .collect();
        insta::assert_json_snapshot!(
            name,
            json!({ "sentences": r.sentences.len(), "claims": claims, "entities": entities })
        );
    }
}

/// Every claim's reasons, in order, for the same corpus: the rules and lexicon entries behind
/// each decision are pinned as exactly as the decisions themselves.
#[test]
fn corpus_reasons() {
    let ex = Extractor::new(Options::default()).expect("defaults are valid");
    for (name, text) in claimscan_tests::corpus() {
        let r = ex.extract(&text);
        let reasons: Vec<_> = r
            .claims
            .iter()
            .map(|c| json!({ "id": c.id, "text": c.text, "reasons": c.reasons }))
            .collect();
        insta::assert_json_snapshot!(format!("{name}-reasons"), reasons);
    }
}
