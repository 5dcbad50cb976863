//! Stage 4: attribution — source + cue + content, one file per construction.
//!
//! Input: the [`Document`]. Output: a [`Found`] per attribution, in text order.
//!
//! | reason | construction | file |
//! |---|---|---|
//! | `attr:source-cue-content` | "X said (that) …" | `source_cue_content.rs` |
//! | `attr:content-source-cue` | "…, X said." and `“…,” X said.` | `post_posed.rs` |
//! | `attr:content-cue-source` | "…, said X." | `post_posed.rs` |
//! | `attr:cue-sentence-after-quotation` | `“Why now?” Clinton asked.` | `post_posed.rs` |
//! | `attr:according-to` | "according to X, …" and "…, according to X." | `according_to.rs` |
//! | `attr:colon` | "X: ‘…’" | `colon.rs` |
//! | `attr:speaker-label` | "MAYOR LIND: …" | `speaker_label.rs` |
//! | `attr:relative` | "…, who said …" | `relative.rs` |
//! | `attr:apposition` | "Jane Roe, a spokeswoman for the ministry, said …" | `apposition.rs` |
//! | `attr:participle` | "…, saying …" | `participle.rs` |
//! | `attr:coordinated-verb` | "… praised the volunteers and said …" | `coordinated.rs` |
//! | `attr:passive-it` | "it was reported that …" | `passive_it.rs` |
//! | `attr:dash-credit` | `“…” — Jane Roe` | `dash_credit.rs` |
//! | `attr:continued-quotation` | `“A,” she said. “B.”` | `continued_quotation.rs` |
//!
//! Shared parts: `found.rs` (the types and [`Found`]'s assembly), `cue.rs` (lexicon lookup),
//! `noun_phrase.rs` (source phrases), `content.rs` and `content_after.rs` (where a content
//! starts and ends), `clause.rs` (finite verbs), `parenthetical.rs` (a content that resumes
//! after its cue). `docs/reasons.md` lists every reason with an example.

mod according_to;
mod apposition;
mod clause;
mod colon;
mod content;
mod content_after;
mod continued_quotation;
mod coordinated;
mod cue;
mod dash_credit;
mod found;
mod noun_phrase;
mod parenthetical;
mod participle;
mod passive_it;
mod post_posed;
mod relative;
mod source_cue_content;
mod speaker_label;

pub use found::{CueHit, Found, SourceHit};
pub(crate) use noun_phrase::source_before;

use crate::document::Document;
use crate::lexicon::{CueEntry, Frames, Lexicons};
use crate::tokens::{Tok, TokKind};
use found::Ctx;

/// How many earlier attributions are checked for a clash (they are in text order, so only the
/// last few can reach the current sentence).
const CLASH_WINDOW: usize = 16;

/// Find the attributions in every sentence.
pub fn find(doc: &Document, lex: &Lexicons) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    for (si, s) in doc.sentences.iter().enumerate() {
        // Sentences wholly inside an earlier attribution's content are done.
        let recent = out.iter().rev().take(CLASH_WINDOW);
        if recent.clone().any(|f| f.covered.contains(s.span)) {
            continue;
        }
        let toks = &doc.toks[si];
        let ctx = Ctx {
            text: doc.text,
            quotes: &doc.quotes[si],
            lex,
            si,
            headline: s.headline,
        };
        let mut local: Vec<Found> = Vec::new();
        // A credit line or a "X said." sentence attributes the quotation ending the sentence
        // before it.
        if si > 0 {
            let prev = Ctx {
                quotes: &doc.quotes[si - 1],
                ..ctx
            };
            let prev_toks = &doc.toks[si - 1];
            if let Some(f) = dash_credit::credit_line(&prev, toks, prev_toks)
                .or_else(|| post_posed::cue_sentence_after_quotation(&prev, toks, prev_toks))
            {
                local.push(f);
            }
        }
        for f in analyse(&ctx, toks) {
            // Keep nested attributions ("X said that Y told Z that …"), drop partial overlaps,
            // a second reading of the same content, and a second use of the same cue.
            let clash = local
                .iter()
                .chain(out.iter().rev().take(CLASH_WINDOW))
                .any(|g| {
                    g.covered.overlaps(f.covered)
                        && !g.covered.contains(f.covered)
                        && !f.covered.contains(g.covered)
                        || g.content() == f.content()
                        || g.cue
                            .as_ref()
                            .zip(f.cue.as_ref())
                            .is_some_and(|(a, b)| a.span == b.span)
                });
            if !clash {
                local.push(f);
            }
        }
        out.extend(local);
    }
    continued_quotation::attach(doc, &mut out);
    out.sort_by_key(|f| f.content().start);
    out
}

