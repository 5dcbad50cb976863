//! Numbers: the shape every other construction builds on, and its value.
//!
//! - digits with thousands commas and decimals: "560,000", "1.8", "-3.5", "−2";
//! - a scale word or abbreviation after digits: "1.8 million", "$3bn", "412m", "40k";
//! - vulgar fractions: "½", "2¾";
//! - number words: "two", "twenty-five", "three hundred and six", "a million", "half a
//!   million", "two dozen", "minus five".
//!
//! The digits are a regex shape ([`Shapes::number`]); everything else (signs,
//! scales, number words) is read here with the lexicon. [`Numbers::parse`] reads the value of
//! a number at the start of a string and says how much of it is a well-formed number ("two
//! and four" stops after "two").

use super::lexicons::{Lexicons, NumClass};
use super::shapes::Shapes;

/// The number parser.
pub struct Numbers {
    /// The digit shapes.
    shapes: Shapes,
}

/// A parsed number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Parsed {
    pub value: f64,
    /// Bytes of the input that make up the number (≤ the input's length).
    pub len: usize,
    /// Bytes skipped before the number ("a two-year" is the number "two" after "a ").
    pub start: usize,
    /// The scale word's factor when one was written ("million" → 1e6), else 1.
    pub scale: f64,
    /// Written in words rather than digits.
    pub words: bool,
}

const VULGAR: &[(char, f64)] = &[
    ('½', 0.5),
    ('¼', 0.25),
    ('¾', 0.75),
    ('⅓', 1.0 / 3.0),
    ('⅔', 2.0 / 3.0),
];

/// True when `c` may start the digits of a number ("5", ".5", "½").
pub fn starts_digits(c: char) -> bool {
    c.is_ascii_digit() || c == '.' || VULGAR.iter().any(|v| v.0 == c)
}

impl Numbers {
    pub fn new() -> Numbers {
        Numbers {
            shapes: Shapes::new(),
        }
    }

    /// The digit shapes (dates and ordinals use them too).
    pub fn shapes(&self) -> &Shapes {
        &self.shapes
    }

    /// The value of `s` (lowercased), which starts with a number. `None` when it does not.
    pub fn parse(&self, lex: &Lexicons, s: &str) -> Option<Parsed> {
        let (neg, skip) = if let Some(r) = s.strip_prefix("minus") {
            let sp = r.len() - r.trim_start_matches(is_space).len();
            if sp == 0 {
                return None;
            }
            (true, 5 + sp)
        } else if s.starts_with('-') {
            (true, 1)
        } else if s.starts_with('−') {
            (true, '−'.len_utf8())
        } else {
            (false, 0)
        };
        let rest = &s[skip..];
        let mut p = if rest.starts_with(starts_digits) {
            let body = self.shapes.number(rest)?;
            parse_digits(lex, rest, body)?
        } else if let Some(p) = parse_words(lex, rest) {
            p
        } else {
            // "a two-year", "half two": the article belongs to something else.
            let after = rest
                .strip_prefix("a")
                .or_else(|| rest.strip_prefix("half"))?;
            let sp = after.len() - after.trim_start_matches(is_space).len();
            if sp == 0 || neg {
                return None;
            }
            let mut p = parse_words(lex, &after[sp..])?;
            p.start = rest.len() - after.len() + sp;
            p.len += p.start;
            p
        };
        if neg {
            p.value = -p.value;
        }
        p.len += skip;
        Some(p)
    }
}

pub fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}')
}

/// The digits `s[..body]` (a match of the digit shape) and the scale after them.
fn parse_digits(lex: &Lexicons, s: &str, body: usize) -> Option<Parsed> {
    let digits = &s[..body];
    let (digits, frac) = match digits.char_indices().next_back() {
        Some((i, c)) => match VULGAR.iter().find(|v| v.0 == c) {
            Some((_, f)) => (&digits[..i], *f),
            None => (digits, 0.0),
        },
        None => return None,
    };
    let value = if digits.is_empty() {
        0.0
    } else {
        crate::decimal::parse_f64(&digits.replace(',', ""))?
    } + frac;
    let mut len = body;
    // A scale: an abbreviation straight after the digits, or scale words after a space.
    let mut scale = 1.0;
    let after = &s[len..];
    let word_end = after
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(after.len());
    if word_end > 0 {
        if let Some((NumClass::Abbr, f)) = lex.numbers.get(&after[..word_end]) {
            scale = *f;
            len += word_end;
        }
    } else {
        loop {
            let after = &s[len..];
            let sp = after.len() - after.trim_start_matches(is_space).len();
            if sp == 0 || sp > 3 {
                break;
            }
            let w = &after[sp..];
            let end = w
                .find(|c: char| !c.is_ascii_alphabetic())
                .unwrap_or(w.len());
            match lex.numbers.get(&w[..end]) {
                Some((NumClass::Hundred | NumClass::Scale, f)) => {
                    scale *= f;
                    len += sp + end;
                }
                _ => break,
            }
        }
    }
    Some(Parsed {
        value: tidy(value * scale),
        len,
        start: 0,
        scale,
        words: false,
    })
}

/// Where the previous word leaves the parser: what may come next.
#[derive(Clone, Copy, PartialEq)]
enum State {
    Start,
    /// "a" or "half (a)": only a hundred, a scale or a dozen may follow.
    Article,
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale(f64),
    Dozen,
}

