//! Counts: any other number, with the plural noun it counts.
//!
//! "560,000 containers" → 560000 "containers"; "three new hospitals" → 3 "hospitals" (the
//! adjectives in `quantity_count_words.txt` are skipped); "300 people"; "1.8 million" → 1800000 without a
//! unit. Left out: a bare year ("1998" is a date), a number inside a name ("Covid-19", "F-35"),
//! numbers that name ("Article 5", "Route 66", "No. 10"; the labels are in `quantity_count_words.txt`),
//! and "one" (a pronoun more often than a number; "1" is counted without a noun, whose
//! singular form cannot be told from a verb's: "one says").

use super::lexicons::CountClass;
use super::scan::{Ctx, Num};
use super::{Quantity, QuantityKind};

/// The noun after a number, past any adjectives ("three new hospitals"): its span.
fn noun_after(cx: &Ctx<'_>, end: usize) -> Option<(usize, usize)> {
    let mut p = end;
    loop {
        let at = cx.sp(p)?;
        let adj = cx.hit_with(at, |h| {
            (h.bounded && cx.lex.count_words.get(h.form) == Some(&CountClass::Adjective))
                .then_some(())
        });
        match adj {
            Some((h, ())) if cx.sp(h.end).is_some() => p = h.end,
            _ => break,
        }
    }
    let at = cx.sp(p)?;
    // letters, with hyphens between them ("part-timers")
    let b = cx.lower.as_bytes();
    let mut e = at;
    while e < b.len() && b[e].is_ascii_lowercase() {
        e += 1;
        if e + 1 < b.len() && b[e] == b'-' && b[e + 1].is_ascii_lowercase() {
            e += 1;
        }
    }
    (e > at && cx.boundary_after(e)).then_some((at, e))
}

/// "560,000 containers", "300 people", "1.8 million": every number no other construction
/// took, with the noun it counts.
pub fn find(cx: &mut Ctx<'_>) {
    let mut found = Vec::new();
    for n in &cx.nums {
        if let Some(q) = count(cx, n) {
            found.push(q);
        }
    }
    for q in found {
        cx.push(q);
    }
}

fn count(cx: &Ctx<'_>, n: &Num) -> Option<Quantity> {
    let mut span = n.span;
    let mut value = n.p.value;
    let before = &cx.lower[..span.start];
    let b1 = before.chars().next_back();
    if let Some(rest) = before.strip_suffix(['-', '−']) {
        // "Covid-19": a number inside a name
        let b2 = rest.chars().next_back();
        if b2.is_some_and(|c| c.is_alphanumeric()) {
            return None;
        }
    }
    let sign = cx.lower[span.start..]
        .chars()
        .next()
        .filter(|c| matches!(c, '-' | '−'));
    if let (Some(sign), true) = (sign, b1.is_some_and(|c| c.is_alphanumeric())) {
        // "3-5" left over, "covid-19": the hyphen is no minus sign
        if b1.is_some_and(|c| c.is_alphabetic()) {
            return None;
        }
        span.start += sign.len_utf8();
        value = -value;
    }
    let unit = noun_after(cx, n.span.end)
        .filter(|&(s, e)| n.whole() && value != 1.0 && is_count_noun(cx, &cx.lower[s..e]));
    // "5pts", "20px", "8FtY": a number glued to letters is no count
    if unit.is_none() && !cx.is_boundary(n.span.end) {
        return None;
    }
    let digits = &cx.lower[span.start..span.end];
    let year_like = !n.p.words
        && digits.len() == 4
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (1800.0..2100.0).contains(&value);
    if year_like
        && (unit.is_none()
            || matches!(
                cx.word_before(span.start),
                "in" | "since" | "the" | "by" | "of" | "from" | "until" | "before" | "after"
            ))
    {
        return None;
    }
    if !n.p.words && is_label(cx, span.start) {
        return None;
    }
    if unit.is_none() && n.p.words && value == 1.0 {
        return None;
    }
    let end = unit.map_or(span.end, |u| u.1);
    let mut q = Quantity::new(QuantityKind::Count, span.start, end).value(value);
    q.unit = unit.map(|(s, e)| cx.text[s..e].to_string());
    Some(q)
}

/// True when the number at `start` is a name: "Article 5", "Route 66", "No. 10".
fn is_label(cx: &Ctx<'_>, start: usize) -> bool {
    let before = cx.lower[..start].trim_end_matches(super::numbers::is_space);
    if before.ends_with("no.") {
        return true;
    }
    matches!(
        cx.lex.count_words.get(cx.word_before(start)),
        Some(CountClass::Label)
    )
}

/// True when `w` (lowercase) may be the noun a number counts: a plural here, or a word ending in
/// -s or -men that is no stop word, no unit, no currency and no calendar word.
pub fn is_count_noun(cx: &Ctx<'_>, w: &str) -> bool {
    match cx.lex.count_words.get(w) {
        Some(CountClass::Plural) => return true,
        Some(_) => return false,
        None => {}
    }
    if cx.lex.units.contains_key(w)
        || cx.lex.currencies.contains_key(w)
        || cx.lex.calendar.contains_key(w)
        || cx.lex.numbers.contains_key(w)
    {
        return false;
    }
    // "fishermen", "gunmen": plurals in -men
    w.len() >= 3
        && (w.ends_with("men")
            || w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is"))
}

#[cfg(test)]
mod tests {
    use crate::quantities::QuantityKind;

    fn counts(text: &str) -> Vec<(String, f64, Option<String>)> {
        crate::quantities::test_instance()
            .find(text)
            .into_iter()
            .filter(|q| q.kind == QuantityKind::Count)
            .map(|q| (q.span.of(text).to_string(), q.value.unwrap(), q.unit))
            .collect()
    }

    #[test]
    fn nouns_adjectives_and_bare_numbers() {
        assert_eq!(
            counts("560,000 containers"),
            [(
                "560,000 containers".into(),
                560000.0,
                Some("containers".into())
            )]
        );
        assert_eq!(
            counts("three new hospitals")[0].2.as_deref(),
            Some("hospitals")
        );
        assert_eq!(counts("300 people")[0].2.as_deref(), Some("people"));
        assert_eq!(
            counts("1.8 million")[0],
            ("1.8 million".into(), 1.8e6, None)
        );
        assert_eq!(counts("5 is")[0].2, None);
    }

    #[test]
    fn left_out() {
        assert!(counts("in 1998").is_empty());
        assert!(counts("Covid-19 cases").is_empty());
        assert!(counts("no one knows").is_empty());
        assert!(counts("under Article 5 of the treaty").is_empty());
        assert!(counts("at No. 10 today").is_empty());
    }
}
