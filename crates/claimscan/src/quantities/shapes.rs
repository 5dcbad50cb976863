//! The digit shapes, the only part of the recogniser written as regular expressions.
//!
//! The patterns are in `shapes.regex` (ASCII classes, ASCII word boundaries, no words: number
//! words, units and months come from the lexicons). `build.rs` compiles each into an anchored
//! dense DFA with regex-automata, the regex crate's engine, so matching keeps its linear-time
//! guarantee while the binary (and the page) carries only the DFA search code and the tables.
//! [`Shapes::new`] loads (and validates) them once per recogniser.
//!
//! Every search is anchored at a position the caller found (a digit with a word boundary
//! before it, see `scan`) and reads only the shape's own bytes; the fields of a match (the
//! year of "1990s", the hour of "3 p.m.") are read here in Rust.

use regex_automata::dfa::{dense::DFA, Automaton};
use regex_automata::{Anchored, Input};

/// A DFA's bytes, aligned as `DFA::from_bytes` needs them.
#[repr(C)]
struct Aligned<B: ?Sized> {
    _align: [u32; 0],
    bytes: B,
}

macro_rules! shape {
    ($name:literal) => {{
        static A: &Aligned<[u8]> = &Aligned {
            _align: [],
            bytes: *include_bytes!(concat!(env!("OUT_DIR"), "/shapes/", $name, ".dfa")),
        };
        DFA::from_bytes(&A.bytes)
            .unwrap_or_else(|e| panic!("shape {}: {e}", $name))
            .0
    }};
}

type Dfa = DFA<&'static [u32]>;

/// The loaded shapes.
pub struct Shapes {
    number: Dfa,
    day: Dfa,
    year_tail: Dfa,
    year: Dfa,
    iso: Dfa,
    time: Dfa,
    ordinal: Dfa,
}

/// A clock time: "3 p.m." is 3, no minutes, p.m.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Time {
    pub hour: u32,
    pub minute: Option<u32>,
    /// `Some(true)` for p.m., `Some(false)` for a.m.
    pub pm: Option<bool>,
    pub len: usize,
}

impl Default for Shapes {
    fn default() -> Self {
        Shapes::new()
    }
}

fn digits(s: &str) -> &str {
    &s[..s.bytes().take_while(u8::is_ascii_digit).count()]
}

impl Shapes {
    pub fn new() -> Shapes {
        Shapes {
            number: shape!("number"),
            day: shape!("day"),
            year_tail: shape!("year_tail"),
            year: shape!("year"),
            iso: shape!("iso"),
            time: shape!("time"),
            ordinal: shape!("ordinal"),
        }
    }

    /// The length of the leftmost-first match of `dfa` at the start of `s`.
    fn len(dfa: &Dfa, s: &str) -> Option<usize> {
        let input = Input::new(s).anchored(Anchored::Yes);
        dfa.try_search_fwd(&input)
            .ok()
            .flatten()
            .map(|m| m.offset())
    }

    /// The digits of a number at the start of `s` ("560,000", "1.8", "2½", ".5"): their length.
    pub fn number(&self, s: &str) -> Option<usize> {
        Self::len(&self.number, s)
    }

    /// A day of the month ("5", "5th"): the day and the length.
    pub fn day(&self, s: &str) -> Option<(u32, usize)> {
        let len = Self::len(&self.day, s)?;
        Some((digits(s).parse().ok()?, len))
    }

    /// A year after a month or season (", 2024", " 2024"): the year and the length.
    pub fn year_tail(&self, s: &str) -> Option<(i64, usize)> {
        let len = Self::len(&self.year_tail, s)?;
        Some((s[len - 4..len].parse().ok()?, len))
    }

    /// A year ("1998") or a decade ("1990s"): the year, whether it is a decade, the length.
    pub fn year(&self, s: &str) -> Option<(i64, bool, usize)> {
        let len = Self::len(&self.year, s)?;
        Some((s[..4].parse().ok()?, len == 5, len))
    }

    /// An ISO date ("2024-03-05"): year, month, day.
    pub fn iso(&self, s: &str) -> Option<(i64, u32, u32)> {
        Self::len(&self.iso, s)?;
        Some((
            s[..4].parse().ok()?,
            s[5..7].parse().ok()?,
            s[8..10].parse().ok()?,
        ))
    }

    /// A clock time ("3 p.m.", "10:30am", "10:30"; also a bare "3", which callers reject).
    pub fn time(&self, s: &str) -> Option<Time> {
        let len = Self::len(&self.time, s)?;
        let h = digits(s);
        let rest = &s[h.len()..len];
        let minute = rest
            .strip_prefix(':')
            .and_then(|m| m.get(..2))
            .and_then(|m| m.parse().ok());
        let pm = rest
            .bytes()
            .find(|b| matches!(b, b'a' | b'p'))
            .map(|b| b == b'p');
        Some(Time {
            hour: h.parse().ok()?,
            minute,
            pm,
            len,
        })
    }

    /// An ordinal in digits ("22nd"): the number and the length.
    pub fn ordinal(&self, s: &str) -> Option<(f64, usize)> {
        let len = Self::len(&self.ordinal, s)?;
        Some((crate::decimal::parse_f64(digits(s))?, len))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_match_from_the_start_only() {
        let s = Shapes::new();
        assert_eq!(s.number("560,000 boxes"), Some(7));
        assert_eq!(s.number("12,34"), Some(2));
        assert_eq!(s.number("2½ miles"), Some("2½".len()));
        assert_eq!(s.number("x 5"), None);
        assert_eq!(s.day("5th of"), Some((5, 3)));
        assert_eq!(s.day("2024"), None);
        assert_eq!(s.year("1990s"), Some((1990, true, 5)));
        assert_eq!(s.year("19900"), None);
        assert_eq!(s.iso("2024-03-05."), Some((2024, 3, 5)));
        assert_eq!(s.iso("2024-03-055"), None);
        let t = s.time("3 p.m.").unwrap();
        assert_eq!((t.hour, t.minute, t.pm, t.len), (3, None, Some(true), 6));
        let t = s.time("10:30,").unwrap();
        assert_eq!((t.hour, t.minute, t.pm, t.len), (10, Some(30), None, 5));
        assert_eq!(s.time("10:30am").unwrap().pm, Some(false));
        assert_eq!(s.ordinal("22nd"), Some((22.0, 4)));
        assert_eq!(s.ordinal("22ndx"), None);
        assert_eq!(s.year_tail(", 2024"), Some((2024, 6)));
        assert_eq!(s.year_tail("\u{a0}2024"), Some((2024, 6)));
    }
}
