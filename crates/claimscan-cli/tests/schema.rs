//! Report format v1.1: real `claimscan extract` output validates against
//! `docs/report.schema.json`, and every span's text is the input slice in every offset unit.

mod common;

use claimscan::{
    Attribution, Category, Certainty, Claim, Cue, Entity, EntityKind, Hedge, HedgeType, OffsetUnit,
    Report, SentenceOut, Source, SourceKind, TextSpan, SCHEMA,
};
use common::*;
use jsonschema::{Draft, JSONSchema};
use serde_json::{json, Value};

fn schema_value() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/report.schema.json");
    let text = std::fs::read_to_string(path).expect("read docs/report.schema.json");
    serde_json::from_str(&text).expect("the schema is JSON")
}

fn compile(schema: &Value) -> JSONSchema {
    JSONSchema::options()
        .with_draft(Draft::Draft7)
        .compile(schema)
        .unwrap_or_else(|e| panic!("the schema compiles: {e}"))
}

/// The schema of one of the definitions, e.g. `lineError`.
fn definition(name: &str) -> JSONSchema {
    let full = schema_value();
    compile(&json!({
        "definitions": full["definitions"],
        "$ref": format!("#/definitions/{name}"),
    }))
}

fn assert_valid(schema: &JSONSchema, instance: &Value, what: &str) {
    if let Err(errors) = schema.validate(instance) {
        let errors: Vec<String> = errors
            .map(|e| format!("{} at {}", e, e.instance_path))
            .collect();
        panic!("{what} does not match the schema:\n{}", errors.join("\n"));
    }
}

#[test]
fn cli_output_matches_the_schema_in_every_unit() {
    let schema = compile(&schema_value());
    let mut texts: Vec<(&str, String)> = TEXTS.iter().map(|(n, t)| (*n, t.to_string())).collect();
    texts.push(("empty", String::new()));
    texts.push((
        "all",
        TEXTS
            .iter()
            .map(|(_, t)| *t)
            .collect::<Vec<_>>()
            .join("\n\n"),
    ));
    for unit in ["char", "utf16", "byte"] {
        for (name, text) in &texts {
            let out = run(
                &["extract", "--format", "json", "--offsets", unit],
                text.as_bytes(),
            );
            assert_status(&out, 0);
            let report = json(&stdout(&out));
            assert_valid(&schema, &report, &format!("{name} ({unit})"));
            assert_eq!(report["offsets"], *unit);
            check_spans(&report, text);
        }
    }
}

#[test]
fn jsonl_output_and_line_errors_match_the_schema() {
    let report_schema = compile(&schema_value());
    let error_schema = definition("lineError");
    let mut input = String::new();
    for (name, text) in TEXTS {
        input.push_str(&json!({ "id": name, "text": text }).to_string());
        input.push('\n');
    }
    input.push_str("{\"id\": \"broken\"\n");
    let out = run(
        &["extract", "--input", "jsonl", "--offsets", "utf16"],
        input.as_bytes(),
    );
    assert_status(&out, 1);
    let lines = json_lines(&stdout(&out));
    assert_eq!(lines.len(), 4);
    for ((report, (name, text)), _) in lines.iter().zip(TEXTS).zip(0..) {
        assert_valid(&report_schema, report, name);
        assert_eq!(report["id"], name);
        check_spans(report, text);
    }
    assert_valid(&error_schema, &lines[3], "line error");
    assert!(
        !report_schema.is_valid(&lines[3]),
        "a line error is not a report"
    );
}

/// A report with every optional part filled, so the schema is checked against every type,
/// not only against what the extractor happens to produce today.
fn full_report() -> Report {
    let span = |start, end, text: &str| TextSpan {
        start,
        end,
        text: text.to_string(),
    };
    Report {
        schema: SCHEMA.to_string(),
        id: Some("doc-1".into()),
        offsets: OffsetUnit::Utf16,
        sentences: vec![SentenceOut {
            start: 0,
            end: 40,
            paragraph: 0,
            headline: false,
        }],
        claims: vec![Claim {
            id: "c1".into(),
            text: "prices may rise if talks fail".into(),
            start: 10,
            end: 39,
            fragments: vec![span(10, 39, "prices may rise if talks fail")],
            sentence: 0,
            attribution: Attribution::Indirect,
            source: Some(Source {
                text: "Ana Silva".into(),
                start: 0,
                end: 9,
                name: Some("Ana Silva".into()),
                role: Some("economist".into()),
                entity: Some("e1".into()),
                kind: SourceKind::Named,
                vague: false,
            }),
            cue: Some(Cue {
                text: "warned".into(),
                start: 9,
                end: 15,
                lemma: "warn".into(),
                class: "warning".into(),
                phrase: span(9, 15, "warned"),
            }),
            channel: Some(span(40, 50, "on the radio")),
            hedges: vec![hedge(17, 20, "may", HedgeType::Epistemic)],
            condition: Some(span(26, 39, "if talks fail")),
            future: true,
            negated: false,
            certainty: Certainty::Conditional,
            checkworthiness: 0.75,
            checkworthy: true,
            category: Category::Prediction,
            statement: "Ana Silva warned that prices may rise if talks fail.".into(),
            reasons: vec!["attribution:indirect".into()],
            quantities: vec![],
        }],
        entities: vec![Entity {
            id: "e1".into(),
            name: "Ana Silva".into(),
            kind: EntityKind::Person,
            role: Some("economist".into()),
            mentions: vec![span(0, 9, "Ana Silva")],
        }],
        hedges: vec![
            hedge(17, 20, "may", HedgeType::Epistemic),
            hedge(26, 28, "if", HedgeType::Condition),
        ],
        quantities: vec![claimscan::QuantitySpan {
            start: 40,
            end: 50,
            text: "$4 million".into(),
            kind: claimscan::quantities::QuantityKind::Money,
            value: Some(4e6),
            unit: Some("USD".into()),
            low: None,
            high: None,
            date: None,
            relative: false,
            direction: None,
        }],
    }
}

