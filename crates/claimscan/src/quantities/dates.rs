//! Dates: calendar dates, years, relative dates, weekdays and times.
//!
//! - month and day: "Jan. 5" → XXXX-01-05 (relative), "March 5, 2024" → 2024-03-05, "5 March
//!   2024", "the 5th of March";
//! - month: "next March" → XXXX-03 (relative), "March 2024" → 2024-03, "in March" (a bare
//!   month needs a preposition, a modifier or a year, and a capital: "may" and "march" are
//!   words too);
//! - years: "1998" (1800–2099; a bare year is a date, not a count), "mid-2024", "early 2026", "the 1990s" →
//!   199X;
//! - relative: "last year" → -1 years, "next week" → 1 weeks, "three years ago" and "three
//!   years earlier" → -3 years,
//!   "yesterday" → -1 days, "next spring" → XXXX-SP;
//! - weekdays: "on Monday" → XXXX-WXX-1; times: "3 p.m." → T15:00, "10:30", "noon";
//! - ISO dates: "2024-03-05".
//!
//! `value` is the year when one is written, the signed offset for relative dates; `relative` is
//! true when no year is written.

use super::lexicons::{CalClass, UnitKind};
use super::scan::{Ctx, Hit};
use super::{Quantity, QuantityKind};

/// The calendar class and value of a whole-word form.
fn cal(cx: &Ctx<'_>, h: &Hit) -> Option<(CalClass, &'static str)> {
    cx.lex.calendar.get(h.form).copied().filter(|_| h.bounded)
}

/// A month written at `h` (capitalised: "may" and "march" are words too): its number and end,
/// an abbreviation with its full stop ("Jan.").
fn month(cx: &Ctx<'_>, h: &Hit) -> Option<(u32, usize)> {
    let (CalClass::Month, v) = cal(cx, h)? else {
        return None;
    };
    if !cx.capitalised(h.start) {
        return None;
    }
    let n: u32 = v.parse().ok()?;
    // an abbreviation is a month form that a longer form of the same month starts with
    let abbr = cx.lex.calendar.iter().any(|(o, (c, ov))| {
        *c == CalClass::Month && o.len() > h.form.len() && o.starts_with(h.form) && *ov == v
    });
    let end = if abbr && cx.lower[h.end..].starts_with('.') {
        h.end + 1
    } else {
        h.end
    };
    Some((n, end))
}

/// A year after a month or season at `pos` (", 2024", " 2024", " of 2024" when `of`): the
/// year and its end.
fn year_after(cx: &Ctx<'_>, pos: usize, of: bool) -> Option<(i64, usize)> {
    if let Some((y, len)) = cx.shapes.year_tail(&cx.lower[pos..]) {
        return Some((y, pos + len));
    }
    if !of {
        return None;
    }
    let p = cx.sp(pos).and_then(|p| cx.word_at(p, "of"))?;
    if cx.lower[p..].starts_with(',') {
        return None;
    }
    let (y, len) = cx.shapes.year_tail(&cx.lower[p..])?;
    Some((y, p + len))
}

/// A day of the month at `pos`: the day and its end.
fn day_at(cx: &Ctx<'_>, pos: usize) -> Option<(u32, usize)> {
    if !cx.boundary_before(pos) {
        return None;
    }
    let (d, len) = cx.shapes.day(&cx.lower[pos..])?;
    Some((d, pos + len))
}

fn ymd(y: Option<i64>, month: u32, day: Option<u32>) -> String {
    let y = y.map_or("XXXX".to_string(), |y| format!("{y:04}"));
    match day {
        Some(d) => format!("{y}-{month:02}-{d:02}"),
        None => format!("{y}-{month:02}"),
    }
}

pub fn find(cx: &mut Ctx<'_>) {
    let mut found = Vec::new();
    months(cx, &mut found);
    digit_dates(cx, &mut found);
    relative(cx, &mut found);
    for q in found {
        cx.push(q);
    }
}

