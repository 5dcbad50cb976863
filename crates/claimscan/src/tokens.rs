//! Word and punctuation tokens of a sentence, shared by the stages after segmentation.

use std::cell::RefCell;
use std::fmt;
use std::ops::Deref;
use std::rc::Rc;

use crate::lexicon::WordSet;
use crate::quotes::Quote;
use crate::segment::Abbreviations;
use crate::span::Span;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    Word,
    Punct(char),
    /// An opening quotation mark (as paired by [`crate::quotes`]).
    QuoteOpen,
    /// A closing quotation mark.
    QuoteClose,
}

/// One token.
#[derive(Clone, Debug)]
pub struct Tok {
    pub span: Span,
    pub kind: TokKind,
    /// Lowercased word, possessive `'s` removed; empty for punctuation.
    pub lower: Lower,
    /// The word starts with an uppercase letter.
    pub cap: bool,
    /// The token lies inside a quotation.
    pub quoted: bool,
}

impl Tok {
    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }
    pub fn is(&self, w: &str) -> bool {
        self.kind == TokKind::Word && self.lower == w
    }
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokKind::Punct(c)
    }
    /// A sign that is part of the words next to it, not punctuation between them: the "%" of
    /// "Turnout was 63%.", the "°" of "40°", the "$" of "$5 million" (currency signs). A
    /// claim's edges keep these where they drop a full stop or a comma.
    pub fn is_symbol(&self) -> bool {
        matches!(
            self.kind,
            TokKind::Punct(
                '%' | '\u{2030}'
                    | '\u{b0}'
                    | '$'
                    | '\u{20ac}'
                    | '\u{a3}'
                    | '\u{a5}'
                    | '\u{a2}'
                    | '\u{20b9}'
                    | '\u{20bd}'
                    | '\u{20a9}'
                    | '\u{20ba}'
                    | '\u{20aa}'
            )
        )
    }
    /// Every letter is uppercase and there are at least two (NATO, NYPD, U.S.).
    pub fn is_acronym(&self, text: &str) -> bool {
        let t = self.span.of(text);
        t.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && t.chars()
                .all(|c| c.is_uppercase() || c == '.' || c == '&' || c.is_ascii_digit())
    }
}

/// Words whose "'s" is "is" or "has", kept whole rather than read as a possessive.
const S_CONTRACTIONS: &[&str] = &[
    "it's",
    "that's",
    "there's",
    "what's",
    "he's",
    "she's",
    "he\u{2019}s",
    "she\u{2019}s",
    "who's",
    "here's",
    "where's",
    "let's",
];

/// A token's lowercased word: one shared copy per distinct word of a document ([`Words`]),
/// so that tokens take no allocation of their own (a 10 MB document has two million tokens
/// and a few tens of thousands of distinct words). Reads as a `&str`. One pointer wide (the
/// length is behind it), so that a token is 32 bytes, not 40.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lower(Rc<Box<str>>);

impl Lower {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for Lower {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Lower {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for Lower {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl PartialEq<str> for Lower {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Lower {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Lower {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<Lower> for &str {
    fn eq(&self, other: &Lower) -> bool {
        *self == other.as_str()
    }
}

impl PartialEq<Lower> for str {
    fn eq(&self, other: &Lower) -> bool {
        self == other.as_str()
    }
}

impl fmt::Display for Lower {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for Lower {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl From<Lower> for String {
    fn from(l: Lower) -> String {
        l.as_str().to_string()
    }
}

impl From<&Lower> for String {
    fn from(l: &Lower) -> String {
        l.as_str().to_string()
    }
}

/// The distinct lowercased words of a document, each stored once.
pub struct Words {
    set: WordSet<Lower>,
    empty: Lower,
}

impl Words {
    pub fn new() -> Words {
        Words {
            set: WordSet::default(),
            empty: Lower(Rc::new(Box::from(""))),
        }
    }

    /// The shared copy of `w`.
    pub fn get(&mut self, w: &str) -> Lower {
        if w.is_empty() {
            return self.empty.clone();
        }
        if let Some(l) = self.set.get(w) {
            return l.clone();
        }
        let l = Lower(Rc::new(Box::from(w)));
        self.set.insert(l.clone());
        l
    }

    /// The empty word of punctuation tokens.
    pub fn empty(&self) -> Lower {
        self.empty.clone()
    }

    /// The words this thread kept from the documents it tokenized before ([`Words::keep`]),
    /// or none: most words of a document were in the ones before it, and a kept word costs a
    /// look-up instead of two allocations, and their freeing, per document.
    pub fn kept() -> Words {
        KEPT.try_with(|k| k.borrow_mut().take())
            .ok()
            .flatten()
            .unwrap_or_default()
    }

