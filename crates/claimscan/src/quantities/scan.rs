//! One pass over a text that every construction reads: the lexicon words and the numbers.
//!
//! - Words: one trie ([`crate::trie`]) over every form of every quantity lexicon (number
//!   words, currencies, units, calendar words, comparison phrases, count words, fractions),
//!   each form also with no-break spaces where it has spaces. It is walked over the
//!   lowercased text for its overlapping matches, and the whole-word ones are kept: a form
//!   that starts with a letter or digit needs an ASCII word boundary before it or a digit
//!   ("5km", "$3bn"), and one that ends with a letter or digit needs a boundary after it. So
//!   the walks start only where a form may begin: after a boundary or a digit, or at a byte
//!   that is no letter or digit.
//! - Numbers: from every digit with a word boundary before it, and every number word, the
//!   number [`super::numbers::Numbers::parse`] reads there (its sign, "minus", "a"/"half"
//!   before a number word included), left to right without overlaps.
//!
//! The constructions then look words and numbers up by byte offset ([`Ctx::hits_at`],
//! [`Ctx::number_at`], …), so the stage is one pass of trie walks (each at most a form long)
//! plus anchored digit shapes: linear in the text.

use super::lexicons::{Lexicons, NumClass};
use super::numbers::{is_space, starts_digits, Numbers, Parsed};
use super::shapes::Shapes;
use super::{Candidate, Quantity};
use crate::span::Span;
use crate::trie::Trie;

/// Every lexicon form, in one trie.
pub struct Words {
    trie: Trie,
    /// The form (as in its lexicon) of each pattern of `trie`.
    forms: Vec<&'static str>,
}

/// The spellings of `form` with each space as a plain, no-break or narrow no-break space.
fn space_variants(form: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    for c in form.chars() {
        if c == ' ' {
            out = out
                .into_iter()
                .flat_map(|s| [' ', '\u{a0}', '\u{202f}'].map(|sp| format!("{s}{sp}")))
                .collect();
        } else {
            for s in &mut out {
                s.push(c);
            }
        }
    }
    out
}

impl Words {
    pub fn new(lex: &Lexicons) -> Words {
        let mut all = lex.all_forms();
        crate::sort::sort(&mut all);
        all.dedup();
        let mut patterns = Vec::new();
        let mut forms = Vec::new();
        for f in all {
            for v in space_variants(f) {
                patterns.push(v);
                forms.push(f);
            }
        }
        let trie = Trie::new(patterns.iter().map(|p| p.as_bytes()), false);
        Words { trie, forms }
    }

    /// The whole-word forms in `lower`, sorted by start, longer first.
    fn find(&self, lower: &str) -> Vec<Hit> {
        let b = lower.as_bytes();
        let word = |i: usize| class(b[i]) & WORD != 0;
        let mut hits: Vec<Hit> = Vec::new();
        // The class of the byte before `s` (none before the text: a boundary).
        let mut before = 0u8;
        for (s, &c) in b.iter().enumerate() {
            // A form found at `s` starts with the byte there.
            let bits = class(c);
            let bounded = before & WORD == 0;
            let lead_ok = bits & ALNUM == 0 || bounded || before & DIGIT != 0;
            before = bits;
            if !lead_ok {
                continue;
            }
            self.trie.walk(&b[s..], |len, ids| {
                let e = s + len;
                // The last byte of a form found here is the text's.
                let tail_ok = class(b[e - 1]) & ALNUM == 0 || e == b.len() || !word(e);
                if tail_ok {
                    hits.extend(ids.iter().map(|&id| Hit {
                        start: s,
                        end: e,
                        form: self.forms[id as usize],
                        bounded,
                    }));
                }
            });
        }
        crate::sort::sort_by(&mut hits, |x, y| {
            x.start.cmp(&y.start).then(y.end.cmp(&x.end))
        });
        hits
    }
}

/// The bits of [`class`]: an ASCII letter or digit; a word byte (those and `_`); an ASCII digit.
const ALNUM: u8 = 1;
const WORD: u8 = 2;
const DIGIT: u8 = 4;

/// The [`ALNUM`], [`WORD`] and [`DIGIT`] bits of `c`.
const fn class_of(c: u8) -> u8 {
    let mut bits = 0;
    if c.is_ascii_alphanumeric() {
        bits |= ALNUM | WORD;
    }
    if c == b'_' {
        bits |= WORD;
    }
    if c.is_ascii_digit() {
        bits |= DIGIT;
    }
    bits
}

