//! `attr:colon` — a source and a colon introduce a quotation: "Harbour Chief Ines Vidal:
//! ‘Port Will Reopen Within Weeks’", or in a headline, the words after the colon.
//! Transcript lines ("MAYOR LIND: …") are `speaker_label.rs`; labels ("Photo:",
//! "Correction:", `labels.txt`) introduce no speech.

use super::found::{span_of, words_in, Ctx, CueHit, Found};
use super::noun_phrase::classify;
use crate::lexicon::LabelKind;
use crate::report::SourceKind;
use crate::rules::{Reason, Rule};
use crate::tokens::Tok;

pub(crate) fn intro(ctx: &Ctx, toks: &[Tok]) -> Option<Found> {
    let c = toks.iter().position(|t| t.is_punct(':') && !t.quoted)?;
    if c == 0 || c > 12 {
        return None;
    }
    let credit_or_note = |t: &Tok| {
        matches!(
            ctx.lex.label(&t.lower),
            Some(LabelKind::Credit | LabelKind::Note)
        )
    };
    if toks[..c]
        .iter()
        .any(|t| !t.is_word() || ctx.lex.is_cue_word(t.lower.as_str()) || credit_or_note(t))
    {
        return None;
    }
    // "READ MORE:", "BONDS:": a label is never a speaker; nor are words in capitals before
    // a colon with no quotation after it ("MARKETS WRAP: Stocks slip").
    let quotation_follows = ctx.quote_opening_at(toks, c + 1).is_some();
    if ctx.lex.is_label_phrase(span_of(toks, 0, c).of(ctx.text))
        || (!quotation_follows && toks[..c].iter().all(|t| t.is_acronym(ctx.text)))
    {
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
