//! `attr:dash-credit` — a quotation credited with a dash and a name:
//! `“Cities are where the future is built.” — Amina Yusuf`, in one sentence or with the credit
//! on a line of its own.

use super::found::{span_of, Ctx, CueHit, Found};
use super::noun_phrase::classify;
use crate::quotes::Quote;
use crate::report::SourceKind;
use crate::rules::{Reason, Rule};
use crate::tokens::{Tok, TokKind};
use crate::words::{is_be, is_finite_auxiliary};

fn is_dash(t: &Tok) -> bool {
    // A spaced hyphen stands for a dash in plain-text copy (`"…" - Jane Roe`).
    matches!(t.kind, TokKind::Punct('―' | '—' | '–' | '-'))
}

/// `“…” — Jane Roe` within one sentence.
pub(crate) fn in_sentence(ctx: &Ctx, toks: &[Tok]) -> Option<Found> {
    let d = toks.iter().rposition(|t| is_dash(t) && !t.quoted)?;
    if d == 0 || toks[d - 1].kind != TokKind::QuoteClose {
        return None;
    }
    let q = ctx.quote_closing_at(toks, d - 1)?;
    let mut e = d + 1;
    while e < toks.len() && toks[e].is_word() && e - d <= 6 {
        e += 1;
    }
    if e == d + 1 || toks[e..].iter().any(|t| t.is_word()) {
        return None;
    }
    credit(ctx, q, toks, d, e)
}

/// A sentence that is only "— Name", after a sentence (`prev`) that ends with a quotation:
/// "― Lia Moss", "— Lena Ortiz, mayor", or the epigraph credit of a fact-check or a pull
/// quote with the occasion after the name ("— Sen. Ann Lee (D), campaign rally, March 3").
pub(crate) fn credit_line(ctx: &Ctx, toks: &[Tok], prev: &[Tok]) -> Option<Found> {
    let first = toks.first()?;
    if !is_dash(first) {
        return None;
    }
    let q = ctx.quotation_ending(prev)?;
    // "― Lia Moss." : a full stop may close the line.
    let e = if toks.len() > 2 && toks[toks.len() - 1].is_punct('.') {
        toks.len() - 1
    } else {
        toks.len()
    };
    if toks.len() > 7 {
        return occasion_line(ctx, q, toks, e);
    }
    // "— Lena Ortiz, mayor": a role after the name.
    let comma = toks[..e].iter().position(|t| t.is_punct(','));
    let name_end = comma.unwrap_or(e);
    // A name opens the credit ("― Lia Moss", not "— additional reporting by …").
    if name_end < 2
        || !toks[1..name_end].iter().all(|t| t.is_word())
        || !toks[1].cap
        || comma.is_some_and(|c| c + 1 >= e || !toks[c + 1..e].iter().all(|t| t.is_word()))
    {
        return None;
    }
    let mut f = credit(ctx, q, toks, 0, name_end)?;
    if comma.is_some() {
        if let Some(src) = f.source.as_mut() {
            src.role = Some(span_of(toks, name_end + 1, e));
            src.span = span_of(toks, 1, e);
        }
        f.covered = f.covered.hull(span_of(toks, 0, e));
    }
    Some(f)
}

/// The longest credit line read by [`occasion_line`], in tokens.
const MAX_OCCASION_LINE: usize = 28;

/// "— Gov. Ann Lee (R), State of the State address, Jan. 14, 2026" in `toks[..e]`: a name
/// (with its title), an optional party or place tag in brackets, then after a comma the
/// occasion and the date — a list of phrases with no verb of its own. The name's title is
/// its role; the occasion is no role.
fn occasion_line(ctx: &Ctx, q: &Quote, toks: &[Tok], e: usize) -> Option<Found> {
    if toks.len() > MAX_OCCASION_LINE || !toks.get(1)?.cap {
        return None;
    }
    // The name, with a title's full stop ("Gov.", "Sen."), up to a bracket or a comma.
    let name_end = (1..e).find(|&k| toks[k].is_punct(',') || toks[k].is_punct('('))?;
    if name_end < 2
        || !toks[1..name_end]
            .iter()
            .all(|t| t.is_word() && !t.quoted || t.is_punct('.'))
    {
        return None;
    }
    // "(R)", "(D-Ohio)": a short tag in brackets.
    let mut k = name_end;
    if toks[k].is_punct('(') {
        let close = (k + 1..e.min(k + 6)).find(|&j| toks[j].is_punct(')'))?;
        k = close + 1;
    }
    if !toks.get(k).is_some_and(|t| t.is_punct(',')) || k + 1 >= e {
        return None;
    }
    // The occasion and date: words, numbers, commas and abbreviations' stops, and no verb
    // ("— Ann Lee, who chairs the board, said …" is a sentence, not a credit).
    let verbless = toks[k + 1..e].iter().all(|t| {
        !t.quoted
            && (t.is_punct(',')
                || t.is_punct('.')
                || t.is_word()
                    && (t.cap
                        || !(is_be(&t.lower)
                            || is_finite_auxiliary(&t.lower)
                            || ctx.lex.is_irregular_past(&t.lower)
                            || matches!(
                                t.lower.as_str(),
                                "who" | "which" | "that" | "says" | "said" | "told"
                            ))))
    });
    if !verbless {
        return None;
    }
    let mut f = credit(ctx, q, toks, 0, name_end)?;
    f.covered = f.covered.hull(span_of(toks, 0, e));
    Some(f)
}

/// The quotation `q` credited by the dash at `toks[d]` to the name in `toks[d + 1..e]`.
fn credit(ctx: &Ctx, q: &Quote, toks: &[Tok], d: usize, e: usize) -> Option<Found> {
    let src = classify(ctx, toks, d + 1, e)?;
    if src.kind != SourceKind::Named {
        return None;
    }
    let cue = CueHit::fixed(toks[d].span, "dash", "said");
    Some(ctx.finish(
        vec![q.outer],
        Some(src),
        Some(cue),
        None,
        vec![Reason::new(Rule::AttrDashCredit)],
    ))
}
