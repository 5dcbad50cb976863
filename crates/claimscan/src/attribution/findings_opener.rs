//! `attr:findings-opener` — a poll, survey, study or count named before the content is its
//! source:
//!
//! - "In a survey released Monday by the Harbour Institute, 61 per cent of renters backed the
//!   cap." (the survey says so)
//! - "In the latest quarterly poll, the governing party trails by six points."
//! - "By the union's own count, 300 members have left the province."
//!
//! The opener starts its sentence (after a connective such as "But"), ends with a comma, and its
//! head is a document (`source_nouns.txt`: poll, survey, study, report, audit, …) or, after
//! "By", a count (tally, count, estimate, reckoning, account). A clause with a verb of saying of
//! its own ("In a statement, the mayor said …", "In the study, researchers found …") is that
//! verb's report, and the opener is its channel.

use super::content::clause_from;
use super::found::{span_of, Ctx, CueHit, Found, SourceHit};
use crate::lexicon::SourceNounKind;
use crate::report::SourceKind;
use crate::rules::{Reason, Rule};
use crate::tokens::Tok;
use crate::words::is_leading_filler;

/// The report of the findings opener of the sentence `toks`, if it has one.
pub(crate) fn at(ctx: &Ctx, toks: &[Tok]) -> Option<Found> {
    let i = toks
        .iter()
        .position(|t| !(is_leading_filler(&t.lower) || t.is_punct(',')))?;
    let opener = toks.get(i)?;
    let by = opener.is("by");
    if opener.quoted || !(by || opener.is("in")) {
        return None;
    }
    // ("the NBC News/Marist poll": a slash joins the pollsters; "the Tenants' Alliance".)
    let comma = (i + 1..toks.len().min(i + 18)).find(|&k| {
        !(toks[k].is_word()
            || toks[k].is_punct('/')
            || super::noun_phrase::is_plural_possessive_mark(toks, k))
            || toks[k].quoted
    })?;
    if !toks[comma].is_punct(',') || comma < i + 2 {
        return None;
    }
    // "In describing the poll, …", "In what the report calls …": no noun phrase.
    let first = &toks[i + 1];
    if first.lower.ends_with("ing") && !first.cap
        || matches!(first.lower.as_str(), "what" | "which")
    {
        return None;
    }
    let head = if by {
        // "By the agency's tally", "By one estimate", "By all accounts": the count ends the
        // opener.
        let h = comma - 1;
        matches!(
            toks[h].lower.as_str(),
            "tally"
                | "count"
                | "estimate"
                | "estimates"
                | "calculation"
                | "calculations"
                | "reckoning"
                | "account"
                | "accounts"
        )
        .then_some(h)?
    } else {
        // The document noun, then the comma or what describes it ("released Monday", "of 1,000
        // voters", "by the institute"): "In the study area, …" is a place.
        (i + 1..comma).find(|&k| {
            is_findings_noun(ctx, &toks[k].lower)
                && (k + 1 == comma || describes_document(&toks[k + 1]))
        })?
    };
    // "In the latest poll, conducted in May, …": a participle between commas dates it.
    let mut comma = comma;
    if !by
        && head + 1 == comma
        && toks
            .get(comma + 1)
            .is_some_and(|t| is_dating_participle(&t.lower))
    {
        let m = (comma + 2..toks.len().min(comma + 10)).find(|&k| !toks[k].is_word())?;
        if toks[m].is_punct(',') {
            comma = m;
        }
    }
    let (cs, end) = clause_from(ctx, toks, comma + 1, 3)?;
    // A verb of saying after the opener reports the clause ("In a survey of 900 workers, the
    // union, a labour group, found …").
    if (cs..toks.len())
        .any(|k| !toks[k].quoted && super::cue::cue_at(ctx.lex, toks, k, false).is_some())
    {
        return None;
    }
    // "By his count, …": the count is the person's whom the pronoun names.
    let owner = &toks[i + 1];
    let src = if by && matches!(owner.lower.as_str(), "his" | "her" | "their" | "its") {
        SourceHit {
            span: owner.span,
            kind: SourceKind::Pronoun,
            name: None,
            role: None,
            head: owner.lower.clone(),
            reasons: vec![Reason::with(Rule::SourcePronoun, owner.lower.clone())],
        }
    } else {
        SourceHit {
            span: span_of(toks, i + 1, comma),
            kind: SourceKind::Description,
            name: None,
            role: None,
            head: toks[head].lower.clone(),
            reasons: vec![Reason::new(Rule::SourceDescription)],
        }
    };
    let cue = CueHit::fixed(
        span_of(toks, i, i + 1),
        if by { "by" } else { "in" },
        if by { "counted" } else { "found" },
    );
    Some(ctx.finish(
        vec![span_of(toks, cs, end)],
        Some(src),
        Some(cue),
        None,
        vec![Reason::new(Rule::AttrFindingsOpener)],
    ))
}

/// A document that finds things (`source_nouns.txt`, kind document), or a poll's plural.
fn is_findings_noun(ctx: &Ctx, w: &str) -> bool {
    w != "statement"
        && (ctx.lex.source_noun(w) == Some(SourceNounKind::Document)
            || matches!(w, "polls" | "surveys" | "census" | "findings" | "rankings"))
}

/// A participle that dates or places a document ("released Monday", "conducted in May").
fn is_dating_participle(w: &str) -> bool {
    matches!(
        w,
        "released"
            | "published"
            | "conducted"
            | "taken"
            | "carried"
            | "commissioned"
            | "issued"
            | "posted"
            | "filed"
            | "tabled"
            | "presented"
    )
}

/// A word that may follow a document's noun inside the opener: a participle that dates or
/// places it, or a preposition that names its maker or its subject.
fn describes_document(t: &Tok) -> bool {
    t.cap
        || is_dating_participle(&t.lower)
        || matches!(
            t.lower.as_str(),
            "of" | "by" | "from" | "for" | "on" | "last" | "this" | "earlier"
        )
}
