//! The digit shapes, the only part of the recogniser written as regular expressions.
//!
//! The patterns are in `shapes.regex` (ASCII classes, ASCII word boundaries, no words: number
//! words, units and months come from the lexicons). `build.rs` compiles each into an anchored
//! dense DFA with regex-automata, the regex crate's engine, and writes it out as a transition
//! table ([`Shape`]), so matching keeps its linear-time guarantee while the binary (and the
//! page) carries only the tables and [`Shapes::len`]'s loop, which walks them as regex-automata's
//! forward search walks the DFA (the tests compare the two on every shape).
//!
//! Every search is anchored at a position the caller found (a digit with a word boundary
//! before it, see `scan`) and reads only the shape's own bytes; the fields of a match (the
//! year of "1990s", the hour of "3 p.m.") are read here in Rust.

/// A shape's DFA as a table (written by `build.rs`).
struct Shape {
    /// How many byte classes: the length of a state's row in `next`.
    width: usize,
    /// Each byte's class.
    classes: [u8; 256],
    /// Each state's next state by class, a row per state; state 0 is the dead state, state 1
    /// the anchored start.
    next: &'static [u8],
    /// Each state's flags: 1, a match ended before the byte that led here; 2, a match ends at
    /// the end of the text when the text ends here.
    flags: &'static [u8],
}

include!(concat!(env!("OUT_DIR"), "/shapes.rs"));

type Dfa = &'static Shape;

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
            number: &NUMBER,
            day: &DAY,
            year_tail: &YEAR_TAIL,
            year: &YEAR,
            iso: &ISO,
            time: &TIME,
            ordinal: &ORDINAL,
        }
    }

    /// The length of the leftmost-first match of `dfa` at the start of `s`: a byte at a time
    /// from the start state until the dead state, the last match state reached giving the
    /// match's end (a DFA's match state is reached on the byte after the match), then the
    /// end-of-text transition if the text ran out first.
    fn len(dfa: &Shape, s: &str) -> Option<usize> {
        let mut state = 1;
        let mut end = None;
        for (at, &b) in s.as_bytes().iter().enumerate() {
            let class = usize::from(dfa.classes[usize::from(b)]);
            state = usize::from(dfa.next[state * dfa.width + class]);
            if state == 0 {
                return end;
            }
            if dfa.flags[state] & 1 != 0 {
                end = Some(at);
            }
        }
        if dfa.flags[state] & 2 != 0 {
            end = Some(s.len());
        }
        end
    }

    /// The digits of a number at the start of `s` ("560,000", "1.8", "2½", ".5"): their length.
    pub fn number(&self, s: &str) -> Option<usize> {
        Self::len(self.number, s)
    }

    /// A day of the month ("5", "5th"): the day and the length.
    pub fn day(&self, s: &str) -> Option<(u32, usize)> {
        let len = Self::len(self.day, s)?;
        Some((digits(s).parse().ok()?, len))
    }

    /// A year after a month or season (", 2024", " 2024"): the year and the length.
    pub fn year_tail(&self, s: &str) -> Option<(i64, usize)> {
        let len = Self::len(self.year_tail, s)?;
        Some((s[len - 4..len].parse().ok()?, len))
    }

    /// A year ("1998") or a decade ("1990s"): the year, whether it is a decade, the length.
    pub fn year(&self, s: &str) -> Option<(i64, bool, usize)> {
        let len = Self::len(self.year, s)?;
        Some((s[..4].parse().ok()?, len == 5, len))
    }

    /// An ISO date ("2024-03-05"): year, month, day.
    pub fn iso(&self, s: &str) -> Option<(i64, u32, u32)> {
        Self::len(self.iso, s)?;
        Some((
            s[..4].parse().ok()?,
            s[5..7].parse().ok()?,
            s[8..10].parse().ok()?,
        ))
    }

    /// A clock time ("3 p.m.", "10:30am", "10:30"; also a bare "3", which callers reject).
    pub fn time(&self, s: &str) -> Option<Time> {
        let len = Self::len(self.time, s)?;
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
        let len = Self::len(self.ordinal, s)?;
        Some((crate::decimal::parse_f64(digits(s))?, len))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use regex_automata::dfa::{dense, Automaton, StartKind};
    use regex_automata::nfa::thompson;
    use regex_automata::util::syntax;
    use regex_automata::{Anchored, Input};

    include!("shape_dfa.rs");

    /// Every shape's table and its DFA as `build.rs` builds it.
    fn dfas() -> Vec<(&'static str, Dfa, dense::DFA<Vec<u32>>)> {
        let tables: [(&str, Dfa); 7] = [
            ("number", &NUMBER),
            ("day", &DAY),
            ("year_tail", &YEAR_TAIL),
            ("year", &YEAR),
            ("iso", &ISO),
            ("time", &TIME),
            ("ordinal", &ORDINAL),
        ];
        let text = include_str!("shapes.regex");
        let mut out = Vec::new();
        for line in text.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (name, pattern) = line.split_once(" = ").unwrap();
            let dfa = shape_dfa(name, pattern);
            let (name, table) = *tables.iter().find(|t| t.0 == name).unwrap();
            out.push((name, table, dfa));
        }
        assert_eq!(out.len(), tables.len());
        out
    }

    fn same_as_regex_automata(dfas: &[(&str, Dfa, dense::DFA<Vec<u32>>)], s: &str) {
        for (name, table, dfa) in dfas {
            let input = Input::new(s).anchored(Anchored::Yes);
            let expected = dfa
                .try_search_fwd(&input)
                .ok()
                .flatten()
                .map(|m| m.offset());
            assert_eq!(Shapes::len(table, s), expected, "{name} on {s:?}");
        }
    }

    #[test]
    fn the_tables_match_as_the_dfas() {
        let dfas = dfas();
        for s in [
            "",
            "5",
            "560,000 boxes",
            "12,34",
            "1,234,567.89½x",
            "2½ miles",
            ".5",
            "½",
            "5th",
            "22nd",
            "22ndx",
            "1990s",
            "1990s,",
            "19900",
            "2024",
            "2024-03-05",
            "2024-03-055",
            "3 p.m.",
            "3\u{a0}pm",
            "10:30am",
            "10:30,",
            "10:3",
            ", 2024",
            "\u{202f}2024",
            "a",
            "9:15 p.m. —",
            "1st_",
            "3am_",
            "3 p.m",
            "07:45pm.",
        ] {
            same_as_regex_automata(&dfas, s);
        }
    }

    proptest! {
        #[test]
        fn random_texts_match_as_the_dfas(s in "[0-9,. :apmsthndr½¼x_\\-\u{a0}\u{202f}é]{0,14}") {
            same_as_regex_automata(&dfas(), &s);
        }
    }

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
