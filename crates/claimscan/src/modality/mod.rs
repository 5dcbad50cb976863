//! Stage 6: modality — how sure each claim is.
//!
//! One typed list of uncertainty cues per document ([`Hedges::find`]): the `hedges` lexicon
//! (epistemic, doxastic, investigation, prediction, weasel, approximator and a few condition
//! phrases) filtered by context rules (`context.rs`), the condition markers (`condition.rs`) and
//! the predictions and hypothetical "would" (`prediction.rs`). Per claim ([`for_claim`]) the
//! cues inside its fragments, its condition clause, future and negation (`negation.rs`), and
//! its certainty (`certainty.rs`).

mod certainty;
mod condition;
mod context;
mod cues;
pub(crate) mod negation;
mod prediction;
mod weasel;

pub use certainty::StanceLevels;
pub use cues::{HedgeHit, Hedges};
use negation::denies_cue;

use std::borrow::Cow;

use crate::document::Document;
use crate::report::Certainty;
use crate::rules::{Reason, Rule};
use crate::span::Span;
use crate::tokens::Tok;

/// Condition, future and negation of one stretch of tokens.
#[derive(Clone, Debug, Default)]
pub struct Modality {
    pub condition: Option<Span>,
    /// The condition's marker ("if", "inversion").
    pub condition_marker: Option<&'static str>,
    pub future: Option<String>,
    pub negated: Option<String>,
    pub reasons: Vec<Reason>,
}

/// Analyse `toks` (the tokens of a claim's content).
pub fn analyse(toks: &[Tok]) -> Modality {
    let mut m = Modality::default();
    for i in 0..toks.len() {
        let t = &toks[i];
        if !t.is_word() {
            continue;
        }
        let prev = i.checked_sub(1).map(|p| &toks[p]);
        let next = toks.get(i + 1);
        if m.condition.is_none() {
            if let Some((span, marker)) = condition::clause_at(toks, i) {
                m.condition = Some(span);
                m.condition_marker = Some(marker);
                m.reasons.push(Reason::with(Rule::Condition, marker));
            }
        }
        if m.future.is_none() {
            if let Some(f) = prediction::future_at(t, prev, next, toks.get(i + 2))
                .or_else(|| prediction::expects_object_to(toks, i))
            {
                m.reasons.push(Reason::with(Rule::Future, f.clone()));
                m.future = Some(f);
            }
        }
        // A negation that is not the claim's.
        let not_the_claims = || {
            negation::in_subject_relative(toks, i)
            // "greed, not incompetence", "not the rain but the wind", "not only": a contrast.
            || negation::contrastive_not(toks, i)
            // "would leave if the plant did not call them back": the condition's negation.
            || condition::inside_condition(toks, i)
            // "most, if not all, of the nets": a hedge on a quantity; "if not repaired, …":
            // a condition's negation, not the claim's.
            || t.is("not") && prev.is_some_and(|p| p.is("if"))
            // "will plead not guilty", "was found not guilty": a plea or a verdict.
            || t.is("not")
                && next.is_some_and(|n| n.is("guilty") || n.is("criminally"))
                && prev.is_some_and(|p| {
                    matches!(
                        p.lower.as_str(),
                        "plead" | "pleads" | "pleaded" | "pled" | "pleading" | "found" | "finding"
                    )
                })
        };
        if m.negated.is_none() && negation::negation_at(t, next) && !not_the_claims() {
            m.reasons
                .push(Reason::with(Rule::Negation, t.lower.clone()));
            m.negated = Some(t.lower.to_string());
        }
    }
    if m.future.is_none() {
        if let Some(f) = prediction::modal_with_time_ahead(toks)
            .or_else(|| prediction::possible_event(toks))
            .or_else(|| prediction::scheduled_present(toks))
        {
            m.reasons.push(Reason::with(Rule::Future, f.clone()));
            m.future = Some(f);
        }
    }
    m
}

/// The modality of one claim: the cues inside its fragments, the condition, future and
/// negation of its own tokens, and its certainty. In reported speech "would" reports a
/// prediction.
pub struct ClaimModality<'h> {
    pub hedges: Vec<&'h HedgeHit>,
    pub modality: Modality,
    pub certainty: Certainty,
    /// Cue reasons first, then condition, future and negation, then the certainty steps.
    pub reasons: Vec<Reason>,
}

/// What a claim's modality is read from besides its text.
pub struct ClaimContext<'a> {
    pub attributed: bool,
    /// Where the claims reported inside this one are (disjoint, in text order): their tokens and
    /// cues are not this claim's (a cue attaches to the claim whose clause it modifies).
    pub nested: &'a [Span],
    /// The reporting cue's lemma and stance class.
    pub cue: Option<(&'a str, &'a str)>,
    /// Where the reporting cue is: a hedge right before it ("reportedly said") modifies the
    /// report, so it belongs to the claim.
    pub cue_span: Option<Span>,
    pub levels: &'a StanceLevels,
}

