//! Money: a currency symbol, word or ISO code with a number.
//!
//! "$412 million" → 412000000 USD; "40 million euros" → 40000000 EUR; "£3bn" → 3e9 GBP;
//! "EUR 5m" → 5e6 EUR; "42 cents" → 0.42 USD. ISO codes count only in capitals ("try 5" is no
//! Turkish lira).

use super::lexicons::{alternation, CurrencyType, Lexicons, SP};
use super::numbers::{tidy, Numbers};
use super::{Ctx, Quantity, QuantityKind};
use regex_lite::Regex;

pub struct Money {
    /// Symbol or code, then the number: "$412 million", "EUR 40m".
    before: Regex,
    /// The number, then a currency word or code: "40 million euros", "5bn USD".
    after: Regex,
}

impl Money {
    pub fn new(lex: &Lexicons, nums: &Numbers) -> Money {
        let num = nums.fragment();
        let sym = alternation(lex.currency_forms(CurrencyType::Symbol), true);
        let code = alternation(lex.currency_forms(CurrencyType::Code), true);
        let word = alternation(lex.currency_forms(CurrencyType::Word), true);
        let before = format!("(?P<cur>{sym}|{code}){SP}?(?P<num>{num})");
        let after = format!("(?P<num>{num}){SP}?(?P<cur>{word}|{code})");
        Money {
            before: Regex::new(&before).expect("money pattern"),
            after: Regex::new(&after).expect("money pattern"),
        }
    }

    pub fn find(&self, cx: &mut Ctx<'_>) {
        let lower = cx.lower;
        for c in self.before.captures_iter(lower) {
            let (cur, num) = (&c["cur"], c.name("num").expect("group"));
            let cur_start = c.get(0).expect("match").start();
            let Some(&(code, factor, t)) = cx.lex.currencies.get(cur) else {
                continue;
            };
            if t == CurrencyType::Code && !is_upper(&cx.text[cur_start..cur_start + cur.len()]) {
                continue;
            }
            let Some((p, span)) = cx.number(num) else {
                continue;
            };
            if span.start != num.start() {
                continue;
            }
            cx.push(
                Quantity::new(QuantityKind::Money, cur_start, span.end)
                    .value(tidy(p.value * factor))
                    .unit(code),
            );
        }
        for c in self.after.captures_iter(lower) {
            let (num, cur) = (c.name("num").expect("group"), c.name("cur").expect("group"));
            let Some(&(code, factor, t)) = cx.lex.currencies.get(cur.as_str()) else {
                continue;
            };
            if t == CurrencyType::Code && !is_upper(&cx.text[cur.range()]) {
                continue;
            }
            let Some(p) = cx.whole_number(num) else {
                continue;
            };
            cx.push(
                Quantity::new(QuantityKind::Money, num.start(), cur.end())
                    .value(tidy(p.value * factor))
                    .unit(code),
            );
        }
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
