//! Stage 2: paragraphs, headlines and sentences.
//!
//! One left-to-right pass over the normalised text, linear in its length. Bytes are scanned
//! with a lookup table for candidate terminators; abbreviations and context are examined only
//! at candidates, and every look-back or look-ahead is bounded.
//!
//! Rules, each with a unit test below:
//! 1. Paragraphs end at blank lines. Inside a paragraph a line break also ends a sentence when
//!    the next line is a list item, a heading or a block quote, when the line before it is a
//!    short line with no final punctuation (a headline, a dateline, a byline), when the line
//!    before it ends with a quotation credited by a dash (`“…” ― Ana Ruiz`), or when the
//!    paragraph is a column of short unpunctuated lines (a menu or a feature list).
//!    1b. A line that is a live blog's timestamp ("11:31 p.m.") or a web page's publication
//!    line ("Published November 17, 2026", "Last updated 12:14 a.m.") ends its sentence too,
//!    even after "p.m." (`stamps.rs`), unless the next line starts in lower case.
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
//! 8. No sentence is longer than [`MAX_SENTENCE`] bytes: a longer run is cut after a comma
//!    (`cap.rs`), so that the later stages stay linear in the text.
//!
//! The abbreviation kinds are data (`lexicons/abbreviations.txt`); the time abbreviations
//! (`a.m.`, `p.m.`) and the pronoun `I` have their own rules here.

mod abbreviations;
mod cap;
mod lists;
mod stamps;
mod stop;

use abbreviations::AbbrevKind;
pub use abbreviations::Abbreviations;
pub use cap::MAX_SENTENCE;
use lists::{inline_list, marker_at};
pub use stamps::{is_publication_line, is_publication_word, is_time_stamp};
use stop::*;

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

/// True when a line ends with a quotation credited by a dash and a short name
/// (`“…” ― Ana Ruiz`): the quotation is finished, so a line break after it ends the sentence.
fn ends_with_dash_credit(line: &str) -> bool {
    let t = line.trim_end().trim_end_matches('.');
    let Some((d, dash)) = t
        .char_indices()
        .rev()
        .take(60)
        .find(|&(_, c)| matches!(c, '―' | '—' | '–'))
    else {
        return false;
    };
    let name = &t[d + dash.len_utf8()..];
    let words = name.split_whitespace().count();
    t[..d].trim_end().ends_with(['”', '"'])
        && (1..=6).contains(&words)
        && !name.contains(['.', '!', '?', '“', '”', '"'])
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
    out.sentences = cap::cap_sentences(text, std::mem::take(&mut out.sentences));
    out
}

/// A sentence that opens with a list marker ("• “We need lights,” she said.") without it: the
/// sentence keeps the marker, its words do not.
pub(crate) fn without_list_marker(text: &str, line: Span) -> Span {
    let s = line.of(text);
    let Some(first) = s.chars().next() else {
        return line;
    };
    if !matches!(
        first,
        '\u{2022}' | '\u{b7}' | '\u{25aa}' | '\u{25e6}' | '\u{2023}' | '*'
    ) {
        return line;
    }
    let rest = &s[first.len_utf8()..];
    let trimmed = rest.trim_start();
    if trimmed.len() == rest.len() || trimmed.is_empty() {
        return line;
    }
    Span::new(line.end - trimmed.len(), line.end)
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
                // "11:31 p.m.⏎Liberal Leader …": a timestamp or publication line.
                || (stamps::ends_line_sentence(this)
                    && !next.of(text).starts_with(char::is_lowercase))
                || (ends_with_dash_credit(this)
                    && next
                        .of(text)
                        .starts_with(|c: char| c.is_uppercase() || is_opener(c)))
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
                        && !ends_with_dash_credit(t)
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
        let (spaced_end, spaced_dots) = spaced_ellipsis(text, term_start, term_end, run.end);
        let mut after = spaced_end;
        while let Some(d) = char_at(text, after).filter(|&d| is_closer(d) && after < run.end) {
            after += d.len_utf8();
        }
        let closers_end = after;
        let after = closing_marks(b, after, run.end);
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

/// A spaced ellipsis after the full stop at `term_start..term_end`: ". . ." (each dot followed
/// by a space, a dot, a closer or the end). Returns its end and its number of dots (0: none).
fn spaced_ellipsis(
    text: &str,
    term_start: usize,
    term_end: usize,
    run_end: usize,
) -> (usize, usize) {
    let b = text.as_bytes();
    let mut spaced_end = term_end;
    let mut spaced_dots = 0;
    if &text[term_start..term_end] == "." {
        while spaced_end + 1 < run_end
            && b[spaced_end] == b' '
            && b[spaced_end + 1] == b'.'
            && (spaced_end + 2 >= run_end
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
    (spaced_end, spaced_dots)
}

/// Citation and omission marks and emoticons that close the sentence: "... in 1805. [19]",
/// "...1805.[19][20]", "... ends. [...]", "... great! :)". Returns where they end.
fn closing_marks(b: &[u8], mut after: usize, run_end: usize) -> usize {
    loop {
        let mut j = after;
        if b.get(j) == Some(&b' ') {
            j += 1;
        }
        if !matches!(b.get(j), Some(b'[') | Some(b':') | Some(b';')) {
            break;
        }
        let digits = b[j + 1..run_end.min(j + 5)]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        if (1..=3).contains(&digits) && b.get(j + 1 + digits) == Some(&b']') {
            after = j + 2 + digits;
        } else if let Some(n) = emoticon(&b[j..run_end]) {
            after = j + n;
        } else if b[j..run_end].starts_with(b"[...]") {
            after = j + 5;
        } else if b[j..run_end].starts_with("[…]".as_bytes()) {
            after = j + "[…]".len();
        } else {
            break;
        }
    }
    after
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
mod tests;
