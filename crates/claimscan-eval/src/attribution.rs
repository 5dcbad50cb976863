//! Attribution: who said what. Gold items are the record's `attributions` (photo credits left
//! out); predicted items are the claims whose attribution is not `author`.

use crate::data::{self, Record};
use crate::metrics::{self as m, Counts, SpanSet, Weights};
use crate::{context, f4, prf_json, round4, slice, table, Runner};
use claimscan::{Attribution, Claim};
use serde_json::{json, Value};

struct Item {
    content: SpanSet,
    source: Option<SpanSet>,
    cue: Option<(usize, usize)>,
    cue_text: Option<String>,
}

/// Lower case, whitespace collapsed.
fn norm(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn gold_items(v: &Value, chars: &[char]) -> (Vec<Item>, Vec<Value>) {
    let mut items = Vec::new();
    let mut raw = Vec::new();
    let Some(Value::Array(list)) = data::field(v, "attributions") else {
        return (items, raw);
    };
    for a in list {
        let a = data::decode(&a);
        if data::boolean(&a, "is_image_credit") == Some(true) {
            continue;
        }
        let content = SpanSet::new(data::fragments(&a, "content"));
        if content.is_empty() {
            continue;
        }
        let source = Some(SpanSet::new(data::fragments(&a, "source"))).filter(|s| !s.is_empty());
        let cue = SpanSet::new(data::fragments(&a, "cue")).hull();
        let cue_text = data::text(&a, "cue_text").or_else(|| cue.map(|(s, e)| slice(chars, s, e)));
        items.push(Item {
            content,
            source,
            cue,
            cue_text,
        });
        raw.push(a);
    }
    (items, raw)
}

fn pred_item(c: &Claim) -> Item {
    let content = if c.fragments.is_empty() {
        SpanSet::single(c.start, c.end)
    } else {
        SpanSet::new(c.fragments.iter().map(|f| (f.start, f.end)))
    };
    Item {
        content,
        source: c.source.as_ref().map(|s| SpanSet::single(s.start, s.end)),
        // The gold cues are whole phrases ("has said", "said in a statement"): compare the
        // cue's phrase.
        cue: c.cue.as_ref().map(|q| (q.phrase.start, q.phrase.end)),
        cue_text: c.cue.as_ref().map(|q| q.phrase.text.clone()),
    }
}

fn spans_text(chars: &[char], s: &SpanSet) -> String {
    s.intervals()
        .iter()
        .map(|&(a, b)| slice(chars, a, b))
        .collect::<Vec<_>>()
        .join(" … ")
}

#[derive(Default)]
struct CovTotals {
    counts: Counts,
    speaker_ok: usize,
    cue_ok: usize,
    /// Matches where claimscan names a speaker, and how many of those are right: a quotation
    /// given to no one (`source:unknown-speaker`) counts wrong in `speaker_acc` but not here.
    named: usize,
    named_ok: usize,
}

impl CovTotals {
    fn json(&self) -> Value {
        let n = self.counts.tp;
        json!({
            "P": round4(self.counts.precision()),
            "R": round4(self.counts.recall()),
            "F1": round4(self.counts.f1()),
            "speaker_acc": round4(m::ratio(self.speaker_ok, n)),
            "speaker_named_acc": round4(m::ratio(self.named_ok, self.named)),
            "cue_acc": round4(m::ratio(self.cue_ok, n)),
            "tp": self.counts.tp,
            "fp": self.counts.fp,
            "fn": self.counts.fn_,
        })
    }
}

fn speaker_ok(g: &Item, p: &Item) -> bool {
    match (&g.source, &p.source) {
        (None, None) => true,
        (Some(a), Some(b)) => a.overlap(b) > 0,
        _ => false,
    }
}

fn cue_ok(g: &Item, p: &Item) -> bool {
    g.cue_text.as_deref().map(norm) == p.cue_text.as_deref().map(norm)
}

/// Distinct spans, in first-seen order.
fn distinct<T: PartialEq + Clone>(items: impl Iterator<Item = T>) -> Vec<T> {
    let mut out: Vec<T> = Vec::new();
    for x in items {
        if !out.contains(&x) {
            out.push(x);
        }
    }
    out
}

pub(crate) fn run(run: &mut Runner, records: &[Record]) -> (Value, String, Vec<Value>) {
    let mut cov = [CovTotals::default(), CovTotals::default()];
    let thresholds = [0.3, 0.8];
    let (mut jac, mut src, mut cues) = (Counts::default(), Counts::default(), Counts::default());
    let mut errors = Vec::new();
    let mut docs = 0;
    for r in records {
        let Some(text) = data::text(&r.value, "text") else {
            continue;
        };
        docs += 1;
        let id = data::record_id(r);
        let chars: Vec<char> = text.chars().collect();
        let w = Weights::content(&text);
        let (gold, gold_raw) = gold_items(&r.value, &chars);
        let report = run.extract(&id, &text);
        let claims: Vec<&Claim> = report
            .claims
            .iter()
            .filter(|c| c.attribution != Attribution::Author)
            .collect();
        let pred: Vec<Item> = claims.iter().map(|c| pred_item(c)).collect();
        let gc: Vec<SpanSet> = gold.iter().map(|g| g.content.clone()).collect();
        let pc: Vec<SpanSet> = pred.iter().map(|p| p.content.clone()).collect();

        for (k, &t) in thresholds.iter().enumerate() {
            let g2p = m::coverage_match(&gc, &pc, &w, t);
            cov[k].counts += Counts::from_matching(&g2p, pc.len());
            for (gi, pj) in g2p.iter().enumerate() {
                if let Some(pj) = *pj {
                    let ok = speaker_ok(&gold[gi], &pred[pj]);
                    cov[k].speaker_ok += ok as usize;
                    if pred[pj].source.is_some() {
                        cov[k].named += 1;
                        cov[k].named_ok += ok as usize;
                    }
                    cov[k].cue_ok += cue_ok(&gold[gi], &pred[pj]) as usize;
                }
            }
            if k == 0 {
                collect_errors(
                    run.ex,
                    &mut errors,
                    &id,
                    &chars,
                    &w,
                    &gold,
                    &gold_raw,
                    &pred,
                    &claims,
                    &g2p,
                );
            }
        }
        jac += Counts::from_matching(&m::jaccard_match(&gc, &pc, &w, 0.5), pc.len());

        let gs = distinct(gold.iter().filter_map(|g| g.source.clone()));
        let ps = distinct(pred.iter().filter_map(|p| p.source.clone()));
        src += Counts::from_matching(&m::overlap_match(&gs, &ps), ps.len());

        let gq = distinct(gold.iter().filter_map(|g| g.cue));
        let pq = distinct(pred.iter().filter_map(|p| p.cue));
        cues += Counts::from_matching(&m::exact_match(&gq, &pq), pq.len());
    }
    let out = json!({
        "cov0.3": cov[0].json(),
        "cov0.8": cov[1].json(),
        "jaccard0.5": prf_json(jac),
        "sources": prf_json(src),
        "cues_exact": prf_json(cues),
        "docs": docs,
    });
    let row = |name: &str, c: Counts, extra: Option<&CovTotals>| {
        let mut r = vec![
            name.to_string(),
            f4(c.precision()),
            f4(c.recall()),
            f4(c.f1()),
        ];
        match extra {
            Some(t) => {
                r.push(f4(m::ratio(t.speaker_ok, c.tp)));
                r.push(f4(m::ratio(t.cue_ok, c.tp)));
            }
            None => r.extend(["".to_string(), "".to_string()]),
        }
        r.extend([c.tp.to_string(), c.fp.to_string(), c.fn_.to_string()]);
        r
    };
    let rows = vec![
        row("coverage > 0.3", cov[0].counts, Some(&cov[0])),
        row("coverage > 0.8", cov[1].counts, Some(&cov[1])),
        row("Jaccard >= 0.5", jac, None),
        row("sources (overlap)", src, None),
        row("cues (exact)", cues, None),
    ];
    let tbl = table(
        &format!("attribution: {docs} documents"),
        &["metric", "P", "R", "F1", "speaker", "cue", "tp", "fp", "fn"],
        &rows,
    );
    let tbl = format!(
        "{tbl}speaker accuracy where claimscan names a speaker (coverage > 0.3): {} ({} of {})\n",
        f4(m::ratio(cov[0].named_ok, cov[0].named)),
        cov[0].named_ok,
        cov[0].named
    );
    (out, tbl, errors)
}

#[allow(clippy::too_many_arguments)]
fn collect_errors(
    run_ex: &claimscan::Extractor,
    errors: &mut Vec<Value>,
    id: &str,
    chars: &[char],
    w: &Weights,
    gold: &[Item],
    gold_raw: &[Value],
    pred: &[Item],
    claims: &[&Claim],
    g2p: &[Option<usize>],
) {
    let mut matched = vec![false; pred.len()];
    for (gi, pj) in g2p.iter().enumerate() {
        let g = &gold[gi];
        let (s, e) = g.content.hull().unwrap_or((0, 0));
        match *pj {
            None => {
                // The best partial overlap, to tell "not found" from "found but cut badly".
                let best = pred
                    .iter()
                    .map(|p| m::coverage(&g.content, &p.content, w))
                    .fold(0.0, f64::max);
                let family = miss_family(run_ex, g, &gold_raw[gi], best);
                errors.push(json!({
                    "task": "attribution",
                    "kind": "miss",
                    "family": family,
                    "doc_id": id,
                    "start": s,
                    "end": e,
                    "gold": spans_text(chars, &g.content),
                    "gold_source": g.source.as_ref().map(|x| spans_text(chars, x)),
                    "gold_cue": g.cue_text,
                    "gold_type": gold_raw[gi].get("type"),
                    "best_coverage": round4(best),
                    "context": context(chars, s, e),
                }));
            }
            Some(pj) => {
                matched[pj] = true;
                let p = &pred[pj];
                let speaker = speaker_ok(g, p);
                let cue = cue_ok(g, p);
                if !speaker || !cue {
                    errors.push(json!({
                        "task": "attribution",
                        "kind": if !speaker { "wrong_source" } else { "wrong_cue" },
                        "family": construction(claims[pj]),
                        "doc_id": id,
                        "start": s,
                        "end": e,
                        "gold": spans_text(chars, &g.content),
                        "gold_source": g.source.as_ref().map(|x| spans_text(chars, x)),
                        "gold_cue": g.cue_text,
                        "pred_source": claims[pj].source.as_ref().map(|x| x.text.clone()),
                        "pred_cue": p.cue_text,
                        "context": context(chars, s, e),
                    }));
                }
            }
        }
    }
    for (pj, p) in pred.iter().enumerate() {
        if matched[pj] {
            continue;
        }
        let c = claims[pj];
        let (s, e) = p.content.hull().unwrap_or((c.start, c.end));
        errors.push(json!({
            "task": "attribution",
            "kind": "false_alarm",
            "family": construction(c),
            "doc_id": id,
            "start": s,
            "end": e,
            "pred": spans_text(chars, &p.content),
            "pred_type": c.attribution,
            "pred_source": c.source.as_ref().map(|x| x.text.clone()),
            "pred_cue": p.cue_text,
            "reasons": c.reasons,
            "context": context(chars, s, e),
        }));
    }
}

/// The construction family of a missed gold attribution, so error analysis starts from counts:
/// what kind of cue it has and whether claimscan knows it.
fn miss_family(ex: &claimscan::Extractor, g: &Item, raw: &Value, best: f64) -> String {
    if best > 0.0 {
        return "found, but cut too short".into();
    }
    let Some(cue) = g
        .cue_text
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
    else {
        return if raw.get("type").and_then(Value::as_str) == Some("indirect") {
            "no cue (indirect)".into()
        } else {
            "no cue (uncued quotation)".into()
        };
    };
    let lower = cue.to_lowercase();
    if !cue.chars().any(char::is_alphanumeric) {
        return "punctuation cue (colon, dash)".into();
    }
    if lower.starts_with("according") {
        return "according to".into();
    }
    match cue
        .split_whitespace()
        .find_map(|w| ex.cue_class(w.trim_matches(|c: char| !c.is_alphanumeric())))
    {
        Some(class) => format!("lexicon cue ({class}), construction missed"),
        None => "cue not in the lexicon".into(),
    }
}

/// The construction that produced a predicted attribution: its first `attr:` reason, or the
/// speaker rule for quotations without a cue.
fn construction(c: &Claim) -> String {
    c.reasons
        .iter()
        .map(|r| r.split_whitespace().next().unwrap_or(r))
        .find(|r| {
            r.starts_with("attr:")
                || *r == "source:current-speaker"
                || *r == "source:unknown-speaker"
        })
        .unwrap_or("other")
        .to_string()
}
