//! `attr:participle` — "…, saying …": the source is the main clause's subject (or the source
//! of the attribution before it in the sentence).
//!
//! "The operator closed the line on Friday, saying the rails had buckled in the heat."
//! "The mayor answered by saying the budget was already spent." — after "by", "while",
//! "after", "before" or "without" inside the sentence, too.

use super::content_after::content_after;
use super::found::{span_of, Ctx, CueHit, Found, SourceHit};
use super::noun_phrase::subject_at_start;
use crate::lexicon::CueEntry;
use crate::rules::{Reason, Rule};
use crate::span::Span;
use crate::tokens::Tok;
use crate::words::is_aux_or_adverb;

/// The participle cue at `toks[c]` ("saying"), after a comma.
pub(crate) fn attribute(
    ctx: &Ctx,
    toks: &[Tok],
    c: usize,
    after: usize,
    entry: &CueEntry,
    prev_source: Option<SourceHit>,
) -> Option<Found> {
    // "…, even suggesting …", "…, later adding …": adverbs may stand between.
    let mut j = c;
    while j > 0 && toks[j - 1].is_word() && is_aux_or_adverb(&toks[j - 1].lower) {
        j -= 1;
    }
    let after_comma = j.checked_sub(1).is_some_and(|p| toks[p].is_punct(','));
    // "… answered by saying …": a gerund after a preposition inside the sentence (not one that
    // opens it, whose subject comes after it).
    let after_preposition = c >= 2
        && toks[c - 1].is_word()
        && matches!(
            toks[c - 1].lower.as_str(),
            "by" | "while" | "after" | "before" | "without"
        );
    if !(after_comma || after_preposition) {
        return None;
    }
    let src = prev_source.or_else(|| subject_at_start(ctx, toks, c))?;
    let mut content = content_after(ctx, toks, c, after, entry)?;
    content.reasons.insert(0, Reason::new(Rule::AttrParticiple));
    let mut f = ctx.finish(
        vec![span_of(toks, content.st, content.end)],
        Some(src),
        Some(CueHit::of_entry(toks, c, after, entry)),
        content.channel,
        content.reasons,
    );
    // The source stands with the main verb; this attribution uses only its own words.
    f.covered = Span::new(toks[j].span.start, f.covered.end);
    Some(f)
}