/// "Jan. 5", "March 5, 2024", "5 March 2024", "the 5th of March", "next March", "March 2024",
/// "in March", "mid-March", weekdays, seasons with a year.
fn months(cx: &Ctx<'_>, found: &mut Vec<Quantity>) {
    for h in &cx.hits {
        if let Some((m, end)) = month(cx, h) {
            // month, day (, year)
            if let Some((d, d_end)) = cx.sp(end).and_then(|p| day_at(cx, p)) {
                if (1..=31).contains(&d) {
                    let y = year_after(cx, d_end, false);
                    let e = y.map_or(d_end, |y| y.1);
                    found.push(date_q(
                        h.start,
                        e,
                        y.map(|y| y.0),
                        ymd(y.map(|y| y.0), m, Some(d)),
                    ));
                }
            }
            // day (of) month (, year)
            if let Some(day) = day_before_month(cx, h.start) {
                let (d, d_start) = day;
                if (1..=31).contains(&d) {
                    let y = year_after(cx, end, false);
                    let e = y.map_or(end, |y| y.1);
                    found.push(date_q(
                        d_start,
                        e,
                        y.map(|y| y.0),
                        ymd(y.map(|y| y.0), m, Some(d)),
                    ));
                }
            }
            // a month alone: needs a modifier, a preposition or a year
            let y = year_after(cx, end, true);
            let pre = cx.sp_before(h.start).and_then(|p| {
                cx.hits_ending_at(p).find_map(|ph| match cal(cx, ph) {
                    Some((CalClass::Modifier, _)) => Some((ph.start, true)),
                    Some((CalClass::Prep, v)) if v.split(' ').any(|x| x == "date") => {
                        Some((ph.start, matches!(ph.form, "early" | "late")))
                    }
                    _ => None,
                })
            });
            let mid = h
                .start
                .checked_sub(4)
                .filter(|&s| cx.lower.is_char_boundary(s) && &cx.lower[s..h.start] == "mid-")
                .filter(|&s| cx.boundary_before(s));
            if y.is_none() && pre.is_none() && mid.is_none() {
                continue;
            }
            let start = pre.filter(|p| p.1).map(|p| p.0).or(mid).unwrap_or(h.start);
            let e = y.map_or(end, |y| y.1);
            found.push(date_q(
                start,
                e,
                y.map(|y| y.0),
                ymd(y.map(|y| y.0), m, None),
            ));
            continue;
        }
        match cal(cx, h) {
            // "on Monday", "next Friday"
            Some((CalClass::Weekday, v)) if cx.capitalised(h.start) => {
                let start = modifier_before(cx, h.start).unwrap_or(h.start);
                let mut q = Quantity::new(QuantityKind::Date, start, h.end);
                q.date = Some(format!("XXXX-WXX-{v}"));
                q.relative = true;
                found.push(q);
            }
            // "summer 2024", "spring of 2025"
            Some((CalClass::Season, code)) => {
                if let Some((y, e)) =
                    year_after(cx, h.end, true).filter(|_| !cx.lower[h.end..].starts_with(','))
                {
                    found.push(date_q(h.start, e, Some(y), format!("{y:04}-{code}")));
                }
            }
            // "yesterday", "today"
            Some((CalClass::Day, v)) => {
                let mut q = Quantity::new(QuantityKind::Date, h.start, h.end)
                    .value(crate::decimal::parse_f64(v).unwrap_or(0.0))
                    .unit("days");
                q.relative = true;
                found.push(q);
            }
            // "noon", "midnight"
            Some((CalClass::Time, v)) => {
                let mut q = Quantity::new(QuantityKind::Date, h.start, h.end);
                q.date = Some(format!("T{v}"));
                q.relative = true;
                found.push(q);
            }
            _ => {}
        }
    }
}

/// A calendar modifier ("next", "last") one space before `pos`: its start.
fn modifier_before(cx: &Ctx<'_>, pos: usize) -> Option<usize> {
    let p = cx.sp_before(pos)?;
    cx.hits_ending_at(p)
        .find(|h| matches!(cal(cx, h), Some((CalClass::Modifier, _))))
        .map(|h| h.start)
}

/// The day before a month at `m` ("5 March", "5th of March"): the day and its start.
fn day_before_month(cx: &Ctx<'_>, m: usize) -> Option<(u32, usize)> {
    let mut p = cx.sp_before(m)?;
    if let Some(of) = cx.word_ending_at(p, "of") {
        p = cx.sp_before(of)?;
    }
    // the day's digits and ordinal suffix end at `p`
    let word_start = cx.lower[..p]
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_ascii_alphanumeric())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let (d, end) = day_at(cx, word_start)?;
    (end == p).then_some((d, word_start))
}

