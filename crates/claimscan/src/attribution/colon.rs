//! `attr:colon` — a source and a colon introduce a quotation: "Harbour Chief Ines Vidal:
//! ‘Port Will Reopen Within Weeks’", or in a headline, the words after the colon.
//! Transcript lines ("MAYOR LIND: …") are `speaker_label.rs`; labels ("Photo:",
//! "Correction:", `labels.txt`) introduce no speech.

use super::found::{span_of, words_in, Ctx, CueHit, Found};
use super::noun_phrase::classify;
use crate::report::SourceKind;
use crate::rules::{Reason, Rule};
use crate::tokens::Tok;

pub(crate) fn intro(ctx: &Ctx, toks: &[Tok]) -> Option<Found> {
    let c = toks.iter().position(|t| t.is_punct(':') && !t.quoted)?;
    if c == 0 || c > 12 {
        return None;
    }
    if toks[..c].iter().any(|t| {
        !t.is_word() || ctx.lex.is_cue_word(t.lower.as_str()) || ctx.lex.label(&t.lower).is_some()
    }) {
        return None;
    }
    let src = classify(ctx, toks, 0, c)?;
    let lexicon_backed = ctx.lex.source_noun(&src.head).is_some();
    if !matches!(
        src.kind,
        SourceKind::Named | SourceKind::Vague | SourceKind::Anonymous
    ) && src.role.is_none()
        && !lexicon_backed
    {
        return None;
    }
    let content = if let Some(q) = ctx.quote_opening_at(toks, c + 1) {
        q.outer
    } else if ctx.headline && words_in(toks, c + 1, toks.len()) >= 3 {
        span_of(
            toks,
            c + 1,
            super::content::trim_content_end(toks, c + 1, toks.len()),
        )
    } else {
        return None;
    };
    let cue = CueHit::fixed(toks[c].span, ":", "said");
    Some(ctx.finish(
        vec![content],
        Some(src),
        Some(cue),
        None,
        vec![Reason::new(Rule::AttrColon)],
    ))
}