fn hedge(start: usize, end: usize, text: &str, kind: HedgeType) -> Hedge {
    Hedge {
        start,
        end,
        text: text.into(),
        kind,
    }
}

#[test]
fn every_report_type_matches_the_schema() {
    let schema = compile(&schema_value());
    let full = serde_json::to_value(full_report()).unwrap();
    assert_valid(&schema, &full, "a full report");

    // Every enum value the types can produce is allowed.
    let mut report = full_report();
    for a in [
        Attribution::Direct,
        Attribution::Indirect,
        Attribution::Mixed,
        Attribution::Author,
    ] {
        report.claims[0].attribution = a;
        assert_valid(
            &schema,
            &serde_json::to_value(&report).unwrap(),
            "attribution",
        );
    }
    for k in [
        SourceKind::Named,
        SourceKind::Pronoun,
        SourceKind::Description,
        SourceKind::Vague,
        SourceKind::Anonymous,
    ] {
        report.claims[0].source.as_mut().unwrap().kind = k;
        assert_valid(
            &schema,
            &serde_json::to_value(&report).unwrap(),
            "source kind",
        );
    }
    for c in [
        Category::Quantity,
        Category::Prediction,
        Category::Causation,
        Category::Rule,
        Category::Personal,
        Category::Opinion,
        Category::Other,
    ] {
        report.claims[0].category = c;
        assert_valid(&schema, &serde_json::to_value(&report).unwrap(), "category");
    }
    for k in [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Place,
        EntityKind::Other,
    ] {
        report.entities[0].kind = k;
        assert_valid(
            &schema,
            &serde_json::to_value(&report).unwrap(),
            "entity kind",
        );
    }
    for t in HedgeType::ALL {
        report.hedges[0].kind = *t;
        assert_valid(
            &schema,
            &serde_json::to_value(&report).unwrap(),
            "hedge type",
        );
    }
    for c in Certainty::ALL {
        report.claims[0].certainty = *c;
        assert_valid(
            &schema,
            &serde_json::to_value(&report).unwrap(),
            "certainty",
        );
    }
    for u in [OffsetUnit::Char, OffsetUnit::Utf16, OffsetUnit::Byte] {
        report.offsets = u;
        assert_valid(
            &schema,
            &serde_json::to_value(&report).unwrap(),
            "offset unit",
        );
    }
}

#[test]
fn the_schema_is_strict() {
    let schema = compile(&schema_value());
    let full = serde_json::to_value(full_report()).unwrap();
    let broken = |f: &dyn Fn(&mut Value)| {
        let mut v = full.clone();
        f(&mut v);
        v
    };
    let cases: Vec<(&str, Value)> = vec![
        (
            "missing field",
            broken(&|v| {
                v.as_object_mut().unwrap().remove("claims");
            }),
        ),
        (
            "missing nullable field",
            broken(&|v| {
                v["claims"][0].as_object_mut().unwrap().remove("condition");
            }),
        ),
        (
            "extra field",
            broken(&|v| v["claims"][0]["extra"] = json!(1)),
        ),
        (
            "wrong schema tag",
            broken(&|v| v["schema"] = json!("claimscan/2")),
        ),
        (
            "unknown enum value",
            broken(&|v| v["claims"][0]["attribution"] = json!("rumour")),
        ),
        (
            "hedge without a type",
            broken(&|v| {
                v["hedges"][0].as_object_mut().unwrap().remove("type");
            }),
        ),
        (
            "unknown certainty",
            broken(&|v| v["claims"][0]["certainty"] = json!("sure")),
        ),
        (
            "negative offset",
            broken(&|v| v["hedges"][0]["start"] = json!(-1)),
        ),
        (
            "score above 1",
            broken(&|v| v["claims"][0]["checkworthiness"] = json!(1.5)),
        ),
        (
            "null where not nullable",
            broken(&|v| v["claims"][0]["text"] = Value::Null),
        ),
    ];
    for (what, instance) in cases {
        assert!(
            !schema.is_valid(&instance),
            "the schema accepts a report with a {what}"
        );
    }
}
