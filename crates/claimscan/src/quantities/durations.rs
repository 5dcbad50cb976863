//! Durations: a number with a time unit, with the preposition that makes it a span of time.
//!
//! "over three years" → 3 years; "for two weeks"; "the past five years" → 5 years; "the past
//! year" → 1 year; "an 18-month study" → 18 months; "two winters" → 2 winters (seasons are time
//! units). "three years ago" is a date (see `dates`).

use super::lexicons::{CalClass, UnitKind};
use super::scan::Ctx;
use super::{Quantity, QuantityKind};

/// What stands before a time unit: a number, "a"/"an" (1), or an amount without a value
/// ("several", "a few", "many"); its start.
fn amount_before(cx: &Ctx<'_>, end: usize) -> Option<(usize, Option<f64>)> {
    if let Some(n) = cx.num_ending_at(end).filter(|n| n.whole()) {
        return Some((n.span.start, Some(n.p.value)));
    }
    for (w, v) in [
        ("a", Some(1.0)),
        ("an", Some(1.0)),
        ("several", None),
        ("many", None),
    ] {
        if let Some(s) = cx.word_ending_at(end, w) {
            return Some((s, v));
        }
    }
    let few = cx.word_ending_at(end, "few")?;
    let a = cx.sp_before(few).and_then(|p| cx.word_ending_at(p, "a"))?;
    Some((a, None))
}

/// A preposition of durations ("over", "for", "the past") that ends at `end`: its start and
/// whether it is a "the …" one.
fn prep_before(cx: &Ctx<'_>, end: usize) -> Option<(usize, bool)> {
    cx.hits_ending_at(end)
        .find_map(|h| match cx.lex.calendar.get(h.form) {
            Some((CalClass::Prep, v)) if h.bounded && v.split(' ').any(|x| x == "duration") => {
                Some((h.start, h.form.starts_with("the")))
            }
            _ => None,
        })
}

/// "over three years", "for two weeks", "the past year", "an 18-month study", "two winters".
pub fn find(cx: &mut Ctx<'_>) {
    let mut found = Vec::new();
    for u in &cx.hits {
        let Some(&(unit, UnitKind::Duration)) = cx.lex.units.get(u.form) else {
            continue;
        };
        if !u.bounded {
            continue;
        }
        // the amount, joined by a space or a hyphen
        let sep = cx.lower[..u.start].chars().next_back();
        let amount = sep
            .filter(|&c| c == '-' || super::numbers::is_space(c))
            .and_then(|c| amount_before(cx, u.start - c.len_utf8()));
        let prep_end = amount.map_or(u.start, |(s, _)| s);
        let prep = cx.sp_before(prep_end).and_then(|p| prep_before(cx, p));
        let value = match (amount, prep) {
            (Some((_, v)), _) => v,
            // "the past year": only with a "the …" preposition
            (None, Some((_, true))) => Some(1.0),
            (None, _) => continue,
        };
        // "several years" needs a preposition; "two winters" is a duration of its own
        if value.is_none() && prep.is_none() {
            continue;
        }
        let start = prep
            .map(|(s, _)| s)
            .or(amount.map(|(s, _)| s))
            .unwrap_or(u.start);
        let mut q = Quantity::new(QuantityKind::Duration, start, u.end).unit(unit);
        q.value = value;
        found.push(q);
    }
    for q in found {
        cx.push(q);
    }
}

#[cfg(test)]
mod tests {
    use crate::quantities::QuantityKind;

    fn dur(text: &str) -> Vec<(String, Option<f64>, String)> {
        crate::quantities::test_instance()
            .find(text)
            .into_iter()
            .filter(|q| q.kind == QuantityKind::Duration)
            .map(|q| (q.span.of(text).to_string(), q.value, q.unit.unwrap()))
            .collect()
    }

    #[test]
    fn durations_with_their_prepositions() {
        assert_eq!(
            dur("rose over three years"),
            [("over three years".into(), Some(3.0), "years".into())]
        );
        assert_eq!(
            dur("closed for two winters"),
            [("for two winters".into(), Some(2.0), "winters".into())]
        );
        assert_eq!(
            dur("two winters"),
            [("two winters".into(), Some(2.0), "winters".into())]
        );
        assert_eq!(dur("in the past year")[0].1, Some(1.0));
        assert_eq!(dur("an 18-month study")[0].1, Some(18.0));
        assert!(dur("every year").is_empty());
    }
}
