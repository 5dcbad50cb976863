//! Stage 2: paragraphs, headlines and sentences.
//!
//! One left-to-right pass over the normalised text, linear in its length:
//! 1. Paragraphs end at blank lines. Inside a paragraph a line break also ends a sentence when
//!    the next line is a list item, a heading or a block quote, or when the line before it is a
//!    short line with no final punctuation (a headline, a dateline, a byline).
//! 2. Inside a run of text a sentence ends at `.`, `!`, `?` or `…` (plus any closing quotation
//!    marks and brackets) followed by a space and a word that can start a sentence, unless the
//!    word before the full stop is an abbreviation ([`Abbreviations`]) or an initial.
//! 3. A paragraph made of a single line with no final punctuation is a headline.

use std::collections::HashMap;

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
    folded: HashMap<String, AbbrevKind>,
    starters: HashMap<String, ()>,
}

impl Abbreviations {
    pub fn new() -> Abbreviations {
        let mut exact = HashMap::new();
        let mut folded = HashMap::new();
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
            }
        }
        let starters = lexicon::SENTENCE_STARTERS
            .keys()
            .map(|k| (k.to_string(), ()))
            .collect();
        Abbreviations {
            exact,
            folded,
            starters,
        }
    }

    fn kind(&self, word: &str) -> Option<AbbrevKind> {
        if let Some(k) = self.exact.get(word) {
            return Some(*k);
        }
        if word.len() <= 8 {
            return self.folded.get(&word.to_lowercase()).copied();
        }
        None
    }

    /// True when `word` commonly opens a sentence ("The", "He", "However").
    pub fn is_starter(&self, word: &str) -> bool {
        self.starters.contains_key(word)
    }
}

impl Default for Abbreviations {
    fn default() -> Self {
        Abbreviations::new()
    }
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
    if t.starts_with('•') || t.starts_with('–') || t.starts_with('—') {
        return true;
    }
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if (1..=3).contains(&digits)
        && matches!(b.get(digits), Some(b'.') | Some(b')'))
        && b.get(digits + 1) == Some(&b' ')
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

/// Split one paragraph (given as its trimmed lines) into sentences.
fn split_paragraph(
    text: &str,
    lines: &[Span],
    paragraph: usize,
    abbr: &Abbreviations,
    out: &mut Vec<Sentence>,
) {
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
    let long: Vec<&str> = line
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().count() >= 4)
        .collect();
    long.len() >= 3
        && line.len() <= 250
        && long
            .iter()
            .filter(|w| w.starts_with(|c: char| c.is_uppercase()))
            .count()
            * 10
            >= long.len() * 8
}

/// The word (letters, digits, inner dots and apostrophes) that ends right before byte `end`.
fn word_before(text: &str, end: usize) -> &str {
    let s = &text[..end];
    let start = s
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || c == '.' || c == '\'' || c == '-')
        .last()
        .map_or(end, |(i, _)| i);
    let w = &text[start..end];
    w.trim_start_matches(['.', '\'', '-'])
}

/// The word that starts at byte `start` (after any opening quotes or brackets).
fn word_after(text: &str, start: usize) -> &str {
    let s = text[start..].trim_start_matches(is_opener);
    let end = s
        .char_indices()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '\'' || c == '-'))
        .map_or(s.len(), |(i, _)| i);
    &s[..end]
}

/// Decide whether a terminator run at `term` (ending at `after`) ends the sentence, given the
/// first character `next` of the following text at `next_at`.
fn is_boundary(text: &str, term: Span, after: usize, next_at: usize, abbr: &Abbreviations) -> bool {
    let next_char = match text[next_at..].chars().next() {
        Some(c) => c,
        None => return true,
    };
    let terminator = term.of(text);
    let closed = after > term.end; // quotes or brackets after the stop
    let first = text[next_at..]
        .trim_start_matches(is_opener)
        .chars()
        .next()
        .unwrap_or(next_char);
    if first.is_lowercase() {
        return false;
    }
    if !(first.is_uppercase()
        || first.is_numeric()
        || is_opener(next_char)
        || !first.is_alphabetic())
    {
        return false;
    }
    if terminator != "." || closed {
        if terminator.chars().all(|c| c == '.') && terminator.len() > 1 {
            // An ellipsis: a new sentence only when a capitalised word follows.
            return first.is_uppercase() || is_opener(next_char);
        }
        return true;
    }
    let word = word_before(text, term.start);
    if word.is_empty() {
        return true;
    }
    let next_word = word_after(text, next_at);
    let next_is_digit = first.is_ascii_digit();
    match abbr.kind(word) {
        Some(AbbrevKind::Title) => return false,
        Some(AbbrevKind::Inside) => return false,
        Some(AbbrevKind::Number) => return !next_is_digit,
        Some(AbbrevKind::Month) => return !next_is_digit && abbr.is_starter(next_word),
        Some(AbbrevKind::General) => return abbr.is_starter(next_word),
        None => {}
    }
    let chars: Vec<char> = word.chars().take(3).collect();
    // A single capital letter is an initial ("J. R. Tolkien"), unless a sentence starter follows.
    if chars.len() == 1 && chars[0].is_uppercase() {
        return abbr.is_starter(next_word) && next_word != "A";
    }
    // Dotted abbreviations such as "U.S" or "a.m": end only before a sentence starter.
    if word.contains('.') && word.chars().filter(|c| c.is_alphabetic()).count() <= 5 {
        return abbr.is_starter(next_word);
    }
    // A lone number or list marker at the start of a line: "1. The first point".
    if word.chars().all(|c| c.is_ascii_digit()) && word.len() <= 3 {
        let line_start = text[..term.start].rfind('\n').map_or(0, |i| i + 1);
        if text[line_start..term.start].trim() == word {
            return false;
        }
    }
    true
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
    let s = run.of(text);
    let mut sent_start = run.start;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !is_terminal(c) {
            continue;
        }
        let term_start = run.start + i;
        let mut term_end = term_start + c.len_utf8();
        // The whole run of terminators, allowing spaced dots ". . .".
        while let Some(&(j, d)) = iter.peek() {
            if is_terminal(d) {
                term_end = run.start + j + d.len_utf8();
                iter.next();
            } else {
                break;
            }
        }
        let mut after = term_end;
        while let Some(&(j, d)) = iter.peek() {
            if is_closer(d) {
                after = run.start + j + d.len_utf8();
                iter.next();
            } else {
                break;
            }
        }
        // Must be followed by whitespace or the end of the run.
        let rest = &text[after..run.end];
        if !rest.is_empty() && !rest.starts_with(char::is_whitespace) {
            continue;
        }
        let next_at = after + (rest.len() - rest.trim_start().len());
        if next_at >= run.end {
            break;
        }
        if is_boundary(text, Span::new(term_start, term_end), after, next_at, abbr) {
            push_sentence(text, Span::new(sent_start, after), paragraph, headline, out);
            sent_start = next_at;
        }
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
}
