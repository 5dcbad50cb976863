//! Measures: a number with a measure unit, the unit in its canonical spelling.
//!
//! "3 km" and "three kilometers" → 3 kilometres; "5,000 hectares"; "-5°C" → -5 degrees celsius;
//! "a 120-metre bridge" → 120 metres.

use super::lexicons::{alternation, Lexicons, UnitKind, SP};
use super::numbers::Numbers;
use super::{Ctx, Quantity, QuantityKind};
use regex_lite::Regex;

pub struct Measures {
    re: Regex,
}

impl Measures {
    pub fn new(lex: &Lexicons, nums: &Numbers) -> Measures {
        let num = nums.fragment();
        let units = alternation(lex.unit_forms(UnitKind::Measure), false);
        Measures {
            re: Regex::new(&format!("(?P<num>{num})(?:{SP}?|-)(?P<u>{units})")).expect("measures"),
        }
    }

    pub fn find(&self, cx: &mut Ctx<'_>) {
        for c in self.re.captures_iter(cx.lower) {
            let (num, u) = (c.name("num").expect("group"), c.name("u").expect("group"));
            let Some(p) = cx.whole_number(num) else {
                continue;
            };
            let Some(&(unit, _)) = cx.lex.units.get(u.as_str()) else {
                continue;
            };
            cx.push(
                Quantity::new(QuantityKind::Measure, num.start(), u.end())
                    .value(p.value)
                    .unit(unit),
            );
        }
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
