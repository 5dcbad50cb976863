//! Dates: calendar dates, years, relative dates, weekdays and times.
//!
//! - month and day: "Jan. 5" → XXXX-01-05 (relative), "March 5, 2024" → 2024-03-05, "5 March
//!   2024", "the 5th of March";
//! - month: "next March" → XXXX-03 (relative), "March 2024" → 2024-03, "in March" (a bare
//!   month needs a preposition, a modifier or a year, and a capital: "may" and "march" are
//!   words too);
//! - years: "1998" (1800–2099; a bare year is a date, not a count), "mid-2024", "the 1990s" →
//!   199X;
//! - relative: "last year" → -1 years, "next week" → 1 weeks, "three years ago" and "three
//!   years earlier" → -3 years,
//!   "yesterday" → -1 days, "next spring" → XXXX-SP;
//! - weekdays: "on Monday" → XXXX-WXX-1; times: "3 p.m." → T15:00, "10:30", "noon";
//! - ISO dates: "2024-03-05".
//!
//! `value` is the year when one is written, the signed offset for relative dates; `relative` is
//! true when no year is written.

use super::lexicons::{alternation, CalClass, Lexicons, UnitKind, B, SP};
use super::numbers::Numbers;
use super::{Ctx, Quantity, QuantityKind};
use regex_lite::Regex;

pub struct Dates {
    month_day: Regex,
    day_month: Regex,
    month: Regex,
    year: Regex,
    iso: Regex,
    relative: Regex,
    ago: Regex,
    day_word: Regex,
    weekday: Regex,
    season_year: Regex,
    time: Regex,
}

impl Dates {
    pub fn new(lex: &Lexicons, nums: &Numbers) -> Dates {
        let num = nums.fragment();
        // Abbreviations ("Jan", "Sept") may take a full stop, full names ("May") may not.
        let month_words = lex.calendar_words(CalClass::Month);
        let is_abbr = |w: &str| {
            let v = lex.calendar[w].1;
            month_words
                .iter()
                .any(|o| o.len() > w.len() && o.starts_with(w) && lex.calendar[o].1 == v)
        };
        let (abbr, full): (Vec<&str>, Vec<&str>) = month_words.iter().partition(|w| is_abbr(w));
        let months = format!(
            "(?:{}|{}\\.?)",
            alternation(full, true),
            alternation(abbr, true)
        );
        let weekdays = alternation(lex.calendar_words(CalClass::Weekday), true);
        let seasons = alternation(lex.calendar_words(CalClass::Season), true);
        let periods = alternation(lex.calendar_words(CalClass::Period), true);
        let modifiers = alternation(lex.calendar_words(CalClass::Modifier), true);
        let days = alternation(lex.calendar_words(CalClass::Day), true);
        let times = alternation(lex.calendar_words(CalClass::Time), true);
        let preps = alternation(lex.preps("date"), true);
        let tunits = alternation(lex.unit_forms(UnitKind::Duration), true);
        let year = "(?P<y>[0-9]{4})";
        let ord = "(?:st|nd|rd|th)?";
        let re = |s: String| Regex::new(&s).expect("date pattern");
        Dates {
            month_day: re(format!(
                "(?P<m>{months}){SP}(?P<d>[0-9]{{1,2}}){ord}{B}(?:,?{SP}{year}{B})?"
            )),
            day_month: re(format!(
                "{B}(?P<d>[0-9]{{1,2}}){ord}{SP}(?:of{SP})?(?P<m>{months})(?:,?{SP}{year}{B})?"
            )),
            month: re(format!(
                "(?:(?P<pre>{modifiers}|{preps}){SP}|(?P<mid>{B}mid-))?(?P<m>{months})(?:,?{SP}(?:of{SP})?{year}{B})?"
            )),
            year: re(format!(
                "(?:(?P<mid>{B}mid-)|{B})(?P<y>1[89][0-9]{{2}}|20[0-9]{{2}})(?P<s>s)?{B}"
            )),
            iso: re(format!(
                "{B}(?P<y>[0-9]{{4}})-(?P<mo>[0-9]{{2}})-(?P<d>[0-9]{{2}}){B}"
            )),
            relative: re(format!(
                "(?P<mod>{modifiers}){SP}(?P<w>{periods}|{seasons})"
            )),
            ago: re(format!(
                "(?P<num>{num}|{B}an?{B}){SP}(?P<u>{tunits}){SP}(?:ago|earlier){B}"
            )),
            day_word: re(days),
            weekday: re(format!("(?:(?P<mod>{modifiers}){SP})?(?P<w>{weekdays})")),
            season_year: re(format!("(?P<s>{seasons}){SP}(?:of{SP})?{year}{B}")),
            time: re(format!(
                "{B}(?P<h>[0-9]{{1,2}})(?::(?P<mi>[0-9]{{2}}))?{SP}?(?P<ap>a\\.m\\.|p\\.m\\.|am{B}|pm{B})|{B}(?P<h2>[0-9]{{1,2}}):(?P<mi2>[0-9]{{2}}){B}|(?P<named>{times})"
            )),
        }
    }