/// The hedge ends right before the cue, at most one word between ("allegedly told", "is
/// reportedly planning").
fn modifies_cue(text: &str, h: &HedgeHit, cue: Span) -> bool {
    h.span.end <= cue.start
        && text.get(h.span.end..cue.start).is_some_and(|gap| {
            gap.len() <= 16
                && gap.split_whitespace().count() <= 1
                && gap.chars().all(|c| c.is_alphabetic() || c.is_whitespace())
        })
}

/// The negation word that denies the reporting cue at `cue` ("not" in "did not say", "never"
/// in "never said"), if [`denies_cue`] holds there.
fn denied_cue_word(doc: &Document, cue: Span) -> Option<String> {
    let toks = &doc.toks[doc.sentence_at(cue.start)?];
    let c = toks.iter().position(|t| t.span.start == cue.start)?;
    if !denies_cue(toks, c) {
        return None;
    }
    let p = if toks[c - 1].lower.ends_with("ly") {
        c - 2
    } else {
        c - 1
    };
    let w = toks[p].lower.as_str();
    Some(if w == "never" { "never" } else { "not" }.to_string())
}

/// The tokens inside `fragments` (whose hull is `hull`), in text order. Most claims are one
/// run of one sentence's tokens, which is borrowed; only the others are copied.
fn content_tokens<'d>(
    doc: &'d Document,
    fragments: &[Span],
    hull: Span,
    cx: &ClaimContext,
) -> Cow<'d, [Tok]> {
    let inside = |t: &Tok| fragments.iter().any(|f| f.contains(t.span)) && !in_nested(cx, t.span);
    let sentences = doc.sentences_over(hull);
    if sentences.len() == 1 {
        let toks = &doc.toks[sentences.start];
        let first = toks.iter().position(inside);
        let last = toks.iter().rposition(inside);
        if let (Some(a), Some(b)) = (first, last) {
            if toks[a..=b].iter().all(inside) {
                return Cow::Borrowed(&toks[a..=b]);
            }
        }
    }
    Cow::Owned(
        doc.toks[sentences]
            .iter()
            .flatten()
            .filter(|t| inside(t))
            .cloned()
            .collect(),
    )
}

fn in_nested(cx: &ClaimContext, s: Span) -> bool {
    let i = cx.nested.partition_point(|n| n.start <= s.start);
    i > 0 && cx.nested[i - 1].contains(s)
}

