//! `attr:claim-noun` — a noun of saying with its owner and a that-clause: the owner makes the
//! claim.
//!
//! "The mayor's claim that the tunnel was safe did not survive the inquiry."
//! "Ruiz's repeated warning that the dam would fail went unheeded."

use super::content::clause_from;
use super::cue::cue_at;
use super::found::{span_of, Ctx, CueHit, Found};
use super::noun_phrase::{classify, np_back};
use crate::report::SourceKind;
use crate::rules::{Reason, Rule};
use crate::span::Span;
use crate::tokens::Tok;
use crate::words::{is_aux_or_adverb, is_auxiliary, is_be, is_negated_auxiliary};

/// Nouns that report what their owner says or holds, when "that" follows.
fn is_claim_noun(w: &str) -> bool {
    matches!(w, "claim" | "claims" | "warning" | "pledge" | "promise")
}

/// The claim noun at `toks[i]`, with its owner before it ("Lund's claim that …").
pub(crate) fn at(ctx: &Ctx, toks: &[Tok], i: usize) -> Option<Found> {
    let t = &toks[i];
    if !t.is_word() || t.quoted || !is_claim_noun(&t.lower) {
        return None;
    }
    if !toks.get(i + 1).is_some_and(|n| n.is("that") && !n.quoted) {
        return None;
    }
    // "Lund's claim", "Lund's repeated claim": the owner's possessive, one modifier between.
    let owns = |k: usize| {
        let text = toks[k].span.of(ctx.text);
        toks[k].is_word() && (text.ends_with("'s") || text.ends_with("\u{2019}s"))
    };
    let p = if i >= 1 && owns(i - 1) {
        i - 1
    } else if i >= 2 && owns(i - 2) && toks[i - 1].is_word() && !toks[i - 1].cap {
        i - 2
    } else {
        return None;
    };
    let a = np_back(ctx, toks, p)?;
    let mut src = classify(ctx, toks, a, p + 1)?;
    if !matches!(
        src.kind,
        SourceKind::Named | SourceKind::Description | SourceKind::Vague
    ) {
        return None;
    }
    // The owner without its "'s".
    let end = toks[p].span.end - 2;
    src.span = Span::new(src.span.start, end);
    if let Some(name) = src.name.as_mut().filter(|n| n.end == toks[p].span.end) {
        name.end = end;
    }
    let (entry, _) = cue_at(ctx.lex, toks, i, false)?;
    let cue = CueHit::of_entry(toks, i, i + 1, &entry);
    let (st, mut end) = clause_from(ctx, toks, i + 2, 2)?;
    // "The mayor's claim that the tunnel was safe did not survive …": when the phrase is the
    // sentence's subject, its clause ends where the main verb starts.
    if a == 0 || toks[a - 1].is_punct(',') {
        end = main_verb_after(ctx, toks, st, end).unwrap_or(end);
    }
    let mut f = ctx.finish(
        vec![span_of(toks, st, end)],
        Some(src),
        Some(cue),
        None,
        vec![
            Reason::new(Rule::AttrClaimNoun),
            Reason::new(Rule::ContentThatClause),
        ],
    );
    f.covered = Span::new(toks[a].span.start, f.covered.end);
    Some(f)
}

/// A verb-like word: an auxiliary, "be", a past form or a negation.
fn is_verbish(ctx: &Ctx, t: &Tok) -> bool {
    t.is_word()
        && !t.cap
        && (is_be(&t.lower)
            || is_auxiliary(&t.lower)
            || is_negated_auxiliary(&t.lower)
            || t.lower.ends_with("ed")
            || ctx.lex.is_irregular_past(&t.lower))
}

/// The start of a second verb group in `toks[st..end]` after the clause's own: the main
/// clause's verb. Not after a conjunction or a relative word.
fn main_verb_after(ctx: &Ctx, toks: &[Tok], st: usize, end: usize) -> Option<usize> {
    let first = (st..end).find(|&k| is_verbish(ctx, &toks[k]))?;
    let mut k = first;
    while k < end && (is_verbish(ctx, &toks[k]) || is_aux_or_adverb(&toks[k].lower)) {
        k += 1;
    }
    (k + 1..end).find(|&m| {
        is_verbish(ctx, &toks[m])
            && toks[m - 1].is_word()
            && !matches!(
                toks[m - 1].lower.as_str(),
                "and" | "or" | "but" | "that" | "which" | "who" | "to" | "be" | "been"
            )
            && !is_verbish(ctx, &toks[m - 1])
            && !toks[st..m].iter().any(|t| !t.is_word())
    })
}
