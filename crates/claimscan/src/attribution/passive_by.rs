//! `attr:passive-by-agent` — "The ferry plan was described by one engineer as “a floating
//! tax”", "The bill was called “a blank cheque” by the opposition": a passive verb of framing
//! or judging ("described", "dismissed", "hailed", "called") whose agent after "by" is the
//! one who said it. What was framed (the subject) and how (the "as" phrase or the quoted
//! complement) are the content, as in the active "One engineer described the plan as …".
//! Without an agent ("was described as …") or without a complement ("was praised by the
//! mayor") nothing is reported here.

use super::content::{clause_end, trim_content_end};
use super::found::{span_of, Ctx, CueHit, Found};
use super::noun_phrase::{classify, np_back};
use crate::lexicon::{CueClass, CueEntry};
use crate::rules::{Reason, Rule};
use crate::span::Span;
use crate::tokens::{Tok, TokKind};
use crate::words::{is_be, is_ly_adverb};

/// The longest agent phrase after "by", in words ("by the city's chief engineer").
const MAX_AGENT: usize = 8;

/// The passive with its cue at `toks[c..after]` and an agent after "by": "was dismissed by
/// one critic as “weather with footnotes”" or "was called “a blank cheque” by the
/// opposition". `None` when the cue is no such passive.
pub(crate) fn attribute(
    ctx: &Ctx,
    toks: &[Tok],
    c: usize,
    after: usize,
    entry: &CueEntry,
) -> Option<Found> {
    if !matches!(entry.class, CueClass::Framing | CueClass::Evaluation)
        || !toks[c].lower.ends_with("ed")
        || toks[c].quoted
    {
        return None;
    }
    let be = be_before(toks, c)?;
    // The subject, right before the verb group ("The plan was …", not "and was …", nor the
    // relative "which was …", whose subject is further back).
    let before = be.checked_sub(1)?;
    let subject = if toks[before].is_punct(',') {
        apposed_subject(ctx, toks, before)?
    } else if toks[before].is_word() && !matches!(toks[before].lower.as_str(), "and" | "but" | "or")
    {
        np_back(ctx, toks, before)?
    } else {
        return None;
    };
    if matches!(
        toks[subject].lower.as_str(),
        "it" | "there" | "who" | "which" | "that" | "this"
    ) {
        return None;
    }
    let (agent, complement, end) =
        by_then_as(ctx, toks, after).or_else(|| quoted_then_by(ctx, toks, after))?;
    let agent = classify(ctx, toks, agent.0, agent.1)?;
    let mut f = ctx.finish(
        vec![
            span_of(toks, subject, trim_content_end(toks, subject, be)),
            complement,
        ],
        Some(agent),
        Some(CueHit::of_entry(toks, c, after, entry)),
        None,
        vec![Reason::new(Rule::AttrPassiveByAgent)],
    );
    f.covered = f.covered.hull(span_of(toks, subject, end));
    Some(f)
}

/// "Her third novel, Quiet Water, was …": the subject before an apposition that ends with
/// the comma at `toks[comma]`, where the apposition opens.
fn apposed_subject(ctx: &Ctx, toks: &[Tok], comma: usize) -> Option<usize> {
    let inner = np_back(ctx, toks, comma.checked_sub(1)?)?;
    let open = inner.checked_sub(1)?;
    if !toks[open].is_punct(',') || !toks.get(open.checked_sub(1)?)?.is_word() {
        return None;
    }
    np_back(ctx, toks, open - 1)
}

/// The form of "be" before the participle at `toks[c]`, over adverbs and "been" ("was",
/// "has been widely", "were also").
fn be_before(toks: &[Tok], c: usize) -> Option<usize> {
    let mut p = c;
    while p > 0
        && toks[p - 1].is_word()
        && (matches!(
            toks[p - 1].lower.as_str(),
            "also" | "once" | "often" | "even" | "been" | "being"
        ) || is_ly_adverb(&toks[p - 1].lower))
    {
        p -= 1;
    }
    if p > 0 && is_be(&toks[p - 1].lower) {
        Some(p - 1)
    } else if p < c && toks[p].is("been") {
        Some(p)
    } else {
        None
    }
}

/// "by one critic as “weather with footnotes”" at `toks[k..]`: the agent's bounds, the "as"
/// phrase and where it ends.
fn by_then_as(ctx: &Ctx, toks: &[Tok], k: usize) -> Option<((usize, usize), Span, usize)> {
    if !toks.get(k).is_some_and(|t| t.is("by") && !t.quoted) {
        return None;
    }
    let st = k + 1;
    let at = (st..toks.len().min(st + MAX_AGENT + 1))
        .take_while(|&j| toks[j].is_word() && !toks[j].quoted)
        .find(|&j| toks[j].is("as"))?;
    if at == st {
        return None;
    }
    let end = trim_content_end(toks, at, clause_end(ctx.lex, toks, at));
    let end = complement_end(toks, at, end);
    if end <= at + 1 {
        return None;
    }
    Some(((st, at), span_of(toks, at, end), end))
}

/// "“a blank cheque” by the opposition" (or "as “…” by …") at `toks[k..]`: the agent's
/// bounds, the quoted complement and where the agent ends.
fn quoted_then_by(ctx: &Ctx, toks: &[Tok], k: usize) -> Option<((usize, usize), Span, usize)> {
    let open = if toks.get(k).is_some_and(|t| t.is("as")) {
        k + 1
    } else {
        k
    };
    if toks.get(open)?.kind != TokKind::QuoteOpen {
        return None;
    }
    let q = ctx.quote_opening_at(toks, open)?;
    let close = q.close?;
    let shut = (open + 1..toks.len()).find(|&j| toks[j].span == close)?;
    let by = shut + 1;
    if !toks.get(by).is_some_and(|t| t.is("by") && !t.quoted) {
        return None;
    }
    let st = by + 1;
    let e = (st..toks.len().min(st + MAX_AGENT))
        .take_while(|&j| toks[j].is_word() && !toks[j].quoted)
        .last()?
        + 1;
    // The agent ends the clause ("… by the opposition." or "… by the opposition, which …").
    if toks.get(e).is_some_and(|t| t.is_word()) {
        return None;
    }
    Some(((st, e), span_of(toks, k, by), e))
}

/// Where the "as" phrase at `toks[at..end]` ends: it names what something was called, so a
/// comma and a conjunction or "which" opens the writer's next clause ("as “weather with
/// footnotes”, and she has not read a review since").
fn complement_end(toks: &[Tok], at: usize, end: usize) -> usize {
    let opens_clause = |j: usize| {
        toks.get(j).is_some_and(|n| {
            !n.quoted
                && matches!(
                    n.lower.as_str(),
                    "and" | "but" | "yet" | "so" | "while" | "though" | "although" | "which"
                )
        })
    };
    (at + 1..end)
        .find_map(|j| {
            if toks[j].is_punct(',') && !toks[j].quoted && opens_clause(j + 1) {
                // `as “…”, and …`
                Some(j)
            } else if toks[j].kind == TokKind::QuoteClose
                && toks[j - 1].is_punct(',')
                && opens_clause(j + 1)
            {
                // `as “…,” and …`: the closing mark stays with the quotation.
                Some(j + 1)
            } else {
                None
            }
        })
        .unwrap_or(end)
}
