//! The document that the stages after segmentation share: the normalised text, its sentences,
//! each sentence's tokens and the quotations that overlap it. Built once, read by every later
//! stage in place of parallel slices.

use crate::lexicon::Lexicons;
use crate::quotes::{self, Quote};
use crate::segment::{self, Segments, Sentence};
use crate::span::Span;
use crate::tokens::{tokenize, Tok, Words};

pub struct Document<'t> {
    /// The normalised text every span points into.
    pub text: &'t str,
    pub sentences: Vec<Sentence>,
    /// The tokens of each sentence.
    pub toks: Vec<Vec<Tok>>,
    /// The quotations overlapping each sentence.
    pub quotes: Vec<Vec<Quote>>,
}

impl<'t> Document<'t> {
    /// Segment `text`, pair its quotation marks and tokenize every sentence.
    pub fn new(text: &'t str, lex: &Lexicons) -> Document<'t> {
        let Segments {
            paragraphs,
            sentences,
        } = segment::segment(text, &lex.abbr);
        let all_quotes = quotes::find_quotes(text, &paragraphs);
        let quotes = quotes_by_sentence(&sentences, &all_quotes);
        // The words of this thread's earlier documents, shared again (`Words::kept`).
        let mut words = Words::kept();
        let toks = sentences
            .iter()
            .zip(&quotes)
            .map(|(s, q)| {
                let span = segment::without_list_marker(text, s.span);
                tokenize(text, span, q, &lex.abbr, &mut words)
            })
            .collect();
        words.keep();
        Document {
            text,
            sentences,
            toks,
            quotes,
        }
    }

    /// The sentence that holds byte `pos`.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self
            .sentences
            .partition_point(|s| s.span.end.max(s.span.start + 1) <= pos);
        self.sentences
            .get(i)
            .is_some_and(|s| s.span.start <= pos)
            .then_some(i)
    }

    /// The sentences that overlap `span`, as an index range.
    pub fn sentences_over(&self, span: Span) -> std::ops::Range<usize> {
        let first = self.sentences.partition_point(|s| s.span.end <= span.start);
        let last = self.sentences.partition_point(|s| s.span.start < span.end);
        first..last.max(first)
    }
}

/// The quotations overlapping each sentence, in one sweep (sentences and quotations are both
/// in text order), so that no stage scans every quotation for every sentence.
fn quotes_by_sentence(sentences: &[Sentence], quotes: &[Quote]) -> Vec<Vec<Quote>> {
    let mut out = Vec::with_capacity(sentences.len());
    let mut active: Vec<Quote> = Vec::new();
    let mut next = 0;
    for s in sentences {
        while next < quotes.len() && quotes[next].open.start < s.span.end {
            active.push(quotes[next]);
            next += 1;
        }
        active.retain(|q| q.outer.end > s.span.start);
        out.push(
            active
                .iter()
                .filter(|q| q.outer.overlaps(s.span))
                .copied()
                .collect(),
        );
    }
    out
}