/// [`class_of`] each byte: one load where the tests were ranges (native only: in WebAssembly
/// its 256 bytes would weigh on the page's size).
#[cfg(not(target_arch = "wasm32"))]
const CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = class_of(i as u8);
        i += 1;
    }
    t
};

/// The class bits of `c`.
#[cfg(not(target_arch = "wasm32"))]
#[inline]
fn class(c: u8) -> u8 {
    CLASS[usize::from(c)]
}

/// The class bits of `c` (in WebAssembly without the table).
#[cfg(target_arch = "wasm32")]
#[inline]
fn class(c: u8) -> u8 {
    class_of(c)
}

/// Whether `c` is an ASCII letter or digit, from the class table (the questions' word edges
/// read it too).
#[inline]
pub(crate) fn is_alnum_byte(c: u8) -> bool {
    class(c) & ALNUM != 0
}

/// A lexicon form found in the text.
#[derive(Clone, Copy, Debug)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    /// The form as in its lexicon (lowercase, plain spaces): the key of every lexicon map.
    pub form: &'static str,
    /// An ASCII word boundary before it (else it follows a digit: "5km", "3bn").
    pub bounded: bool,
}

/// A number found in the text.
#[derive(Clone, Copy, Debug)]
pub struct Num {
    pub span: Span,
    pub p: Parsed,
    /// Where the parse began: `span.start`, or before it when an article is not part of the
    /// number ("a two-year": the number is "two").
    pub from: usize,
}

impl Num {
    /// The parse began where the number begins (no article left out before it).
    pub fn whole(&self) -> bool {
        self.from == self.span.start
    }
}

/// What every construction gets: the text, its lowercased copy, the words and numbers in it,
/// and the candidates found so far.
pub struct Ctx<'a> {
    /// The text as given (for capitalisation).
    pub text: &'a str,
    /// `text` with ASCII letters lowercased: the same bytes at the same offsets.
    pub lower: &'a str,
    pub lex: &'a Lexicons,
    pub shapes: &'a Shapes,
    nums_parser: &'a Numbers,
    /// Whole-word lexicon forms, by start (longer first).
    pub hits: Vec<Hit>,
    /// Indices into `hits`, by end.
    by_end: Vec<usize>,
    /// One bit per byte of the text: some form starts there (most look-ups find none).
    starts: Vec<u64>,
    /// For each word of `starts`, how many bits the words before it set: with a popcount,
    /// the rank of a start among all starts.
    rank: Vec<u32>,
    /// For each start (by rank), the index of its first hit; one more entry at the end.
    first: Vec<u32>,
    /// Where a digit starts a word (a digit with a word boundary before it).
    pub digit_starts: Vec<usize>,
    /// The numbers, left to right, not overlapping.
    pub nums: Vec<Num>,
    pub(super) out: Vec<Candidate>,
}