fn parse_words(lex: &Lexicons, s: &str) -> Option<Parsed> {
    let mut total = 0.0;
    let mut current = 0.0;
    let mut state = State::Start;
    let mut half = false;
    let mut len = 0; // end of the last accepted number word
    let mut pos = 0;
    let mut pending_and = false;
    let mut scale = 1.0;
    while pos < s.len() {
        // separator before the word (none at the start)
        let rest = &s[pos..];
        let word_start = if pos == 0 {
            0
        } else {
            let sep = rest.len()
                - rest
                    .trim_start_matches(|c: char| is_space(c) || c == '-')
                    .len();
            if sep == 0 {
                break;
            }
            sep
        };
        let w_rest = &rest[word_start..];
        let end = w_rest
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(w_rest.len());
        if end == 0 {
            break;
        }
        let w = &w_rest[..end];
        let next_pos = pos + word_start + end;
        if w == "and" {
            if pending_and || !matches!(state, State::Hundred | State::Scale(_)) {
                break;
            }
            pending_and = true;
            pos = next_pos;
            continue;
        }
        if w == "a" {
            if !(state == State::Start || half && state == State::Article) {
                break;
            }
            if state == State::Start {
                current = 1.0;
            }
            state = State::Article;
            pos = next_pos;
            continue;
        }
        if w == "half" && state == State::Start {
            half = true;
            current = 1.0;
            state = State::Article;
            pos = next_pos;
            continue;
        }
        let Some(&(class, v)) = lex.numbers.get(w) else {
            break;
        };
        let ok = match class {
            NumClass::Unit => matches!(
                state,
                State::Start | State::Tens | State::Hundred | State::Scale(_)
            ),
            NumClass::Teen | NumClass::Tens => {
                matches!(state, State::Start | State::Hundred | State::Scale(_))
            }
            NumClass::Hundred => matches!(
                state,
                State::Start | State::Article | State::Unit | State::Teen | State::Tens
            ),
            NumClass::Scale => match state {
                State::Scale(prev) => v < prev && current > 0.0,
                State::Start
                | State::Article
                | State::Unit
                | State::Teen
                | State::Tens
                | State::Hundred
                | State::Dozen => true,
            },
            NumClass::Dozen => matches!(
                state,
                State::Start | State::Article | State::Unit | State::Teen | State::Tens
            ),
            NumClass::Abbr | NumClass::Ordinal => false,
        };
        if !ok
            || (pending_and && !matches!(class, NumClass::Unit | NumClass::Teen | NumClass::Tens))
        {
            break;
        }
        pending_and = false;
        match class {
            NumClass::Unit | NumClass::Teen | NumClass::Tens => {
                current += v;
                state = match class {
                    NumClass::Unit => State::Unit,
                    NumClass::Teen => State::Teen,
                    _ => State::Tens,
                };
            }
            NumClass::Hundred => {
                current = current.max(1.0) * 100.0;
                if state == State::Start {
                    current = 100.0;
                }
                state = State::Hundred;
            }
            NumClass::Dozen => {
                current = if state == State::Start {
                    12.0
                } else {
                    current * 12.0
                };
                state = State::Dozen;
            }
            NumClass::Scale => {
                let c = if state == State::Start { 1.0 } else { current };
                total += c * v;
                current = 0.0;
                scale = v;
                state = State::Scale(v);
            }
            _ => unreachable!(),
        }
        len = next_pos;
        pos = next_pos;
    }
    if len == 0 {
        return None;
    }
    let mut value = total + current;
    if half {
        value *= 0.5;
    }
    Some(Parsed {
        value: tidy(value),
        len,
        start: 0,
        scale,
        words: true,
    })
}

/// Rounds away binary noise from scaling ("1.8 million" is 1800000, not 1800000.0000000002).
pub fn tidy(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let digits = 12 - x.abs().log10().ceil() as i32;
    let f = 10f64.powi(digits.clamp(-300, 300));
    (x * f).round() / f
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbers() -> Numbers {
        Numbers::new()
    }

    fn parse(s: &str) -> Option<(f64, usize)> {
        let lex = Lexicons::load();
        numbers().parse(&lex, s).map(|p| (p.value, p.len))
    }

    #[test]
    fn digits_scales_and_fractions() {
        assert_eq!(parse("560,000"), Some((560000.0, 7)));
        assert_eq!(parse("1.8 million"), Some((1800000.0, 11)));
        assert_eq!(parse("412m"), Some((412000000.0, 4)));
        assert_eq!(parse("3bn"), Some((3e9, 3)));
        assert_eq!(parse("-3.5"), Some((-3.5, 4)));
        assert_eq!(parse("2½"), Some((2.5, 3)));
        assert_eq!(parse("5."), Some((5.0, 1)));
    }

    #[test]
    fn words() {
        assert_eq!(parse("two"), Some((2.0, 3)));
        assert_eq!(parse("twenty-five"), Some((25.0, 11)));
        assert_eq!(parse("three hundred and six"), Some((306.0, 21)));
        assert_eq!(parse("a million"), Some((1e6, 9)));
        assert_eq!(parse("half a million"), Some((5e5, 14)));
        assert_eq!(parse("two dozen"), Some((24.0, 9)));
        assert_eq!(parse("minus five"), Some((-5.0, 10)));
        assert_eq!(parse("two and four"), Some((2.0, 3)));
        assert_eq!(parse("five six"), Some((5.0, 4)));
        assert_eq!(parse("a"), None);
        let lex = Lexicons::load();
        let p = numbers().parse(&lex, "a two").unwrap();
        assert_eq!((p.value, p.start, p.len), (2.0, 2, 5));
    }

    #[test]
    fn the_digits_are_the_shape_only() {
        // "12,34" is 12 (no thousands group), then ",34" is punctuation and another number
        assert_eq!(parse("12,34"), Some((12.0, 2)));
        assert_eq!(parse("1,234,567.5 kg"), Some((1234567.5, 11)));
        assert_eq!(parse("someone"), None);
    }
}
