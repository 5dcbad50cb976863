//! Stage 2: paragraphs, headlines and sentences.
//!
//! One left-to-right pass over the normalised text, linear in its length. Bytes are scanned
//! with a lookup table for candidate terminators; abbreviations and context are examined only
//! at candidates, and every look-back or look-ahead is bounded.
//!
//! Rules, each with a unit test below:
//! 1. Paragraphs end at blank lines. Inside a paragraph a line break also ends a sentence when
//!    the next line is a list item, a heading or a block quote, when the line before it is a
//!    short line with no final punctuation (a headline, a dateline, a byline), or when the
//!    paragraph is a column of short unpunctuated lines (a menu or a feature list).
//! 2. Inside a run of text a sentence ends at `.`, `!`, `?` or `…` (plus any closing quotation
//!    marks, brackets and citation marks like `[12]`) followed by a space and a word that can
//!    start a sentence, unless the word before the full stop is an abbreviation
//!    ([`Abbreviations`]) or an initial. A following `,`, `;`, `:` or closing bracket never
//!    starts a sentence (emoticons, stray commas).
//! 3. Lower-case after a stop: `?` always ends the sentence unless a closing quote precedes
//!    (`"Why?" she asked`); `.` and `!` do only after an ordinary lower-case word and before a
//!    common sentence opener (`... in town. i think`), as in informal web text.
//! 4. Ellipses: `...`/`…` end a sentence before a capital; a spaced `. . .` is an omission
//!    inside the sentence, `. . . .` (ellipsis plus full stop) ends it, and `word. . . .`
//!    ends the sentence at the first stop; `[...]` never ends a sentence.
//! 5. Enumerations written inline (`1.) a 2.) b`, `a. x b. y`, `• 9. x • 10. y`) start a
//!    sentence at each marker of a consecutive series; a marker's own stop never ends one.
//! 6. A stop directly followed by a capitalised word (`world.Today`) ends a sentence, unless
//!    the token is a URL, an e-mail address or a file name.
//! 7. A paragraph made of a single line with no final punctuation is a headline.
//!
//! The abbreviation kinds are data (`lexicons/abbreviations.txt`); the time abbreviations
//! (`a.m.`, `p.m.`) and the pronoun `I` have their own rules here.

use std::collections::{HashMap, HashSet};

use crate::lexicon;
use crate::span::Span;

/// A paragraph: a block of text between blank lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paragraph {
    pub span: Span,
}

/// A sentence with its paragraph and headline flag.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub paragraph: usize,
    pub headline: bool,
}

/// The output of segmentation.
#[derive(Clone, Debug, Default)]
pub struct Segments {
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum AbbrevKind {
    Title,
    Month,
    Number,
    Inside,
    General,
}

/// The abbreviation and sentence-starter lexicons, compiled for fast lookup.
#[derive(Clone, Debug)]
pub struct Abbreviations {
    exact: HashMap<String, AbbrevKind>,
    /// Lower-cased general and inside abbreviations ("etc", "e.g").
    folded: HashMap<String, AbbrevKind>,
    /// Upper-cased titles, months and number words, for text in capitals ("GEN.", "JAN.").
    upper: HashMap<String, AbbrevKind>,
    starters: HashSet<String>,
    /// Lower-cased starters, for informal text written without capitals ("the", "i").
    starters_lower: HashSet<String>,
}

impl Abbreviations {
    pub fn new() -> Abbreviations {
        let mut exact = HashMap::new();
        let mut folded = HashMap::new();
        let mut upper = HashMap::new();
        for e in lexicon::ABBREVIATIONS.entries() {
            let kind = match e[1] {
                "title" => AbbrevKind::Title,
                "month" => AbbrevKind::Month,
                "number" => AbbrevKind::Number,
                "inside" => AbbrevKind::Inside,
                _ => AbbrevKind::General,
            };
            exact.insert(e[0].to_string(), kind);
            if matches!(kind, AbbrevKind::General | AbbrevKind::Inside) {
                folded.insert(e[0].to_lowercase(), kind);
            } else if e[0].chars().count() >= 2 {
                upper.insert(e[0].to_uppercase(), kind);
            }
        }
        let starters: HashSet<String> = lexicon::SENTENCE_STARTERS
            .keys()
            .map(|k| k.to_string())
            .collect();
        let starters_lower = starters.iter().map(|k| k.to_lowercase()).collect();
        Abbreviations {
            exact,
            folded,
            upper,
            starters,
            starters_lower,
        }
    }

    fn kind(&self, word: &str) -> Option<AbbrevKind> {
        if word.is_empty() || word.len() > 16 {
            return None;
        }
        if let Some(k) = self.exact.get(word) {
            return Some(*k);
        }
        let mut buf = [0u8; 16];
        if let Some(lower) = ascii_lower(word, &mut buf) {
            if let Some(k) = self.folded.get(lower) {
                return Some(*k);
            }
        } else if let Some(k) = self.folded.get(&word.to_lowercase()) {
            return Some(*k);
        }
        if word.bytes().all(|b| !b.is_ascii_lowercase()) {
            return self.upper.get(word).copied();
        }
        None
    }

    /// True when `word` is written exactly so in the abbreviation lexicon ("Gov", "U.S").
    pub fn is_listed(&self, word: &str) -> bool {
        self.exact.contains_key(word)
    }