    fn cal(&self, cx: &Ctx<'_>, w: &str) -> &'static str {
        let w = w.trim_end_matches('.');
        cx.lex.calendar.get(w).map_or("", |(_, v)| *v)
    }

    pub fn find(&self, cx: &mut Ctx<'_>) {
        let lower = cx.lower;
        let year_of = |c: &regex_lite::Captures<'_>| -> Option<i64> {
            c.name("y").and_then(|y| y.as_str().parse().ok())
        };
        // month + day (+ year), day + month (+ year)
        for re in [&self.month_day, &self.day_month] {
            for c in re.captures_iter(lower) {
                let m = c.name("m").expect("group");
                if !cx.capitalised(m.start()) {
                    continue;
                }
                let month: u32 = self.cal(cx, m.as_str()).parse().unwrap_or(0);
                let day: u32 = c["d"].parse().unwrap_or(0);
                if !(1..=31).contains(&day) || month == 0 {
                    continue;
                }
                let whole = c.get(0).expect("match");
                let y = year_of(&c);
                let date = match y {
                    Some(y) => format!("{y:04}-{month:02}-{day:02}"),
                    None => format!("XXXX-{month:02}-{day:02}"),
                };
                cx.push(date_q(whole.start(), whole.end(), y, date));
            }
        }
        // a month alone: needs a modifier, a preposition or a year
        for c in self.month.captures_iter(lower) {
            let m = c.name("m").expect("group");
            if !cx.capitalised(m.start()) {
                continue;
            }
            let y = year_of(&c);
            let pre = c.name("pre");
            let modifier = pre.filter(|p| {
                matches!(
                    cx.lex.calendar.get(p.as_str()),
                    Some((CalClass::Modifier, _))
                ) || matches!(p.as_str(), "early" | "late")
            });
            if y.is_none() && pre.is_none() && c.name("mid").is_none() {
                continue;
            }
            let start = modifier.or(c.name("mid")).unwrap_or(m).start();
            let month: u32 = self.cal(cx, m.as_str()).parse().unwrap_or(0);
            let date = match y {
                Some(y) => format!("{y:04}-{month:02}"),
                None => format!("XXXX-{month:02}"),
            };
            cx.push(date_q(start, c.get(0).expect("match").end(), y, date));
        }
        for c in self.year.captures_iter(lower) {
            let whole = c.get(0).expect("match");
            let y: i64 = c["y"].parse().unwrap_or(0);
            let date = if c.name("s").is_some() {
                if y % 10 != 0 {
                    continue;
                }
                format!("{}X", y / 10)
            } else {
                format!("{y:04}")
            };
            cx.push(date_q(whole.start(), whole.end(), Some(y), date));
        }
        for c in self.iso.captures_iter(lower) {
            let whole = c.get(0).expect("match");
            let (mo, d): (u32, u32) = (c["mo"].parse().unwrap_or(0), c["d"].parse().unwrap_or(0));
            if !(1..=12).contains(&mo) || !(1..=31).contains(&d) {
                continue;
            }
            let y: i64 = c["y"].parse().unwrap_or(0);
            cx.push(date_q(
                whole.start(),
                whole.end(),
                Some(y),
                whole.as_str().to_string(),
            ));
        }
        for c in self.relative.captures_iter(lower) {
            let whole = c.get(0).expect("match");
            let offset: f64 = self.cal(cx, &c["mod"]).parse().unwrap_or(0.0);
            let w = &c["w"];
            let mut q = Quantity::new(QuantityKind::Date, whole.start(), whole.end());
            q.relative = true;
            match cx.lex.calendar.get(w) {
                Some((CalClass::Period, unit)) => {
                    q.value = Some(offset);
                    q.unit = Some(unit.to_string());
                }
                Some((CalClass::Season, code)) => q.date = Some(format!("XXXX-{code}")),
                _ => continue,
            }
            cx.push(q);
        }
        for c in self.ago.captures_iter(lower) {
            let (num, u) = (c.name("num").expect("group"), c.name("u").expect("group"));
            let n = if matches!(num.as_str(), "a" | "an") {
                1.0
            } else {
                match cx.whole_number(num) {
                    Some(p) => p.value,
                    None => continue,
                }
            };
            let Some(&(unit, _)) = cx.lex.units.get(u.as_str()) else {
                continue;
            };
            let whole = c.get(0).expect("match");
            let mut q = Quantity::new(QuantityKind::Date, num.start(), whole.end())
                .value(-n)
                .unit(unit);
            q.relative = true;
            cx.push(q);
        }
        for m in self.day_word.find_iter(lower) {
            let offset: f64 = self.cal(cx, m.as_str()).parse().unwrap_or(0.0);
            let mut q = Quantity::new(QuantityKind::Date, m.start(), m.end())
                .value(offset)
                .unit("days");
            q.relative = true;
            cx.push(q);
        }
        for c in self.weekday.captures_iter(lower) {
            let w = c.name("w").expect("group");
            if !cx.capitalised(w.start()) {
                continue;
            }
            let start = c.name("mod").unwrap_or(w).start();
            let mut q = Quantity::new(QuantityKind::Date, start, w.end());
            q.date = Some(format!("XXXX-WXX-{}", self.cal(cx, w.as_str())));
            q.relative = true;
            cx.push(q);
        }
        for c in self.season_year.captures_iter(lower) {
            let whole = c.get(0).expect("match");
            let y = year_of(&c);
            let code = self.cal(cx, &c["s"]);
            let date = format!("{:04}-{code}", y.unwrap_or(0));
            cx.push(date_q(whole.start(), whole.end(), y, date));
        }
        for c in self.time.captures_iter(lower) {
            let whole = c.get(0).expect("match");
            let time = if let Some(named) = c.name("named") {
                self.cal(cx, named.as_str()).to_string()
            } else {
                let h: u32 = c
                    .name("h")
                    .or(c.name("h2"))
                    .map_or(99, |h| h.as_str().parse().unwrap_or(99));
                let mi: u32 = c
                    .name("mi")
                    .or(c.name("mi2"))
                    .map_or(0, |m| m.as_str().parse().unwrap_or(99));
                let h = match c.name("ap").map(|a| a.as_str().starts_with('p')) {
                    Some(true) if (1..12).contains(&h) => h + 12,
                    Some(false) if h == 12 => 0,
                    Some(_) if !(1..=12).contains(&h) => continue,
                    _ => h,
                };
                if h > 23 || mi > 59 {
                    continue;
                }
                format!("{h:02}:{mi:02}")
            };
            let mut q = Quantity::new(QuantityKind::Date, whole.start(), whole.end());
            q.date = Some(format!("T{time}"));
            q.relative = true;
            cx.push(q);
        }
    }
}

