//! Parenthetical cues: the content resumes after the cue.
//!
//! - "The budget, the minister said, will grow by a tenth." — the clause after the cue is a
//!   second fragment of the same claim;
//! - `“We will rebuild,” she said, “and we will start on Monday.”` — so is a quotation right
//!   after the cue.
//!
//! No reason of its own: the claim carries its construction's (`attr:content-source-cue`,
//! `attr:content-cue-source`) and has two fragments.

use super::content::clause_from;
use super::found::{span_of, Ctx};
use crate::span::Span;
use crate::tokens::{Tok, TokKind};

/// "The budget, the minister said, will grow": the clause that resumes after the comma at
/// `toks[from]`.
pub(crate) fn continuation_after(ctx: &Ctx, toks: &[Tok], from: usize) -> Option<(usize, usize)> {
    if !toks.get(from).is_some_and(|t| t.is_punct(',')) {
        return None;
    }
    let st = from + 1;
    let first = toks.get(st)?;
    if !first.is_word()
        || first.cap
        || [
            "adding",
            "citing",
            "saying",
            "noting",
            "but",
            "and",
            "although",
            "though",
            "according",
            "while",
            "as",
            "referring",
            "explaining",
            "arguing",
            "who",
            "which",
            "in",
            "on",
            "at",
            "after",
            "before",
            "during",
            "when",
        ]
        .contains(&first.lower.as_str())
    {
        return None;
    }
    clause_from(ctx, toks, st, 2)
}

/// `“A,” she said, “B.”` — a quotation right after the cue continues the content; so does a
/// clause that resumes after a parenthetical cue.
pub(crate) fn add_following(ctx: &Ctx, toks: &[Tok], from: usize, fragments: &mut Vec<Span>) {
    if fragments.len() == 1 && !ctx.quotes.iter().any(|q| q.outer == fragments[0]) {
        if let Some((st, end)) = continuation_after(ctx, toks, from) {
            fragments.push(span_of(toks, st, end));
            return;
        }
    }
    let mut k = from;
    while k < toks.len() && matches!(toks[k].kind, TokKind::Punct(',' | ':' | '.')) {
        k += 1;
    }
    // `“The problem,” Mehta said, leaning forward, “is trust.”`: a short participle phrase
    // (no cue of its own) between the cue and the quotation that resumes in lower case.
    if toks.get(k).is_some_and(|t| {
        t.is_word() && !t.cap && t.lower.ends_with("ing") && !ctx.lex.is_cue_word(&t.lower)
    }) {
        if let Some(comma) = (k + 1..toks.len().min(k + 7)).find(|&m| toks[m].is_punct(',')) {
            let resumes_lower = toks.get(comma + 2).is_some_and(|w| w.is_word() && !w.cap);
            if toks[k..comma].iter().all(|t| t.is_word()) && resumes_lower {
                k = comma + 1;
            }
        }
    }
    if k > from {
        if let Some(q) = ctx.quote_opening_at(toks, k) {
            fragments.push(q.outer);
        }
    }
}
