//! Facts inside a claim: quantities, dates and comparisons, with normalised values.
//!
//! ```
//! use claimscan::quantities::{Quantities, QuantityKind};
//! let q = Quantities::new();
//! let found = q.find("Repairs may cost $412 million over three years.");
//! assert_eq!(found[0].kind, QuantityKind::Money);
//! assert_eq!(found[0].value, Some(412_000_000.0));
//! assert_eq!(found[0].unit.as_deref(), Some("USD"));
//! assert_eq!(found[1].kind, QuantityKind::Duration);
//! ```
//!
//! # Constructions
//! One file per construction; each finds candidates, and [`Quantities::find`] keeps the
//! leftmost-longest ones that do not overlap (ties go to the more specific kind: range, money,
//! percent, date, measure, duration, comparison, ordinal, count).
//! - `numbers`: the number shape all others build on ("560,000", "1.8 million", "$3bn",
//!   "twenty-five", "half a million").
//! - `money`: a currency symbol, word or ISO code with a number → the ISO code ("$412 million"
//!   → 412000000 USD, "40 million euros" → 40000000 EUR, "42 cents" → 0.42 USD).
//! - `percent`: "9%", "9 per cent", "2 percentage points", fractions before "of" ("a third of"
//!   → 33.33 percent, "half of" → 50) and "one in five" (→ 20 percent).
//! - `measures`: a number with a measure unit, in its canonical spelling ("3 km" → 3
//!   kilometres).
//! - `durations`: a number with a time unit, with its preposition ("over three years" → 3
//!   years). Seasons are time units: "two winters" is a duration of 2 winters.
//! - `dates`: calendar dates ("March 5, 2024", "Jan. 5", "next March", "1998", "the 1990s"),
//!   relative dates ("last year" → -1 years, "three years ago" → -3 years, "yesterday"),
//!   weekdays and times ("3 p.m."). `relative` is true when no year is written.
//! - `ordinals`: "1st", "third", "twenty-first" → 1, 3, 21.
//! - `ranges`: "between 3 and 5 metres", "from 10 to 12", "3-5", "$3-5 billion" → low and high
//!   with the unit of the whole ("3 to 5 million" is 3e6 to 5e6).
//! - `comparisons`: "more than", "doubled", "the highest since", "fell 42 cents to", with their
//!   [`Direction`]; a change with its amount carries the amount's value and unit.
//! - `counts`: any other number, with the plural noun it counts ("560,000 containers").
//!
//! # Values
//! - `value`: the number, scaled ("1.8 million" → 1800000); for dates, the year when one is
//!   written, for relative dates the signed offset in `unit` ("last year" → -1 "years").
//! - `unit`: an ISO 4217 code for money, "percent" (or "percentage points", "basis points"),
//!   the canonical unit of a measure or duration, the counted noun as written for a count.
//! - `date`: a TIMEX-like normal form, with `X` for what is not written: "2024-03-05",
//!   "XXXX-01-05", "XXXX-03", "1998", "199X", "2024-SU", "XXXX-WXX-1" (a Monday), "T15:00".
//!
//! # How it runs
//! Words (number words, currencies, units, calendar words, comparison phrases, count nouns) are
//! data files (`src/lexicons/quantity_*.txt`), all matched in one aho-corasick pass over an
//! ASCII-lowercased copy of the text (which keeps every byte offset); the numbers are read
//! once, left to right (`scan`). Regular expressions describe only digit shapes (`shapes`:
//! "560,000", "2024-03-05", "3 p.m.", "1990s"), compiled into DFAs when the crate is built and
//! run anchored at a digit the scan found. The constructions combine the two by byte offsets in
//! Rust. Everything is built once, in [`Quantities::new`]; a search is linear in the text.

mod comparisons;
mod counts;
mod dates;
mod durations;
mod lexicons;
mod measures;
mod money;
mod numbers;
mod ordinals;
mod percent;
mod ranges;
mod scan;
pub(crate) use scan::is_alnum_byte;
mod shapes;

