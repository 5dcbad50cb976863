//! Ranges: two numbers with the unit of the whole.
//!
//! "between 3 and 5 metres" → 3..5 metres; "from 10 to 12"; "3-5"; "10-12%" → percent;
//! "$3-5 billion" → 3e9..5e9 USD; "3 to 5 million" → 3e6..5e6 (a scale on the high end covers
//! the low end when that keeps the order); "1998-2001"; "2019-20" → 2019..2020. A "range" whose low end is not below its
//! high end ("won 3-1") is no range.

use super::lexicons::{CurrencyType, UnitKind};
use super::numbers::tidy;
use super::scan::{Ctx, Num};
use super::{counts, Quantity, QuantityKind};

/// One end of a range: an optional currency symbol, the number, (low end only) a percent unit.
struct End {
    num: Num,
    /// The currency symbol's ISO code.
    cur: Option<&'static str>,
    /// Where the end (with its percent unit) stops.
    end: usize,
    percent: bool,
}

fn end_at(cx: &Ctx<'_>, pos: usize, low: bool) -> Option<End> {
    let sym = cx.hit_with(pos, |h| match cx.lex.currencies.get(h.form) {
        Some(&(code, _, CurrencyType::Symbol))
            if h.bounded || !h.form.starts_with(|c: char| c.is_ascii_alphanumeric()) =>
        {
            Some(code)
        }
        _ => None,
    });
    let at = sym.map_or(pos, |(h, _)| cx.opt_sp(h.end));
    let num = cx.number_at(at).filter(|n| n.whole())?;
    let mut end = num.span.end;
    let mut percent = false;
    if low {
        let pct = cx.hit_with(cx.opt_sp(end), |h| {
            matches!(cx.lex.units.get(h.form), Some((_, UnitKind::Percent))).then_some(())
        });
        if let Some((h, ())) = pct {
            end = h.end;
            percent = true;
        }
    }
    Some(End {
        num,
        cur: sym.map(|s| s.1),
        end,
        percent,
    })
}

/// The separators of the bare range: a dash with optional spaces, or " to ".
fn dash_or_to(cx: &Ctx<'_>, pos: usize) -> Option<usize> {
    let p = cx.opt_sp(pos);
    if let Some(c) = cx.lower[p..]
        .chars()
        .next()
        .filter(|c| matches!(c, '-' | '–' | '—'))
    {
        return Some(cx.opt_sp(p + c.len_utf8()));
    }
    let p = cx.sp(pos)?;
    cx.sp(cx.word_at(p, "to")?)
}

/// "between 3 and 5 metres", "from 10 to 12", "3-5", "10-12%", "$3-5 billion", "3 to 5 million".
pub fn find(cx: &mut Ctx<'_>) {
    let mut found = Vec::new();
    for h in &cx.hits {
        let word = match h.form {
            "between" => "and",
            "from" => "to",
            _ => continue,
        };
        let Some(lo) = cx.sp(h.end).and_then(|p| end_at(cx, p, true)) else {
            continue;
        };
        let hi_at = cx
            .sp(lo.end)
            .and_then(|p| cx.word_at(p, word))
            .and_then(|p| cx.sp(p));
        let Some(hi) = hi_at.and_then(|p| end_at(cx, p, false)) else {
            continue;
        };
        found.extend(range(cx, h.start, &lo, &hi));
    }
    // the bare range starts at a number or at a currency symbol
    let mut starts: Vec<usize> = cx.nums.iter().map(|n| n.span.start).collect();
    starts.extend(
        cx.hits
            .iter()
            .filter(|h| {
                matches!(
                    cx.lex.currencies.get(h.form),
                    Some((_, _, CurrencyType::Symbol))
                )
            })
            .map(|h| h.start),
    );
    for s in starts {
        let Some(lo) = end_at(cx, s, true) else {
            continue;
        };
        let Some(hi) = dash_or_to(cx, lo.end).and_then(|p| end_at(cx, p, false)) else {
            continue;
        };
        found.extend(range(cx, s, &lo, &hi));
    }
    for q in found {
        cx.push(q);
    }
}

/// The range from `start` over `lo` and `hi`, with the unit of its tail, if it is one.
fn range(cx: &Ctx<'_>, start: usize, lo: &End, hi: &End) -> Option<Quantity> {
    let (lo_n, hi_n) = (&lo.num, &hi.num);
    let mut low = lo_n.p.value;
    let mut high = hi_n.p.value;
    let hi_text = &cx.lower[hi_n.span.start..hi_n.span.end];
    if (1800.0..2100.0).contains(&low)
        && hi_text.len() == 2
        && hi_text.bytes().all(|b| b.is_ascii_digit())
    {
        // "2019-20": a two-digit year after a full one
        high += low - low % 100.0;
    }
    if lo_n.p.scale == 1.0 && hi_n.p.scale > 1.0 && low * hi_n.p.scale < high {
        low = tidy(low * hi_n.p.scale);
    }
    let lo_text = &cx.lower[lo_n.span.start..];
    if low >= high || low < 0.0 && !lo_text.starts_with('-') {
        return None;
    }
    let mut end = hi_n.span.end;
    let mut unit: Option<String> = None;
    let mut factor = 1.0;
    // the tail: a unit or currency word (straight after or after a space), or a counted noun
    let tail = [end, cx.opt_sp(end)].into_iter().find_map(|p| {
        cx.hit_with(p, |h| {
            if let Some(&(code, f, CurrencyType::Word)) = cx.lex.currencies.get(h.form) {
                return Some((Some(code), f, None));
            }
            cx.lex.units.get(h.form).map(|u| (None, 1.0, Some(u.0)))
        })
    });
    if let Some((h, (code, f, u))) = tail {
        end = h.end;
        factor = f;
        unit = code.or(u).map(str::to_string);
    } else if let Some(p) = cx.sp(end) {
        let w_end = p + cx.lower[p..]
            .find(|c: char| !c.is_ascii_lowercase())
            .unwrap_or(cx.lower.len() - p);
        if w_end > p && cx.boundary_after(w_end) && counts::is_count_noun(cx, &cx.lower[p..w_end]) {
            unit = Some(cx.text[p..w_end].to_string());
            end = w_end;
        }
    }
    if let Some(code) = lo.cur.or(hi.cur) {
        unit = Some(code.into());
    }
    if unit.is_none() && lo.percent {
        // "10%-12%": the low end's own percent sign
        unit = Some("percent".into());
    }
    let mut q = Quantity::new(QuantityKind::Range, start, end);
    q.low = Some(tidy(low * factor));
    q.high = Some(tidy(high * factor));
    q.unit = unit;
    Some(q)
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
