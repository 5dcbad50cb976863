//! Stage 1: text normalisation with a map back to the original offsets.
//!
//! The later stages match patterns against a cleaner text:
//! - `\r\n` and `\r` become `\n`; tabs, no-break and other Unicode spaces become a plain space;
//! - control characters become a space, zero-width characters and soft hyphens are dropped;
//! - an apostrophe between letters (`’`, `ʼ`, `′`) becomes `'` (`NATO’s` → `NATO's`);
//! - `--` becomes an em dash;
//! - Markdown emphasis markers (`*Bild*`, `**bold**`, `_word_`) are dropped.
//!
//! Quotation marks themselves are left alone: [`crate::quotes`] decides what they are.
//! Every byte of the normalised text maps back to the character it came from, so no span ever
//! loses or invents original text.

use crate::span::Span;

/// The normalised text and its map back to the original.
#[derive(Clone, Debug)]
pub struct Normalized {
    pub text: String,
    map: Origins,
    original_len: usize,
}

/// Where each character of the normalised text came from. Most characters keep their length
/// and follow the one before, so a run of them is one entry; only a character that changes
/// length, or whose span is stretched, has one of its own. Memory is proportional to the
/// changes, not to the text (a table per byte took 16 bytes for each byte of input).
#[derive(Clone, Debug, Default)]
struct Origins {
    /// (normalised byte, original byte) where a run starts: inside it, the character at
    /// normalised byte `p` came from original byte `orig + (p - norm)`, with its own length.
    runs: Vec<(usize, usize)>,
    /// Characters outside the runs' rule, by normalised byte: (normalised, original start,
    /// original end), sorted.
    changed: Vec<(usize, usize, usize)>,
}

impl Origins {
    /// Record that the character of `len` bytes at normalised byte `p` came from `s..e`.
    fn add(&mut self, p: usize, len: usize, s: usize, e: usize) {
        if e - s != len {
            self.changed.push((p, s, e));
            return;
        }
        let follows = self.runs.last().is_some_and(|&(n, o)| o + (p - n) == s);
        if !follows {
            self.runs.push((p, s));
        }
    }

    /// The original span of the character that starts at normalised byte `p` (`len` bytes).
    fn get(&self, p: usize, len: usize) -> (usize, usize) {
        if let Ok(k) = self.changed.binary_search_by_key(&p, |c| c.0) {
            let (_, s, e) = self.changed[k];
            return (s, e);
        }
        let k = self.runs.partition_point(|r| r.0 <= p);
        let (n, o) = self.runs[k - 1];
        let s = o + (p - n);
        (s, s + len)
    }

    /// Stretch the end of the character at `p` to at least `e`.
    fn stretch(&mut self, p: usize, len: usize, e: usize) {
        let (s, old) = self.get(p, len);
        match self.changed.last_mut() {
            Some(last) if last.0 == p => last.2 = old.max(e),
            _ => self.changed.push((p, s, old.max(e))),
        }
    }
}

fn is_space_like(c: char) -> bool {
    matches!(
        c,
        '\t' | '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
    )
}

fn is_dropped(c: char) -> bool {
    matches!(
        c,
        '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}'
    )
}

/// The characters of a text from a byte offset with their offsets, as `char_indices` gives
/// them, that can be moved past a run copied whole.
struct Cursor<'a> {
    text: &'a str,
    at: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<(usize, char)> {
        self.text[self.at..].chars().next().map(|c| (self.at, c))
    }
}

impl Iterator for Cursor<'_> {
    type Item = (usize, char);
    fn next(&mut self) -> Option<(usize, char)> {
        let next = self.peek();
        if let Some((_, c)) = next {
            self.at += c.len_utf8();
        }
        next
    }
}

/// A byte that is its own character and that no rule changes: it is copied as it is, with
/// the run it stands in (most of a news text is runs of these).
#[cfg(not(target_arch = "wasm32"))]
fn is_plain(b: u8) -> bool {
    PLAIN[usize::from(b)]
}

/// A byte that is its own character and that no rule changes (in WebAssembly without the
/// table, whose 256 bytes would weigh on the page's size).
#[cfg(target_arch = "wasm32")]
fn is_plain(b: u8) -> bool {
    plain_byte(b)
}

/// The definition of [`is_plain`].
const fn plain_byte(b: u8) -> bool {
    matches!(b, b'\n' | b' '..=b'~') && !matches!(b, b'`' | b'\'' | b'-' | b'*' | b'_')
}

/// [`plain_byte`] of each byte: one load per byte of a run where the tests were ranges
/// (native only).
#[cfg(not(target_arch = "wasm32"))]
const PLAIN: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = plain_byte(i as u8);
        i += 1;
    }
    t
};

fn is_apostrophe_like(c: char) -> bool {
    matches!(c, '\u{2019}' | '\u{2bc}' | '\u{2032}' | '\'')
}

