//! A claim's quantities, dates and comparisons in words a reader checks against a source:
//! "$412 million" → "412,000,000 USD", "between 3 and 5 metres" → "3–5 metres", "last year" →
//! "1 year before". The claim cards show them with [`normal`].

use claimscan::quantities::{Direction, QuantityKind};
use claimscan::QuantitySpan;

/// A number with thousands separators and at most two decimals: 412000000 → "412,000,000",
/// 33.3333 → "33.33", -1 → "-1".
pub fn number(v: f64) -> String {
    if !v.is_finite() {
        return String::new();
    }
    let rounded = (v * 100.0).round() / 100.0;
    let neg = rounded < 0.0;
    let abs = rounded.abs();
    // Beyond 2^53 the cents are noise; the integer part is exact enough.
    let whole = abs.trunc();
    let cents = ((abs - whole) * 100.0).round() as u64;
    let digits = format!("{whole:.0}");
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 4);
    if neg {
        out.push('-');
    }
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(d);
    }
    if cents > 0 {
        let frac = format!("{cents:02}");
        out.push('.');
        out.push_str(frac.trim_end_matches('0'));
    }
    out
}

fn direction_word(d: Direction) -> &'static str {
    match d {
        Direction::More => "more than",
        Direction::Less => "less than",
        Direction::Up => "up",
        Direction::Down => "down",
        Direction::Most => "highest",
        Direction::Least => "lowest",
        Direction::Same => "unchanged",
    }
}

/// `value unit`, or the value alone.
fn amount(value: Option<f64>, unit: Option<&str>) -> Option<String> {
    let v = number(value?);
    Some(match unit {
        Some(u) => format!("{v} {u}"),
        None => v,
    })
}

/// What the quantity normalises to, or `None` when that would only repeat its words.
pub fn normal(q: &QuantitySpan) -> Option<String> {
    let unit = q.unit.as_deref();
    match q.kind {
        QuantityKind::Range => {
            let (lo, hi) = (q.low?, q.high?);
            let both = format!("{}–{}", number(lo), number(hi));
            Some(match unit {
                Some(u) => format!("{both} {u}"),
                None => both,
            })
        }
        QuantityKind::Date => match (&q.date, q.relative, q.value, unit) {
            // "last year", "three years ago": an offset from the time of writing.
            (_, true, Some(v), Some(u)) if u.ends_with('s') => {
                let n = v.abs();
                let u = if n == 1.0 { &u[..u.len() - 1] } else { u };
                let when = if v < 0.0 {
                    "before"
                } else if v > 0.0 {
                    "after"
                } else {
                    ""
                };
                Some(format!("{} {u} {when}", number(n)).trim_end().to_string())
            }
            (Some(d), _, _, _) => Some(d.clone()),
            _ => None,
        },
        QuantityKind::Comparison => {
            let how = q.direction.map(direction_word);
            match (how, amount(q.value, unit)) {
                (Some(h), Some(a)) => Some(format!("{h} {a}")),
                (Some(h), None) => Some(h.to_string()),
                (None, a) => a,
            }
        }
        QuantityKind::Ordinal => q.value.map(|v| format!("no. {}", number(v))),
        _ => amount(q.value, unit),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(text: &str) -> QuantitySpan {
        let q = claimscan::quantities::Quantities::new();
        let found = q.find(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        let q = &found[0];
        QuantitySpan {
            text: text[q.span.start..q.span.end].to_string(),
            start: q.span.start,
            end: q.span.end,
            kind: q.kind,
            value: q.value,
            unit: q.unit.clone(),
            low: q.low,
            high: q.high,
            date: q.date.clone(),
            relative: q.relative,
            direction: q.direction,
        }
    }

    #[test]
    fn numbers_read_like_a_newspaper() {
        assert_eq!(number(412_000_000.0), "412,000,000");
        assert_eq!(number(100.0 / 3.0), "33.33");
        assert_eq!(number(0.42), "0.42");
        assert_eq!(number(-1.0), "-1");
        assert_eq!(number(999.0), "999");
        assert_eq!(number(1000.5), "1,000.5");
        assert_eq!(number(f64::NAN), "");
    }

    #[test]
    fn each_kind_reads_as_what_it_means() {
        let n = |text: &str| normal(&span(text));
        assert_eq!(n("$412 million").as_deref(), Some("412,000,000 USD"));
        assert_eq!(n("9 per cent").as_deref(), Some("9 percent"));
        assert_eq!(n("between 3 and 5 metres").as_deref(), Some("3–5 metres"));
        assert_eq!(n("last year").as_deref(), Some("1 year before"));
        assert_eq!(n("March 5, 2024").as_deref(), Some("2024-03-05"));
        assert_eq!(n("doubled").as_deref(), Some("up"));
    }
}
