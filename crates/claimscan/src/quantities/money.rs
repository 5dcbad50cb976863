//! Money: a currency symbol, word or ISO code with a number.
//!
//! "$412 million" → 412000000 USD; "40 million euros" → 40000000 EUR; "£3bn" → 3e9 GBP;
//! "EUR 5m" → 5e6 EUR; "42 cents" → 0.42 USD. ISO codes count only in capitals ("try 5" is no
//! Turkish lira).

use super::lexicons::CurrencyType;
use super::numbers::tidy;
use super::scan::{Ctx, Hit};
use super::{Quantity, QuantityKind};

/// The currency of `h` when it may stand on `side` of a number: a symbol before, a word after,
/// an ISO code (in capitals) either side. Forms that start with a letter need a word boundary.
fn currency(cx: &Ctx<'_>, h: &Hit, before: bool) -> Option<(&'static str, f64)> {
    let &(code, factor, t) = cx.lex.currencies.get(h.form)?;
    let ok = match t {
        CurrencyType::Symbol => before,
        CurrencyType::Word => !before,
        CurrencyType::Code => is_upper(&cx.text[h.start..h.end]),
    };
    let lead_ok = h.bounded || !h.form.starts_with(|c: char| c.is_ascii_alphanumeric());
    (ok && lead_ok).then_some((code, factor))
}

/// "$412 million", "EUR 40m", then "40 million euros", "5bn USD".
pub fn find(cx: &mut Ctx<'_>) {
    let mut found = Vec::new();
    // symbol or code, an optional space, the number
    for h in &cx.hits {
        let Some((code, factor)) = currency(cx, h, true) else {
            continue;
        };
        let Some(n) = cx.number_at(cx.opt_sp(h.end)) else {
            continue;
        };
        if !n.whole() {
            continue;
        }
        found.push(
            Quantity::new(QuantityKind::Money, h.start, n.span.end)
                .value(tidy(n.p.value * factor))
                .unit(code),
        );
    }
    // the number, an optional space, a currency word or code
    for n in &cx.nums {
        let at = cx.opt_sp(n.span.end);
        let Some((h, (code, factor))) = cx.hit_with(at, |h| currency(cx, h, false)) else {
            continue;
        };
        if !n.whole() || !h.bounded {
            continue;
        }
        found.push(
            Quantity::new(QuantityKind::Money, n.span.start, h.end)
                .value(tidy(n.p.value * factor))
                .unit(code),
        );
    }
    for q in found {
        cx.push(q);
    }
}

fn is_upper(s: &str) -> bool {
    s.chars().all(|c| !c.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use crate::quantities::QuantityKind;

    fn money(text: &str) -> Vec<(f64, String)> {
        crate::quantities::test_instance()
            .find(text)
            .into_iter()
            .filter(|q| q.kind == QuantityKind::Money)
            .map(|q| (q.value.unwrap(), q.unit.unwrap()))
            .collect()
    }

    #[test]
    fn symbols_words_and_codes() {
        assert_eq!(money("cost $412 million"), [(412e6, "USD".into())]);
        assert_eq!(money("a £3bn plan"), [(3e9, "GBP".into())]);
        assert_eq!(money("40 million euros"), [(40e6, "EUR".into())]);
        assert_eq!(money("EUR 5m"), [(5e6, "EUR".into())]);
        assert_eq!(money("42 cents"), [(0.42, "USD".into())]);
        assert_eq!(money("US$5"), [(5.0, "USD".into())]);
    }

    #[test]
    fn codes_only_in_capitals() {
        assert!(money("we try 5 times").is_empty());
    }
}