    /// True when `word` commonly opens a sentence ("The", "He", "However").
    pub fn is_starter(&self, word: &str) -> bool {
        self.starters.contains(word)
    }

    /// True when `word` is a sentence starter written in lower case ("the", "i").
    fn is_lower_starter(&self, word: &str) -> bool {
        word.starts_with(|c: char| c.is_lowercase()) && self.starters_lower.contains(word)
    }
}

impl Default for Abbreviations {
    fn default() -> Self {
        Abbreviations::new()
    }
}

/// Lower-case an ASCII word into `buf` without allocating; `None` for other words.
fn ascii_lower<'a>(word: &str, buf: &'a mut [u8; 16]) -> Option<&'a str> {
    let b = word.as_bytes();
    if b.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..b.len()]).ok()
}

fn is_terminal(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '…' | '‼' | '⁇' | '⁈' | '⁉' | '。' | '！' | '？'
    )
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}' | '*' | '_'
    )
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '‘' | '«' | '‹' | '(' | '[' | '„' | '‚' | '¿' | '¡'
    )
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '›')
}

/// Bytes that may begin a terminator: `.`, `!`, `?`, the `,` and `>` of e-mail structure
/// ([`mail_break`]) and the lead bytes of `…`, `‼`, `⁇`–`⁉`
/// (0xE2), `。` (0xE3) and the full-width `！`, `？` (0xEF).
static CANDIDATE: [bool; 256] = {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[b',' as usize] = true;
    t[b'>' as usize] = true;
    t[0xE2] = true;
    t[0xE3] = true;
    t[0xEF] = true;
    t
};

fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i).and_then(|s| s.chars().next_back())
}

fn is_space_at(text: &str, i: usize) -> bool {
    char_at(text, i).is_some_and(char::is_whitespace)
}

/// True when a line looks like a list item or a Markdown block: it starts a new sentence.
fn starts_block(line: &str) -> bool {
    let t = line.trim_start();
    let b = t.as_bytes();
    if b.is_empty() {
        return false;
    }
    if matches!(b[0], b'#' | b'>') {
        return true;
    }
    if (b[0] == b'-' || b[0] == b'*' || b[0] == b'+') && b.get(1) == Some(&b' ') {
        return true;
    }
    if t.starts_with(['•', '–', '—', '⁃', '◦', '▪']) {
        return true;
    }
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if (1..=3).contains(&digits)
        && matches!(b.get(digits), Some(b'.') | Some(b')'))
        && matches!(b.get(digits + 1), Some(b' ') | Some(b')'))
    {
        return true;
    }
    let letters = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    letters == 1 && b.get(1) == Some(&b')') && b.get(2) == Some(&b' ')
}

/// True when the text ends like a finished sentence (after closing quotes and brackets).
fn ends_with_terminal(s: &str) -> bool {
    let t = s.trim_end().trim_end_matches(is_closer);
    t.ends_with(|c: char| is_terminal(c) || c == ':' || c == ';' || c == ',')
}

/// Split `text` (normalised) into paragraphs and sentences.
pub fn segment(text: &str, abbr: &Abbreviations) -> Segments {
    let mut out = Segments::default();
    // Paragraphs: blocks of non-blank lines.
    let mut lines: Vec<Span> = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let flush = |lines: &mut Vec<Span>, out: &mut Segments| {
        if lines.is_empty() {
            return;
        }
        let p = Span::new(lines[0].start, lines[lines.len() - 1].end);
        let idx = out.paragraphs.len();
        out.paragraphs.push(Paragraph { span: p });
        split_paragraph(text, lines, idx, abbr, &mut out.sentences);
        lines.clear();
    };
    while start <= text.len() {
        let end = memchr_newline(bytes, start).unwrap_or(text.len());
        let line = Span::new(start, end);
        if line.of(text).trim().is_empty() {
            flush(&mut lines, &mut out);
        } else {
            lines.push(line.trim(text));
        }
        start = end + 1;
    }
    flush(&mut lines, &mut out);
    out
}

fn memchr_newline(bytes: &[u8], from: usize) -> Option<usize> {
    bytes[from..]
        .iter()
        .position(|&b| b == b'\n')
        .map(|i| i + from)
}

/// A column of short lines with no sentence punctuation at all: a menu, a tag or feature list.
fn is_line_list(text: &str, lines: &[Span]) -> bool {
    lines.len() >= 3
        && lines.iter().all(|l| {
            let s = l.of(text);
            s.len() <= 40
                && s.split_whitespace().count() <= 4
                && !s.contains(|c: char| is_terminal(c) || c == ',' && s.ends_with(','))
        })
}

