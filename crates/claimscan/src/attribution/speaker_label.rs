//! `attr:speaker-label` — a transcript or interview line: "MAYOR LIND: We will rebuild." at the
//! start of a line (a quotation mark may open it). The speaker is a name in capitals; the
//! content runs to the end of the line and is verbatim speech (`direct`), quoted or not.

use super::found::{span_of, Ctx, CueHit, Found, SourceHit};
use crate::report::{Attribution, SourceKind};
use crate::rules::{Reason, Rule};
use crate::span::Span;
use crate::tokens::{Tok, TokKind};

pub(crate) fn line(ctx: &Ctx, toks: &[Tok]) -> Option<Found> {
    let s0 = usize::from(toks.first()?.kind == TokKind::QuoteOpen);
    let c = (s0..toks.len().min(s0 + 4)).find(|&k| toks[k].is_punct(':'))?;
    if c == s0
        || !toks[s0..c]
            .iter()
            .all(|t| t.is_word() && t.is_acronym(ctx.text))
    {
        return None;
    }
    // "READ MORE:", "BONDS:": labels in capitals are not speakers.
    if ctx.lex.is_label_phrase(span_of(toks, s0, c).of(ctx.text)) {
        return None;
    }
    // One word in capitals is a speaker when it is a role ("ANCHOR:") or a name the article
    // also writes in title case ("OKAFOR:" and "Okafor"); else it is a heading ("OUTLOOK:").
    if c == s0 + 1 && !is_speaker_word(ctx, &toks[s0]) {
        return None;
    }
    let line_start = ctx.text[..toks[0].span.start]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    if !ctx.text[line_start..toks[0].span.start].trim().is_empty() {
        return None;
    }
    let from = toks.get(c + 1)?.span.start;
    let line_end = ctx.text[from..]
        .find('\n')
        .map_or(ctx.text.len(), |i| from + i);
    let content = Span::new(from, line_end).trim(ctx.text);
    let content = Span::new(
        content.start,
        content.start
            + ctx.text[content.start..content.end]
                .trim_end_matches(['"', '\u{201d}'])
                .len(),
    );
    if content.len() < 3 {
        return None;
    }
    let src = SourceHit {
        span: span_of(toks, s0, c),
        kind: SourceKind::Named,
        name: Some(span_of(toks, s0, c)),
        role: None,
        head: toks[c - 1].lower.to_string(),
        reasons: vec![Reason::new(Rule::SourceSpeakerLabel)],
    };
    let cue = CueHit::fixed(toks[c].span, ":", "said");
    let mut f = ctx.finish(
        vec![content],
        Some(src),
        Some(cue),
        None,
        vec![Reason::new(Rule::AttrSpeakerLabel)],
    );
    f.kind = Attribution::Direct;
    f.reasons.push(Reason::new(Rule::AttributionTranscript));
    Some(f)
}

/// A single capitalised word before a colon that names a speaker.
fn is_speaker_word(ctx: &Ctx, t: &Tok) -> bool {
    if ctx.lex.is_title(&t.lower) {
        return true;
    }
    let mut chars = t.lower.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let title_case: String = first.to_uppercase().chain(chars).collect();
    ctx.text.contains(title_case.as_str())
}
