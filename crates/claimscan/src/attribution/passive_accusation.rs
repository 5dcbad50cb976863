//! `attr:passive-accusation` — "The mayor was accused by council members of “hiding the
//! budget”": a passive verb of accusing with the charge after its preposition ("accused … of",
//! "blamed … for"). The agent after "by" is the source; with no agent the source is unstated,
//! and the passive reports somebody's words only when the charge quotes them ("The mayor was
//! accused of “hiding the budget”"; not "The man was accused of theft", a charge the writer
//! states).

use super::content::{clause_end, looks_regular_past, trim_content_end};
use super::content_after::time_phrase_at;
use super::found::{span_of, Ctx, CueHit, Found};
use super::noun_phrase::{classify, np_back};
use crate::lexicon::CueEntry;
use crate::rules::{Reason, Rule};
use crate::tokens::{Tok, TokKind};
use crate::words::{is_be, is_finite_auxiliary, is_ly_adverb};

/// The preposition that opens the charge after a passive cue of accusing ("accused of",
/// "blamed for").
fn charge_preposition(lemma: &str) -> Option<&'static str> {
    match lemma {
        "accuse" => Some("of"),
        "blame" => Some("for"),
        _ => None,
    }
}

/// The passive accusation with its cue at `toks[c..after]` ("was accused Tuesday by rivals of
/// “…”"), or `None` when the cue is not such a passive.
pub(crate) fn attribute(
    ctx: &Ctx,
    toks: &[Tok],
    c: usize,
    after: usize,
    entry: &CueEntry,
) -> Option<Found> {
    let prep = charge_preposition(entry.lemma)?;
    if !toks[c].lower.ends_with("ed") {
        return None;
    }
    // "was accused", "has been repeatedly blamed", "were also accused".
    let mut p = c;
    while p > 0
        && toks[p - 1].is_word()
        && (matches!(
            toks[p - 1].lower.as_str(),
            "also" | "not" | "been" | "being" | "often" | "again" | "since"
        ) || is_ly_adverb(&toks[p - 1].lower))
    {
        p -= 1;
    }
    let be = if p > 0 && is_be(&toks[p - 1].lower) {
        p - 1
    } else if p < c && toks[p].is("been") {
        p
    } else {
        return None;
    };
    // The subject, right before the verb group ("The mayor was …", not "and was …").
    let before = be.checked_sub(1)?;
    if !toks[before].is_word() || matches!(toks[before].lower.as_str(), "and" | "but" | "or") {
        return None;
    }
    let subject = np_back(ctx, toks, before)?;
    if matches!(
        toks[subject].lower.as_str(),
        "it" | "there" | "who" | "which" | "that"
    ) {
        return None;
    }
    // "accused Tuesday", "accused on Monday": a time phrase may stand before the agent.
    let mut k = after + time_phrase_at(toks, after).unwrap_or(0);
    // "by opposition MPs": the agent, up to the preposition of the charge.
    let mut agent = None;
    if toks.get(k).is_some_and(|t| t.is("by") && !t.quoted) {
        let st = k + 1;
        let at = (st..toks.len().min(st + 10))
            .take_while(|&j| toks[j].is_word() && !toks[j].quoted)
            .find(|&j| toks[j].is(prep))?;
        agent = Some(classify(ctx, toks, st, at)?);
        k = at;
    }
    if !toks.get(k).is_some_and(|t| t.is(prep) && !t.quoted) {
        return None;
    }
    let end = clause_end(ctx.lex, toks, k);
    let end = trim_content_end(
        toks,
        k,
        writers_clause(ctx, toks, k + 1, end).unwrap_or(end),
    );
    if end <= k + 1 {
        return None;
    }
    // With no agent the charge must quote somebody's words.
    let quoted = toks[k + 1..end]
        .iter()
        .any(|t| t.kind == TokKind::QuoteOpen);
    let mut reasons = vec![Reason::new(Rule::AttrPassiveAccusation)];
    if agent.is_none() {
        if !quoted {
            return None;
        }
        reasons.push(Reason::new(Rule::SourceUnstated));
    }
    let mut f = ctx.finish(
        vec![span_of(toks, subject, be), span_of(toks, k + 1, end)],
        agent,
        Some(CueHit::of_entry(toks, c, after, entry)),
        None,
        reasons,
    );
    f.covered = f.covered.hull(span_of(toks, subject, end));
    Some(f)
}

/// Where a subordinate clause with its own subject and finite verb opens inside the charge
/// `toks[st..end]`: the writer's circumstance, not the charge ("accused of “…” as opposition
/// MPs used the debate to …"; not "accused of acting as a go-between").
fn writers_clause(ctx: &Ctx, toks: &[Tok], st: usize, end: usize) -> Option<usize> {
    (st..end).find(|&k| {
        let t = &toks[k];
        t.is_word()
            && !t.quoted
            && matches!(
                t.lower.as_str(),
                "as" | "while"
                    | "when"
                    | "because"
                    | "after"
                    | "before"
                    | "although"
                    | "though"
                    | "whereas"
            )
            && toks.get(k + 1).is_some_and(|n| {
                n.is_word()
                    && !n.quoted
                    && !matches!(n.lower.as_str(), "a" | "an" | "well")
                    && !n.lower.ends_with("ing")
            })
            && (k + 2..end.min(k + 7)).any(|j| {
                let v = &toks[j];
                v.is_word()
                    && !v.cap
                    && !v.quoted
                    && (is_be(&v.lower)
                        || is_finite_auxiliary(&v.lower)
                        || looks_regular_past(&v.lower)
                        || ctx.lex.is_irregular_past(&v.lower))
            })
    })
}
