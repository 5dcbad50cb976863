//! `attr:speaker-label` — a transcript or interview line: "MAYOR LIND: We will rebuild." or
//! "ANCHOR (NINA SOLBERG): Good evening." at the start of a line (a quotation mark may open it). The speaker is a name in capitals; the
//! content runs to the end of the line and is verbatim speech (`direct`), quoted or not.

use super::found::{span_of, Ctx, CueHit, Found, SourceHit};
use crate::report::{Attribution, SourceKind};
use crate::rules::{Reason, Rule};
use crate::span::Span;
use crate::tokens::{Tok, TokKind};
use crate::words::{is_be, is_determiner, is_subject_pronoun, is_wh_word};

pub(crate) fn line(ctx: &Ctx, toks: &[Tok]) -> Option<Found> {
    let s0 = usize::from(toks.first()?.kind == TokKind::QuoteOpen);
    let c = (s0..toks.len().min(s0 + 8)).find(|&k| toks[k].is_punct(':'))?;
    let caps = |a: usize, b: usize| {
        b > a
            && b - a <= 4
            && toks[a..b]
                .iter()
                .all(|t| t.is_word() && t.is_acronym(ctx.text))
    };
    // "ANCHOR (NINA SOLBERG):": a role in capitals, then the name in parentheses.
    let open = (s0 + 1..c).find(|&k| toks[k].is_punct('('));
    if let Some(open) = open {
        if caps(s0, open) && c >= open + 3 && toks[c - 1].is_punct(')') && caps(open + 1, c - 1) {
            let mut f = labelled(ctx, toks, (open + 1, c - 1), c)?;
            if let Some(src) = f.source.as_mut() {
                src.role = Some(span_of(toks, s0, open));
                src.span = span_of(toks, s0, c);
            }
            return Some(f);
        }
        return None;
    }
    if !caps(s0, c) {
        return None;
    }
    // "READ MORE:", "BONDS:": labels in capitals are not speakers.
    if ctx.lex.is_label_phrase(span_of(toks, s0, c).of(ctx.text)) {
        return None;
    }
    // "OUR RATING:", "WHAT WE FOUND:": a pronoun, an article or a question word makes a
    // heading, not a name ("THE PRESIDENT:" before a title is a speaker).
    if (s0..c).any(|k| {
        let w = toks[k].lower.as_str();
        is_determiner(w)
            && !(w == "the" && toks.get(k + 1).is_some_and(|n| ctx.lex.is_title(&n.lower)))
            || is_subject_pronoun(w)
            || is_wh_word(w)
            || is_be(w)
    }) {
        return None;
    }
    // One word in capitals is a speaker when it is a role ("ANCHOR:"), a name the article
    // also writes in title case ("OKAFOR:" and "Okafor") or opens a quoted line; else it is a
    // heading ("OUTLOOK:").
    // A quotation mark before the label quotes a transcript (`"WALLACE: Let's start …`).
    if c == s0 + 1 && s0 == 0 && !is_speaker_word(ctx, &toks[s0]) {
        return None;
    }
    labelled(ctx, toks, (s0, c), c)
}

/// The line after the speaker `toks[name.0..name.1]` and the colon at `toks[c]`.
fn labelled(ctx: &Ctx, toks: &[Tok], name: (usize, usize), c: usize) -> Option<Found> {
    let (s0, s1) = name;
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
        span: span_of(toks, s0, s1),
        kind: SourceKind::Named,
        name: Some(span_of(toks, s0, s1)),
        role: None,
        head: toks[s1 - 1].lower.clone(),
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
    let title_case: String = crate::case::upper(first).chain(chars).collect();
    // ("VELGAON:" is a dateline when "Velgaon" only opens longer names: "Velgaon Animal
    // Welfare Forum".)
    ctx.text.match_indices(title_case.as_str()).any(|(at, w)| {
        let after = &ctx.text[at + w.len()..];
        !after.starts_with(|c: char| c.is_alphanumeric())
            && !after
                .strip_prefix(' ')
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_uppercase()))
    })
}
