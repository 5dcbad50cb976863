//! `attr:colon-next-sentence` — a sentence that ends with its speaker and a colon introduces
//! the quotation that follows, in the same paragraph or the next:
//!
//! ```text
//! The harbour master told the meeting:
//!
//! “We have waited eleven years for this breakwater.”
//! ```
//!
//! The introducing sentence has a reporting verb near its end ("said:", "told the meeting:",
//! "said in a statement:"), or a subject that reads as a source and a verb phrase of a few
//! words ("Sanders made the following comment:").
//!
//! A block quotation, set off as a paragraph of its own with no quotation marks, follows a
//! reporting verb and a colon that end the paragraph before it ("The governor added:"): the
//! whole paragraph is the speaker's ([`attach_blocks`]).

use super::cue::cue_at;
use super::found::{words_in, Ctx, CueHit, Found, SourceHit};
use super::noun_phrase::source_before;
use crate::document::Document;
use crate::lexicon::{CueClass, Lexicons};
use crate::rules::{Reason, Rule};
use crate::span::Span;
use crate::tokens::Tok;
use crate::words::is_determiner;

/// Words a verb phrase may take between the cue and the colon ("told the crowd:").
const MAX_TAIL_WORDS: usize = 6;

/// The source and cue of sentence `p` when it ends with a colon that introduces a quotation.
pub(crate) fn before_quotation(
    doc: &Document,
    lex: &Lexicons,
    p: usize,
) -> Option<(SourceHit, CueHit)> {
    let toks: &[Tok] = &doc.toks[p];
    let colon = toks.len().checked_sub(1)?;
    if !toks[colon].is_punct(':') || toks.iter().any(|t| t.quoted) {
        return None;
    }
    // "WATCH | Neighbours say they warned the city:": a caption behind a label introduces a
    // video, not the next paragraph's words.
    let bar = toks
        .iter()
        .take(5)
        .position(|t| t.is_punct('|') || t.is_punct(':'));
    if bar.is_some_and(|d| {
        d > 0
            && d < colon
            && lex
                .label_of_phrase(&doc.text[toks[0].span.start..toks[d - 1].span.end])
                .is_some()
    }) {
        return None;
    }
    let ctx = Ctx::for_sentence(doc, lex, p);
    let from = colon.saturating_sub(MAX_TAIL_WORDS + 1);
    for c in (from..colon).rev() {
        if let Some((entry, after)) = cue_at(lex, toks, c, false) {
            // "made the following remark:": a cue word after a determiner is a noun.
            if after > colon
                || c > 0 && (is_determiner(&toks[c - 1].lower) || toks[c - 1].is("following"))
            {
                continue;
            }
            if let Some((src, _, _)) = source_before(&ctx, toks, c) {
                return Some((src, CueHit::of_entry(toks, c, after, &entry)));
            }
            // "The mayor had this to say:", "Here is what one nurse had to say:": the source
            // of "had".
            let had = (c >= 2 && toks[c - 1].is("to"))
                .then(|| {
                    (c.saturating_sub(4)..c - 1)
                        .rev()
                        .find(|&k| matches!(toks[k].lower.as_str(), "had" | "has" | "have"))
                })
                .flatten();
            if let Some(h) = had {
                if let Some((src, _, _)) = source_before(&ctx, toks, h) {
                    return Some((src, CueHit::of_entry(toks, c, after, &entry)));
                }
            }
        }
    }
    // "Sanders made the following comment:" — a source subject, then a verb in the past and a
    // short verb phrase.
    // ("When the mill closed, Mayor Ruiz released the following statement:": after an opening
    // phrase.)
    let open = super::colon::opening_phrase_end(toks, colon);
    let verb = (open.max(1)..colon).find(|&k| {
        let t = &toks[k];
        t.is_word() && !t.cap && (t.lower.ends_with("ed") || lex.is_irregular_past(&t.lower))
    })?;
    let (src, a, _) = source_before(&ctx, toks, verb)?;
    let tail = toks[verb..colon].iter().filter(|t| t.is_word()).count();
    if a != open || tail > MAX_TAIL_WORDS {
        return None;
    }
    let cue = CueHit::fixed(toks[colon].span, ":", "said");
    Some((src, cue))
}

/// Block quotations: a paragraph with no quotation marks right after a paragraph that ends
/// with a reporting verb and a colon ("Limbaugh added:"). Attributions inside the block are
/// part of it.
pub(crate) fn attach_blocks(doc: &Document, lex: &Lexicons, found: &mut Vec<Found>) {
    let mut added: Vec<Found> = Vec::new();
    let n = doc.sentences.len();
    for p in 0..n.saturating_sub(1) {
        let (s, first) = (doc.sentences[p], doc.sentences[p + 1]);
        if first.paragraph == s.paragraph || first.headline {
            continue;
        }
        let Some((src, cue)) = before_quotation(doc, lex, p) else {
            continue;
        };
        // The block ends where the writer reports its speaker again ("The board also claimed
        // …", "They also said …"); "She knows nothing" may be the block's own words.
        let narrated = |k: usize| {
            let sk = doc.sentences[k].span;
            found.iter().any(|f| {
                f.cue.as_ref().is_some_and(|c| {
                    sk.contains(c.span)
                        && matches!(c.class, CueClass::Neutral | CueClass::Assertive)
                        && c.span.of(doc.text).ends_with("ed")
                        || sk.contains(c.span) && c.span.of(doc.text) == "said"
                }) && f.source.as_ref().is_some_and(|s| {
                    s.head == src.head || matches!(s.head.as_str(), "they" | "he" | "she" | "it")
                })
            })
        };
        if narrated(p + 1) {
            continue;
        }
        let last = (p + 1..n)
            .take_while(|&k| doc.sentences[k].paragraph == first.paragraph && !narrated(k))
            .last()
            .unwrap_or(p + 1);
        // Scare quotes ("wasn't ‘forced’ to stay") do not make the block a quotation.
        if (p + 1..=last).any(|k| {
            doc.quotes[k].iter().any(|q| {
                q.close.is_none() || q.inner.of(doc.text).split_whitespace().nth(3).is_some()
            })
        }) {
            continue;
        }
        // A verb of saying, not the colon alone ("made the following comment:").
        // "The board denied the allegations:", "… warned in a memo:" set off a statement too.
        if cue.lemma == ":"
            || !matches!(
                cue.class,
                CueClass::Neutral | CueClass::Assertive | CueClass::Denial | CueClass::Warning
            )
        {
            continue;
        }
        let words: usize = (p + 1..=last)
            .map(|k| words_in(&doc.toks[k], 0, doc.toks[k].len()))
            .sum();
        if words < 6 {
            continue;
        }
        let block = Span::new(first.span.start, doc.sentences[last].span.end);
        let ctx = Ctx::for_sentence(doc, lex, p + 1);
        let reasons = vec![Reason::new(Rule::AttrColonNextSentence)];
        let mut f = ctx.finish(vec![block], Some(src), Some(cue), None, reasons);
        f.covered = Span::new(s.span.start, block.end);
        // Set off as a block, the words are quoted verbatim.
        f.kind = crate::report::Attribution::Direct;
        added.push(f);
    }
    if !added.is_empty() {
        found.retain(|g| !added.iter().any(|a| a.covered.contains(g.covered)));
        found.extend(added);
        crate::sort::sort_by_key(found, |f| f.content().start);
    }
}
