//! `attr:announced-plan` — a verb of announcing whose object is a plan, a pledge or a promise,
//! with its infinitive: the subject means to do what follows "to".
//!
//! "The city unveiled a plan to close two schools." "Steyer announced plans this week to give
//! another $15 million." The cue is the verb and its object ("unveiled a plan"); the content
//! is the infinitive. Without the verb, "plans" after a name is no verb ("the mayor's plans").

use super::found::{Ctx, CueHit, Found};
use super::noun_phrase::source_before;
use super::source_cue_content;
use crate::lexicon::{CueClass, CueEntry};
use crate::rules::{Reason, Rule};
use crate::tokens::Tok;
use crate::words::is_determiner;

/// Verbs (past forms) that put a plan on record.
const ANNOUNCING: &[&str] = &[
    "announced",
    "detailed",
    "disclosed",
    "floated",
    "issued",
    "outlined",
    "proposed",
    "released",
    "revealed",
    "touted",
    "unveiled",
];

/// `Some(decision)` when the intention noun at `toks[c..after]` is the object of a verb of
/// announcing: the attribution, or nothing when no source or content is found.
pub(crate) fn attribute(
    ctx: &Ctx,
    toks: &[Tok],
    c: usize,
    after: usize,
    entry: &CueEntry,
) -> Option<Option<Found>> {
    if !matches!(entry.class, CueClass::Intention | CueClass::Commitment)
        || !matches!(
            toks[c].lower.as_str(),
            "plan" | "plans" | "pledge" | "pledges" | "promise" | "promises"
        )
    {
        return None;
    }
    // The verb, with one determiner, possessive or "new" between ("unveiled a new plan",
    // "announced its plans").
    let mut v = c.checked_sub(1)?;
    for _ in 0..2 {
        let t = &toks[v];
        if v > 0 && (is_determiner(&t.lower) || t.is("new") || t.is("fresh")) {
            v -= 1;
        } else {
            break;
        }
    }
    if !ANNOUNCING.contains(&toks[v].lower.as_str()) || toks[v].quoted {
        return None;
    }
    let decision = source_before(ctx, toks, v).and_then(|source| {
        let cue = CueHit::of_entry(toks, v, after, entry);
        let mut f = source_cue_content::attribute(ctx, toks, v, after, entry, source, cue)?;
        f.reasons.push(Reason::new(Rule::AttrAnnouncedPlan));
        Some(f)
    });
    Some(decision)
}

/// "unveiled a plan to …": the singular "plan" is no cue form of its own (it is a noun far
/// more often than a verb), so it is looked up here, with the entry of "plans".
pub(crate) fn singular(ctx: &Ctx, toks: &[Tok], i: usize) -> Option<Found> {
    if !toks[i].is("plan") || toks[i].quoted || !toks.get(i + 1).is_some_and(|t| t.is("to")) {
        return None;
    }
    let entry = *ctx
        .lex
        .cue_entries("plans")?
        .iter()
        .find(|e| e.particle.is_none())?;
    attribute(ctx, toks, i, i + 1, &entry)?
}