/// Split one paragraph (given as its trimmed lines) into sentences.
fn split_paragraph(
    text: &str,
    lines: &[Span],
    paragraph: usize,
    abbr: &Abbreviations,
    out: &mut Vec<Sentence>,
) {
    if is_line_list(text, lines) {
        for line in lines {
            split_run(text, *line, paragraph, false, abbr, out);
        }
        return;
    }
    let single_line = lines.len() == 1;
    // Group the lines into runs: a run is a stretch of lines that flow as running text.
    let mut run_start = lines[0].start;
    for (i, line) in lines.iter().enumerate() {
        let is_last = i + 1 == lines.len();
        let breaks_after = !is_last && {
            let next = lines[i + 1];
            let this = line.of(text);
            starts_block(next.of(text))
                || this.starts_with('#')
                || (!ends_with_terminal(this)
                    && this.len() <= 280
                    && this.chars().count() <= 70
                    && next
                        .of(text)
                        .starts_with(|c: char| c.is_uppercase() || is_opener(c))
                    && (i == 0 || this.split_whitespace().count() <= 8))
        };
        if is_last || breaks_after {
            let run = Span::new(run_start, line.end);
            let headline_run = {
                let t = run.of(text);
                (paragraph == 0 && single_line && title_case(t))
                    || t.starts_with('#')
                    || (!ends_with_terminal(t)
                        && (single_line || breaks_after || i == 0)
                        && !t.contains('\n'))
            };
            split_run(text, run, paragraph, headline_run, abbr, out);
            if !is_last {
                run_start = lines[i + 1].start;
            }
        }
    }
}

/// Most longer words capitalised: a headline in title case ("Port Will Reopen Within Weeks").
fn title_case(line: &str) -> bool {
    if line.len() > 250 {
        return false;
    }
    let (mut long, mut upper) = (0, 0);
    for w in line.split_whitespace() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.chars().count() >= 4 {
            long += 1;
            upper += usize::from(w.starts_with(|c: char| c.is_uppercase()));
        }
    }
    long >= 3 && upper * 10 >= long * 8
}

/// How far any look-back or look-ahead goes, in bytes: keeps the scan linear.
const REACH: usize = 64;

/// `REACH` bytes back from `at`, not before `floor`, on a character boundary.
fn back(text: &str, floor: usize, at: usize) -> usize {
    let mut lo = floor.max(at.saturating_sub(REACH));
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    lo
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '°' || c == 'º'
}

/// The word (letters, digits, inner dots, apostrophes and hyphens) that ends right before byte
/// `end`, not reaching back before `floor`.
fn word_before(text: &str, floor: usize, end: usize) -> &str {
    let lo = floor.max(end.saturating_sub(REACH));
    let mut start = end;
    for (i, c) in text[..end].char_indices().rev() {
        if i < lo || !(is_word_char(c) || c == '.' || c == '\'' || c == '-') {
            break;
        }
        start = i;
    }
    text[start..end].trim_start_matches(['.', '\'', '-'])
}

/// The word that starts at byte `start` (after any opening quotes or brackets), bounded.
fn word_after(text: &str, start: usize) -> &str {
    let hi = (start + REACH).min(text.len());
    let mut s = start;
    for (i, c) in text[start..].char_indices() {
        if start + i >= hi || !is_opener(c) {
            s = start + i;
            break;
        }
        s = start + i + c.len_utf8();
    }
    let mut e = s;
    for (i, c) in text[s..].char_indices() {
        if s + i >= hi || !(c.is_alphanumeric() || c == '\'' || c == '-') {
            break;
        }
        e = s + i + c.len_utf8();
    }
    &text[s..e]
}

/// The start of the word before the one that ends at `start` (skipping spaces), bounded.
fn previous_word_first(text: &str, floor: usize, start: usize) -> Option<char> {
    let before = text[back(text, floor, start)..start].trim_end();
    before
        .rsplit(char::is_whitespace)
        .next()
        .and_then(|w| w.trim_start_matches(is_opener).chars().next())
}

/// At most `limit` words from `from` to `to` (bounded): counts whitespace-separated words.
fn words_up_to(text: &str, from: usize, to: usize, limit: usize) -> usize {
    text[from..to].split_whitespace().take(limit + 1).count()
}

fn is_time_abbrev(word: &str) -> bool {
    matches!(word, "a.m" | "p.m" | "A.M" | "P.M")
}

/// An ordinary lower-case word: letters only, at least two.
fn plain_lower(word: &str) -> bool {
    word.len() >= 2 && word.bytes().all(|b| b.is_ascii_lowercase())
}

/// What to do at a terminator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Decision {
    No,
    /// The sentence ends after the closers.
    Yes,
    /// The sentence ends after the first full stop (`word. . . . Next`).
    AfterFirstStop,
}

/// The facts about one terminator that the rules look at.
struct Stop<'a> {
    /// The terminator characters, without spaced dots.
    term: &'a str,
    term_start: usize,
    /// Total number of dots in a spaced ellipsis (`. . .`), 0 when unspaced.
    spaced_dots: usize,
    /// The closing quotes and brackets right after the terminator.
    closers: &'a str,
    next_at: usize,
    sent_start: usize,
}