impl<'a> Ctx<'a> {
    pub fn new(
        text: &'a str,
        lower: &'a str,
        lex: &'a Lexicons,
        shapes: &'a Shapes,
        nums_parser: &'a Numbers,
        words: &Words,
    ) -> Ctx<'a> {
        let hits = words.find(lower);
        let mut by_end: Vec<usize> = (0..hits.len()).collect();
        crate::sort::sort_by_key(&mut by_end, |&i| (hits[i].end, hits[i].start));
        let mut starts = vec![0u64; lower.len() / 64 + 1];
        let mut first: Vec<u32> = Vec::new();
        for (i, h) in hits.iter().enumerate() {
            let (w, bit) = (h.start / 64, 1u64 << (h.start % 64));
            if starts[w] & bit == 0 {
                starts[w] |= bit;
                first.push(i as u32);
            }
        }
        first.push(hits.len() as u32);
        let mut rank = Vec::with_capacity(starts.len());
        let mut total = 0u32;
        for w in &starts {
            rank.push(total);
            total += w.count_ones();
        }
        let b = lower.as_bytes();
        let digit_starts = (0..b.len())
            .filter(|&i| {
                b[i].is_ascii_digit()
                    && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_'))
            })
            .collect();
        let mut cx = Ctx {
            text,
            lower,
            lex,
            shapes,
            nums_parser,
            hits,
            by_end,
            starts,
            rank,
            first,
            digit_starts,
            nums: Vec::new(),
            out: Vec::new(),
        };
        cx.nums = cx.all_numbers();
        cx
    }

    pub fn push(&mut self, q: Quantity) {
        // "1" followed by 400 digits is no quantity (and has no JSON number)
        let finite = [q.value, q.low, q.high]
            .iter()
            .all(|v| v.is_none_or(f64::is_finite));
        if q.span.is_empty() || !finite {
            return;
        }
        let priority = super::priority(q.kind);
        self.out.push(Candidate { q, priority });
    }

    /// Whether some form starts at `pos`.
    fn starts_form(&self, pos: usize) -> bool {
        let (w, bit) = (pos / 64, 1u64 << (pos % 64));
        self.starts.get(w).is_some_and(|&x| x & bit != 0)
    }

    /// The forms that start at `pos`, longer first.
    pub fn hits_at(&self, pos: usize) -> &[Hit] {
        let (w, bit) = (pos / 64, 1u64 << (pos % 64));
        let Some(&word) = self.starts.get(w).filter(|&&x| x & bit != 0) else {
            return &[];
        };
        let r = (self.rank[w] + (word & (bit - 1)).count_ones()) as usize;
        &self.hits[self.first[r] as usize..self.first[r + 1] as usize]
    }

    /// The forms that end at `pos`, the one that starts first first.
    pub fn hits_ending_at(&self, pos: usize) -> impl Iterator<Item = &Hit> {
        let from = self.by_end.partition_point(|&i| self.hits[i].end < pos);
        self.by_end[from..]
            .iter()
            .map(|&i| &self.hits[i])
            .take_while(move |h| h.end == pos)
    }

    /// The longest form at `pos` for which `f` says something, with what it says.
    pub fn hit_with<T>(&self, pos: usize, f: impl Fn(&Hit) -> Option<T>) -> Option<(Hit, T)> {
        self.hits_at(pos).iter().find_map(|h| f(h).map(|t| (*h, t)))
    }

    /// The position after one space at `pos`.
    pub fn sp(&self, pos: usize) -> Option<usize> {
        let c = self.lower[pos..].chars().next()?;
        is_space(c).then_some(pos + c.len_utf8())
    }

    /// The position after an optional space at `pos`.
    pub fn opt_sp(&self, pos: usize) -> usize {
        self.sp(pos).unwrap_or(pos)
    }

    /// The position before one space that ends at `pos`.
    pub fn sp_before(&self, pos: usize) -> Option<usize> {
        let c = self.lower[..pos].chars().next_back()?;
        is_space(c).then_some(pos - c.len_utf8())
    }

    fn is_word_byte(&self, i: usize) -> bool {
        let b = self.lower.as_bytes()[i];
        b.is_ascii_alphanumeric() || b == b'_'
    }

    /// An ASCII word boundary before `pos` (the start of the text, or no letter, digit or `_`).
    pub fn boundary_before(&self, pos: usize) -> bool {
        pos == 0 || !self.is_word_byte(pos - 1)
    }

    /// An ASCII word boundary at `pos`, seen from a word that ends there.
    pub fn boundary_after(&self, pos: usize) -> bool {
        pos == self.lower.len() || !self.is_word_byte(pos)
    }

    /// An ASCII word boundary at `pos`: a word character on one side of it only.
    pub fn is_boundary(&self, pos: usize) -> bool {
        let before = pos > 0 && self.is_word_byte(pos - 1);
        let after = pos < self.lower.len() && self.is_word_byte(pos);
        before != after
    }

    /// The end of the whole word `w` (lowercase ASCII) when it is written at `pos`.
    pub fn word_at(&self, pos: usize, w: &str) -> Option<usize> {
        let end = pos + w.len();
        (self.lower[pos..].starts_with(w) && self.boundary_before(pos) && self.boundary_after(end))
            .then_some(end)
    }

    /// The start of the whole word `w` when it ends at `pos`.
    pub fn word_ending_at(&self, pos: usize, w: &str) -> Option<usize> {
        let start = pos.checked_sub(w.len())?;
        (self.lower.is_char_boundary(start)
            && self.lower[start..pos] == *w
            && self.boundary_before(start)
            && self.boundary_after(pos))
        .then_some(start)
    }

    /// The number that starts at `pos`, as the parser reads it from there.
    pub fn number_at(&self, pos: usize) -> Option<Num> {
        let rest = &self.lower[pos..];
        let c = rest.chars().next()?;
        if !matches!(c, '-' | '−') {
            // digits and words need a word boundary before them ("b12" is no number)
            if c.is_ascii_alphanumeric() && !self.boundary_before(pos) {
                return None;
            }
            if !(starts_digits(c) || c.is_ascii_alphabetic()) {
                return None;
            }
        }
        let p = self.nums_parser.parse(self.lex, rest)?;
        // the parser reads digits greedily: "5x" is no number, "5km" is one before its unit
        Some(Num {
            span: Span::new(pos + p.start, pos + p.len),
            p,
            from: pos,
        })
    }

    /// The number of the left-to-right list that ends at `pos`.
    pub fn num_ending_at(&self, pos: usize) -> Option<&Num> {
        let i = self.nums.partition_point(|n| n.span.end < pos);
        self.nums.get(i).filter(|n| n.span.end == pos)
    }

    /// Where a number may start: digits with a boundary before them, number words, and before
    /// either a sign, "minus " or an article ("a million", "half a million").
    fn all_numbers(&self) -> Vec<Num> {
        let b = self.lower.as_bytes();
        let mut starts: Vec<usize> = Vec::new();
        let push_start = |starts: &mut Vec<usize>, pos: usize| {
            let mut s = pos;
            if let Some(c) = self.lower[..pos].chars().next_back() {
                if matches!(c, '-' | '−') {
                    s = pos - c.len_utf8();
                } else if let Some(sp) = self.sp_before(pos) {
                    for w in ["minus", "half a", "half", "a"] {
                        let w_start = sp.checked_sub(w.len());
                        if let Some(ws) = w_start.filter(|&ws| {
                            self.lower.is_char_boundary(ws)
                                && self.lower[ws..sp] == *w
                                && self.boundary_before(ws)
                        }) {
                            s = ws;
                            break;
                        }
                    }
                }
            }
            starts.push(s);
            if s != pos {
                starts.push(pos);
            }
        };
        let mut i = 0;
        let mut hit = 0;
        while i < b.len() {
            let c = b[i];
            // Most bytes start neither digits (a digit, '.', or a vulgar fraction or other
            // digit whose UTF-8 starts with 0xC2 or 0xE2) nor a lexicon form.
            let digit_like = c.is_ascii_digit() || matches!(c, b'.' | 0xC2 | 0xE2);
            if !(digit_like || self.starts_form(i)) {
                i += 1;
                continue;
            }
            let digit_start = c.is_ascii_digit() && self.boundary_before(i)
                || c == b'.'
                    && b.get(i + 1).is_some_and(u8::is_ascii_digit)
                    && !(i > 0 && b[i - 1].is_ascii_digit())
                || (c == 0xC2 || c == 0xE2)
                    && self.lower[i..].starts_with(|ch: char| starts_digits(ch) && !ch.is_ascii());
            // number words that start here
            while hit < self.hits.len() && self.hits[hit].start < i {
                hit += 1;
            }
            let word_start = !digit_start
                && self.hits[hit..]
                    .iter()
                    .take_while(|h| h.start == i)
                    .any(|h| h.bounded && self.is_number_word(h.form));
            if digit_start || word_start {
                push_start(&mut starts, i);
                // skip the rest of this run of digits or letters
                i += 1;
                while i < b.len() && (b[i].is_ascii_alphanumeric()) {
                    i += 1;
                }
                continue;
            }
            i += 1;
        }
        starts.sort_unstable();
        starts.dedup();
        let mut out: Vec<Num> = Vec::new();
        let mut end = 0;
        for s in starts {
            if s < end {
                continue;
            }
            if let Some(n) = self.number_at(s) {
                end = n.span.end;
                out.push(n);
            }
        }
        out
    }

    /// A number word ("two", "fifteen", "hundred", "dozen"), not an ordinal or a fraction.
    pub(crate) fn is_number_word(&self, form: &str) -> bool {
        matches!(
            self.lex.numbers.get(form),
            Some((
                NumClass::Unit
                    | NumClass::Teen
                    | NumClass::Tens
                    | NumClass::Hundred
                    | NumClass::Scale
                    | NumClass::Dozen,
                _
            ))
        )
    }

    /// True when the original text at `start` begins with an uppercase letter.
    pub fn capitalised(&self, start: usize) -> bool {
        self.text[start..]
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase())
    }

    /// The word (ASCII letters) that ends right before `start`, skipping one space.
    pub fn word_before(&self, start: usize) -> &str {
        let before = self.lower[..start].trim_end_matches(is_space);
        if before.len() + 3 < start {
            return "";
        }
        // the first byte after the last non-letter (which may be several bytes long)
        let from = before
            .char_indices()
            .rev()
            .find(|(_, c)| !c.is_ascii_alphabetic())
            .map_or(0, |(i, c)| i + c.len_utf8());
        &before[from..]
    }
}
