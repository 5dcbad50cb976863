//! Segmentation: exact-match pass rate on the cases whose gold sentences are substrings of the
//! input (in order; the others are skipped), and boundary P/R/F1 with whitespace ignored (on
//! every case whose gold sentences hold the input's non-whitespace characters).

use crate::data::{self, Record};
use crate::metrics::{self as m, Counts};
use crate::{context, f4, prf_json, round4, slice, table, Runner};
use serde_json::{json, Value};

/// True when every sentence occurs in `text`, each after the previous one.
pub(crate) fn substrings_in_order(text: &str, sentences: &[String]) -> bool {
    let mut pos = 0;
    for s in sentences {
        match text[pos..].find(s.as_str()) {
            Some(i) => pos += i + s.len(),
            None => return false,
        }
    }
    true
}

fn strip_ws(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The character position just after the `n`-th non-whitespace character.
fn position_of(chars: &[char], n: usize) -> usize {
    let mut k = 0;
    for (i, c) in chars.iter().enumerate() {
        if !c.is_whitespace() {
            k += 1;
            if k == n {
                return i + 1;
            }
        }
    }
    chars.len()
}

pub(crate) fn run(run: &mut Runner, records: &[Record]) -> (Value, String, Vec<Value>) {
    let (mut exact, mut cases, mut skipped, mut docs) = (0, 0, 0, 0);
    let mut bounds = Counts::default();
    let mut errors = Vec::new();
    for r in records {
        let (Some(text), Some(gold)) = (
            data::text(&r.value, "text"),
            data::strings(&r.value, "sentences"),
        ) else {
            continue;
        };
        docs += 1;
        let id = data::record_id(r);
        let chars: Vec<char> = text.chars().collect();
        let report = run.extract(&id, &text);
        let pred: Vec<String> = report
            .sentences
            .iter()
            .map(|s| slice(&chars, s.start, s.end).trim().to_string())
            .filter(|s| !s.is_empty())
            .collect();
        let gold_trim: Vec<String> = gold
            .iter()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect();
        if substrings_in_order(&text, &gold) {
            cases += 1;
            if pred == gold_trim {
                exact += 1;
            } else {
                errors.push(json!({
                    "task": "segmentation", "kind": "exact_fail", "id": id,
                    "gold": gold_trim, "pred": pred,
                }));
            }
        } else {
            skipped += 1;
        }
        if strip_ws(&gold.concat()) != strip_ws(&text) {
            continue;
        }
        let gb = m::boundaries_of_sentences(&gold);
        let ends: Vec<usize> = report.sentences.iter().map(|s| s.end).collect();
        let pb = m::boundaries_of_ends(&text, &ends);
        bounds += m::boundary_counts(&gb, &pb);
        for (kind, list, other) in [
            ("boundary_miss", &gb, &pb),
            ("boundary_false_alarm", &pb, &gb),
        ] {
            for b in list.iter().filter(|b| !other.contains(b)) {
                let at = position_of(&chars, *b);
                errors.push(json!({
                    "task": "segmentation", "kind": kind, "id": id,
                    "at": at, "context": context(&chars, at, at),
                }));
            }
        }
    }
    let rate = m::ratio(exact, cases);
    let out = json!({
        "exact": exact,
        "cases": cases,
        "pass_rate": round4(rate),
        "boundary": prf_json(bounds),
        "docs": docs,
    });
    let tbl = table(
        &format!(
            "segmentation: {docs} records, {skipped} skipped for exact match (gold not substrings)"
        ),
        &["metric", "value", "P", "R", "F1"],
        &[
            vec![
                "exact match".into(),
                format!("{exact}/{cases} = {}", f4(rate)),
                String::new(),
                String::new(),
                String::new(),
            ],
            vec![
                "boundaries".into(),
                format!("tp {} fp {} fn {}", bounds.tp, bounds.fp, bounds.fn_),
                f4(bounds.precision()),
                f4(bounds.recall()),
                f4(bounds.f1()),
            ],
        ],
    );
    (out, tbl, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn substring_check_is_in_order() {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert!(substrings_in_order("A b. C d.", &s(&["A b.", "C d."])));
        assert!(!substrings_in_order("A b. C d.", &s(&["C d.", "A b."])));
        assert!(!substrings_in_order("A\nb.", &s(&["A b."])));
    }

    #[test]
    fn positions() {
        let chars: Vec<char> = "ab  c".chars().collect();
        assert_eq!(position_of(&chars, 2), 2);
        assert_eq!(position_of(&chars, 3), 5);
    }
}
