//! Byte spans. Inside the core every span is a half-open byte range into the *normalised* text
//! (see [`crate::normalize`]); the report converts them to the caller's unit at the very end.

/// A half-open byte range `start..end`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }
    pub const fn len(self) -> usize {
        self.end - self.start
    }
    pub const fn is_empty(self) -> bool {
        self.end <= self.start
    }
    /// True when the two spans share at least one byte.
    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// True when `other` lies inside `self`.
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    /// The smallest span covering both.
    pub fn hull(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
    /// The text of this span in `text`.
    ///
    /// A span that does not fit `text` (a bug) yields "" in release builds rather than a panic.
    pub fn of(self, text: &str) -> &str {
        debug_assert!(
            self.start <= self.end && text.get(self.start..self.end).is_some(),
            "span {self:?} does not fit a text of {} bytes",
            text.len()
        );
        text.get(self.start..self.end).unwrap_or("")
    }
    /// Shrink the span so that it starts and ends on non-whitespace.
    pub fn trim(self, text: &str) -> Span {
        let s = &text[self.start..self.end];
        let lead = s.len() - s.trim_start().len();
        let trail = s.len() - s.trim_end().len();
        if lead == s.len() {
            return Span::new(self.start, self.start);
        }
        Span::new(self.start + lead, self.end - trail)
    }
}
