//! Hedging: a sentence is uncertain when its report has a typed uncertainty cue, top level or
//! in a claim. The Szeged scheme (label `uncertain`, and every gold cue span) counts epistemic,
//! doxastic, condition, investigation and prediction cues; the CoNLL-2010 label
//! (`conll2010_uncertain`) counts weasels too. Approximators ("about 40") count in neither.
//! Cues are matched one-to-one among overlapping pairs, largest overlap first; weasels are
//! never compared with the gold cue spans, which do not cover them.

use crate::data::{self, Record};
use crate::metrics::{self as m, Counts, SpanSet};
use crate::{context, prf_json, slice, table, EvalOptions, Runner};
use claimscan::HedgeType;
use serde_json::{json, Value};

pub(crate) fn run(
    run: &mut Runner,
    records: &[Record],
    opts: &EvalOptions,
) -> (Value, String, Vec<Value>) {
    let key = opts.label.as_deref().unwrap_or("uncertain");
    let weasels_count = key == "conll2010_uncertain";
    let (mut sent, mut cues) = (Counts::default(), Counts::default());
    let mut errors = Vec::new();
    let mut docs = 0;
    for r in records {
        let (Some(text), Some(gold)) = (data::text(&r.value, "text"), data::boolean(&r.value, key))
        else {
            continue;
        };
        docs += 1;
        let id = data::record_id(r);
        let chars: Vec<char> = text.chars().collect();
        let report = run.extract(&id, &text);
        let typed = report
            .hedges
            .iter()
            .chain(report.claims.iter().flat_map(|c| c.hedges.iter()));
        let weasel = typed.clone().any(|h| h.kind == HedgeType::Weasel);
        let mut pred: Vec<(usize, usize)> = typed
            .filter(|h| !matches!(h.kind, HedgeType::Weasel | HedgeType::Approximator))
            .map(|h| (h.start, h.end))
            .collect();
        pred.sort_unstable();
        pred.dedup();
        let uncertain = !pred.is_empty() || (weasels_count && weasel);
        match (uncertain, gold) {
            (true, true) => sent.tp += 1,
            (true, false) => sent.fp += 1,
            (false, true) => sent.fn_ += 1,
            (false, false) => {}
        }
        if uncertain != gold {
            errors.push(json!({
                "task": "hedging",
                "kind": if gold { "sentence_miss" } else { "sentence_false_alarm" },
                "id": id,
                "text": text,
                "gold_cues": r.value.get("cue_texts"),
                "pred_hedges": pred.iter().map(|&(s, e)| slice(&chars, s, e)).collect::<Vec<_>>(),
            }));
        }
        let gold_cues: Vec<SpanSet> = match data::field(&r.value, "cues") {
            Some(Value::Array(list)) => list
                .iter()
                .filter_map(data::interval)
                .map(|(s, e)| SpanSet::single(s, e))
                .collect(),
            _ => Vec::new(),
        };
        let pred_cues: Vec<SpanSet> = pred.iter().map(|&(s, e)| SpanSet::single(s, e)).collect();
        let g2p = m::overlap_match(&gold_cues, &pred_cues);
        cues += Counts::from_matching(&g2p, pred_cues.len());
        let mut used = vec![false; pred_cues.len()];
        for (gi, pj) in g2p.iter().enumerate() {
            match pj {
                Some(j) => used[*j] = true,
                None => {
                    let (s, e) = gold_cues[gi].hull().unwrap_or((0, 0));
                    errors.push(json!({
                        "task": "hedging", "kind": "cue_miss", "id": id,
                        "gold": slice(&chars, s, e), "start": s, "end": e,
                        "context": context(&chars, s, e),
                    }));
                }
            }
        }
        for (j, &(s, e)) in pred.iter().enumerate() {
            if !used[j] {
                errors.push(json!({
                    "task": "hedging", "kind": "cue_false_alarm", "id": id,
                    "pred": slice(&chars, s, e), "start": s, "end": e,
                    "context": context(&chars, s, e),
                }));
            }
        }
    }
    let out = json!({
        "sentence": prf_json(sent),
        "cues_overlap": prf_json(cues),
        "docs": docs,
    });
    let row = |name: &str, c: Counts| {
        vec![
            name.to_string(),
            crate::f4(c.precision()),
            crate::f4(c.recall()),
            crate::f4(c.f1()),
            c.tp.to_string(),
            c.fp.to_string(),
            c.fn_.to_string(),
        ]
    };
    let tbl = table(
        &format!("hedging (label `{key}`): {docs} sentences"),
        &["metric", "P", "R", "F1", "tp", "fp", "fn"],
        &[row("sentence uncertain", sent), row("cues (overlap)", cues)],
    );
    (out, tbl, errors)
}
