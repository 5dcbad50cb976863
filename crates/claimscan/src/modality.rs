//! Stage 6: modality — hedges, conditions, future and negation.
//!
//! Hedges come from the `hedges` lexicon, matched in one pass over the whole document
//! (whole words, any case). Conditions are clauses opened by `if`, `unless`, `provided
//! that`, `as long as`, `in case`, or by an inverted `should`/`were` ("should Russia breach
//! the terms"). Future is marked by `will`, `shall`, `going to`, `is expected to` and similar;
//! negation by `not`, `n't`, `never`, `no`, `none`, `nobody`, `nothing`, `neither`, `nor`.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::document::Document;
use crate::lexicon;
use crate::rules::{Reason, Rule};
use crate::span::Span;
use crate::tokens::{Tok, TokKind};
use crate::words::{is_determiner, is_subject_pronoun};

/// One hedge cue in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HedgeHit {
    pub span: Span,
    pub phrase: &'static str,
    pub kind: &'static str,
}

/// The hedge lexicon, compiled for one pass.
pub struct Hedges {
    ac: AhoCorasick,
    entries: Vec<(&'static str, &'static str)>,
}

impl Hedges {
    pub fn new() -> Hedges {
        let entries: Vec<(&str, &str)> = lexicon::HEDGES.entries().map(|e| (e[0], e[1])).collect();
        let ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(entries.iter().map(|e| e.0))
            .expect("the hedge lexicon compiles");
        Hedges { ac, entries }
    }

    /// Every hedge in `text` (normalised), in order.
    pub fn find(&self, text: &str) -> Vec<HedgeHit> {
        let mut out = Vec::new();
        for m in self.ac.find_iter(text) {
            let (s, e) = (m.start(), m.end());
            let before_ok = !text[..s].chars().next_back().is_some_and(is_word_char);
            let after_ok = !text[e..].chars().next().is_some_and(is_word_char);
            if !before_ok || !after_ok {
                continue;
            }
            let (phrase, kind) = self.entries[m.pattern().as_usize()];
            let rest = text[e..].trim_start();
            // "May 5", "in May": the month, not the modal.
            if phrase == "may" && text[s..].starts_with('M') {
                let prev = text[..s].trim_end();
                let sentence_start =
                    prev.is_empty() || prev.ends_with(['.', '!', '?', '"', '\u{201c}', '\n', ':']);
                if !sentence_start || rest.starts_with(|c: char| c.is_ascii_digit()) {
                    continue;
                }
            }
            // "could not be reached" states an inability, not a possibility.
            if phrase == "could" && (rest.starts_with("not ") || rest.starts_with("n't")) {
                continue;
            }
            out.push(HedgeHit {
                span: Span::new(s, e),
                phrase,
                kind,
            });
        }
        out
    }
}

impl Default for Hedges {
    fn default() -> Self {
        Hedges::new()
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\''
}

/// Condition, future and negation of one stretch of tokens.
#[derive(Clone, Debug, Default)]
pub struct Modality {
    pub condition: Option<Span>,
    pub future: Option<String>,
    pub negated: Option<String>,
    pub reasons: Vec<Reason>,
}

/// Verbs and words after which `if` asks a question rather than sets a condition.
fn if_is_question(prev: Option<&Tok>) -> bool {
    prev.is_some_and(|p| {
        matches!(
            p.lower.as_str(),
            "or" | "ask"
                | "asked"
                | "asks"
                | "wonder"
                | "wondered"
                | "know"
                | "knows"
                | "see"
                | "unclear"
                | "clear"
                | "sure"
                | "decide"
                | "decided"
                | "check"
                | "as"
        )
    })
}

/// Analyse `toks` (the tokens of a claim's content).
pub fn analyse(toks: &[Tok]) -> Modality {
    let mut m = Modality::default();
    let n = toks.len();
    for i in 0..n {
        let t = &toks[i];
        if !t.is_word() {
            continue;
        }
        let prev = i.checked_sub(1).map(|p| &toks[p]);
        let next = toks.get(i + 1);
        // Conditions.
        if m.condition.is_none() {
            if let Some((span, marker)) = condition_at(toks, i) {
                m.condition = Some(span);
                m.reasons.push(Reason::with(Rule::Condition, marker));
            }
        }
        if m.future.is_none() {
            if let Some(f) = future_at(t, prev, next) {
                m.reasons.push(Reason::with(Rule::Future, f.clone()));
                m.future = Some(f);
            }
        }
        if m.negated.is_none() && negation_at(t, next) {
            m.reasons
                .push(Reason::with(Rule::Negation, t.lower.clone()));
            m.negated = Some(t.lower.clone());
        }
    }
    m
}

/// An inverted `should`/`were`/`had` condition has a subject and then a verb ("should Russia
/// breach", "were the talks to fail"), with no comma in between.
/// The modality of one claim: the hedges inside its fragments, and the condition, future and
/// negation of its own tokens. In reported speech "would" reports a prediction.
pub struct ClaimModality<'h> {
    pub hedges: Vec<&'h HedgeHit>,
    pub modality: Modality,
    /// Hedge reasons first, then condition, future and negation.
    pub reasons: Vec<Reason>,
}

