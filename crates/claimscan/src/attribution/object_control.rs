//! `attr:object-control` — "The delay led critics to say that …", "The audit prompted the
//! mayor to admit that …": a verb that makes somebody do something, its object, then "to"
//! and the cue. The object is the source. Only verbs that imply the saying happened count:
//! "asked the mayor to confirm that …" or "urged her to say …" report no claim of hers.

use super::found::{Ctx, SourceHit};
use super::noun_phrase::{classify, np_back};
use crate::rules::Rule;
use crate::tokens::Tok;

/// The source of a cue at `toks[c]` after "to" and the object of an implicative causative
/// verb: the source, its first token and the rule, and where the causative clause starts
/// ("The delay led …"), which the attribution covers.
pub(crate) fn source(
    ctx: &Ctx,
    toks: &[Tok],
    c: usize,
) -> Option<((SourceHit, usize, Rule), usize)> {
    if c < 3 || !toks[c - 1].is("to") || toks[c - 1].quoted {
        return None;
    }
    // The causative verb, then its object up to "to".
    let v = (c.saturating_sub(10)..c - 2)
        .rev()
        .take_while(|&k| toks[k].is_word() && !toks[k].quoted)
        .find(|&k| is_implicative_causative(&toks[k].lower))?;
    let a = v + 1;
    if np_back(ctx, toks, c - 2).is_none_or(|start| start > a) {
        return None;
    }
    let src = classify(ctx, toks, a, c - 1)?;
    let clause_start = (v >= 1)
        .then(|| np_back(ctx, toks, v - 1))
        .flatten()
        .unwrap_or(v);
    Some(((src, a, Rule::AttrObjectControl), clause_start))
}

/// "led", "prompted", "forced": verbs whose object then did what follows.
fn is_implicative_causative(w: &str) -> bool {
    [
        "led",
        "lead",
        "leads",
        "leading",
        "prompted",
        "prompt",
        "prompts",
        "prompting",
        "forced",
        "force",
        "forces",
        "forcing",
        "compelled",
        "compel",
        "compels",
        "drove",
        "driven",
        "spurred",
        "spur",
        "spurs",
        "caused",
        "cause",
        "causes",
    ]
    .contains(&w)
}
