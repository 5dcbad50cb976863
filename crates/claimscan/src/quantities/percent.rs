//! Percentages and proportions.
//!
//! "9%", "9 per cent", "9 percent" → 9 percent; "2 percentage points" → 2 percentage points;
//! fractions before "of": "a third of" → 33.33 percent, "two-thirds of" → 66.67, "half of" →
//! 50 (the span leaves out "of"); "one in five" → 20 percent.

use super::lexicons::{NumClass, UnitKind};
use super::numbers::tidy;
use super::scan::Ctx;
use super::{Quantity, QuantityKind};

pub fn find(cx: &mut Ctx<'_>) {
    let mut found = Vec::new();
    // a number with a percent unit: "9%", "9 per cent"
    for n in &cx.nums {
        let at = cx.opt_sp(n.span.end);
        let unit = cx.hit_with(at, |h| match cx.lex.units.get(h.form) {
            Some(&(unit, UnitKind::Percent)) => Some(unit),
            _ => None,
        });
        if let (Some((h, unit)), true) = (unit, n.whole()) {
            found.push(
                Quantity::new(QuantityKind::Percent, n.span.start, h.end)
                    .value(n.p.value)
                    .unit(unit),
            );
        }
    }
    // a spoken fraction before "of": "a third of", "two-thirds of", "half of"
    for d in &cx.hits {
        let Some(&den) = cx.lex.fractions.get(d.form) else {
            continue;
        };
        if !d.bounded || cx.sp(d.end).and_then(|p| cx.word_at(p, "of")).is_none() {
            continue;
        }
        let (start, n) = match numerator(cx, d.start) {
            Some(found) => found,
            None if den == 2.0 => (d.start, 1.0),
            None => continue,
        };
        found.push(
            Quantity::new(QuantityKind::Percent, start, d.end)
                .value(tidy(n / den * 100.0))
                .unit("percent"),
        );
    }
    // "one in five"
    for a in &cx.nums {
        let Some(at) = cx.sp(a.span.end).and_then(|p| cx.word_at(p, "in")) else {
            continue;
        };
        let Some(b) = cx.sp(at).and_then(|p| cx.number_at(p)) else {
            continue;
        };
        if !(a.whole() && b.whole() && cx.boundary_after(b.span.end)) {
            continue;
        }
        let (pa, pb) = (a.p.value, b.p.value);
        if pa >= 1.0 && pa < pb && pb <= 1000.0 && pa.fract() == 0.0 {
            found.push(
                Quantity::new(QuantityKind::Percent, a.span.start, b.span.end)
                    .value(tidy(pa / pb * 100.0))
                    .unit("percent"),
            );
        }
    }
    for q in found {
        cx.push(q);
    }
}

/// The numerator before a fraction word at `d` ("a", "an", "two"), joined by a space or a
/// hyphen: its start and value.
fn numerator(cx: &Ctx<'_>, d: usize) -> Option<(usize, f64)> {
    let sep = cx.lower[..d].chars().next_back()?;
    if !(sep == '-' || super::numbers::is_space(sep)) {
        return None;
    }
    let end = d - sep.len_utf8();
    for w in ["a", "an"] {
        if let Some(start) = cx.word_ending_at(end, w) {
            return Some((start, 1.0));
        }
    }
    cx.hits_ending_at(end)
        .find_map(|h| match cx.lex.numbers.get(h.form) {
            Some(&(NumClass::Unit | NumClass::Teen, v)) if h.bounded => Some((h.start, v)),
            _ => None,
        })
}

#[cfg(test)]
mod tests {
    use crate::quantities::QuantityKind;

    fn pct(text: &str) -> Vec<(String, f64, String)> {
        crate::quantities::test_instance()
            .find(text)
            .into_iter()
            .filter(|q| q.kind == QuantityKind::Percent)
            .map(|q| {
                (
                    q.span.of(text).to_string(),
                    q.value.unwrap(),
                    q.unit.unwrap(),
                )
            })
            .collect()
    }

    #[test]
    fn units_fractions_and_one_in() {
        assert_eq!(pct("about 9%"), [("9%".into(), 9.0, "percent".into())]);
        assert_eq!(
            pct("9 per cent"),
            [("9 per cent".into(), 9.0, "percent".into())]
        );
        assert_eq!(
            pct("2 percentage points"),
            [(
                "2 percentage points".into(),
                2.0,
                "percentage points".into()
            )]
        );
        assert_eq!(pct("a third of them")[0].0, "a third");
        assert_eq!(pct("half of voters")[0].1, 50.0);
        assert_eq!(pct("two-thirds of")[0].1, 66.6666666667);
        assert_eq!(pct("one in five adults")[0].1, 20.0);
        assert!(pct("the third quarter").is_empty());
    }
}