/// Modality for the claim made of `fragments`, given the document's `hedges` (in text order).
pub fn for_claim<'h>(
    doc: &Document,
    hedges: &'h [HedgeHit],
    fragments: &[Span],
    attributed: bool,
) -> ClaimModality<'h> {
    let hull = fragments
        .iter()
        .copied()
        .reduce(Span::hull)
        .unwrap_or_default();
    // The content's own tokens.
    let content_toks: Vec<Tok> = doc.toks[doc.sentences_over(hull)]
        .iter()
        .flatten()
        .filter(|t| fragments.iter().any(|f| f.contains(t.span)))
        .cloned()
        .collect();
    let mut m = analyse(&content_toks);
    if attributed && m.future.is_none() && content_toks.iter().any(|t| t.is("would")) {
        m.future = Some("would".into());
        m.reasons.push(Reason::new(Rule::FutureWouldReported));
    }
    let h0 = hedges.partition_point(|h| h.span.start < hull.start);
    let h1 = hedges.partition_point(|h| h.span.start < hull.end);
    let claim_hedges: Vec<&HedgeHit> = hedges[h0..h1.max(h0)]
        .iter()
        .filter(|h| fragments.iter().any(|f| f.contains(h.span)))
        .collect();
    let mut reasons: Vec<Reason> = claim_hedges
        .iter()
        .map(|h| Reason::entry(Rule::HedgeLexicon, h.phrase, h.kind))
        .collect();
    reasons.extend(m.reasons.iter().cloned());
    ClaimModality {
        hedges: claim_hedges,
        modality: m,
        reasons,
    }
}

/// A condition opened at `toks[i]` ("if", "unless", "provided that", "as long as", "in case",
/// an inverted "should"/"were"/"had"): its span and its marker.
fn condition_at(toks: &[Tok], i: usize) -> Option<(Span, &'static str)> {
    let n = toks.len();
    let t = &toks[i];
    let prev = i.checked_sub(1).map(|p| &toks[p]);
    let next = toks.get(i + 1);
    let marker = match t.lower.as_str() {
        "if" if !if_is_question(prev) => Some("if"),
        "unless" => Some("unless"),
        "provided" if next.is_some_and(|n| n.is("that")) => Some("provided that"),
        "long" if prev.is_some_and(|p| p.is("as")) && next.is_some_and(|n| n.is("as")) => {
            Some("as long as")
        }
        "case" if prev.is_some_and(|p| p.is("in")) && next.is_some_and(|n| !n.is("of")) => {
            Some("in case")
        }
        "should" | "were" | "had"
            if next.is_some_and(|n| {
                n.is_word()
                    && (n.cap
                        || is_determiner(&n.lower)
                        || (is_subject_pronoun(&n.lower) && n.lower != "it"))
            }) && prev.is_some_and(|p| {
                p.is_word()
                    && !is_subject_pronoun(&p.lower)
                    && !matches!(p.lower.as_str(), "what" | "how" | "why" | "where" | "when")
                    && !p.is("who")
                    && !p.is("that")
                    && !p.is("which")
            }) && inversion_has_verb(toks, i + 1, t.lower.as_str()) =>
        {
            Some("inversion")
        }
        _ => None,
    };
    let marker = marker?;
    {
        let start = if matches!(marker, "as long as" | "in case") {
            i - 1
        } else {
            i
        };
        // To the next comma when the condition opens its clause, else to the end.
        let opens_clause = start == 0
            || matches!(
                toks[start - 1].kind,
                TokKind::Punct(',' | ';' | ':' | '—') | TokKind::QuoteOpen
            );
        let mut end = i + 1;
        while end < n {
            let e = &toks[end];
            if matches!(
                e.kind,
                TokKind::Punct(';' | '.' | '!' | '?') | TokKind::QuoteClose
            ) {
                break;
            }
            if opens_clause && e.is_punct(',') {
                break;
            }
            end += 1;
        }
        if end > i + 1 {
            return Some((
                Span::new(toks[start].span.start, toks[end - 1].span.end),
                marker,
            ));
        }
    }
    None
}