/// Modality for the claim made of `fragments`, given the document's `hedges` (in text order).
pub fn for_claim<'h>(
    doc: &Document,
    hedges: &'h [HedgeHit],
    fragments: &[Span],
    cx: &ClaimContext,
) -> ClaimModality<'h> {
    let hull = fragments
        .iter()
        .copied()
        .reduce(Span::hull)
        .unwrap_or_default();
    // The content's own tokens.
    let content_toks = content_tokens(doc, fragments, hull, cx);
    let mut m = analyse(&content_toks);
    // "Harwood Narrows bridge to close for four months": in a headline, a subject and "to"
    // before a verb is what will happen.
    if m.future.is_none()
        && doc.sentences[doc.sentences_over(hull)]
            .iter()
            .any(|s| s.headline)
    {
        if let Some(f) = prediction::headline_infinitive(&content_toks) {
            m.reasons.push(Reason::with(Rule::Future, f.clone()));
            m.future = Some(f);
        }
    }
    if cx.attributed
        && m.future.is_none()
        && (0..content_toks.len()).any(|k| {
            content_toks[k].is("would") && !prediction::counterfactual_past(&content_toks, k)
        })
    {
        m.future = Some("would".into());
        m.reasons.push(Reason::new(Rule::FutureWouldReported));
    }
    // "promised to open every door", "plans to close two schools": what is promised or meant
    // (a commitment or an intention with "to") is still to come.
    if let Some((lemma, class)) = cx.cue {
        let infinitive = content_toks
            .iter()
            .find(|t| t.is_word())
            .is_some_and(|t| t.is("to"));
        // (Not what is refused or declined: "refused to resign" tells of no resignation.)
        let meant = matches!(class, "commitment" | "intention") || lemma == "expect";
        let refused = matches!(lemma, "refuse" | "decline" | "fail" | "reject" | "hesitate");
        if m.future.is_none() && infinitive && meant && !refused {
            m.future = Some(lemma.to_string());
            m.reasons
                .push(Reason::with(Rule::FutureCommitment, lemma.to_string()));
        }
        // "projects a deficit of $2 billion", "forecasts growth of 2 per cent": a forecast is
        // about what is to come; so is "expects sales to keep rising" (an object, then "to").
        let forecast = matches!(lemma, "predict" | "project" | "forecast");
        let object_then_to = matches!(lemma, "expect" | "predict" | "project" | "forecast")
            && content_toks
                .iter()
                .take(5)
                .skip(1)
                .position(|t| t.is("to"))
                .is_some_and(|k| {
                    content_toks[..=k].iter().all(|t| t.is_word())
                        && content_toks.get(k + 2).is_some_and(|v| v.is_word())
                });
        // ("did not predict the fall" foretells nothing.)
        let negated_cue = cx.cue_span.is_some_and(|c| {
            let before = &doc.text.as_bytes()[c.start.saturating_sub(8)..c.start];
            before.windows(4).any(|w| w == b"not " || w == b"n't ")
        });
        if m.future.is_none() && (forecast || object_then_to) && !negated_cue {
            m.future = Some(lemma.to_string());
            m.reasons
                .push(Reason::with(Rule::FutureForecast, lemma.to_string()));
        }
        // "He does not blame anyone", "never criticized the plan", "The records do not show
        // that an audit was done", "does not think the plan will work": a report denied right
        // before its cue is a negated claim (its content holds no "not"), never the source
        // asserting the content. (A denied denial, "did not deny …", and a question not asked
        // are no negated claims; "did not say whether …" is the writer's: `withheld.rs`.)
        if m.negated.is_none() && !matches!(class, "denial" | "question") {
            if let Some(word) = cx.cue_span.and_then(|c| denied_cue_word(doc, c)) {
                m.reasons.push(Reason::with(Rule::Negation, word.clone()));
                m.negated = Some(word);
            }
        }
    }
    let h0 = hedges.partition_point(|h| h.span.start < hull.start);
    let h1 = hedges.partition_point(|h| h.span.start < hull.end);
    let mut claim_hedges: Vec<&HedgeHit> = hedges[h0..h1.max(h0)]
        .iter()
        .filter(|h| fragments.iter().any(|f| f.contains(h.span)) && !in_nested(cx, h.span))
        .collect();
    if let Some(cue) = cx.cue_span {
        let c0 = hedges.partition_point(|h| h.span.end + 16 < cue.start);
        let c1 = hedges.partition_point(|h| h.span.start < cue.start);
        let on_cue = hedges[c0..c1.max(c0)].iter().filter(|h| {
            // A weasel before the cue is the source: the vague-source rule covers it.
            h.rule == Rule::HedgeLexicon
                && h.kind != crate::report::HedgeType::Weasel
                && modifies_cue(doc.text, h, cue)
        });
        claim_hedges.extend(on_cue);
        crate::sort::sort_by_key(&mut claim_hedges, |h| h.span.start);
        claim_hedges.dedup_by_key(|h| h.span);
    }
    let negated: Vec<(&HedgeHit, bool)> = claim_hedges
        .iter()
        .map(|h| {
            let i = content_toks.partition_point(|t| t.span.start < h.span.start);
            (*h, negation::negates_cue(&content_toks, i))
        })
        .collect();
    let mut reasons: Vec<Reason> = claim_hedges.iter().map(|h| h.reason()).collect();
    reasons.extend(m.reasons.iter().cloned());
    let (certainty, steps) = certainty::derive(
        cx.levels,
        &certainty::Inputs {
            hedges: &negated,
            cue: cx.cue,
            condition: m.condition_marker,
        },
    );
    reasons.extend(steps);
    ClaimModality {
        hedges: claim_hedges,
        modality: m,
        certainty,
        reasons,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn modality(text: &str) -> (Option<String>, bool, bool) {
        let abbr = crate::segment::Abbreviations::new();
        let toks = tokenize(
            text,
            Span::new(0, text.len()),
            &[],
            &abbr,
            &mut crate::tokens::Words::new(),
        );
        let m = analyse(&toks);
        (
            m.condition.map(|c| c.of(text).to_string()),
            m.future.is_some(),
            m.negated.is_some(),
        )
    }

    #[test]
    fn conditions() {
        assert_eq!(
            modality("If approved, the fee will double.").0.as_deref(),
            Some("If approved")
        );
        assert_eq!(
            modality("Troops would move should the ceasefire collapse again.")
                .0
                .as_deref(),
            Some("should the ceasefire collapse again")
        );
        assert_eq!(modality("He asked if the road was open.").0, None);
        assert_eq!(modality("Officials should act now.").0, None);
    }

    #[test]
    fn future_and_negation() {
        assert_eq!(modality("The plant will close."), (None, true, false));
        assert_eq!(
            modality("The plan is expected to pass."),
            (None, true, false)
        );
        assert_eq!(modality("She did not comment."), (None, false, true));
        assert_eq!(
            modality("A ruling is expected around noon."),
            (None, true, false)
        );
        assert_eq!(
            modality("The delay is due in part to the storm."),
            (None, false, false)
        );
    }

    fn cues(text: &str) -> Vec<(&'static str, &'static str)> {
        let lex = crate::lexicon::Lexicons::new();
        let doc = Document::new(text, &lex);
        Hedges::new()
            .find(&doc, &lex)
            .iter()
            .map(|h| (h.phrase, h.kind.as_str()))
            .collect()
    }

    #[test]
    fn hedges_skip_the_month() {
        assert_eq!(
            cues("Prices may rise in May, and could not fall. It is likely."),
            vec![("may", "epistemic"), ("likely", "epistemic")]
        );
    }

    #[test]
    fn grammar_finds_conditions_and_predictions() {
        assert_eq!(
            cues("Ports will reopen if the strike ends."),
            vec![("will", "prediction"), ("if", "condition")]
        );
        assert_eq!(
            cues("She asked if the port had reopened."),
            vec![("if", "investigation")]
        );
    }
}
