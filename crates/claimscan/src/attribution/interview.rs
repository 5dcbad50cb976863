//! `attr:interview-answer` — in an interview printed as questions and answers, every line that
//! opens with "A:" is the interviewee's own words (`direct`), and the interviewee is the first
//! person the article names before the first "Q:" or "A:" line:
//!
//! ```text
//! Ines Marr has kept bees above the town for thirty years.
//!
//! Q: What changed this spring?
//!
//! A: The hives woke early. We lost a third of them in April.
//! ```
//! The answer is two direct claims by Ines Marr.

use super::found::{span_of, Ctx, CueHit, Found, SourceHit};
use super::noun_phrase::classify;
use crate::document::Document;
use crate::lexicon::Lexicons;
use crate::report::{Attribution, SourceKind};
use crate::rules::{Reason, Rule};
use crate::span::Span;
use crate::tokens::Tok;

/// Add the answers of a Q&A interview to `found`.
pub(crate) fn attach(doc: &Document, lex: &Lexicons, found: &mut Vec<Found>) {
    let Some(first) = (0..doc.sentences.len()).find(|&si| marker(doc, si).is_some()) else {
        return;
    };
    // Q&A needs both kinds of line; a lone "A:" is something else.
    let has_question = (first..doc.sentences.len()).any(|si| marker(doc, si) == Some('q'));
    if !has_question {
        return;
    }
    let Some(interviewee) = (0..first).find_map(|si| first_person(doc, lex, si)) else {
        return;
    };
    let mut added = Vec::new();
    for si in first..doc.sentences.len() {
        if marker(doc, si) != Some('a') {
            continue;
        }
        let toks = &doc.toks[si];
        let from = toks[2].span.start;
        let line_end = doc.text[from..]
            .find('\n')
            .map_or(doc.text.len(), |i| from + i);
        let answer = Span::new(from, line_end).trim(doc.text);
        if answer.len() < 2 {
            continue;
        }
        let ctx = Ctx::for_sentence(doc, lex, si);
        let cue = CueHit::fixed(toks[1].span, ":", "said");
        let mut f = ctx.finish(
            vec![answer],
            Some(interviewee.clone()),
            Some(cue),
            None,
            vec![Reason::new(Rule::AttrInterviewAnswer)],
        );
        f.kind = Attribution::Direct;
        f.covered = Span::new(toks[0].span.start, answer.end);
        added.push(f);
    }
    if !added.is_empty() {
        found.extend(added);
        crate::sort::sort_by_key(found, |f| f.content().start);
    }
}

/// 'q' or 'a' when sentence `si` opens a line with "Q:" or "A:".
fn marker(doc: &Document, si: usize) -> Option<char> {
    let toks = &doc.toks[si];
    let (m, colon) = (toks.first()?, toks.get(1)?);
    if !colon.is_punct(':') || toks.len() < 3 {
        return None;
    }
    let line_start = doc.text[..m.span.start].rfind('\n').map_or(0, |i| i + 1);
    if !doc.text[line_start..m.span.start].trim().is_empty() {
        return None;
    }
    match m.span.of(doc.text) {
        "Q" => Some('q'),
        "A" => Some('a'),
        _ => None,
    }
}

/// The first person named in sentence `si`: a run of two or more capitalised words that reads
/// as a name.
fn first_person(doc: &Document, lex: &Lexicons, si: usize) -> Option<SourceHit> {
    if doc.sentences[si].headline {
        return None;
    }
    let toks: &[Tok] = &doc.toks[si];
    let ctx = Ctx::for_sentence(doc, lex, si);
    let mut k = 0;
    while k < toks.len() {
        if !(toks[k].cap && toks[k].is_word()) {
            k += 1;
            continue;
        }
        let mut e = k;
        while e < toks.len() && toks[e].cap && toks[e].is_word() {
            e += 1;
        }
        if e - k >= 2 {
            if let Some(mut src) =
                classify(&ctx, toks, k, e).filter(|s| s.kind == SourceKind::Named)
            {
                src.span = span_of(toks, k, e);
                return Some(src);
            }
        }
        k = e;
    }
    None
}
