//! Rule 8: a sentence is at most [`MAX_SENTENCE`] bytes. Every later stage looks at a whole
//! sentence for each cue it finds there, so one sentence of a megabyte (a text with commas and
//! no full stop) would cost the square of its length. A longer run is cut after the last comma,
//! semicolon or colon in its final half (else at the last space, else at the limit), and the
//! rest is capped the same way. Real sentences are far shorter: the longest in the evaluation
//! sets is under 800 bytes.

use super::Sentence;
use crate::span::Span;

/// The longest sentence, in bytes.
pub const MAX_SENTENCE: usize = 2_000;

/// Cut every sentence longer than [`MAX_SENTENCE`]; shorter ones pass unchanged.
pub fn cap_sentences(text: &str, sentences: Vec<Sentence>) -> Vec<Sentence> {
    if sentences.iter().all(|s| s.span.len() <= MAX_SENTENCE) {
        return sentences;
    }
    let mut out = Vec::with_capacity(sentences.len());
    for s in sentences {
        let mut rest = s.span;
        while rest.len() > MAX_SENTENCE {
            let cut = cut_point(text, rest);
            let head = Span::new(rest.start, cut).trim(text);
            if !head.is_empty() {
                out.push(Sentence { span: head, ..s });
            }
            rest = Span::new(cut, rest.end).trim(text);
        }
        if !rest.is_empty() {
            out.push(Sentence { span: rest, ..s });
        }
    }
    out
}

/// Where to cut `span` (longer than the limit): just after a clause mark or a space in the
/// second half of its first [`MAX_SENTENCE`] bytes, or at the limit's character boundary.
fn cut_point(text: &str, span: Span) -> usize {
    let mut limit = span.start + MAX_SENTENCE;
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let mut from = span.start + MAX_SENTENCE / 2;
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = &text[from..limit];
    let after = |i: Option<usize>| i.map(|i| from + i + 1);
    let mark = window
        .bytes()
        .enumerate()
        .rev()
        .find(|&(i, b)| {
            matches!(b, b',' | b';' | b':')
                && window
                    .as_bytes()
                    .get(i + 1)
                    .is_some_and(u8::is_ascii_whitespace)
        })
        .map(|(i, _)| i);
    after(mark)
        .or_else(|| after(window.rfind(|c: char| c.is_ascii_whitespace())))
        .unwrap_or(limit)
}
