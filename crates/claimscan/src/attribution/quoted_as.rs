//! `attr:quoted-as` — "The agency quoted the fisheries minister as saying the catch would be
//! seized": somebody reports another's words. The one quoted (the object of "quoted") is the
//! source, the participle after "as" ("saying", "telling") the cue, and the one who quoted
//! (the subject: an agency, a paper, a reporter) the channel. "cited … as saying" is read the
//! same way. In the passive ("The minister was quoted as saying …", "was quoted by the Herald
//! as saying …") the subject is the source and a "by" phrase the channel.

use super::content_after::content_after;
use super::found::{span_of, Ctx, CueHit, Found};
use super::noun_phrase::{classify, np_back, source_before};
use crate::lexicon::CueEntry;
use crate::report::SourceKind;
use crate::rules::{Reason, Rule};
use crate::span::Span;
use crate::tokens::Tok;
use crate::words::{is_aux_or_adverb, is_be};

/// The cue at `toks[c..after]` ("saying") after "as" and the object of "quoted": the
/// attribution to the one quoted ("Reuters quoted Anna Berg as saying the clinic would
/// close"), or `None` when no "quoted … as" stands before it.
pub(crate) fn attribute(
    ctx: &Ctx,
    toks: &[Tok],
    c: usize,
    after: usize,
    entry: &CueEntry,
) -> Option<Found> {
    if c < 3 || !toks[c - 1].is("as") || !toks[c].lower.ends_with("ing") || toks[c].quoted {
        return None;
    }
    // The verb of quoting: right before "as" (passive) or before the object.
    let q = (c.saturating_sub(12)..c - 1)
        .rev()
        .take_while(|&k| (toks[k].is_word() || toks[k].is_punct('.')) && !toks[k].quoted)
        .find(|&k| is_quoting_verb(&toks[k].lower))?;
    let (src, channel, from) = if q + 2 == c {
        passive(ctx, toks, q)?
    } else if toks[q + 1].is("by") {
        // "was quoted by the Herald as saying": the "by" phrase is the channel.
        let (src, _, from) = passive(ctx, toks, q)?;
        (src, Some(span_of(toks, q + 2, c - 1)), from)
    } else {
        // "quoted Fisheries Minister Tomas Ekdahl as saying": the object, whole.
        let a = q + 1;
        if np_back(ctx, toks, c - 2).is_none_or(|start| start > a) {
            return None;
        }
        let src = classify(ctx, toks, a, c - 1)?;
        // The one who quoted ("The agency also quoted …": `source_before` steps over adverbs).
        let quoter = source_before(ctx, toks, q)
            .filter(|(s, _, _)| !matches!(s.kind, SourceKind::Pronoun | SourceKind::Anonymous));
        let from = quoter.as_ref().map_or(q, |(_, start, _)| *start);
        (src, quoter.map(|(s, _, _)| s.span), from)
    };
    let mut content = content_after(ctx, toks, c, after, entry)?;
    content.reasons.insert(0, Reason::new(Rule::AttrQuotedAs));
    let mut f = ctx.finish(
        vec![span_of(toks, content.st, content.end)],
        Some(src),
        Some(CueHit::of_entry(toks, c, after, entry)),
        channel.or(content.channel),
        content.reasons,
    );
    f.covered = Span::new(toks[from].span.start, f.covered.end);
    Some(f)
}

/// "The minister was quoted as …": the subject before a form of "be" and "quoted" is the one
/// quoted. The source, no channel, and the source's first token.
fn passive(
    ctx: &Ctx,
    toks: &[Tok],
    q: usize,
) -> Option<(super::found::SourceHit, Option<Span>, usize)> {
    let be = (q.saturating_sub(3)..q)
        .rev()
        .take_while(|&k| toks[k].is_word())
        .find(|&k| is_be(&toks[k].lower) || toks[k].is("been"))?;
    if !toks[be + 1..q]
        .iter()
        .all(|t| t.is_word() && is_aux_or_adverb(&t.lower))
    {
        return None;
    }
    let start = np_back(ctx, toks, be.checked_sub(1)?)?;
    let src = classify(ctx, toks, start, be)?;
    Some((src, None, start))
}

/// "cited an official as saying …": the verb of quoting at `toks[c]` is no cue of its own
/// when its object is followed by "as" and a participle of saying; that participle reports
/// (see [`attribute`]).
pub(crate) fn quotes_object_as_saying(ctx: &Ctx, toks: &[Tok], c: usize) -> bool {
    is_quoting_verb(&toks[c].lower)
        && (c + 2..toks.len().min(c + 12))
            .take_while(|&k| {
                (toks[k - 1].is_word() || toks[k - 1].is_punct('.')) && !toks[k - 1].quoted
            })
            .any(|k| {
                toks[k].is("as")
                    && toks.get(k + 1).is_some_and(|v| {
                        v.is_word()
                            && !v.quoted
                            && v.lower.ends_with("ing")
                            && ctx.lex.is_cue_word(&v.lower)
                    })
            })
}

/// "quoted", "quotes", "cited": a verb of quoting somebody before "as saying".
fn is_quoting_verb(w: &str) -> bool {
    matches!(
        w,
        "quoted" | "quotes" | "quote" | "quoting" | "cited" | "cites" | "cite" | "citing"
    )
}
