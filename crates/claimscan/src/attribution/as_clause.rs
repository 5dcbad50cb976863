//! `attr:as-clause` — "as X said": the source and cue sit in a clause opened by "as", and the
//! content is the sentence around it.
//!
//! - "As the inspector pointed out, the bridge was never built for trucks."
//! - "The bridge, as the inspector pointed out, was never built for trucks."
//! - "The bridge was never built for trucks, as the inspector has said."
//! - "As stated in the audit, the contract was never signed." (passive: the source after "in"
//!   or "by").
//!
//! The "as" clause must end right after its cue (an adverb or a channel such as "in her report"
//! may follow): "as she said" is an attribution, "as she said goodbye" and "as he discussed the
//! plan" are not.

use super::content::{clause_from, trim_content_end};
use super::found::{span_of, words_in, Ctx, CueHit, Found, SourceHit};
use crate::rules::{Reason, Rule};
use crate::span::Span;
use crate::tokens::{Tok, TokKind};
use crate::words::{is_ly_adverb, is_verb_group_word};

/// The content words a side of the sentence needs to be a claim.
const MIN_WORDS: usize = 3;

/// The attribution of the cue at `toks[c..after]`, whose source `src` starts at `toks[a]`,
/// when "as" opens the clause of both: `None` when this is no "as" clause.
pub(crate) fn attribute(
    ctx: &Ctx,
    toks: &[Tok],
    after: usize,
    (src, a): (SourceHit, usize),
    cue: CueHit,
) -> Option<Found> {
    let as_at = a.checked_sub(1)?;
    if !opens_clause(toks, as_at) {
        return None;
    }
    let end = clause_end_after_cue(ctx, toks, after)?;
    let fragments = content_around(ctx, toks, as_at, end)?;
    let reasons = vec![Reason::new(Rule::AttrAsClause)];
    Some(ctx.finish(fragments, Some(src), Some(cue), None, reasons))
}

/// "As stated in the audit, …", "…, as reported by the agency.": a passive "as" clause whose
/// source follows "in" or "by" after the participle at `toks[c..after]`.
pub(crate) fn passive(
    ctx: &Ctx,
    toks: &[Tok],
    c: usize,
    after: usize,
    cue: CueHit,
) -> Option<Found> {
    let as_at = c.checked_sub(1)?;
    let t = &toks[c];
    if !opens_clause(toks, as_at)
        || t.cap && as_at > 0
        || !(t.lower.ends_with("ed") || matches!(t.lower.as_str(), "shown" | "written"))
        || !toks.get(after).is_some_and(|p| p.is("in") || p.is("by"))
    {
        return None;
    }
    let st = after + 1;
    let end = (st..toks.len())
        .find(|&k| !toks[k].is_word() || toks[k].quoted)
        .unwrap_or(toks.len());
    if end == st
        || end - st > 10
        || toks
            .get(end)
            .is_some_and(|t| !matches!(t.kind, TokKind::Punct(',' | '.' | '!' | '?' | ';')))
    {
        return None;
    }
    let src = super::noun_phrase::classify(ctx, toks, st, end)?;
    let fragments = content_around(ctx, toks, as_at, end)?;
    let reasons = vec![Reason::new(Rule::AttrAsClause)];
    Some(ctx.finish(fragments, Some(src), Some(cue), None, reasons))
}

/// "as" at `toks[as_at]` opens the sentence or follows a comma or dash: not "the same as she
/// said".
fn opens_clause(toks: &[Tok], as_at: usize) -> bool {
    toks[as_at].is("as")
        && !toks[as_at].quoted
        && (as_at == 0
            || matches!(
                toks[as_at - 1].kind,
                TokKind::Punct(',' | '—' | '–' | '(') | TokKind::QuoteClose
            ))
}

/// The content around an "as" clause that opens at `toks[as_at]` and ends at `toks[end]`.
fn content_around(ctx: &Ctx, toks: &[Tok], as_at: usize, end: usize) -> Option<Vec<Span>> {
    // The part after the clause, when a comma closes it, and the part before: a mere subject
    // when the sentence resumes with its verb ("The bridge, as …, was"), an adverbial to leave
    // out when it resumes with a clause of its own ("For years, as I recall, the square …").
    let resumed = toks
        .get(end)
        .filter(|t| t.is_punct(','))
        .and_then(|_| clause_from(ctx, toks, end + 1, 1));
    let before_end = trim_content_end(toks, 0, as_at);
    let before = (before_end > 0).then_some((0, before_end));
    let enough = |(st, e): (usize, usize)| words_in(toks, st, e) >= MIN_WORDS;
    let parts: Vec<(usize, usize)> = match (before, resumed) {
        (Some(b), Some(r)) if starts_with_verb(ctx, &toks[r.0]) => vec![b, r],
        (_, Some(r)) if enough(r) => vec![r],
        (Some(b), None) if enough(b) => vec![b],
        (None, Some(r)) if enough(r) => vec![r],
        _ => Vec::new(),
    };
    let fragments: Vec<Span> = parts.iter().map(|&(st, e)| span_of(toks, st, e)).collect();
    (!fragments.is_empty()).then_some(fragments)
}

/// Does a resumed clause start with its verb ("was never built"), so that it needs the subject
/// before the "as" clause?
fn starts_with_verb(ctx: &Ctx, t: &Tok) -> bool {
    t.is_word()
        && !t.cap
        && (is_verb_group_word(&t.lower)
            || (t.lower.len() > 3 && t.lower.ends_with("ed"))
            || ctx.lex.is_irregular_past(&t.lower))
}

/// Where the "as" clause ends: right after the cue, past adverbs and a short channel phrase
/// ("as she said in her report,"), at a comma or the sentence's end.
fn clause_end_after_cue(ctx: &Ctx, toks: &[Tok], after: usize) -> Option<usize> {
    let mut k = after;
    while toks
        .get(k)
        .is_some_and(|t| t.is_word() && is_ly_adverb(&t.lower))
    {
        k += 1;
    }
    // "as the paper reported Saturday,", "as she said last week,".
    k += super::content_after::time_phrase_at(toks, k).unwrap_or(0);
    if toks.get(k).is_some_and(|t| t.is("in") || t.is("on")) {
        let stop = (k..toks.len())
            .find(|&j| !toks[j].is_word())
            .unwrap_or(toks.len());
        if stop - k <= 8 && toks[k..stop].iter().any(|t| ctx.lex.is_channel(&t.lower)) {
            k = stop;
        }
    }
    match toks.get(k) {
        None => Some(k),
        Some(t) if matches!(t.kind, TokKind::Punct(',' | '.' | '!' | '?' | ';')) => Some(k),
        _ => None,
    }
}
