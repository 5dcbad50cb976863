//! Comparisons: phrases that compare, state a change or an extreme, with their direction.
//!
//! - phrases: "more than" (more), "fewer than" (less), "at least", "unchanged" (same);
//! - before a number only: "over 500", "nearly half", "up to 300" (the span is the phrase);
//! - changes: "doubled", "rose", "cut 1,200 jobs" (the verb; the amount is a quantity of its
//!   own), and a change up to a new level with its amount: "fell 42 cents to $3.10" → "fell 42
//!   cents to" (down, 0.42 USD), "rose 3% to" (up, 3 percent), then the level;
//! - superlatives: "the highest since", "the lowest level on record", "the biggest" (most /
//!   least).

use super::lexicons::{CompType, CurrencyType, UnitKind};
use super::numbers::tidy;
use super::scan::{Ctx, Hit};
use super::{Direction, Quantity, QuantityKind};

/// The direction and type of a whole-word comparison form.
fn comparison(cx: &Ctx<'_>, h: &Hit) -> Option<(Direction, CompType)> {
    cx.lex
        .comparisons
        .get(h.form)
        .copied()
        .filter(|_| h.bounded)
}

pub fn find(cx: &mut Ctx<'_>) {
    let mut found = Vec::new();
    for h in &cx.hits {
        let Some((dir, t)) = comparison(cx, h) else {
            continue;
        };
        let mut push = |start: usize, end: usize, value: Option<f64>, unit: Option<String>| {
            let mut q = Quantity::new(QuantityKind::Comparison, start, end);
            q.direction = Some(dir);
            q.value = value;
            q.unit = unit;
            found.push(q);
        };
        match t {
            CompType::Phrase => push(h.start, h.end, None, None),
            // "over 500", "nearly half": only before a number
            CompType::Number => {
                if cx.sp(h.end).is_some_and(|p| number_follows(cx, p)) {
                    push(h.start, h.end, None, None);
                }
            }
            CompType::Change | CompType::ChangeNumber => {
                match change(cx, h) {
                    Some(Some((end, value, unit))) => push(h.start, end, value, unit),
                    // "rose 9 per cent": the amount is a quantity of its own
                    Some(None) => push(h.start, h.end, None, None),
                    None if t == CompType::Change => push(h.start, h.end, None, None),
                    None => {}
                }
            }
            // "the highest since", "the lowest level on record"
            CompType::Superlative => {
                let the = cx
                    .sp_before(h.start)
                    .and_then(|p| cx.word_ending_at(p, "the"));
                if let Some(start) = the {
                    push(start, superlative_end(cx, h.end), None, None);
                }
            }
        }
    }
    for q in found {
        cx.push(q);
    }
}

/// A number (or a word that starts one: "half", "a third") at `p`.
fn number_follows(cx: &Ctx<'_>, p: usize) -> bool {
    let Some(c) = cx.lower[p..].chars().next() else {
        return false;
    };
    if c.is_ascii_digit() || c == '-' && cx.lower[p + 1..].starts_with(|c: char| c.is_ascii_digit())
    {
        return true;
    }
    for w in ["a", "an", "half"] {
        if cx.word_at(p, w).is_some() {
            return true;
        }
    }
    cx.hits_at(p).iter().any(|h| {
        let symbol = matches!(
            cx.lex.currencies.get(h.form),
            Some((_, _, CurrencyType::Symbol))
        );
        let word =
            h.bounded && (cx.lex.fractions.contains_key(h.form) || cx.is_number_word(h.form));
        symbol || word
    })
}

/// Where a change up to a new level ends, with its amount's value and unit.
type ToLevel = (usize, Option<f64>, Option<String>);

/// A change with its amount at `h` ("rose 3% to", "fell 42 cents to"): `None` when no amount
/// follows, `Some(None)` when one does but no "to", else where it ends with the amount.
fn change(cx: &Ctx<'_>, h: &Hit) -> Option<Option<ToLevel>> {
    let mut p = h.end;
    // "by", "of" after the word
    if let Some(w) = cx
        .sp(p)
        .and_then(|q| cx.word_at(q, "by").or_else(|| cx.word_at(q, "of")))
    {
        p = w;
    }
    let p = cx.sp(p)?;
    let sym = cx.hit_with(p, |s| match cx.lex.currencies.get(s.form) {
        Some(&(code, f, CurrencyType::Symbol)) => Some((code, f)),
        _ => None,
    });
    let n = cx
        .number_at(sym.map_or(p, |(s, _)| s.end))
        .filter(|n| n.whole())?;
    let mut end = n.span.end;
    let mut value = n.p.value;
    let mut unit = None;
    if let Some((_, (code, f))) = sym {
        unit = Some(code.to_string());
        value *= f;
    }
    let u = cx.hit_with(cx.opt_sp(end), |u| {
        if let Some(&(code, f, CurrencyType::Word)) = cx.lex.currencies.get(u.form) {
            return Some((code, f));
        }
        match cx.lex.units.get(u.form) {
            Some(&(canon, UnitKind::Percent | UnitKind::Measure)) => Some((canon, 1.0)),
            _ => None,
        }
    });
    if let Some((u, (code, f))) = u {
        end = u.end;
        unit = Some(code.to_string());
        value *= f;
    }
    let to = cx.sp(end).and_then(|q| cx.word_at(q, "to"));
    Some(to.map(|to| (to, Some(tidy(value)), unit)))
}

/// The end of a superlative after "the": "highest", "highest since", "highest level on record".
fn superlative_end(cx: &Ctx<'_>, end: usize) -> usize {
    let tail = |p: usize| -> Option<usize> {
        let p = cx.sp(p)?;
        ["since", "ever"]
            .iter()
            .find_map(|w| cx.word_at(p, w))
            .or_else(|| {
                let on = cx.word_at(p, "on").and_then(|q| cx.sp(q))?;
                cx.word_at(on, "record")
            })
            .or_else(|| {
                let on = cx.word_at(p, "in").and_then(|q| cx.sp(q))?;
                cx.word_at(on, "history")
            })
    };
    // one word may come between ("the highest level since")
    let with_word = cx.sp(end).and_then(|p| {
        let w = p + cx.lower[p..]
            .find(|c: char| !c.is_ascii_lowercase())
            .unwrap_or(cx.lower.len() - p);
        (w > p).then(|| tail(w)).flatten()
    });
    with_word.or_else(|| tail(end)).unwrap_or(end)
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
