//! `attr:passive-it` — "It was reported that …": a passive cue with no stated source.
//!
//! "It is believed that the fire started in the kitchen." gives an indirect claim with
//! `source: null` and the reasons `attr:passive-it`, `source:unstated`. Any other cue after a
//! form of "be" is a passive or an adjective ("was told", "is expected") and reports nothing.

use super::content::clause_from;
use super::found::{span_of, Ctx, CueHit, Found};
use crate::lexicon::CueEntry;
use crate::rules::{Reason, Rule};
use crate::tokens::Tok;
use crate::words::{is_be, is_progressive};

/// `Some(decision)` when the cue at `toks[c]` follows a form of "be": the passive-it
/// attribution, or nothing.
pub(crate) fn after_be(
    ctx: &Ctx,
    toks: &[Tok],
    c: usize,
    after: usize,
    entry: &CueEntry,
) -> Option<Option<Found>> {
    // "is saying", "were warning": a progressive, read as any finite verb.
    if is_progressive(toks, c) {
        return None;
    }
    let mut p = c;
    while p > 0
        && toks[p - 1].is_word()
        && matches!(
            toks[p - 1].lower.as_str(),
            "also" | "widely" | "previously" | "long" | "not" | "been" | "being"
        )
    {
        p -= 1;
    }
    if p == 0 || !is_be(&toks[p - 1].lower) {
        return None;
    }
    if p < 2 || !toks[p - 2].is("it") || !toks.get(after).is_some_and(|t| t.is("that")) {
        return Some(None);
    }
    let Some((st, end)) = clause_from(ctx, toks, after + 1, 2) else {
        return Some(None);
    };
    let mut f = ctx.finish(
        vec![span_of(toks, st, end)],
        None,
        Some(CueHit::of_entry(toks, c, after, entry)),
        None,
        vec![
            Reason::new(Rule::AttrPassiveIt),
            Reason::new(Rule::SourceUnstated),
        ],
    );
    f.covered = f.covered.hull(toks[p - 2].span);
    Some(Some(f))
}