/// The constructions of one sentence, in the order they are tried: a speaker label or colon
/// introduction, then every "according to" and verb cue from left to right, then a dash
/// credit at the end.
fn analyse(ctx: &Ctx, toks: &[Tok]) -> Vec<Found> {
    let mut out = Vec::new();
    if toks.is_empty() {
        return out;
    }
    if let Some(f) = speaker_label::line(ctx, toks).or_else(|| colon::intro(ctx, toks)) {
        out.push(f);
    }
    let mut i = 0;
    while i < toks.len() {
        if toks[i].is("according") && toks.get(i + 1).is_some_and(|t| t.is("to")) && !toks[i].quoted
        {
            if let Some(f) = according_to::at(ctx, toks, i) {
                out.push(f);
                i += 2;
                continue;
            }
        }
        if !toks[i].quoted {
            if let Some((entry, after)) = cue::cue_at(ctx.lex, toks, i, ctx.headline && i > 0) {
                let prev_source = out.iter().rev().find_map(|f: &Found| f.source.clone());
                if let Some(f) = verb_cue(ctx, toks, i, after, entry, prev_source) {
                    out.push(f);
                }
            }
        }
        i += 1;
    }
    if let Some(f) = dash_credit::in_sentence(ctx, toks) {
        out.push(f);
    }
    out
}

/// A verb cue at `toks[c..after]`: which construction it is part of, tried in this order.
fn verb_cue(
    ctx: &Ctx,
    toks: &[Tok],
    c: usize,
    after: usize,
    entry: CueEntry,
    prev_source: Option<SourceHit>,
) -> Option<Found> {
    if cue::noun_form_without_that(toks, c, after, &entry) {
        return None;
    }
    // After "be": "it was reported that …", or a passive or adjective that reports nothing.
    if let Some(decided) = passive_it::after_be(ctx, toks, c, after, &entry) {
        return decided;
    }
    // "the reported figures", "was told by": no cue.
    let prev = c.checked_sub(1).map(|p| &toks[p]);
    if prev.is_some_and(|t| {
        crate::words::is_determiner(&t.lower) || t.span.of(ctx.text).ends_with("'s")
    }) || toks.get(after).is_some_and(|t| t.is("by"))
    {
        return None;
    }
    let cue = CueHit::of_entry(toks, c, after, &entry);
    if toks[c].lower.ends_with("ing") {
        return participle::attribute(ctx, toks, c, after, &entry, prev_source);
    }
    if let Some(decided) = post_posed::inverted(ctx, toks, c, after, &cue) {
        return decided;
    }
    let coordinated = coordinated::conjunction_before(toks, c);
    let source = match coordinated {
        Some(j) => coordinated::source(ctx, toks, j, prev_source)?,
        None => source_before(ctx, toks, c)?,
    };
    let (a, rule) = (source.1, source.2);
    // "…, X said." — the source follows the content.
    let quote_follows = toks
        .get(after)
        .is_some_and(|t| t.is_punct(',') || t.is_punct(':'))
        && toks
            .get(after + 1)
            .is_some_and(|t| t.kind == TokKind::QuoteOpen);
    if a > 0
        && matches!(toks[a - 1].kind, TokKind::Punct(',') | TokKind::QuoteClose)
        && !(quote_follows && toks[a - 1].kind == TokKind::Punct(','))
        && content::tail_is_adverbial(
            ctx.lex,
            toks,
            after,
            entry.frames.has(Frames::ADDRESSEE_TAIL),
        )
        && rule != crate::rules::Rule::AttrRelative
    {
        let continues = parenthetical::continuation_after(ctx, toks, after).is_some();
        let min_words = if continues { 1 } else { 3 };
        if let Some(fragments) = content::content_before(ctx, toks, a - 1, min_words) {
            let rule = crate::rules::Rule::AttrContentSourceCue;
            return Some(post_posed::attribute(
                ctx, toks, fragments, source.0, cue, rule, after,
            ));
        }
    }
    source_cue_content::attribute(ctx, toks, c, after, &entry, source, cue)
}
