//! `attr:passive-it` — "It was reported that …": a passive cue with no stated source.
//!
//! "It is believed that the fire started in the kitchen." gives an indirect claim with
//! `source: null` and the reasons `attr:passive-it`, `source:unstated`. Any other cue after a
//! form of "be" is a passive or an adjective ("was told", "is expected") and reports nothing,
//! except the passive with an infinitive (`attr:passive-raising`, "The mayor is said to have
//! approved the deal").

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
    // "It has been reported", "it's been said": a perfect before "been" stands for the form
    // of "be".
    let been = p > 0 && p < c && toks[p].is("been");
    let perfect = been
        && matches!(
            toks[p - 1].lower.as_str(),
            "has" | "have" | "had" | "'s" | "\u{2019}s" | "will" | "would" | "may" | "might"
        );
    // "It's been reported": the contraction is one word, "it" and the perfect.
    let its_been = been && matches!(toks[p - 1].lower.as_str(), "it's" | "it\u{2019}s");
    if p == 0 || !(is_be(&toks[p - 1].lower) || perfect || its_been) {
        return None;
    }
    if p >= 2 && toks.get(after).is_some_and(|t| t.is("to")) {
        return Some(raising(ctx, toks, c, after, p - 1, entry));
    }
    let it = if its_been {
        Some(p - 1)
    } else {
        p.checked_sub(2)
    };
    let Some(it) = it.filter(|&k| its_been || toks[k].is("it")) else {
        return Some(None);
    };
    if !toks.get(after).is_some_and(|t| t.is("that")) {
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
    f.covered = f.covered.hull(toks[it].span);
    Some(Some(f))
}

/// `attr:passive-raising` — "The mayor is said to have approved the deal", "the fire was
/// believed to have started in the kitchen": the subject and the infinitive are what is
/// reported, and no source is named. Only for cues whose passive reports what people say or
/// believe (not "is expected to", a prediction, nor "is known to").
fn raising(
    ctx: &Ctx,
    toks: &[Tok],
    c: usize,
    after: usize,
    be: usize,
    entry: &CueEntry,
) -> Option<Found> {
    if !matches!(
        entry.lemma,
        "say" | "report" | "believe" | "think" | "allege" | "rumor" | "rumour" | "claim"
    ) {
        return None;
    }
    let verb = toks.get(after + 1)?;
    if !verb.is_word() || verb.cap || verb.quoted {
        return None;
    }
    // "… and is believed to": a coordinated verb phrase, whose subject is further back.
    if !toks[be - 1].is_word() || matches!(toks[be - 1].lower.as_str(), "and" | "but" | "or") {
        return None;
    }
    let subject = super::noun_phrase::np_back(ctx, toks, be - 1)?;
    if toks[subject].is("it") || toks[subject].is("there") {
        return None;
    }
    let (_, end) = clause_from(ctx, toks, after, 2)?;
    // "The outbreak is believed to be caused by chicken, the health unit said.": a closing
    // credit names who holds the belief; the credit's attribution takes the sentence.
    if toks.get(end).is_some_and(|t| t.is_punct(','))
        && super::content::closing_credit_follows(ctx.lex, toks, end)
    {
        return None;
    }
    let mut f = ctx.finish(
        vec![span_of(toks, subject, be), span_of(toks, after, end)],
        None,
        Some(CueHit::of_entry(toks, c, after, entry)),
        None,
        vec![
            Reason::new(Rule::AttrPassiveRaising),
            Reason::new(Rule::SourceUnstated),
        ],
    );
    f.covered = f.covered.hull(span_of(toks, subject, end));
    Some(f)
}
