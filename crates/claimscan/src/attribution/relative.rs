//! `attr:relative` — "…, who said …": the source is the relative pronoun's antecedent.
//!
//! "The plan was opposed by local farmers, who said it would take their land."
//! The antecedent also belongs to the main clause, which stays the writer's own: the
//! attribution covers only "who said …".

use super::found::{Ctx, Found, SourceHit};
use super::noun_phrase::{classify, np_back};
use crate::rules::Rule;
use crate::span::Span;
use crate::tokens::Tok;

/// The antecedent before ", who" ending at `toks[j - 1]` (the relative pronoun).
pub(crate) fn antecedent(ctx: &Ctx, toks: &[Tok], j: usize) -> Option<(SourceHit, usize, Rule)> {
    let a = np_back(ctx, toks, j - 3)?;
    let src = classify(ctx, toks, a, j - 2)?;
    Some((src, a, Rule::AttrRelative))
}

/// The relative attribution covers its own words from "who" on, not the main clause.
pub(crate) fn cover_from_pronoun(toks: &[Tok], c: usize, content: Span, f: &mut Found) {
    f.covered = Span::new(
        toks[c.saturating_sub(1)]
            .span
            .start
            .min(f.cue.as_ref().map_or(content.start, |q| q.span.start)),
        f.covered.end,
    );
    let who = (0..c)
        .rev()
        .find(|&k| toks[k].is("who") || toks[k].is("which"))
        .unwrap_or(c);
    f.covered.start = toks[who].span.start;
}
