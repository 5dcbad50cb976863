//! Ranges: two numbers with the unit of the whole.
//!
//! "between 3 and 5 metres" → 3..5 metres; "from 10 to 12"; "3-5"; "10-12%" → percent;
//! "$3-5 billion" → 3e9..5e9 USD; "3 to 5 million" → 3e6..5e6 (a scale on the high end covers
//! the low end when that keeps the order); "1998-2001"; "2019-20" → 2019..2020. A "range" whose low end is not below its
//! high end ("won 3-1") is no range.

use super::lexicons::{alternation, CurrencyType, Lexicons, UnitKind, B, SP};
use super::numbers::{tidy, Numbers};
use super::{counts, Ctx, Quantity, QuantityKind};
use regex_lite::Regex;

pub struct Ranges {
    res: Vec<Regex>,
}

impl Ranges {
    pub fn new(lex: &Lexicons, nums: &Numbers) -> Ranges {
        let num = nums.fragment();
        let sym = alternation(lex.currency_forms(CurrencyType::Symbol), true);
        let pct = alternation(lex.unit_forms(UnitKind::Percent), false);
        let mut tails: Vec<&str> = lex.units.keys().copied().collect();
        tails.extend(lex.currency_forms(CurrencyType::Word));
        let tails = alternation(tails, false);
        let lo = format!("(?:(?P<c1>{sym}){SP}?)?(?P<lo>{num})(?:{SP}?{pct})?");
        let hi = format!("(?:(?P<c2>{sym}){SP}?)?(?P<hi>{num})");
        let tail = format!("(?:{SP}?(?P<tail>{tails})|{SP}(?P<noun>[a-z]+){B})?");
        let re = |s: String| Regex::new(&s).expect("range pattern");
        Ranges {
            res: vec![
                re(format!("{B}between{SP}{lo}{SP}and{SP}{hi}{tail}")),
                re(format!("{B}from{SP}{lo}{SP}to{SP}{hi}{tail}")),
                re(format!("{lo}(?:{SP}?[-–—]{SP}?|{SP}to{SP}){hi}{tail}")),
            ],
        }
    }

    pub fn find(&self, cx: &mut Ctx<'_>) {
        for re in &self.res {
            for c in re.captures_iter(cx.lower) {
                let (lo_m, hi_m) = (c.name("lo").expect("group"), c.name("hi").expect("group"));
                let (Some(lo), Some(hi)) = (cx.whole_number(lo_m), cx.whole_number(hi_m)) else {
                    continue;
                };
                let mut low = lo.value;
                let mut high = hi.value;
                if (1800.0..2100.0).contains(&low)
                    && hi_m.as_str().len() == 2
                    && hi_m.as_str().bytes().all(|b| b.is_ascii_digit())
                {
                    // "2019-20": a two-digit year after a full one
                    high += low - low % 100.0;
                }
                if lo.scale == 1.0 && hi.scale > 1.0 && low * hi.scale < high {
                    low = tidy(low * hi.scale);
                }
                if low >= high || low < 0.0 && !lo_m.as_str().starts_with('-') {
                    continue;
                }
                let whole = c.get(0).expect("match");
                let mut end = whole.end();
                let mut unit: Option<String> = None;
                let mut factor = 1.0;
                if let Some(t) = c.name("tail") {
                    match cx.lex.currencies.get(t.as_str()) {
                        Some(&(code, f, _)) => {
                            unit = Some(code.into());
                            factor = f;
                        }
                        None => unit = cx.lex.units.get(t.as_str()).map(|u| u.0.to_string()),
                    }
                } else if let Some(n) = c.name("noun") {
                    if counts::is_count_noun(cx, n.as_str()) {
                        unit = Some(cx.text[n.range()].to_string());
                    } else {
                        end = hi_m.end();
                    }
                }
                if let Some(cur) = c.name("c1").or(c.name("c2")) {
                    if let Some(&(code, _, _)) = cx.lex.currencies.get(cur.as_str()) {
                        unit = Some(code.into());
                    }
                }
                if unit.is_none() && lo_m.end() < hi_m.start() {
                    // "10%-12%": the low end's own percent sign
                    let between = &cx.lower[lo_m.end()..hi_m.start()];
                    if between.contains('%') || between.contains("per") {
                        unit = Some("percent".into());
                    }
                }
                let mut q = Quantity::new(QuantityKind::Range, whole.start(), end);
                q.low = Some(tidy(low * factor));
                q.high = Some(tidy(high * factor));
                q.unit = unit;
                cx.push(q);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::quantities::QuantityKind;

    fn range(text: &str) -> Vec<(String, f64, f64, Option<String>)> {
        crate::quantities::test_instance()
            .find(text)
            .into_iter()
            .filter(|q| q.kind == QuantityKind::Range)
            .map(|q| {
                (
                    q.span.of(text).to_string(),
                    q.low.unwrap(),
                    q.high.unwrap(),
                    q.unit,
                )
            })
            .collect()
    }

    #[test]
    fn shapes() {
        assert_eq!(
            range("between 3 and 5 metres"),
            [(
                "between 3 and 5 metres".into(),
                3.0,
                5.0,
                Some("metres".into())
            )]
        );
        assert_eq!(range("from 10 to 12")[0].1, 10.0);
        assert_eq!(range("3-5 days")[0].3.as_deref(), Some("days"));
        assert_eq!(
            range("$3-5 billion")[0],
            ("$3-5 billion".into(), 3e9, 5e9, Some("USD".into()))
        );
        assert_eq!(range("3 to 5 million")[0].1, 3e6);
        assert_eq!(range("10%-12%")[0].3.as_deref(), Some("percent"));
        assert!(range("won 3-1").is_empty());
        assert_eq!(range("the 2019-20 season")[0].2, 2020.0);
    }
}