/// Markdown emphasis: find runs of `*` or `_` that open before a word and close after one on
/// the same line. Returns the byte ranges of the markers to drop.
fn emphasis_markers(text: &str) -> Vec<Span> {
    let mut drop = Vec::new();
    let bytes = text.as_bytes();
    let mut line_start = 0;
    for line_end in text
        .match_indices('\n')
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
    {
        let line = &bytes[line_start..line_end];
        let mut i = 0;
        while i < line.len() {
            let m = line[i];
            if m != b'*' && m != b'_' {
                i += 1;
                continue;
            }
            let mut j = i;
            while j < line.len() && line[j] == m {
                j += 1;
            }
            let run = j - i;
            let before = if i == 0 { b' ' } else { line[i - 1] };
            let after = if j < line.len() { line[j] } else { b' ' };
            let opens = run <= 3 && !before.is_ascii_alphanumeric() && after != b' ' && after != m;
            if !opens {
                i = j;
                continue;
            }
            // Look for the matching closing run on the same line.
            let mut k = j + 1;
            let mut found = None;
            while k < line.len() {
                if line[k] == m {
                    let mut l = k;
                    while l < line.len() && line[l] == m {
                        l += 1;
                    }
                    let prev = line[k - 1];
                    let next = if l < line.len() { line[l] } else { b' ' };
                    if l - k == run && prev != b' ' && !next.is_ascii_alphanumeric() {
                        found = Some((k, l));
                        break;
                    }
                    k = l;
                } else {
                    k += 1;
                }
            }
            match found {
                Some((k, l)) => {
                    drop.push(Span::new(line_start + i, line_start + j));
                    drop.push(Span::new(line_start + k, line_start + l));
                    i = l;
                }
                None => i = j,
            }
        }
        line_start = line_end + 1;
    }
    drop
}

struct Out {
    text: String,
    map: Origins,
    pending_start: Option<usize>,
}

impl Out {
    fn push(&mut self, c: char, s: usize, e: usize) {
        let s = self.pending_start.take().map_or(s, |p| p.min(s));
        self.map.add(self.text.len(), c.len_utf8(), s, e);
        self.text.push(c);
    }

    /// Push a run of [`is_plain`] bytes that starts at original byte `s`: each maps to its own
    /// byte, so the run follows on from its first byte's entry.
    fn push_plain(&mut self, run: &str, s: usize) {
        debug_assert!(self.pending_start.is_none() && run.bytes().all(is_plain));
        self.map.add(self.text.len(), 1, s, s + 1);
        self.text.push_str(run);
    }

    /// Stretch the end of the last character pushed to `e`.
    fn extend_last(&mut self, e: usize) {
        let Some(c) = self.text.chars().next_back() else {
            return;
        };
        let len = c.len_utf8();
        self.map.stretch(self.text.len() - len, len, e);
    }
}

impl Normalized {
    /// Normalise `original`.
    pub fn new(original: &str) -> Normalized {
        let drops = emphasis_markers(original);
        let mut out = Out {
            text: String::with_capacity(original.len()),
            map: Origins::default(),
            pending_start: None,
        };
        let mut drop_iter = drops.iter().enumerate().peekable();
        let mut chars = Cursor {
            text: original,
            at: 0,
        };
        let mut prev: Option<char> = None;
        let bytes = original.as_bytes();
        while let Some((i, c)) = chars.next() {
            if out.pending_start.is_none() && is_plain(bytes[i]) {
                let n = bytes[i..].iter().position(|&b| !is_plain(b));
                let copied = n.map_or(bytes.len(), |n| i + n);
                out.push_plain(&original[i..copied], i);
                prev = Some(char::from(bytes[copied - 1]));
                // The run's characters are not read again one by one.
                chars.at = copied;
                continue;
            }
            while drop_iter.peek().is_some_and(|(_, d)| d.end <= i) {
                drop_iter.next();
            }
            if let Some(&(k, d)) = drop_iter.peek() {
                if d.start <= i && i < d.end {
                    // An opening marker joins the next character, a closing one the previous,
                    // so that a span covering the emphasised words covers its markers too.
                    if k % 2 == 0 {
                        out.pending_start.get_or_insert(d.start);
                    } else {
                        out.extend_last(i + c.len_utf8());
                    }
                    continue;
                }
            }
            let e = i + c.len_utf8();
            let next = chars.peek().map(|(_, n)| n);
            match c {
                '\r' => {
                    if next == Some('\n') {
                        // Folded into the following '\n', which maps to both characters.
                        chars.next();
                        out.push('\n', i, e + 1);
                    } else {
                        out.push('\n', i, e);
                    }
                }
                c if is_dropped(c) => {}
                c if is_space_like(c) => out.push(' ', i, e),
                c if c.is_control() && c != '\n' => out.push(' ', i, e),
                c if c != '\''
                    && is_apostrophe_like(c)
                    && prev.is_some_and(char::is_alphanumeric)
                    && next.is_some_and(char::is_alphabetic) =>
                {
                    out.push('\'', i, e)
                }
                // Typewriter quotes: `` and '' stand for double quotation marks.
                '`' | '\'' if next == Some(c) => {
                    let (j, _) = chars.next().expect("peeked");
                    out.push('"', i, j + 1);
                }
                '-' if next == Some('-') && prev != Some('-') => {
                    let (j, _) = chars.next().expect("peeked");
                    if chars.peek().is_some_and(|(_, n)| n == '-') {
                        // Three or more hyphens: a rule line, leave it as it is.
                        out.push('-', i, e);
                        out.push('-', j, j + 1);
                    } else {
                        out.push('\u{2014}', i, j + 1);
                    }
                }
                c => out.push(c, i, e),
            }
            prev = Some(c);
        }
        Normalized {
            text: out.text,
            map: out.map,
            original_len: original.len(),
        }
    }

