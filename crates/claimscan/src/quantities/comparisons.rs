//! Comparisons: phrases that compare, state a change or an extreme, with their direction.
//!
//! - phrases: "more than" (more), "fewer than" (less), "at least", "unchanged" (same);
//! - before a number only: "over 500", "nearly half", "up to 300" (the span is the phrase);
//! - changes: "doubled", "rose", "cut 1,200 jobs" (the verb; the amount is a quantity of its
//!   own), and a change up to a new level with its amount: "fell 42 cents to $3.10" → "fell 42
//!   cents to" (down, 0.42 USD), "rose 3% to" (up, 3 percent), then the level;
//! - superlatives: "the highest since", "the lowest level on record", "the biggest" (most /
//!   least).

use super::lexicons::{alternation, CompType, CurrencyType, Lexicons, NumClass, UnitKind, B, SP};
use super::numbers::{tidy, Numbers};
use super::{Ctx, Quantity, QuantityKind};
use regex_lite::Regex;

pub struct Comparisons {
    phrase: Regex,
    before_number: Regex,
    change: Regex,
    superlative: Regex,
}

impl Comparisons {
    pub fn new(lex: &Lexicons, nums: &Numbers) -> Comparisons {
        let num = nums.fragment();
        let phrases = alternation(
            lex.comparison_phrases(&[CompType::Phrase, CompType::Change]),
            true,
        );
        let numbered = alternation(lex.comparison_phrases(&[CompType::Number]), true);
        let changes = alternation(
            lex.comparison_phrases(&[CompType::Change, CompType::ChangeNumber]),
            true,
        );
        let sups = alternation(lex.comparison_phrases(&[CompType::Superlative]), true);
        let sym = alternation(lex.currency_forms(CurrencyType::Symbol), true);
        let mut starts = lex.number_words(&[NumClass::Unit, NumClass::Teen, NumClass::Tens]);
        starts.extend(lex.fractions.keys().copied());
        starts.extend([
            "a", "an", "half", "hundred", "thousand", "million", "billion", "dozen",
        ]);
        let starts = alternation(starts, true);
        let mut amount_units: Vec<&str> = lex.unit_forms(UnitKind::Percent);
        amount_units.extend(lex.unit_forms(UnitKind::Measure));
        amount_units.extend(lex.currency_forms(CurrencyType::Word));
        let amount_units = alternation(amount_units, false);
        let re = |s: String| Regex::new(&s).expect("comparison pattern");
        Comparisons {
            phrase: re(phrases),
            before_number: re(format!(
                "(?P<p>{numbered}){SP}(?:{sym}|{B}[0-9]|-[0-9]|{starts})"
            )),
            change: re(format!(
                "(?P<p>{changes})(?:{SP}(?:by|of))?{SP}(?P<cur>{sym})?(?P<num>{num})(?:{SP}?(?P<u>{amount_units}))?(?P<to>{SP}to{B})?"
            )),
            superlative: re(format!(
                "{B}the{SP}(?P<s>{sups})(?:(?:{SP}[a-z]+)?{SP}(?:since|ever|on{SP}record|in{SP}history){B})?"
            )),
        }
    }

    pub fn find(&self, cx: &mut Ctx<'_>) {
        let lower = cx.lower;
        for m in self.phrase.find_iter(lower) {
            let Some(&(dir, _)) = cx.lex.comparisons.get(m.as_str()) else {
                continue;
            };
            let mut q = Quantity::new(QuantityKind::Comparison, m.start(), m.end());
            q.direction = Some(dir);
            cx.push(q);
        }
        for c in self.before_number.captures_iter(lower) {
            let p = c.name("p").expect("group");
            let Some(&(dir, _)) = cx.lex.comparisons.get(p.as_str()) else {
                continue;
            };
            let mut q = Quantity::new(QuantityKind::Comparison, p.start(), p.end());
            q.direction = Some(dir);
            cx.push(q);
        }
        for c in self.change.captures_iter(lower) {
            let (p, num) = (c.name("p").expect("group"), c.name("num").expect("group"));
            let Some(&(dir, _)) = cx.lex.comparisons.get(p.as_str()) else {
                continue;
            };
            let Some(n) = cx.whole_number(num) else {
                continue;
            };
            let Some(to) = c.name("to") else {
                // "rose 9 per cent": the amount is a quantity of its own
                let mut q = Quantity::new(QuantityKind::Comparison, p.start(), p.end());
                q.direction = Some(dir);
                cx.push(q);
                continue;
            };
            // "fell 42 cents to $3.10": the change, up to the new level
            let mut value = n.value;
            let mut unit = None;
            if let Some(cur) = c.name("cur") {
                if let Some(&(code, f, _)) = cx.lex.currencies.get(cur.as_str()) {
                    unit = Some(code.to_string());
                    value *= f;
                }
            }
            if let Some(u) = c.name("u") {
                if let Some(&(code, f, _)) = cx.lex.currencies.get(u.as_str()) {
                    unit = Some(code.to_string());
                    value *= f;
                } else if let Some(&(canon, _)) = cx.lex.units.get(u.as_str()) {
                    unit = Some(canon.to_string());
                }
            }
            let mut q = Quantity::new(QuantityKind::Comparison, p.start(), to.end());
            q.value = Some(tidy(value));
            q.unit = unit;
            q.direction = Some(dir);
            cx.push(q);
        }
        for c in self.superlative.captures_iter(lower) {
            let Some(&(dir, _)) = cx.lex.comparisons.get(&c["s"]) else {
                continue;
            };
            let whole = c.get(0).expect("match");
            let mut q = Quantity::new(QuantityKind::Comparison, whole.start(), whole.end());
            q.direction = Some(dir);
            cx.push(q);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::quantities::{Direction, QuantityKind};

    fn cmp(text: &str) -> Vec<(String, Direction, Option<f64>, Option<String>)> {
        crate::quantities::test_instance()
            .find(text)
            .into_iter()
            .filter(|q| q.kind == QuantityKind::Comparison)
            .map(|q| {
                (
                    q.span.of(text).to_string(),
                    q.direction.unwrap(),
                    q.value,
                    q.unit,
                )
            })
            .collect()
    }

    #[test]
    fn phrases_changes_and_superlatives() {
        assert_eq!(cmp("more than 500 people")[0].0, "more than");
        assert_eq!(cmp("sales doubled")[0].1, Direction::Up);
        assert_eq!(
            cmp("the highest since 1998")[0],
            ("the highest since".into(), Direction::Most, None, None)
        );
        assert_eq!(
            cmp("shares fell 42 cents to $3.10")[0],
            (
                "fell 42 cents to".into(),
                Direction::Down,
                Some(0.42),
                Some("USD".into())
            )
        );
        assert_eq!(cmp("rose 3% to")[0].3.as_deref(), Some("percent"));
        assert_eq!(cmp("rose 9 per cent in May")[0].0, "rose");
        assert_eq!(cmp("will cut 1,200 jobs")[0].0, "cut");
        assert_eq!(cmp("over 500 homes")[0].0, "over");
        assert!(cmp("over the bridge").is_empty());
        assert!(cmp("it is up to them").is_empty());
    }
}