/// Future at `t`: "will", "going to", "is expected to", "next year" and kin.
fn future_at(t: &Tok, prev: Option<&Tok>, next: Option<&Tok>) -> Option<String> {
    match t.lower.as_str() {
        "will" | "shall" | "'ll" | "won't" => Some(t.lower.clone()),
        "going"
            if next.is_some_and(|n| n.is("to"))
                && prev.is_some_and(|p| {
                    matches!(
                        p.lower.as_str(),
                        "is" | "are" | "am" | "was" | "were" | "'s" | "'re"
                    )
                }) =>
        {
            Some("going to".into())
        }
        "expected" | "anticipated" | "set" | "due" | "scheduled" | "poised" | "slated"
            if next.is_some_and(|n| n.is("to"))
                && prev.is_some_and(|p| {
                    matches!(
                        p.lower.as_str(),
                        "is" | "are" | "was" | "were" | "be" | "been"
                    )
                }) =>
        {
            Some(format!("{} to", t.lower))
        }
        "tomorrow" | "upcoming" => Some(t.lower.clone()),
        "next"
            if next.is_some_and(|n| {
                matches!(
                    n.lower.as_str(),
                    "year" | "week" | "month" | "season" | "decade"
                )
            }) =>
        {
            Some(format!("next {}", next.map_or("", |n| n.lower.as_str())))
        }
        _ => None,
    }
}

/// Negation at `t`: "not", "never", "no" before a word, "n't" and kin.
fn negation_at(t: &Tok, next: Option<&Tok>) -> bool {
    match t.lower.as_str() {
        "not" | "never" | "none" | "nobody" | "nothing" | "neither" | "nor" | "cannot" => true,
        "no" => {
            next.is_some_and(|n| n.is_word() && !n.is("one") && !n.is("longer") && !n.is("doubt"))
        }
        w => w.ends_with("n't"),
    }
}

fn inversion_has_verb(toks: &[Tok], from: usize, aux: &str) -> bool {
    for t in toks.iter().skip(from).take(6) {
        if !t.is_word() {
            return false;
        }
        if aux == "were" && t.is("to") {
            return true;
        }
        if aux == "had" && t.lower.ends_with("ed") {
            return true;
        }
        if aux == "should" && !t.cap && !is_determiner(&t.lower) && !is_subject_pronoun(&t.lower) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn modality(text: &str) -> (Option<String>, bool, bool) {
        let abbr = crate::segment::Abbreviations::new();
        let toks = tokenize(text, Span::new(0, text.len()), &[], &abbr);
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
    }

    #[test]
    fn hedges_skip_the_month() {
        let h = Hedges::new();
        let found: Vec<_> = h
            .find("Prices may rise in May, and could not fall. It is likely.")
            .iter()
            .map(|x| x.phrase)
            .collect();
        assert_eq!(found, vec!["may", "likely"]);
    }
}