use crate::span::Span;
use lexicons::Lexicons;
use numbers::Numbers;
use scan::{Ctx, Words};
use serde::{Deserialize, Serialize, Serializer};

/// What a quantity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuantityKind {
    Money,
    Percent,
    Count,
    Measure,
    Date,
    Duration,
    Ordinal,
    Range,
    Comparison,
}

impl QuantityKind {
    /// The serde name ("money", "percent", …), as in the JSON report.
    pub const fn as_str(self) -> &'static str {
        match self {
            QuantityKind::Money => "money",
            QuantityKind::Percent => "percent",
            QuantityKind::Count => "count",
            QuantityKind::Measure => "measure",
            QuantityKind::Date => "date",
            QuantityKind::Duration => "duration",
            QuantityKind::Ordinal => "ordinal",
            QuantityKind::Range => "range",
            QuantityKind::Comparison => "comparison",
        }
    }

    /// Every kind.
    pub const ALL: &'static [QuantityKind] = &[
        QuantityKind::Money,
        QuantityKind::Percent,
        QuantityKind::Count,
        QuantityKind::Measure,
        QuantityKind::Date,
        QuantityKind::Duration,
        QuantityKind::Ordinal,
        QuantityKind::Range,
        QuantityKind::Comparison,
    ];
}

/// Which way a comparison points.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// More than a stated value ("more than", "over 500", "at least").
    More,
    /// Less than a stated value ("fewer than", "under", "nearly").
    Less,
    /// A rise ("rose", "doubled", "up 5%").
    Up,
    /// A fall ("fell 42 cents to", "halved").
    Down,
    /// An extreme at the top ("the highest since", "a record").
    Most,
    /// An extreme at the bottom ("the lowest since").
    Least,
    /// No change or equal ("unchanged", "the same as").
    Same,
}

impl Direction {
    /// The serde name ("more", "down", …), as in the JSON report.
    pub const fn as_str(self) -> &'static str {
        match self {
            Direction::More => "more",
            Direction::Less => "less",
            Direction::Up => "up",
            Direction::Down => "down",
            Direction::Most => "most",
            Direction::Least => "least",
            Direction::Same => "same",
        }
    }

    /// Every direction.
    pub const ALL: &'static [Direction] = &[
        Direction::More,
        Direction::Less,
        Direction::Up,
        Direction::Down,
        Direction::Most,
        Direction::Least,
        Direction::Same,
    ];
}

/// One quantity, date or comparison found in a text.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Quantity {
    /// Byte span into the text given to [`Quantities::find`].
    #[serde(serialize_with = "serialize_span")]
    pub span: Span,
    pub kind: QuantityKind,
    /// The normalised number (see the module doc, "Values").
    pub value: Option<f64>,
    pub unit: Option<String>,
    /// For ranges: the low and high ends.
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// Dates: no year is written ("Jan. 5", "next March", "last year").
    pub relative: bool,
    /// Dates: the TIMEX-like normal form ("2024-03-05", "XXXX-01-05").
    pub date: Option<String>,
    /// Comparisons: which way it points.
    pub direction: Option<Direction>,
}

fn serialize_span<S: Serializer>(span: &Span, s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeStruct;
    let mut st = s.serialize_struct("Span", 2)?;
    st.serialize_field("start", &span.start)?;
    st.serialize_field("end", &span.end)?;
    st.end()
}

impl Quantity {
    /// A quantity of `kind` over `start..end` with nothing else set.
    pub fn new(kind: QuantityKind, start: usize, end: usize) -> Quantity {
        Quantity {
            span: Span::new(start, end),
            kind,
            value: None,
            unit: None,
            low: None,
            high: None,
            relative: false,
            date: None,
            direction: None,
        }
    }
    fn value(mut self, v: f64) -> Quantity {
        self.value = Some(v);
        self
    }
    fn unit(mut self, u: impl Into<String>) -> Quantity {
        self.unit = Some(u.into());
        self
    }
}

/// A candidate before the overlaps are resolved.
struct Candidate {
    q: Quantity,
    /// Breaks ties between candidates with the same span: the more specific kind wins.
    priority: u8,
}