fn decide(text: &str, s: &Stop, abbr: &Abbreviations) -> Decision {
    let yes = |b: bool| if b { Decision::Yes } else { Decision::No };
    let Some(next_char) = char_at(text, s.next_at) else {
        return Decision::Yes;
    };
    // A sentence never starts with punctuation that continues the one before.
    if matches!(next_char, ',' | ';' | ':' | ')' | ']' | '}' | '%') {
        return Decision::No;
    }
    let next_word = word_after(text, s.next_at);
    let first = next_word.chars().next().unwrap_or(next_char);
    let opened = is_opener(next_char);
    let upper_start = first.is_uppercase() || (opened && !first.is_lowercase());
    let quote_closed = s.closers.chars().any(is_quote);
    let dots_only = s.term.bytes().all(|b| b == b'.');
    let ellipsis = s.term.contains('…') || (dots_only && s.term.len() > 1) || s.spaced_dots > 0;

    if !dots_only && !ellipsis {
        // `?`, `!` and their kin.
        if first.is_lowercase() {
            if quote_closed {
                return Decision::No;
            }
            if s.term.contains('?') {
                return Decision::Yes;
            }
            let before = word_before(text, s.sent_start, s.term_start);
            return yes(
                !before.starts_with(|c: char| c.is_uppercase()) && abbr.is_lower_starter(next_word)
            );
        }
        return Decision::Yes;
    }
    if ellipsis {
        // "[...]" marks an omission inside a quotation.
        if matches!(char_before(text, s.term_start), Some('[') | Some('('))
            && s.closers.starts_with([']', ')'])
        {
            return Decision::No;
        }
        if s.spaced_dots > 0 {
            let attached = char_before(text, s.term_start).is_some_and(|c| !c.is_whitespace());
            if attached && s.term == "." {
                // "word. . . . Next": the full stop ends the sentence, the ellipsis opens the next.
                return if upper_start {
                    Decision::AfterFirstStop
                } else {
                    Decision::No
                };
            }
            // " . . ." is an omission; " . . . ." adds a full stop.
            return yes(s.spaced_dots >= 4 && upper_start);
        }
        return yes(upper_start);
    }
    // A single full stop.
    let word = word_before(text, s.sent_start, s.term_start);
    if word.is_empty() {
        return yes(!first.is_lowercase());
    }
    let kind = abbr.kind(word);
    if first.is_lowercase() {
        if !s.closers.is_empty() || kind.is_some() {
            return Decision::No;
        }
        // Informal text without capitals: "... in town. i think ...".
        let numeric = word.bytes().all(|b| b.is_ascii_digit() || b == b'-');
        return yes(
            (plain_lower(word) && (word.len() >= 5 || abbr.is_lower_starter(next_word)))
                || (numeric && abbr.is_lower_starter(next_word)),
        );
    }
    if !(upper_start || first.is_numeric() || opened || !first.is_alphabetic()) {
        return Decision::No;
    }
    if quote_closed {
        return Decision::Yes;
    }
    let next_is_digit = first.is_ascii_digit();
    if is_time_abbrev(word) {
        // "At 5 a.m. Mr. Smith left" vs "He left at 6 p.m. Mr. Smith stayed": a time ends the
        // sentence unless it is a short fronted phrase.
        let word_start = s.term_start - word.len();
        return yes(first.is_uppercase()
            && !opened
            && words_up_to(text, s.sent_start, word_start, 3) > 2);
    }
    match kind {
        Some(AbbrevKind::Title) => return Decision::No,
        Some(AbbrevKind::Inside) => return Decision::No,
        Some(AbbrevKind::Number) => return yes(!next_is_digit),
        Some(AbbrevKind::Month) => return yes(!next_is_digit && abbr.is_starter(next_word)),
        Some(AbbrevKind::General) => return yes(abbr.is_starter(next_word)),
        None => {}
    }
    let mut chars = word.chars();
    let (c0, c1) = (chars.next(), chars.next());
    // A single capital letter is an initial ("J. R. Tolkien"), unless a sentence starter
    // follows. The pronoun "I" after a lower-case word ends a sentence before a capital.
    if let (Some(c0), None) = (c0, c1) {
        if c0.is_uppercase() {
            let word_start = s.term_start - c0.len_utf8();
            if c0 == 'I'
                && upper_start
                && previous_word_first(text, s.sent_start, word_start)
                    .is_some_and(|c| c.is_lowercase())
            {
                return Decision::Yes;
            }
            return yes(abbr.is_starter(next_word) && next_word != "A");
        }
    }
    // Dotted abbreviations such as "U.S" or "a.m": end only before a sentence starter.
    if word.contains('.') && word.chars().filter(|c| c.is_alphabetic()).count() <= 5 {
        return yes(abbr.is_starter(next_word));
    }
    // A lone number or list marker at the start of a line: "1. The first point".
    if word.len() <= 3 && word.bytes().all(|c| c.is_ascii_digit()) {
        let word_start = s.term_start - word.len();
        let before = &text.as_bytes()[word_start.saturating_sub(8)..word_start];
        let spaces = before.iter().rev().take_while(|&&c| c == b' ').count();
        let at_line_start = spaces == before.len() || before[before.len() - spaces - 1] == b'\n';
        if word_start == s.sent_start || at_line_start {
            return Decision::No;
        }
    }
    Decision::Yes
}

/// An enumeration marker: `1.`, `1)`, `1.)`, `a.`, `a)`, optionally after a bullet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Marker {
    value: u32,
    letter: bool,
    /// The suffix (".", ")" or ".)") and the bullet, for comparing styles.
    suffix: &'static str,
    bullet: Option<char>,
    /// The byte after the marker and its space.
    end: usize,
}

fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '⁃' | '◦' | '▪' | '·')
}

