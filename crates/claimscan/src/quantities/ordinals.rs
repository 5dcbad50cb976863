//! Ordinals: "1st", "22nd", "third", "twenty-first" → 1, 22, 3, 21.
//!
//! A date's day ("March 5th") belongs to the date; "a third of" is a fraction (`percent`).

use super::lexicons::{alternation, Lexicons, NumClass, B};
use super::{Ctx, Quantity, QuantityKind};
use regex_lite::Regex;

pub struct Ordinals {
    re: Regex,
}

impl Ordinals {
    pub fn new(lex: &Lexicons) -> Ordinals {
        let tens = alternation(lex.number_words(&[NumClass::Tens]), true);
        let ords = alternation(lex.number_words(&[NumClass::Ordinal]), true);
        Ordinals {
            re: Regex::new(&format!(
                "{B}(?P<d>[0-9]+)(?:st|nd|rd|th){B}|(?:(?P<t>{tens})[- ])?(?P<o>{ords})"
            ))
            .expect("ordinals"),
        }
    }

    pub fn find(&self, cx: &mut Ctx<'_>) {
        for c in self.re.captures_iter(cx.lower) {
            let whole = c.get(0).expect("match");
            let value = if let Some(d) = c.name("d") {
                let Ok(v) = d.as_str().parse::<f64>() else {
                    continue;
                };
                v
            } else {
                let t = c.name("t").map_or(0.0, |t| cx.lex.numbers[t.as_str()].1);
                let o = cx.lex.numbers[&c["o"]].1;
                if t > 0.0 && o >= 10.0 {
                    continue; // "twenty tenth"
                }
                t + o
            };
            cx.push(Quantity::new(QuantityKind::Ordinal, whole.start(), whole.end()).value(value));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::quantities::QuantityKind;

    fn ord(text: &str) -> Vec<f64> {
        crate::quantities::test_instance()
            .find(text)
            .into_iter()
            .filter(|q| q.kind == QuantityKind::Ordinal)
            .map(|q| q.value.unwrap())
            .collect()
    }

    #[test]
    fn digits_and_words() {
        assert_eq!(ord("the 1st and 22nd"), [1.0, 22.0]);
        assert_eq!(ord("the third time"), [3.0]);
        assert_eq!(ord("the twenty-first century"), [21.0]);
        assert!(ord("a third of them").is_empty());
    }
}