    /// The original span of the character holding normalised byte `i` (< the text's length).
    fn origin(&self, mut i: usize) -> (usize, usize) {
        while !self.text.is_char_boundary(i) {
            i -= 1;
        }
        let len = self.text[i..].chars().next().map_or(1, char::len_utf8);
        self.map.get(i, len)
    }

    /// The original byte offset where normalised byte `i` starts.
    pub fn orig_start(&self, i: usize) -> usize {
        if i >= self.text.len() {
            return self.original_len;
        }
        self.origin(i).0
    }

    /// The original byte offset where a normalised span ending at `i` ends.
    pub fn orig_end(&self, i: usize) -> usize {
        if i == 0 {
            return self.orig_start(0).min(self.original_len);
        }
        if i > self.text.len() {
            return self.original_len;
        }
        self.origin(i - 1).1
    }

    /// Map a normalised span back to the original text.
    pub fn to_original(&self, span: Span) -> Span {
        if span.is_empty() {
            let s = self.orig_start(span.start);
            return Span::new(s, s);
        }
        Span::new(self.orig_start(span.start), self.orig_end(span.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roundtrip(s: &str) -> Normalized {
        let n = Normalized::new(s);
        let all = n.to_original(Span::new(0, n.text.len()));
        assert!(all.end <= s.len());
        n
    }

    #[test]
    fn markdown_emphasis_is_dropped_and_mapped() {
        let src = "the newspaper *Bild* said";
        let n = roundtrip(src);
        assert_eq!(n.text, "the newspaper Bild said");
        let b = n.text.find("Bild").unwrap();
        let o = n.to_original(Span::new(b, b + 4));
        assert_eq!(&src[o.start..o.end], "*Bild*");
    }

    #[test]
    fn bullets_and_products_keep_their_stars() {
        assert_eq!(Normalized::new("* item one").text, "* item one");
        assert_eq!(Normalized::new("2 * 3 = 6").text, "2 * 3 = 6");
        assert_eq!(Normalized::new("snake_case_name").text, "snake_case_name");
    }

    #[test]
    fn apostrophes_spaces_and_crlf() {
        let src = "NATO\u{2019}s\u{a0}plan\r\nnext \u{2018}quote\u{2019}";
        let n = roundtrip(src);
        assert_eq!(n.text, "NATO's plan\nnext \u{2018}quote\u{2019}");
        let nl = n.text.find('\n').unwrap();
        let o = n.to_original(Span::new(nl, nl + 1));
        assert_eq!(&src[o.start..o.end], "\r\n");
    }

    #[test]
    fn double_hyphen_becomes_dash() {
        let n = roundtrip("a--b --- c");
        assert_eq!(n.text, "a\u{2014}b --- c");
    }

    #[test]
    fn every_character_maps_to_its_origin_in_order() {
        let src = "**Ana**\u{2019}s plan\r\n\u{ad}a\u{200b}b--c\rd\u{a0}e ``f'' _g_ NATO\u{2019}s \u{1F600}\t*x*\r\n\r\n";
        let n = roundtrip(src);
        let mut last_start = 0;
        for (i, c) in n.text.char_indices() {
            let o = n.to_original(Span::new(i, i + c.len_utf8()));
            assert!(
                o.start < o.end && o.start >= last_start,
                "{c:?} at {i}: {o:?}"
            );
            assert!(src.is_char_boundary(o.start) && src.is_char_boundary(o.end));
            // Every byte of a character maps to the same origin.
            for b in i + 1..i + c.len_utf8() {
                assert_eq!(n.orig_start(b), o.start);
            }
            last_start = o.start;
        }
        assert_eq!(n.orig_start(n.text.len()), src.len());
        assert_eq!(n.orig_end(n.text.len() + 5), src.len());
        let e = n.text.find('e').unwrap();
        assert_eq!(n.to_original(Span::new(e - 1, e + 1)).of(src), "\u{a0}e");
        let dash = n.text.find('\u{2014}').unwrap();
        assert_eq!(n.to_original(Span::new(dash, dash + 3)).of(src), "--");
        assert_eq!(Normalized::new("").orig_end(0), 0);
    }
}