fn marker_at(text: &str, at: usize, limit: usize) -> Option<Marker> {
    let mut i = at;
    let mut bullet = None;
    if let Some(c) = char_at(text, i).filter(|&c| is_bullet(c)) {
        bullet = Some(c);
        i += c.len_utf8();
        if text.as_bytes().get(i) == Some(&b' ') {
            i += 1;
        }
    }
    let b = text.as_bytes();
    let (value, letter) = if b.get(i).is_some_and(u8::is_ascii_digit) {
        let n = b[i..limit.min(i + 3)]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        if n > 2 {
            return None;
        }
        let v: u32 = text[i..i + n].parse().ok()?;
        i += n;
        (v, false)
    } else if b.get(i).is_some_and(u8::is_ascii_lowercase) {
        let v = u32::from(b[i] - b'a') + 1;
        i += 1;
        (v, true)
    } else {
        return None;
    };
    let rest = &b[i..limit];
    let suffix = if rest.starts_with(b".) ") {
        ".)"
    } else if rest.starts_with(b". ") {
        "."
    } else if rest.starts_with(b") ") {
        ")"
    } else {
        return None;
    };
    Some(Marker {
        value,
        letter,
        suffix,
        bullet,
        end: i + suffix.len() + 1,
    })
}

/// The markers of an inline enumeration that opens the run: each one after the first, in a
/// consecutive series of the same style. Empty when the run does not open with a marker.
fn inline_list(text: &str, run: Span, first: &Marker) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let b = text.as_bytes();
    let mut expected = first.value + 1;
    let mut i = first.end;
    while i < run.end {
        if b[i] == b' ' {
            let at = i + 1;
            if let Some(m) = marker_at(text, at, run.end) {
                if m.value == expected
                    && m.letter == first.letter
                    && m.suffix == first.suffix
                    && m.bullet == first.bullet
                {
                    found.push((at, m.end));
                    expected += 1;
                    i = m.end;
                    continue;
                }
            }
        }
        i += 1;
    }
    found
}

/// `world.Today`: a full stop with no space before a capitalised word ends a sentence, unless
/// the token is a URL, an e-mail address or a file name, or the word is an abbreviation.
fn glued_boundary(text: &str, dot: usize, sent_start: usize, abbr: &Abbreviations) -> bool {
    let b = text.as_bytes();
    if !(b.get(dot + 1).is_some_and(u8::is_ascii_uppercase)
        && b.get(dot + 2).is_some_and(u8::is_ascii_lowercase))
    {
        return false;
    }
    let word = word_before(text, sent_start, dot);
    let last = word.bytes().last();
    if word.len() < 2
        || word.contains('.')
        || !last.is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        || abbr.kind(word).is_some()
    {
        return false;
    }
    let lo = sent_start.max(dot.saturating_sub(REACH));
    let hi = (dot + REACH).min(text.len());
    let tok_start = b[lo..dot]
        .iter()
        .rposition(|c| c.is_ascii_whitespace())
        .map_or(lo, |p| lo + p + 1);
    let tok_end = b[dot..hi]
        .iter()
        .position(|c| c.is_ascii_whitespace())
        .map_or(hi, |p| dot + p);
    let after = word_after(text, dot + 1);
    let tld = ["com", "net", "org", "edu", "gov"]
        .iter()
        .any(|t| after.eq_ignore_ascii_case(t));
    !tld && !b[tok_start..tok_end]
        .iter()
        .any(|c| matches!(c, b'@' | b'/' | b':' | b'\\' | b'_'))
}

/// Closing formulas of a letter or e-mail ("Best regards,", "Sincerely,"): the name that
/// follows is its own line in the original.
const VALEDICTIONS: &[&str] = &["cheers", "regards", "respectfully", "sincerely"];

