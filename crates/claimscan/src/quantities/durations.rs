//! Durations: a number with a time unit, with the preposition that makes it a span of time.
//!
//! "over three years" → 3 years; "for two weeks"; "the past five years" → 5 years; "the past
//! year" → 1 year; "an 18-month study" → 18 months; "two winters" → 2 winters (seasons are time
//! units). "three years ago" is a date (see `dates`).

use super::lexicons::{alternation, Lexicons, UnitKind, B, SP};
use super::numbers::Numbers;
use super::{Ctx, Quantity, QuantityKind};
use regex_lite::Regex;

pub struct Durations {
    re: Regex,
}

impl Durations {
    pub fn new(lex: &Lexicons, nums: &Numbers) -> Durations {
        let num = nums.fragment();
        let preps = alternation(lex.preps("duration"), true);
        let units = alternation(lex.unit_forms(UnitKind::Duration), true);
        let few = format!("{B}an?{B}|{B}several{B}|{B}a{SP}few{B}|{B}many{B}");
        Durations {
            re: Regex::new(&format!(
                "(?:(?P<prep>{preps}){SP})?(?:(?P<num>{num}|{few})(?:{SP}|-))?(?P<u>{units})"
            ))
            .expect("durations"),
        }
    }

    pub fn find(&self, cx: &mut Ctx<'_>) {
        for c in self.re.captures_iter(cx.lower) {
            let u = c.name("u").expect("group");
            let prep = c.name("prep");
            let Some(&(unit, _)) = cx.lex.units.get(u.as_str()) else {
                continue;
            };
            let value = match c.name("num") {
                Some(n) if matches!(n.as_str(), "a" | "an") => Some(1.0),
                Some(n)
                    if matches!(n.as_str(), "several" | "many") || n.as_str().ends_with("few") =>
                {
                    None
                }
                Some(n) => match cx.whole_number(n) {
                    Some(p) => Some(p.value),
                    None => continue,
                },
                // "the past year": only with a "the …" preposition
                None if prep.is_some_and(|p| p.as_str().starts_with("the")) => Some(1.0),
                None => continue,
            };
            // A number without a preposition only when it is a duration of its own ("two
            // winters"); "several years" needs one.
            if value.is_none() && prep.is_none() {
                continue;
            }
            let start = prep.or(c.name("num")).unwrap_or(u).start();
            let mut q = Quantity::new(QuantityKind::Duration, start, u.end()).unit(unit);
            q.value = value;
            cx.push(q);
        }
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
