//! Ordinals: "1st", "22nd", "third", "twenty-first" → 1, 22, 3, 21.
//!
//! A date's day ("March 5th") belongs to the date; "a third of" is a fraction (`percent`).

use super::lexicons::NumClass;
use super::scan::Ctx;
use super::{Quantity, QuantityKind};

/// "1st", "22nd" (a digit shape), "third", "twenty-first" (words).
pub fn find(cx: &mut Ctx<'_>) {
    let mut found = Vec::new();
    let b = cx.lower.as_bytes();
    for &i in &cx.digit_starts {
        // a letter right after the digits, checked before the regex runs
        let run = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if !b.get(i + run).is_some_and(u8::is_ascii_lowercase) {
            continue;
        }
        if let Some((v, len)) = cx.shapes.ordinal(&cx.lower[i..]) {
            found.push(Quantity::new(QuantityKind::Ordinal, i, i + len).value(v));
        }
    }
    for h in &cx.hits {
        let Some(&(NumClass::Ordinal, o)) = cx.lex.numbers.get(h.form) else {
            continue;
        };
        if !h.bounded {
            continue;
        }
        // "twenty-first": a tens word and a hyphen or a space before it
        let tens = cx.lower[..h.start]
            .strip_suffix(['-', ' '])
            .and_then(|before| {
                cx.hits_ending_at(before.len())
                    .find_map(|t| match cx.lex.numbers.get(t.form) {
                        Some(&(NumClass::Tens, v)) if t.bounded => Some((t.start, v)),
                        _ => None,
                    })
            });
        let (start, value) = match tens {
            Some((_, _)) if o >= 10.0 => continue, // "twenty tenth"
            Some((s, t)) => (s, t + o),
            None => (h.start, o),
        };
        found.push(Quantity::new(QuantityKind::Ordinal, start, h.end).value(value));
    }
    for q in found {
        cx.push(q);
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
