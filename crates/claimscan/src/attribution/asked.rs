//! `attr:asked-unstated` — "Asked about the levy, the mayor said …", "When asked whether the
//! pool would reopen, …", "The minister was asked about the delays": a question put by someone
//! the text does not name. What was asked is the content (its topic after "about", or the
//! wh-clause), with `source: null` (`source:unstated`); the answer, if any, is an attribution of
//! its own.
//!
//! Only "asked" with no asker before it: opening the sentence or a clause after a comma, after
//! "when", "after" or "if", or after a form of "be" (a passive). "asked by the host whether …"
//! names the asker and is left out, as is "was asked to …" (a request, not a question).

use super::found::{span_of, Ctx, CueHit, Found};
use crate::lexicon::CueEntry;
use crate::rules::{Reason, Rule};
use crate::tokens::Tok;
use crate::words::{is_aux_or_adverb, is_be, is_wh_word};

/// The question's attribution when the cue at `toks[c..after]` is an "asked" with no asker
/// and a question after it; `None` leaves the cue to the other constructions.
pub(crate) fn attribute(
    ctx: &Ctx,
    toks: &[Tok],
    c: usize,
    after: usize,
    entry: &CueEntry,
) -> Option<Found> {
    if entry.lemma != "ask" || !toks[c].is("asked") || after != c + 1 {
        return None;
    }
    let opens = no_asker_before(toks, c)?;
    let first = toks.get(after).filter(|t| t.is_word() && !t.quoted)?;
    // "asked about the delays": the cue takes the preposition in (PolNeAR's cue is "asked
    // about" five times as often as "asked").
    let topic = first.is("about");
    if !(topic || is_wh_word(&first.lower) && !first.is("when") || first.is("if")) {
        return None;
    }
    let st = after + topic as usize;
    // The question runs to the first punctuation outside quotation marks.
    let end = (st..toks.len())
        .find(|&k| !toks[k].quoted && !toks[k].is_word())
        .unwrap_or(toks.len());
    // A topic of at least one word; a wh-clause of at least two.
    if end < st + 2 - topic as usize {
        return None;
    }
    let mut cue = CueHit::of_entry(toks, c, st, entry);
    if topic {
        // The statement reads "It was asked about the fares."
        cue.past = "asked about";
    }
    let mut f = ctx.finish(
        vec![span_of(toks, st, end)],
        None,
        Some(cue),
        None,
        vec![
            Reason::new(Rule::AttrAskedUnstated),
            Reason::new(Rule::SourceUnstated),
        ],
    );
    // "The minister was asked whether …": the passive's subject is part of the construction.
    f.covered = f.covered.hull(toks[opens].span);
    Some(f)
}

/// No asker stands before "asked" at `toks[c]`: it opens the sentence or a clause after a
/// comma, follows "when", "after" or "if", or a form of "be" (a passive, with adverbs between).
/// Returns where the construction opens: "asked", the conjunction, or the sentence's start for
/// a passive.
fn no_asker_before(toks: &[Tok], c: usize) -> Option<usize> {
    let prev = match c.checked_sub(1) {
        None => return Some(0),
        Some(p) => &toks[p],
    };
    if prev.quoted {
        return None;
    }
    if matches!(prev.lower.as_str(), "when" | "after" | "if") {
        return Some(c - 1);
    }
    // "…, asked about the plan, said …" follows a subject: "Rubio, asked about …".
    if !prev.is_word() {
        return (c == 1 || !toks[c - 2].is_word()).then_some(c);
    }
    let mut p = c - 1;
    while p > 0 && is_aux_or_adverb(&toks[p].lower) && !is_be(&toks[p].lower) {
        p -= 1;
    }
    is_be(&toks[p].lower).then_some(0)
}