/// E-mail structure inside a run: a closing formula that opens the sentence, or an address
/// or attachment in angle brackets (`<ann@example.org>`, `<< File: a.doc >>`), before a
/// capitalised word or a digit.
fn mail_break(text: &str, at: usize, sent_start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    if b.get(at + 1) != Some(&b' ')
        || !b
            .get(at + 2)
            .is_some_and(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        || at + 2 >= end
    {
        return false;
    }
    let lo = back(text, sent_start, at);
    let before = &text[lo..at];
    if b[at] == b',' {
        let word = before.rsplit(' ').next().unwrap_or("");
        return lo == sent_start
            && words_up_to(text, sent_start, at, 3) <= 3
            && VALEDICTIONS.iter().any(|v| word.eq_ignore_ascii_case(v));
    }
    if before.ends_with(" >") || before.ends_with('>') {
        // The end of "<< File: name >>".
        return before.contains("<<");
    }
    match before.rfind('<') {
        Some(open) => {
            let inner = &before[open + 1..];
            inner.contains('@') && !inner.contains(' ')
        }
        None => false,
    }
}

/// The length of an emoticon (`:)`, `;-)`, `:P`) at the start of `b`, followed by a space or
/// the end.
fn emoticon(b: &[u8]) -> Option<usize> {
    if !matches!(b.first(), Some(b':') | Some(b';')) {
        return None;
    }
    let n = if b.get(1) == Some(&b'-') { 2 } else { 1 };
    let ok = matches!(b.get(n), Some(b')' | b'(' | b'P' | b'D' | b'p'))
        && b.get(n + 1).is_none_or(|c| c.is_ascii_whitespace());
    ok.then_some(n + 1)
}

/// Split a run of running text into sentences.
fn split_run(
    text: &str,
    run: Span,
    paragraph: usize,
    headline: bool,
    abbr: &Abbreviations,
    out: &mut Vec<Sentence>,
) {
    let b = text.as_bytes();
    let mut sent_start = run.start;
    let mut i = run.start;
    let mut list: Vec<(usize, usize)> = Vec::new();
    if let Some(m) = marker_at(text, run.start, run.end) {
        list = inline_list(text, run, &m);
        i = m.end;
    }
    let mut next_marker = 0;
    loop {
        let limit = list.get(next_marker).map_or(run.end, |m| m.0);
        while i < limit && !CANDIDATE[b[i] as usize] {
            i += 1;
        }
        if i >= limit {
            if limit >= run.end {
                break;
            }
            let (m_start, m_end) = list[next_marker];
            push_sentence(
                text,
                Span::new(sent_start, m_start),
                paragraph,
                headline,
                out,
            );
            sent_start = m_start;
            i = m_end;
            next_marker += 1;
            continue;
        }
        let c = char_at(text, i).unwrap_or(' ');
        if (c == ',' || c == '>') && mail_break(text, i, sent_start, run.end) {
            push_sentence(text, Span::new(sent_start, i + 1), paragraph, headline, out);
            let rest = &text[i + 1..run.end];
            sent_start = i + 1 + (rest.len() - rest.trim_start().len());
        }
        if !is_terminal(c) {
            i += c.len_utf8();
            continue;
        }
        let term_start = i;
        let mut term_end = i + c.len_utf8();
        while let Some(d) =
            char_at(text, term_end).filter(|&d| is_terminal(d) && term_end < run.end)
        {
            term_end += d.len_utf8();
        }
        // A spaced ellipsis: ". . ." (each dot followed by a space, a dot, a closer or the end).
        let mut spaced_end = term_end;
        let mut spaced_dots = 0;
        if &text[term_start..term_end] == "." {
            while spaced_end + 1 < run.end
                && b[spaced_end] == b' '
                && b[spaced_end + 1] == b'.'
                && (spaced_end + 2 >= run.end
                    || matches!(b[spaced_end + 2], b' ' | b'.' | b'"' | b'\'' | b')')
                    || char_at(text, spaced_end + 2).is_some_and(is_closer))
            {
                spaced_end += 2;
                spaced_dots += 1;
            }
            if spaced_dots > 0 {
                spaced_dots += 1;
            }
        }
        let mut after = spaced_end;
        while let Some(d) = char_at(text, after).filter(|&d| is_closer(d) && after < run.end) {
            after += d.len_utf8();
        }
        let closers_end = after;
        // Citation and omission marks and emoticons that close the sentence: "... in 1805. [19]",
        // "...1805.[19][20]", "... ends. [...]", "... great! :)".
        loop {
            let mut j = after;
            if b.get(j) == Some(&b' ') {
                j += 1;
            }
            if !matches!(b.get(j), Some(b'[') | Some(b':') | Some(b';')) {
                break;
            }
            let digits = b[j + 1..run.end.min(j + 5)]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .count();
            if (1..=3).contains(&digits) && b.get(j + 1 + digits) == Some(&b']') {
                after = j + 2 + digits;
            } else if let Some(n) = emoticon(&b[j..run.end]) {
                after = j + n;
            } else if b[j..run.end].starts_with(b"[...]") {
                after = j + 5;
            } else if b[j..run.end].starts_with("[…]".as_bytes()) {
                after = j + "[…]".len();
            } else {
                break;
            }
        }
        if after < run.end && !is_space_at(text, after) {
            if &text[term_start..term_end] == "."
                && spaced_dots == 0
                && after == term_end
                && glued_boundary(text, term_start, sent_start, abbr)
            {
                push_sentence(text, Span::new(sent_start, after), paragraph, headline, out);
                sent_start = after;
            }
            i = after.max(i + 1);
            continue;
        }
        let rest = &text[after..run.end];
        let next_at = after + (rest.len() - rest.trim_start().len());
        if next_at >= run.end {
            break;
        }
        let stop = Stop {
            term: &text[term_start..term_end],
            term_start,
            spaced_dots,
            closers: &text[spaced_end..closers_end],
            next_at,
            sent_start,
        };
        match decide(text, &stop, abbr) {
            Decision::Yes => {
                push_sentence(text, Span::new(sent_start, after), paragraph, headline, out);
                sent_start = next_at;
            }
            Decision::AfterFirstStop => {
                push_sentence(
                    text,
                    Span::new(sent_start, term_end),
                    paragraph,
                    headline,
                    out,
                );
                sent_start = term_end + 1;
            }
            Decision::No => {}
        }
        i = after.max(i + 1);
    }
    push_sentence(
        text,
        Span::new(sent_start, run.end),
        paragraph,
        headline,
        out,
    );
}

fn push_sentence(
    text: &str,
    span: Span,
    paragraph: usize,
    headline: bool,
    out: &mut Vec<Sentence>,
) {
    let span = span.trim(text);
    if span.is_empty() {
        return;
    }
    out.push(Sentence {
        span,
        paragraph,
        headline,
    });
}
#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<String> {
        let abbr = Abbreviations::new();
        segment(text, &abbr)
            .sentences
            .iter()
            .map(|s| s.span.of(text).to_string())
            .collect()
    }

    #[test]
    fn abbreviations_and_initials_do_not_split() {
        assert_eq!(
            split("Dr. Alva Nyqvist met J. R. Hollis in the U.S. capital on Jan. 5. It rained."),
            vec![
                "Dr. Alva Nyqvist met J. R. Hollis in the U.S. capital on Jan. 5.",
                "It rained."
            ]
        );
    }

    #[test]
    fn abbreviation_before_a_starter_ends_the_sentence() {
        assert_eq!(
            split("She moved to the U.S. The move was hard."),
            vec!["She moved to the U.S.", "The move was hard."]
        );
    }

    #[test]
    fn quote_then_lowercase_cue_stays_together() {
        assert_eq!(
            split("\u{201c}Stop it now!\u{201d} she said. Then she left."),
            vec!["\u{201c}Stop it now!\u{201d} she said.", "Then she left."]
        );
    }

    #[test]
    fn headline_is_its_own_sentence() {
        let text = "Port Workers Strike Over Pay\n\nThe strike began on Monday. It goes on.";
        let abbr = Abbreviations::new();
        let seg = segment(text, &abbr);
        assert_eq!(seg.sentences.len(), 3);
        assert!(seg.sentences[0].headline);
        assert!(!seg.sentences[1].headline);
        assert_eq!(seg.sentences[2].paragraph, 1);
    }

    #[test]
    fn decimals_and_lists() {
        assert_eq!(
            split("Prices rose 3.5 percent. Next year:\n1. Wages\n2. Rents"),
            vec![
                "Prices rose 3.5 percent.",
                "Next year:",
                "1. Wages",
                "2. Rents"
            ]
        );
    }

    #[test]
    fn pronoun_i_versus_initial() {
        assert_eq!(
            split("The winner was not you but I. Did Carla T. Moss see it?"),
            vec!["The winner was not you but I.", "Did Carla T. Moss see it?"]
        );
    }

    #[test]
    fn times_end_a_sentence_unless_fronted() {
        assert_eq!(
            split("By 7 a.m. Ms. Orr had left. The ferry sailed at 9 P.M. Mr. Ek stayed."),
            vec![
                "By 7 a.m. Ms. Orr had left.",
                "The ferry sailed at 9 P.M.",
                "Mr. Ek stayed."
            ]
        );
        assert_eq!(
            split("The call starts at 10 a.m. (local time) on Friday.").len(),
            1
        );
    }

    #[test]
    fn inline_enumerations() {
        assert_eq!(
            split("1.) Buy bread 2.) Feed the cat 3.) Sleep"),
            vec!["1.) Buy bread", "2.) Feed the cat", "3.) Sleep"]
        );
        assert_eq!(
            split("a. Red paint. b. Blue paint."),
            vec!["a. Red paint.", "b. Blue paint."]
        );
        assert_eq!(
            split("• 4. Rinse • 5. Repeat"),
            vec!["• 4. Rinse", "• 5. Repeat"]
        );
        // Not a series: a lone number keeps its sentence.
        assert_eq!(split("1) Go home and rest 7) days.").len(), 1);
    }

    #[test]
    fn ellipses() {
        // Unspaced before a capital: a new sentence; before lower case: none.
        assert_eq!(
            split("We waited... Nobody came. It was... odd."),
            vec!["We waited...", "Nobody came.", "It was... odd."]
        );
        // Spaced: an omission inside the sentence, or with a fourth dot, its end.
        assert_eq!(
            split("The report . . . We found gaps . . . . Then we left."),
            vec!["The report . . . We found gaps . . . .", "Then we left."]
        );
        // "word. . . ." closes the sentence at the first stop.
        assert_eq!(
            split("They argued. . . . Nobody won."),
            vec!["They argued.", ". . . Nobody won."]
        );
        // "[...]" is an omission mark.
        assert_eq!(split("\"Rain [...] fell [...]\" (Ames 12).").len(), 1);
    }

    #[test]
    fn quotations_and_parentheses() {
        assert_eq!(
            split("\u{201c}We are done,\u{201d} she said. \u{201c}Next.\u{201d} He nodded."),
            vec![
                "\u{201c}We are done,\u{201d} she said.",
                "\u{201c}Next.\u{201d}",
                "He nodded."
            ]
        );
        assert_eq!(
            split("The mayor (She took office in May.) spoke first."),
            vec!["The mayor (She took office in May.) spoke first."]
        );
        assert_eq!(
            split("\"Is it over?\" asked Lee. It was."),
            vec!["\"Is it over?\" asked Lee.", "It was."]
        );
    }

    #[test]
    fn citations_stay_with_their_sentence() {
        assert_eq!(
            split("The bridge opened in 1932. [4] Traffic doubled.[5][6] Tolls ended. [...]"),
            vec![
                "The bridge opened in 1932. [4]",
                "Traffic doubled.[5][6]",
                "Tolls ended. [...]"
            ]
        );
    }

    #[test]
    fn urls_emails_and_missing_spaces() {
        assert_eq!(
            split("Mail ana.lind@example.org. Or see https://example.net/a.b.html. Thanks."),
            vec![
                "Mail ana.lind@example.org.",
                "Or see https://example.net/a.b.html.",
                "Thanks."
            ]
        );
        assert_eq!(
            split("It rained all day.Then it stopped.Mr. Vos left."),
            vec!["It rained all day.", "Then it stopped.", "Mr. Vos left."]
        );
        assert_eq!(split("Read it on Example.Com today.").len(), 1);
        assert_eq!(split("Open report_v2.Final.doc now.").len(), 1);
    }

    #[test]
    fn lower_case_web_text() {
        assert_eq!(
            split("we got there late. the shop was shut. why did nobody call? no idea."),
            vec![
                "we got there late.",
                "the shop was shut.",
                "why did nobody call?",
                "no idea."
            ]
        );
        // After an abbreviation or a short unknown word, lower case continues the sentence.
        assert_eq!(split("Bring tools, paint etc. and some food.").len(), 1);
        assert_eq!(split("She works at Yahoo! in sales.").len(), 1);
    }

    #[test]
    fn no_sentence_starts_with_continuing_punctuation() {
        assert_eq!(
            split("Great dinner. :) We will return!! ;-)"),
            vec!["Great dinner. :)", "We will return!! ;-)"]
        );
    }

    #[test]
    fn all_caps_titles_and_numbers() {
        assert_eq!(
            split("REMARKS BY GEN. ANA SOTO ON NO. 5 ROAD. THE END."),
            vec!["REMARKS BY GEN. ANA SOTO ON NO. 5 ROAD.", "THE END."]
        );
        assert_eq!(
            split("It was built c. 1850 by Smith & Co. for them.").len(),
            1
        );
        assert_eq!(split("Try the locker at N°. 12.4. It is open.").len(), 2);
    }

    #[test]
    fn numbers_money_and_dotted_abbreviations() {
        assert_eq!(
            split("It cost $4.50 in the U.K. on Sept. 3. The U.S. Army paid. Ask Wells Inc. They know."),
            vec![
                "It cost $4.50 in the U.K. on Sept. 3.",
                "The U.S. Army paid.",
                "Ask Wells Inc.",
                "They know."
            ]
        );
    }

    #[test]
    fn email_structure() {
        assert_eq!(
            split("See you Friday. Best regards, Tove Lind"),
            vec!["See you Friday.", "Best regards,", "Tove Lind"]
        );
        assert_eq!(
            split("From Ola Berg <ola@example.com> Meeting moved to noon."),
            vec!["From Ola Berg <ola@example.com>", "Meeting moved to noon."]
        );
        // Inside a quotation a closing formula is not a signature.
        assert_eq!(split("\"Regards, Tom,\" the note ended.").len(), 1);
    }

    #[test]
    fn lines_lists_and_markdown() {
        // A column of short unpunctuated lines is a list of items.
        assert_eq!(
            split("pricing\nteam calendar\nshared notes"),
            vec!["pricing", "team calendar", "shared notes"]
        );
        // Wrapped lines of one sentence are joined.
        assert_eq!(
            split("The council voted to close the old\nbridge for repairs in the spring."),
            vec!["The council voted to close the old\nbridge for repairs in the spring."]
        );
        assert_eq!(
            split("# Budget vote\n> Taxes rise.\n- First item\n- Second item"),
            vec![
                "# Budget vote",
                "> Taxes rise.",
                "- First item",
                "- Second item"
            ]
        );
    }

    #[test]
    fn datelines_and_bylines() {
        let text = "Harbor Strike Ends\n\nBy Mia Holm\nOSLO (Wire) \u{2014} Dock workers went back on Monday. Talks \u{2014} long and bitter \u{2014} ended.";
        let abbr = Abbreviations::new();
        let seg = segment(text, &abbr);
        let got: Vec<&str> = seg.sentences.iter().map(|s| s.span.of(text)).collect();
        assert_eq!(
            got,
            vec![
                "Harbor Strike Ends",
                "By Mia Holm",
                "OSLO (Wire) \u{2014} Dock workers went back on Monday.",
                "Talks \u{2014} long and bitter \u{2014} ended."
            ]
        );
        assert!(seg.sentences[0].headline);
        assert!(!seg.sentences[2].headline);
        assert_eq!(seg.paragraphs.len(), 2);
        assert_eq!(
            split("LONDON, Jan. 5 \u{2014} Prices fell."),
            vec!["LONDON, Jan. 5 \u{2014} Prices fell."]
        );
    }

    /// Degenerate inputs segment into ordered, non-overlapping sentences. (Their speed is
    /// measured by `cargo bench -p claimscan --bench segment`, not asserted here.)
    #[test]
    fn degenerate_input_segments_in_order() {
        let abbr = Abbreviations::new();
        for text in [
            "word ".repeat(200_000),
            ".".repeat(1_000_000),
            ". ".repeat(500_000),
            "a.".repeat(500_000),
            "1. ".repeat(300_000),
            "x\n".repeat(300_000),
        ] {
            let seg = segment(&text, &abbr);
            let mut last = 0;
            for s in &seg.sentences {
                assert!(s.span.start >= last);
                last = s.span.end;
            }
        }
    }

    #[test]
    fn multibyte_text_never_panics() {
        let abbr = Abbreviations::new();
        let text = "Ärger – öfter. «Ja!» – ñ… Él dijo: ¿qué? 日本。終わり！ x, y > z<ä@ö> Ö";
        for i in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            segment(&text[i..], &abbr);
            segment(&text[..i], &abbr);
        }
    }
}
