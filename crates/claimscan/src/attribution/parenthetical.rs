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
use crate::words::{is_be, is_determiner, is_finite_auxiliary, is_subject_pronoun};

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

/// "Patients may differ in other ways, she said, and the registry did not record …": a clause
/// joined by "and" or "but" after a post-posed credit goes on with what the source said, when
/// it opens with a subject (a determiner, a pronoun, a name or a figure) and holds no cue of
/// its own.
fn joined_clause_after(ctx: &Ctx, toks: &[Tok], from: usize) -> Option<(usize, usize)> {
    if !toks.get(from).is_some_and(|t| t.is_punct(','))
        || !toks
            .get(from + 1)
            .is_some_and(|t| t.is("and") || t.is("but"))
    {
        return None;
    }
    let st = from + 2;
    // "…, the club says, and average crowds are up": a subject of plain words before a finite
    // verb; "…, the service said, and is burning toward the highway": a second verb phrase of
    // the same subject.
    let first = toks.get(st)?;
    let plain_subject = first.is_word()
        && !first.cap
        && !first.quoted
        && !ctx.lex.is_cue_word(&first.lower)
        && (super::clause::finiteness(ctx, toks, st).any()
            // "and no rain is expected": "no" before the subject's noun.
            || first.is("no") && super::clause::finiteness(ctx, toks, st + 1).any());
    let second_verb = first.is_word()
        && !first.quoted
        && (is_be(&first.lower) || is_finite_auxiliary(&first.lower));
    // "…, the bank said in its statement, and “the economy is near capacity.”": a quotation.
    let quotation = first.kind == TokKind::QuoteOpen;
    if !(opens_with_subject(toks, st) || plain_subject || second_verb || quotation) {
        return None;
    }
    let (st, end) = clause_from(ctx, toks, st, 3)?;
    // (A cue word right before "be" or an auxiliary heads the subject: "weekend shows are".)
    let own_cue = (st..end).any(|k| {
        let t = &toks[k];
        t.is_word()
            && !t.quoted
            && ctx.lex.is_cue_word(&t.lower)
            && !toks
                .get(k + 1)
                .is_some_and(|n| is_be(&n.lower) || is_finite_auxiliary(&n.lower))
    });
    (!own_cue).then_some((st, end))
}

/// Does a clause open at `toks[st]` with its subject: a determiner, a subject pronoun, a
/// capitalised word or a figure?
fn opens_with_subject(toks: &[Tok], st: usize) -> bool {
    toks.get(st).is_some_and(|first| {
        first.is_word()
            && !first.quoted
            && (is_determiner(&first.lower)
                || is_subject_pronoun(&first.lower)
                || first.cap
                || first.lower.starts_with(|c: char| c.is_ascii_digit()))
    })
}

/// "If cities fall short, the official said, Ottawa could hold back …": after a content that
/// is only a subordinate clause ("if", "unless", "when" …), the main clause it needs resumes
/// after the credit, whatever its subject.
fn main_clause_after(ctx: &Ctx, toks: &[Tok], from: usize, before: Span) -> Option<(usize, usize)> {
    let opener = toks.iter().find(|t| t.span.start == before.start)?;
    if !matches!(
        opener.lower.as_str(),
        "if" | "unless" | "when" | "once" | "because" | "although" | "though" | "while" | "until"
    ) || !toks.get(from).is_some_and(|t| t.is_punct(','))
    {
        return None;
    }
    let st = from + 1;
    if !opens_with_subject(toks, st) {
        return None;
    }
    clause_from(ctx, toks, st, 2)
}

/// `“A,” she said, “B.”` — a quotation right after the cue continues the content; so does a
/// clause that resumes after a parenthetical cue.
pub(crate) fn add_following(ctx: &Ctx, toks: &[Tok], from: usize, fragments: &mut Vec<Span>) {
    if fragments.len() == 1 && !ctx.quotes.iter().any(|q| q.outer == fragments[0]) {
        if let Some((st, end)) = continuation_after(ctx, toks, from)
            .or_else(|| joined_clause_after(ctx, toks, from))
            .or_else(|| main_clause_after(ctx, toks, from, fragments[0]))
        {
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