fn date_q(start: usize, end: usize, year: Option<i64>, date: String) -> Quantity {
    let mut q = Quantity::new(QuantityKind::Date, start, end);
    q.value = year.map(|y| y as f64);
    q.relative = year.is_none();
    q.date = Some(date);
    q
}

#[cfg(test)]
mod tests {
    use crate::quantities::QuantityKind;

    /// (text, date or unit, value, relative) of every date.
    fn dates(text: &str) -> Vec<(String, String, Option<f64>, bool)> {
        crate::quantities::test_instance()
            .find(text)
            .into_iter()
            .filter(|q| q.kind == QuantityKind::Date)
            .map(|q| {
                let norm = q.date.clone().or(q.unit.clone()).unwrap_or_default();
                (q.span.of(text).to_string(), norm, q.value, q.relative)
            })
            .collect()
    }

    #[test]
    fn calendar_dates() {
        assert_eq!(
            dates("on Jan. 5")[0],
            ("Jan. 5".into(), "XXXX-01-05".into(), None, true)
        );
        assert_eq!(dates("March 5, 2024")[0].1, "2024-03-05");
        assert_eq!(dates("the 5th of March 2024")[0].1, "2024-03-05");
        assert_eq!(
            dates("by next March")[0],
            ("next March".into(), "XXXX-03".into(), None, true)
        );
        assert_eq!(dates("in March")[0].0, "March");
        assert!(dates("you may march").is_empty());
        assert!(dates("May I?").is_empty());
        assert_eq!(dates("on the 5th of May.")[0].0, "5th of May");
    }

    #[test]
    fn years_and_relative_dates() {
        assert_eq!(
            dates("since 1998")[0],
            ("1998".into(), "1998".into(), Some(1998.0), false)
        );
        assert_eq!(dates("in the 1990s")[0].1, "199X");
        assert_eq!(
            dates("last year")[0],
            ("last year".into(), "years".into(), Some(-1.0), true)
        );
        assert_eq!(dates("three years ago")[0].2, Some(-3.0));
        assert_eq!(dates("yesterday")[0].2, Some(-1.0));
        assert_eq!(dates("on Monday")[0].1, "XXXX-WXX-1");
    }

    #[test]
    fn times() {
        assert_eq!(dates("at 3 p.m.")[0].1, "T15:00");
        assert_eq!(dates("at 10:30")[0].1, "T10:30");
        assert_eq!(dates("at 12am")[0].1, "T00:00");
        assert_eq!(dates("at noon")[0].1, "T12:00");
    }
}