    /// Keep these words for this thread's next document; emptied first once they are more
    /// than [`KEEP`], so that what a thread holds between documents stays small however
    /// many documents it reads. Which words are kept changes no output: a token's word
    /// reads the same, shared or not.
    pub fn keep(mut self) {
        if self.set.len() > KEEP {
            self.set.clear();
        }
        let _ = KEPT.try_with(|k| *k.borrow_mut() = Some(self));
    }
}

/// How many distinct words a thread keeps between documents (a few hundred kilobytes; 16,384
/// saved 0.6 % more instructions on news and held 1.3 MB more with two threads).
const KEEP: usize = 1 << 12;

thread_local! {
    /// The words of this thread's earlier documents ([`Words::kept`]).
    static KEPT: RefCell<Option<Words>> = const { RefCell::new(None) };
}

impl Default for Words {
    fn default() -> Self {
        Words::new()
    }
}

/// The character at byte `i` of `s` (a character boundary, or the end) and its length.
fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
    match s.as_bytes().get(i) {
        None => None,
        Some(&b) if b < 0x80 => Some((char::from(b), 1)),
        Some(_) => s[i..].chars().next().map(|c| (c, c.len_utf8())),
    }
}

fn word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\u{2019}' || c == '\''
}

/// The quotation marks and quoted stretches of one span, sorted, each read with a cursor:
/// the tokenizer asks about places in increasing order, so that each character costs O(1)
/// amortised however many quotations the span holds (was a binary search per question).
struct QuoteMarks {
    opens: Vec<usize>,
    closes: Vec<usize>,
    /// The union of the quotations' insides, as disjoint sorted ranges.
    inside: Vec<Span>,
    /// The first of `opens`, `closes` and `inside` not yet behind the place last asked about.
    next: [usize; 3],
}

impl QuoteMarks {
    fn new(quotes: &[Quote], span: Span) -> QuoteMarks {
        let local = quotes.iter().filter(|q| q.outer.overlaps(span));
        let mut opens: Vec<usize> = local.clone().map(|q| q.open.start).collect();
        let mut closes: Vec<usize> = local
            .clone()
            .filter_map(|q| q.close)
            .map(|c| c.start)
            .collect();
        let mut inner: Vec<Span> = local.map(|q| q.inner).filter(|i| !i.is_empty()).collect();
        opens.sort_unstable();
        closes.sort_unstable();
        crate::sort::sort(&mut inner);
        let mut inside: Vec<Span> = Vec::with_capacity(inner.len());
        for i in inner {
            match inside.last_mut() {
                Some(last) if i.start <= last.end => last.end = last.end.max(i.end),
                _ => inside.push(i),
            }
        }
        QuoteMarks {
            opens,
            closes,
            inside,
            next: [0; 3],
        }
    }
    /// Whether `pos` is in the sorted `marks`, with `next` the first not below the place
    /// asked about before (never above `pos`).
    fn at(marks: &[usize], next: &mut usize, pos: usize) -> bool {
        while marks.get(*next).is_some_and(|&m| m < pos) {
            *next += 1;
        }
        marks.get(*next) == Some(&pos)
    }
    fn opens_at(&mut self, pos: usize) -> bool {
        QuoteMarks::at(&self.opens, &mut self.next[0], pos)
    }
    fn closes_at(&mut self, pos: usize) -> bool {
        QuoteMarks::at(&self.closes, &mut self.next[1], pos)
    }
    /// Inside some quotation.
    fn quoted(&mut self, pos: usize) -> bool {
        let k = &mut self.next[2];
        while self.inside.get(*k).is_some_and(|r| r.end <= pos) {
            *k += 1;
        }
        self.inside.get(*k).is_some_and(|r| r.start <= pos)
    }
}

/// A comma between a digit and a group of exactly three digits ("1,200", "3,400,000") is part
/// of the number, not a token of its own.
fn thousands_group(b: &[u8], comma: usize) -> bool {
    comma > 0
        && b[comma - 1].is_ascii_digit()
        && b.get(comma + 1..comma + 4)
            .is_some_and(|g| g.iter().all(u8::is_ascii_digit))
        && !b.get(comma + 4).is_some_and(u8::is_ascii_digit)
}

/// A colon after one or two digits (the word from `start`) and before exactly two ("2:14",
/// "14:05") is a clock time's, part of the word: "posted at 2:14 p.m.: “…”" has one colon
/// that introduces.
fn clock_time(b: &[u8], start: usize, colon: usize) -> bool {
    (1..=2).contains(&(colon - start))
        && b[start..colon].iter().all(u8::is_ascii_digit)
        && b.get(colon + 1..colon + 3)
            .is_some_and(|g| g.iter().all(u8::is_ascii_digit))
        && !b.get(colon + 3).is_some_and(u8::is_ascii_digit)
}

/// Tokenize `span` of `text`; quotation marks are recognised from `quotes`, and listed
/// abbreviations keep their full stop. Lowercased words are shared through `words`.
pub fn tokenize(
    text: &str,
    span: Span,
    quotes: &[Quote],
    abbr: &Abbreviations,
    words: &mut Words,
) -> Vec<Tok> {
    // Sized for most sentences' tokens up front (a token and its space are rarely under
    // three bytes): no copy as the vector grows; it is shrunk in place at the end.
    let mut toks = Vec::with_capacity(span.len() / 3 + 1);
    let mut scratch = String::new();
    let s = span.of(text);
    // Asked about places in increasing order only (a token's start, then the places inside
    // it, then the next token's start), as its cursors need.
    let mut marks = QuoteMarks::new(quotes, span);
    // Read in place a character at a time (`i`: a byte offset in `s`), with the character
    // after a word's character looked at without decoding the span up front.
    let mut i = 0;
    while let Some((c, len)) = char_at(s, i) {
        let at = span.start + i;
        if c.is_whitespace() {
            i += len;
            continue;
        }
        // Whether the token that starts here is quoted (asked once, before the places after).
        let quoted = marks.quoted(at);
        if marks.opens_at(at) {
            toks.push(Tok {
                span: Span::new(at, at + len),
                kind: TokKind::QuoteOpen,
                lower: words.empty(),
                cap: false,
                quoted,
            });
            i += len;
            continue;
        }
        if marks.closes_at(at) {
            toks.push(Tok {
                span: Span::new(at, at + len),
                kind: TokKind::QuoteClose,
                lower: words.empty(),
                cap: false,
                quoted,
            });
            i += len;
            continue;
        }
        if c.is_alphanumeric() {
            // `end`: the byte after the word's last character.
            let mut end = i + len;
            while let Some((d, dlen)) = char_at(s, end) {
                // ("FranÃ§ois": a Latin-1 symbol between letters is a misdecoded letter.)
                let alnum = d.is_alphanumeric();
                let joins = alnum
                    || ((d == '.'
                        || d == '-'
                        || d == '&'
                        || word_char(d)
                        || ('\u{a1}'..='\u{bf}').contains(&d))
                        && char_at(s, end + dlen).is_some_and(|(n, _)| n.is_alphanumeric()))
                    || d == ',' && thousands_group(s.as_bytes(), end)
                    || d == ':' && clock_time(s.as_bytes(), i, end);
                if !joins {
                    break;
                }
                // A closing mark paired by the quote stage is never part of a word. A mark is
                // a quotation character, never a letter or digit (and an unmarked opening is
                // at a paragraph's start, never inside a word): only the other joiners are
                // asked about (the cursors move on as far as the next question needs).
                let pos = span.start + end;
                if !alnum && (marks.closes_at(pos) || marks.opens_at(pos)) {
                    break;
                }
                end += dlen;
            }
            // A dotted abbreviation keeps its final stop ("U.S.").
            let w = &s[i..end];
            let single_initial = || w.chars().count() == 1 && c.is_uppercase();
            if s[end..].starts_with('.')
                && ((w.contains('.') && w.len() <= 8) || single_initial() || abbr.is_listed(w))
            {
                end += 1;
            }
            let w = &s[i..end];
            let lower = &mut scratch;
            lower.clear();
            if w.is_ascii() {
                lower.push_str(w);
                lower.make_ascii_lowercase();
            } else {
                // `str::to_lowercase`, not per char: a final sigma lowercases by its context.
                lower.push_str(&crate::case::lower_str(w));
            }
            // Whether the word (before any suffix is cut) is a contraction, looked up only for
            // a word that ends in one of the suffixes: once, before the first cut.
            let mut contraction = None;
            for suffix in ["'s", "\u{2019}s"] {
                if lower.len() > suffix.len() + 1
                    && lower.ends_with(suffix)
                    && !*contraction.get_or_insert_with(|| S_CONTRACTIONS.contains(&lower.as_str()))
                {
                    lower.truncate(lower.len() - suffix.len());
                }
            }
            toks.push(Tok {
                span: Span::new(at, span.start + end),
                kind: TokKind::Word,
                lower: words.get(lower),
                cap: c.is_uppercase(),
                quoted,
            });
            i = end;
            continue;
        }
        toks.push(Tok {
            span: Span::new(at, at + len),
            kind: TokKind::Punct(c),
            lower: words.empty(),
            cap: false,
            quoted,
        });
        i += len;
    }
    // Sized to fit: a document holds every sentence's tokens at once.
    toks.shrink_to_fit();
    toks
}
