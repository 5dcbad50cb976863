//! Measures: a number with a measure unit, the unit in its canonical spelling.
//!
//! "3 km" and "three kilometers" → 3 kilometres; "5,000 hectares"; "-5°C" → -5 degrees celsius;
//! "a 120-metre bridge" → 120 metres.

use super::lexicons::UnitKind;
use super::scan::Ctx;
use super::{Quantity, QuantityKind};

/// A number, then an optional space or a hyphen, then a measure unit.
pub fn find(cx: &mut Ctx<'_>) {
    let mut found = Vec::new();
    for n in &cx.nums {
        let end = n.span.end;
        let mut at = vec![end];
        if let Some(p) = cx.sp(end) {
            at.push(p);
        }
        if cx.lower[end..].starts_with('-') {
            at.push(end + 1);
        }
        let unit = at.into_iter().find_map(|p| {
            cx.hit_with(p, |h| match cx.lex.units.get(h.form) {
                Some(&(unit, UnitKind::Measure)) => Some(unit),
                _ => None,
            })
        });
        if let (Some((h, unit)), true) = (unit, n.whole()) {
            found.push(
                Quantity::new(QuantityKind::Measure, n.span.start, h.end)
                    .value(n.p.value)
                    .unit(unit),
            );
        }
    }
    for q in found {
        cx.push(q);
    }
}

#[cfg(test)]
mod tests {
    use crate::quantities::QuantityKind;

    fn measure(text: &str) -> Vec<(f64, String)> {
        crate::quantities::test_instance()
            .find(text)
            .into_iter()
            .filter(|q| q.kind == QuantityKind::Measure)
            .map(|q| (q.value.unwrap(), q.unit.unwrap()))
            .collect()
    }

    #[test]
    fn canonical_units() {
        assert_eq!(measure("a 3 km walk"), [(3.0, "kilometres".into())]);
        assert_eq!(measure("three kilometers"), [(3.0, "kilometres".into())]);
        assert_eq!(measure("-5°C"), [(-5.0, "degrees celsius".into())]);
        assert_eq!(measure("a 120-metre bridge"), [(120.0, "metres".into())]);
        assert!(measure("5m people").is_empty());
    }
}