fn priority(kind: QuantityKind) -> u8 {
    match kind {
        QuantityKind::Range => 9,
        QuantityKind::Money | QuantityKind::Percent => 8,
        QuantityKind::Date | QuantityKind::Measure => 7,
        QuantityKind::Duration => 6,
        QuantityKind::Comparison => 5,
        QuantityKind::Ordinal => 4,
        QuantityKind::Count => 3,
    }
}

/// The compiled recogniser: build once with [`Quantities::new`], call [`Quantities::find`] many
/// times. `Send + Sync`.
pub struct Quantities {
    lex: Lexicons,
    words: Words,
    nums: Numbers,
}

impl Default for Quantities {
    fn default() -> Self {
        Quantities::new()
    }
}

impl Quantities {
    /// Load the lexicons, build their automaton and compile the digit shapes.
    pub fn new() -> Quantities {
        let lex = Lexicons::load();
        Quantities {
            words: Words::new(&lex),
            nums: Numbers::new(),
            lex,
        }
    }

    /// Every quantity, date and comparison in `text`: sorted, not overlapping, each span on
    /// character boundaries.
    ///
    /// A long text is read in pieces of at least `PIECE` (64 KB) bytes cut after a line break: no
    /// construction reads across one (their spaces are plain, no-break and narrow no-break
    /// spaces, no lexicon form holds one, and a line break is a word boundary like the start or
    /// the end of a text), so the result is that of one pass, while the stage's working memory
    /// (the lowercased copy, the lexicon hits, the candidates) stays that of one piece.
    pub fn find(&self, text: &str) -> Vec<Quantity> {
        let mut out = Vec::new();
        let mut from = 0;
        while from < text.len() {
            let to = piece_end(text, from);
            let found = self.find_in(&text[from..to]);
            out.extend(found.into_iter().map(|mut q| {
                q.span = Span::new(q.span.start + from, q.span.end + from);
                q
            }));
            from = to;
        }
        // Held by the pipeline until the report is written.
        out.shrink_to_fit();
        out
    }

    /// [`Quantities::find`] over one piece.
    fn find_in(&self, text: &str) -> Vec<Quantity> {
        let lower = text.to_ascii_lowercase();
        let mut cx = Ctx::new(
            text,
            &lower,
            &self.lex,
            self.nums.shapes(),
            &self.nums,
            &self.words,
        );
        money::find(&mut cx);
        percent::find(&mut cx);
        measures::find(&mut cx);
        durations::find(&mut cx);
        dates::find(&mut cx);
        ordinals::find(&mut cx);
        ranges::find(&mut cx);
        comparisons::find(&mut cx);
        counts::find(&mut cx);
        select(cx.out)
    }
}

/// The least length of a piece of text that [`Quantities::find`] reads at once.
const PIECE: usize = 64 << 10;

/// Where the piece that starts at `from` ends: after the first line break at least [`PIECE`]
/// bytes on, or at the end of the text.
fn piece_end(text: &str, from: usize) -> usize {
    let b = text.as_bytes();
    if b.len() - from <= PIECE {
        return b.len();
    }
    b[from + PIECE..]
        .iter()
        .position(|&c| c == b'\n')
        .map_or(b.len(), |i| from + PIECE + i + 1)
}

/// Leftmost-longest, non-overlapping; equal spans go to the higher priority.
fn select(mut cands: Vec<Candidate>) -> Vec<Quantity> {
    crate::sort::sort_by(&mut cands, |a, b| {
        a.q.span
            .start
            .cmp(&b.q.span.start)
            .then(b.q.span.end.cmp(&a.q.span.end))
            .then(b.priority.cmp(&a.priority))
    });
    let mut out: Vec<Quantity> = Vec::new();
    let mut end = 0;
    for c in cands {
        if c.q.span.start >= end {
            end = c.q.span.end;
            out.push(c.q);
        }
    }
    out
}

