//! Percentages and proportions.
//!
//! "9%", "9 per cent", "9 percent" → 9 percent; "2 percentage points" → 2 percentage points;
//! fractions before "of": "a third of" → 33.33 percent, "two-thirds of" → 66.67, "half of" →
//! 50 (the span leaves out "of"); "one in five" → 20 percent.

use super::lexicons::{alternation, Lexicons, NumClass, UnitKind, B, SP};
use super::numbers::{tidy, Numbers};
use super::{Ctx, Quantity, QuantityKind};
use regex_lite::Regex;

pub struct Percent {
    /// A number with a percent unit: "9%", "9 per cent".
    unit: Regex,
    /// A spoken fraction before "of": "a third of", "two-thirds of", "half of".
    fraction: Regex,
    /// "one in five".
    one_in: Regex,
}

impl Percent {
    pub fn new(lex: &Lexicons, nums: &Numbers) -> Percent {
        let num = nums.fragment();
        let pct = alternation(lex.unit_forms(UnitKind::Percent), false);
        let mut numerators = lex.number_words(&[NumClass::Unit, NumClass::Teen]);
        numerators.extend(["a", "an"]);
        let numerators = alternation(numerators, true);
        let fractions = alternation(lex.fractions.keys().copied(), true);
        Percent {
            unit: Regex::new(&format!("(?P<num>{num}){SP}?(?P<u>{pct})")).expect("percent"),
            fraction: Regex::new(&format!(
                "(?:(?P<n>{numerators})(?:{SP}|-))?(?P<d>{fractions}){SP}of{B}"
            ))
            .expect("fraction"),
            one_in: Regex::new(&format!("(?P<a>{num}){SP}in{SP}(?P<b>{num}){B}")).expect("one in"),
        }
    }

    pub fn find(&self, cx: &mut Ctx<'_>) {
        let lower = cx.lower;
        for c in self.unit.captures_iter(lower) {
            let (num, u) = (c.name("num").expect("group"), c.name("u").expect("group"));
            let Some(p) = cx.whole_number(num) else {
                continue;
            };
            let Some(&(unit, _)) = cx.lex.units.get(u.as_str()) else {
                continue;
            };
            cx.push(
                Quantity::new(QuantityKind::Percent, num.start(), u.end())
                    .value(p.value)
                    .unit(unit),
            );
        }
        for c in self.fraction.captures_iter(lower) {
            let d = c.name("d").expect("group");
            let den = cx.lex.fractions[d.as_str()];
            let (start, n) = match c.name("n") {
                Some(n) if matches!(n.as_str(), "a" | "an") => (n.start(), 1.0),
                Some(n) => (n.start(), cx.lex.numbers[n.as_str()].1),
                None if den == 2.0 => (d.start(), 1.0),
                None => continue,
            };
            cx.push(
                Quantity::new(QuantityKind::Percent, start, d.end())
                    .value(tidy(n / den * 100.0))
                    .unit("percent"),
            );
        }
        for c in self.one_in.captures_iter(lower) {
            let (a, b) = (c.name("a").expect("group"), c.name("b").expect("group"));
            let (Some(pa), Some(pb)) = (cx.whole_number(a), cx.whole_number(b)) else {
                continue;
            };
            if pa.value >= 1.0
                && pa.value < pb.value
                && pb.value <= 1000.0
                && pa.value.fract() == 0.0
            {
                cx.push(
                    Quantity::new(QuantityKind::Percent, a.start(), b.end())
                        .value(tidy(pa.value / pb.value * 100.0))
                        .unit("percent"),
                );
            }
        }
    }
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