/// Years, decades, ISO dates and clock times, at the digits that start words.
fn digit_dates(cx: &Ctx<'_>, found: &mut Vec<Quantity>) {
    let b = cx.lower.as_bytes();
    for &i in &cx.digit_starts {
        let rest = &cx.lower[i..];
        // the shapes' first bytes, checked before the regexes run: a run of 4 digits (a year,
        // an ISO date), 1-2 digits with a colon, a space or a/p after them (a time)
        let run = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        let next = b.get(i + run).copied().unwrap_or(b' ');
        let year_like = run == 4;
        let time_like = run <= 2 && matches!(next, b':' | b' ' | b'a' | b'p' | 0xC2 | 0xE2);
        if !(year_like || time_like) {
            continue;
        }
        if let Some((y, decade, len)) = cx.shapes.year(rest).filter(|_| year_like) {
            let date = if decade {
                (y % 10 == 0).then(|| format!("{}X", y / 10))
            } else {
                Some(format!("{y:04}"))
            };
            if let Some(date) = date {
                // "mid-2024", and "early 2026", "late 2025", "mid 2027": the part of the year
                // belongs to the date's text (its value stays the year).
                let qualified = |w: &str| {
                    i.checked_sub(w.len())
                        .filter(|&s| cx.lower.is_char_boundary(s) && &cx.lower[s..i] == w)
                        .filter(|&s| cx.boundary_before(s))
                };
                let start = ["mid-", "mid ", "early ", "late "]
                    .into_iter()
                    .find_map(qualified)
                    .unwrap_or(i);
                found.push(date_q(start, i + len, Some(y), date));
            }
        }
        if let Some((y, mo, d)) = cx.shapes.iso(rest).filter(|_| year_like && next == b'-') {
            if (1..=12).contains(&mo) && (1..=31).contains(&d) {
                found.push(date_q(i, i + 10, Some(y), rest[..10].to_string()));
            }
        }
        if let Some(t) = cx.shapes.time(rest).filter(|_| time_like) {
            if t.pm.is_none() && t.minute.is_none() {
                continue;
            }
            let mi = t.minute.unwrap_or(0);
            let h = match t.pm {
                Some(true) if (1..12).contains(&t.hour) => t.hour + 12,
                Some(false) if t.hour == 12 => 0,
                Some(_) if !(1..=12).contains(&t.hour) => continue,
                _ => t.hour,
            };
            if h > 23 || mi > 59 {
                continue;
            }
            let mut q = Quantity::new(QuantityKind::Date, i, i + t.len);
            q.date = Some(format!("T{h:02}:{mi:02}"));
            q.relative = true;
            found.push(q);
        }
    }
}

/// "last year", "next spring", "three years ago", "a decade earlier".
fn relative(cx: &Ctx<'_>, found: &mut Vec<Quantity>) {
    for h in &cx.hits {
        match cal(cx, h) {
            Some((CalClass::Modifier, offset)) => {
                let Some(p) = cx.sp(h.end) else { continue };
                let w = cx.hit_with(p, |w| match cal(cx, w) {
                    Some((c @ (CalClass::Period | CalClass::Season), v)) => Some((c, v)),
                    _ => None,
                });
                let Some((w, (class, v))) = w else { continue };
                let mut q = Quantity::new(QuantityKind::Date, h.start, w.end);
                q.relative = true;
                if class == CalClass::Period {
                    q.value = Some(crate::decimal::parse_f64(offset).unwrap_or(0.0));
                    q.unit = Some(v.to_string());
                } else {
                    q.date = Some(format!("XXXX-{v}"));
                }
                found.push(q);
            }
            _ => {
                // a time unit, then "ago" or "earlier"
                let Some(&(unit, UnitKind::Duration)) = cx.lex.units.get(h.form) else {
                    continue;
                };
                if !h.bounded {
                    continue;
                }
                let after = cx.sp(h.end);
                let end =
                    after.and_then(|p| cx.word_at(p, "ago").or_else(|| cx.word_at(p, "earlier")));
                let Some(end) = end else { continue };
                let Some(before) = cx.sp_before(h.start) else {
                    continue;
                };
                let amount = match cx.num_ending_at(before).filter(|n| n.whole()) {
                    Some(n) => Some((n.span.start, n.p.value)),
                    None => ["a", "an"]
                        .iter()
                        .find_map(|w| cx.word_ending_at(before, w))
                        .map(|s| (s, 1.0)),
                };
                let Some((start, n)) = amount else { continue };
                let mut q = Quantity::new(QuantityKind::Date, start, end)
                    .value(-n)
                    .unit(unit);
                q.relative = true;
                found.push(q);
            }
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