/// One recogniser for all unit tests (compiling the patterns takes a while in debug builds).
#[cfg(test)]
pub(crate) fn test_instance() -> &'static Quantities {
    static Q: std::sync::OnceLock<Quantities> = std::sync::OnceLock::new();
    Q.get_or_init(Quantities::new)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Quantity {
        let found = crate::quantities::test_instance().find(text);
        assert_eq!(found.len(), 1, "{text:?}: {found:#?}");
        found.into_iter().next().unwrap()
    }

    #[test]
    fn the_issue_examples() {
        let q = one("$412 million");
        assert_eq!(
            (q.kind, q.value, q.unit.as_deref()),
            (QuantityKind::Money, Some(412e6), Some("USD"))
        );
        let q = one("40 million euros");
        assert_eq!((q.value, q.unit.as_deref()), (Some(40e6), Some("EUR")));
        assert_eq!(one("9 per cent").value, Some(9.0));
        assert_eq!(one("9%").kind, QuantityKind::Percent);
        let q = one("560,000 containers");
        assert_eq!(
            (q.kind, q.value, q.unit.as_deref()),
            (QuantityKind::Count, Some(560000.0), Some("containers"))
        );
        assert_eq!(one("1.8 million").value, Some(1.8e6));
        let q = one("between 3 and 5 metres");
        assert_eq!(
            (q.kind, q.low, q.high, q.unit.as_deref()),
            (QuantityKind::Range, Some(3.0), Some(5.0), Some("metres"))
        );
        assert!(one("Jan. 5").relative);
        assert_eq!(one("over three years").kind, QuantityKind::Duration);
    }

    #[test]
    fn spans_are_sorted_and_disjoint() {
        let text =
            "Prices rose 3% to $5.10 on Jan. 5, the highest since 1998, and 560,000 containers \
                    moved last year, more than in the previous two winters.";
        let found = crate::quantities::test_instance().find(text);
        for w in found.windows(2) {
            assert!(w[0].span.end <= w[1].span.start, "{found:#?}");
        }
        assert!(found.len() >= 7, "{found:#?}");
    }

    #[test]
    fn serializes_in_lowercase_and_camel_case() {
        let q = one("doubled");
        let v = serde_json::to_value(&q).unwrap();
        assert_eq!(v["kind"], "comparison");
        assert_eq!(v["direction"], "up");
        assert_eq!(v["span"]["end"], 7);
    }

    #[test]
    fn kind_names_are_the_serde_names() {
        for &k in QuantityKind::ALL {
            assert_eq!(serde_json::to_value(k).unwrap(), k.as_str());
        }
        for &d in Direction::ALL {
            assert_eq!(serde_json::to_value(d).unwrap(), d.as_str());
        }
    }

    #[test]
    fn pieces_find_what_one_pass_finds() {
        // Lines that end in the middle of would-be quantities, so a cut after any of them
        // would change the result if a construction read across the line break.
        let lines = [
            "Prices rose 3% to $5.10 on Jan. 5, the highest since 1998, between 3 and",
            "5 metres, from 10\u{a0}to 12, twenty-",
            "first, 560,000 containers moved last year, more than in the previous two",
            "winters. Output fell 42 cents to\r",
            "1.8 million in March 5, 2024 at 3 p.m., half a million people.",
        ];
        let mut text = String::new();
        while text.len() < 3 * PIECE {
            for l in lines {
                text.push_str(l);
                text.push('\n');
            }
        }
        let q = test_instance();
        let pieces = q.find(&text);
        assert!(piece_end(&text, 0) < text.len());
        assert!(pieces.len() > 1000);
        assert_eq!(pieces, q.find_in(&text));
    }

    #[test]
    fn huge_numbers_are_left_out() {
        assert!(test_instance().find(&"9".repeat(400)).is_empty());
    }

    #[test]
    fn non_ascii_text_keeps_boundaries() {
        let text = "Ünïcödé – £3bn, “40 %” ½ mile İstanbul 5 €";
        for q in crate::quantities::test_instance().find(text) {
            assert!(text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end));
        }
    }
}
