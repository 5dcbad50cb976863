//! `attr:claim-noun` — a noun of saying with its owner and a that-clause: the owner makes the
//! claim.
//!
//! "The mayor's claim that the tunnel was safe did not survive the inquiry."
//! "Ruiz's repeated warning that the dam would fail went unheeded."
//! "Few shared her conviction that … " is no claim noun (a state, not a saying); "his
//! insistence that the books balanced", "their assurances that nobody would lose a job" are:
//! a possessive pronoun owns the claim, and the source is resolved like "he", "she" or "it".

use super::content::clause_from;
use super::found::{span_of, Ctx, CueHit, Found, SourceHit};
use super::noun_phrase::{classify, np_back};
use crate::report::SourceKind;
use crate::rules::{Reason, Rule};
use crate::span::Span;
use crate::tokens::Tok;
use crate::words::{
    is_aux_or_adverb, is_auxiliary, is_be, is_determiner, is_negated_auxiliary, is_np_preposition,
    is_subject_pronoun,
};

/// Nouns that report what their owner says, when "that" follows, with the verb whose cue entry
/// (class and certainty) they take.
const CLAIM_NOUNS: &[(&str, &str)] = &[
    ("accusation", "accuse"),
    ("accusations", "accuse"),
    ("admission", "admit"),
    ("allegation", "allege"),
    ("allegations", "allege"),
    ("argument", "argue"),
    ("assertion", "assert"),
    ("assurance", "assure"),
    ("assurances", "assure"),
    ("claim", "claim"),
    ("claims", "claim"),
    ("conclusion", "conclude"),
    ("contention", "contend"),
    ("insistence", "insist"),
    ("pledge", "pledge"),
    ("prediction", "predict"),
    ("promise", "promise"),
    ("suggestion", "suggest"),
    ("warning", "warn"),
    ("warnings", "warn"),
];

/// The verb of a claim noun.
fn claim_noun_verb(w: &str) -> Option<&'static str> {
    CLAIM_NOUNS.iter().find(|(n, _)| *n == w).map(|(_, v)| *v)
}

/// A possessive pronoun that owns a claim, and the subject pronoun it resolves as.
fn possessive_pronoun(w: &str) -> Option<&'static str> {
    match w {
        "his" => Some("he"),
        "her" => Some("she"),
        "its" => Some("it"),
        "their" => Some("they"),
        _ => None,
    }
}

/// The claim noun at `toks[i]`, with its owner before it ("Lund's claim that …").
pub(crate) fn at(ctx: &Ctx, toks: &[Tok], i: usize) -> Option<Found> {
    let t = &toks[i];
    if !t.is_word() || t.quoted {
        return None;
    }
    let verb = claim_noun_verb(&t.lower)?;
    // "despite a warning from their union that crews could strike", "assurances from the
    // ministry that no jobs would go": the owner after "from", then the that-clause.
    if toks.get(i + 1).is_some_and(|n| n.is("from") && !n.quoted) {
        let that = (i + 3..toks.len().min(i + 10)).find(|&k| toks[k].is("that"))?;
        // (A clause with its own verb after "that", not a relative: "officials that were".)
        let opens = toks.get(that + 1).is_some_and(|n| {
            n.is_word()
                && !n.quoted
                && !is_be(&n.lower)
                && !is_auxiliary(&n.lower)
                && (n.cap
                    || is_determiner(&n.lower)
                    || is_subject_pronoun(&n.lower)
                    || super::clause::finiteness(ctx, toks, that + 1).any())
        });
        if !opens || toks[i + 2..that].iter().any(|t| !t.is_word() || t.quoted) {
            return None;
        }
        let src = classify(ctx, toks, i + 2, that)?;
        if !matches!(
            src.kind,
            SourceKind::Named | SourceKind::Description | SourceKind::Vague
        ) {
            return None;
        }
        let a = if i > 0 && is_determiner(&toks[i - 1].lower) {
            i - 1
        } else {
            i
        };
        return finish(ctx, toks, i, a, src, verb, that);
    }
    if !toks.get(i + 1).is_some_and(|n| n.is("that") && !n.quoted) {
        return None;
    }
    // "his claim that …", "their repeated assurances that …": a possessive pronoun, one
    // lowercase modifier between.
    let pronoun_at = [1, 2].into_iter().find(|&back| {
        i >= back
            && possessive_pronoun(&toks[i - back].lower).is_some()
            && toks[i - back].is_word()
            && !toks[i - back].quoted
            && (back == 1 || toks[i - 1].is_word() && !toks[i - 1].cap)
    });
    if let Some(back) = pronoun_at {
        let p = i - back;
        let pronoun = possessive_pronoun(&toks[p].lower)?;
        let src = SourceHit {
            span: toks[p].span,
            kind: SourceKind::Pronoun,
            name: None,
            role: None,
            head: toks[p].lower.clone(),
            reasons: vec![Reason::with(Rule::SourcePronoun, pronoun)],
        };
        return finish(ctx, toks, i, p, src, verb, i + 1);
    }
    // "Lund's claim", "Lund's repeated claim": the owner's possessive, one modifier between.
    let owns = |k: usize| super::noun_phrase::is_possessive(ctx.text, &toks[k]);
    let p = if i >= 1 && owns(i - 1) {
        i - 1
    } else if i >= 2 && owns(i - 2) && toks[i - 1].is_word() && !toks[i - 1].cap {
        i - 2
    } else {
        return None;
    };
    // The owner is a plain noun phrase: "Sanders for his campaign's suggestion" and "changes
    // amid Trump's accusations" are owned by the campaign and by Trump.
    let a = np_back(ctx, toks, p)?;
    let a = (a..p)
        .rev()
        .find(|&k| is_np_preposition(&toks[k].lower) || toks[k].is("amid"))
        .map_or(a, |k| k + 1);
    if a > p {
        return None;
    }
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
    finish(ctx, toks, i, a, src, verb, i + 1)
}

/// The attribution of the claim noun at `toks[i]`, its owner opening at `toks[a]`.
#[allow(clippy::too_many_arguments)]
fn finish(
    ctx: &Ctx,
    toks: &[Tok],
    i: usize,
    a: usize,
    src: SourceHit,
    verb: &str,
    that: usize,
) -> Option<Found> {
    let entry = *ctx
        .lex
        .cue_entries(verb)?
        .iter()
        .find(|e| e.particle.is_none())?;
    let cue = CueHit::of_entry(toks, i, i + 1, &entry);
    let (st, mut end) = clause_from(ctx, toks, that + 1, 2)?;
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
    let past = |t: &Tok| t.lower.ends_with("ed") || ctx.lex.is_irregular_past(&t.lower);
    // The clause's own verb group: auxiliaries and adverbs, then at most one past form ("was
    // approved", "rose"), so that "the claim that prices rose was false" finds "was".
    let mut k = first;
    while k < end
        && !past(&toks[k])
        && (is_verbish(ctx, &toks[k]) || is_aux_or_adverb(&toks[k].lower))
    {
        k += 1;
    }
    if k < end && past(&toks[k]) {
        k += 1;
    }
    (k..end).find(|&m| {
        is_verbish(ctx, &toks[m])
            && (m == k || !is_verbish(ctx, &toks[m - 1]))
            && toks[m - 1].is_word()
            && !matches!(
                toks[m - 1].lower.as_str(),
                "and" | "or" | "but" | "that" | "which" | "who" | "to" | "be" | "been"
            )
            && !toks[st..m].iter().any(|t| !t.is_word())
    })
}
