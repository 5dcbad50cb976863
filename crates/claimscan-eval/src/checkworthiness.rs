//! Check-worthiness: one record is one sentence. Its score is the highest `checkworthiness` of
//! its claims (0 when it has none); it is flagged when any claim is `checkworthy`.

use crate::data::{self, Record};
use crate::metrics::{self as m, Counts};
use crate::{f4, round4, table, Runner};
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// CFS / Yes / 1 / true are positive; UFS, NFS, No, 0, false negative; anything else unknown.
pub(crate) fn label(v: &Value) -> Option<bool> {
    match v.get("label")? {
        Value::Bool(b) => Some(*b),
        Value::Number(n) => n.as_f64().map(|x| x >= 1.0),
        Value::String(s) => match s.trim().to_ascii_lowercase().as_str() {
            "cfs" | "yes" | "1" | "true" => Some(true),
            "ufs" | "nfs" | "no" | "0" | "false" => Some(false),
            _ => None,
        },
        _ => None,
    }
}

pub(crate) fn run(run: &mut Runner, records: &[Record]) -> (Value, String, Vec<Value>) {
    let mut counts = Counts::default();
    let mut scored = Vec::new();
    let mut debates: BTreeMap<String, Vec<(f64, bool)>> = BTreeMap::new();
    let mut errors = Vec::new();
    for r in records {
        let (Some(text), Some(gold)) = (data::text(&r.value, "text"), label(&r.value)) else {
            continue;
        };
        let report = run.extract(&data::record_id(r), &text);
        let score = report
            .claims
            .iter()
            .map(|c| c.checkworthiness)
            .fold(0.0, f64::max);
        let flagged = report.claims.iter().any(|c| c.checkworthy);
        match (flagged, gold) {
            (true, true) => counts.tp += 1,
            (true, false) => counts.fp += 1,
            (false, true) => counts.fn_ += 1,
            (false, false) => {}
        }
        if flagged != gold {
            errors.push(json!({
                "task": "checkworthiness",
                "kind": if gold { "miss" } else { "false_alarm" },
                "id": data::record_id(r),
                "label": r.value.get("label"),
                "score": round4(score),
                "text": text,
                "reasons": report.claims.iter().flat_map(|c| c.reasons.iter()).collect::<Vec<_>>(),
            }));
        }
        scored.push((score, gold));
        if let (Some(d), Some(_)) = (data::text(&r.value, "debate"), r.value.get("line_number")) {
            debates.entry(d).or_default().push((score, gold));
        }
    }
    let auc = m::roc_auc(&scored);
    let aps: Vec<f64> = debates
        .values()
        .filter_map(|v| m::average_precision(v))
        .collect();
    let map = (!aps.is_empty()).then(|| aps.iter().sum::<f64>() / aps.len() as f64);
    let positives = scored.iter().filter(|x| x.1).count();
    let mut out = json!({
        "P": round4(counts.precision()),
        "R": round4(counts.recall()),
        "F1": round4(counts.f1()),
        "AUC": round4(auc),
        "n": scored.len(),
        "positives": positives,
    });
    if let Some(map) = map {
        out["MAP"] = json!(round4(map));
    }
    let header = ["data", "P", "R", "F1", "AUC", "MAP", "n", "positives"];
    let rows = vec![vec![
        "sentences".to_string(),
        f4(counts.precision()),
        f4(counts.recall()),
        f4(counts.f1()),
        f4(auc),
        map.map(|x| format!("{} ({} debates)", f4(x), aps.len()))
            .unwrap_or_else(|| "-".into()),
        scored.len().to_string(),
        positives.to_string(),
    ]];
    let tbl = table("checkworthiness", &header, &rows);
    (out, tbl, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels() {
        assert_eq!(label(&json!({"label": "CFS"})), Some(true));
        assert_eq!(label(&json!({"label": "UFS"})), Some(false));
        assert_eq!(label(&json!({"label": 1})), Some(true));
        assert_eq!(label(&json!({"label": 0})), Some(false));
        assert_eq!(label(&json!({"label": "Yes"})), Some(true));
        assert_eq!(label(&json!({"label": null})), None);
    }
}
