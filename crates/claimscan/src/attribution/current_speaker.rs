//! `source:current-speaker` — a quotation is never the writer's voice. A sentence that is only
//! a quotation, with no cue of its own, is the current speaker's (with the cue that reported
//! them): the last source of its
//! paragraph, or of the paragraph before when its own paragraph holds nothing but quotations
//! and short narration. A quotation with no speaker at all is a direct claim with no source
//! (`source:unknown-speaker`): somebody's words, never the writer's.
//!
//! ```text
//! Mayor Ines Vidal said the port would reopen in March.
//!
//! “We owe that to the fishermen. They have waited long enough.”
//! ```
//! The second paragraph is two direct claims by Ines Vidal.

use super::colon_intro;
use super::found::{Ctx, CueHit, Found, SourceHit};
use crate::document::Document;
use crate::lexicon::Lexicons;
use crate::quotes::Quote;
use crate::report::SourceKind;
use crate::rules::{Reason, Rule};
use crate::span::Span;
use crate::tokens::TokKind;

/// How many attributions after a sentence are checked for a quotation of theirs that opens in
/// it (`"…. It is time," the firm says.`).
const CREDIT_LOOKAHEAD: usize = 4;

/// Narration of at most this many words keeps the previous paragraph's speaker current.
const SHORT_NARRATION: usize = 12;

/// Add an attribution for every wholly quoted sentence that no attribution covers.
pub(crate) fn attach(doc: &Document, lex: &Lexicons, found: &mut Vec<Found>) {
    let mut added: Vec<Found> = Vec::new();
    // `found` is in text order; `next` walks it alongside the sentences.
    let mut next = 0;
    let mut speaker: Option<usize> = None;
    // The person the latest narration sentence is about ("Lena Moss remembers the night
    // well."), with that sentence: `narrated_subject.rs`.
    let mut narrator: Option<(SourceHit, Option<CueHit>, usize)> = None;
    let mut covered_to = 0;
    // How far the passed attributions with a source reach.
    let mut credited_to = 0;
    // The surnames that end a named source's name ("Moss" after "Lena Moss"), once.
    let surnames = super::narrated_subject::surnames(doc.text, found);
    for (si, s) in doc.sentences.iter().enumerate() {
        while next < found.len() && found[next].covered.start < s.span.start {
            // A nested attribution ("Heald noted the findings show …") does not take the floor
            // from the speaker whose words contain it.
            let nested = speaker.is_some_and(|k| found[k].covered.contains(found[next].covered));
            if found[next].source.is_some() && !nested {
                speaker = Some(next);
            }
            covered_to = covered_to.max(found[next].covered.end);
            if found[next].source.is_some() {
                credited_to = credited_to.max(found[next].covered.end);
            }
            next += 1;
        }
        let taken = covered_to >= s.span.end
            || found[next..]
                .iter()
                .take_while(|f| f.covered.start < s.span.end)
                .any(|f| f.covered.overlaps(s.span))
            || added.last().is_some_and(|f| f.covered.end >= s.span.end);
        // Narration that credits somebody ("Ruiz agreed.") leaves the floor to that speaker.
        let credits = || {
            credited_to > s.span.start
                || found[next..]
                    .iter()
                    .take_while(|f| f.covered.start < s.span.end)
                    .any(|f| f.source.is_some() && f.covered.overlaps(s.span))
        };
        if doc.quotes[si].is_empty() {
            if credits() {
                narrator = None;
            } else if let Some((h, cue)) = super::narrated_subject::person(doc, lex, si, &surnames)
            {
                narrator = Some((h, cue, si));
            }
            continue;
        }
        if taken {
            continue;
        }
        let (fragments, credited) = match whole_sentence_quote(doc, si) {
            Some(q) => (vec![q.outer], false),
            None => {
                // A quotation already given to a speaker from an earlier sentence is not
                // given twice.
                let mut quotes = speech_quotes(doc, si);
                // Nor one that a credit already holds (`"…. It is time," the firm says on
                // “The Countdown”.`: the quotation opens in the sentence before).
                let near =
                    &found[next.saturating_sub(8)..(next + CREDIT_LOOKAHEAD).min(found.len())];
                quotes.retain(|q| {
                    !added
                        .iter()
                        .chain(near)
                        .any(|f| f.fragments.contains(&q.outer))
                });
                if quotes.is_empty() {
                    continue;
                }
                // Narration with a cue word beside the quotation credits somebody whom the
                // rules could not read: the speaker is unknown, not the current one.
                // So does narration that leads straight into the quotation ("The banner read
                // “…”"): the words belong to what it names.
                let s = doc.sentences[si];
                let led_into = quotes.iter().any(|q| {
                    let before = doc.text[s.span.start..q.open.start.max(s.span.start)].trim_end();
                    !opens_after(before)
                });
                let credited = led_into || narration_has_cue(doc, lex, si, &quotes);
                (quotes.iter().map(|q| q.outer).collect(), credited)
            }
        };
        if fragments.len() == 1 && is_quoted_heading(doc, si) {
            continue;
        }
        let ctx = Ctx::for_sentence(doc, lex, si);
        // "Jane Roe said:" at the end of the sentence before introduces this quotation. Else
        // the quotation continues what the current speaker was reported saying: same source,
        // same cue. With no speaker at all it is still somebody's words, not the writer's.
        let introduced = si
            .checked_sub(1)
            .filter(|_| !credited)
            .and_then(|p| colon_intro::before_quotation(doc, lex, p));
        // The introducing sentence ("The mayor had this to say:") is part of the attribution.
        let start = match introduced {
            Some(_) => doc.sentences[si - 1].span.start,
            None => s.span.start,
        };
        // `“That’s ridiculous. ¶ “Until something changes, they’re not walking.”`: a quotation
        // left open at the end of the paragraph before, given to the current speaker there,
        // goes on in this one.
        let runs_on = added.last().filter(|a| {
            !credited
                && a.source.is_some()
                && doc.sentences[a.sentence].paragraph + 1 == s.paragraph
                && super::continued_quotation::quotation_left_open(
                    &doc.text[a.covered.start..s.span.start],
                )
        });
        let (source, cue, rule) = match (introduced, runs_on) {
            (Some((src, cue)), _) => (Some(src), Some(cue), Rule::AttrColonNextSentence),
            (None, Some(a)) => (a.source.clone(), a.cue.clone(), Rule::SourceCurrentSpeaker),
            (None, None) => {
                let current =
                    speaker.filter(|&k| !credited && is_current(doc, found[k].sentence, si));
                // The person narrated about after the last speaker takes the floor; "he" or
                // "she" only when nobody has it ("He paused." after a speaker is the speaker).
                let narrated = narrator.as_ref().filter(|(h, _, n)| {
                    !credited
                        && current
                            .is_none_or(|k| found[k].sentence < *n && h.kind != SourceKind::Pronoun)
                        && is_current(doc, *n, si)
                });
                match (narrated.cloned(), current) {
                    (Some((h, cue, _)), _) => {
                        // The person keeps the floor over the quotation paragraphs that follow.
                        narrator = Some((h.clone(), cue.clone(), si));
                        (Some(h), cue, Rule::SourceNarratedSubject)
                    }
                    (None, Some(k)) => (
                        found[k].source.clone(),
                        found[k].cue.clone(),
                        Rule::SourceCurrentSpeaker,
                    ),
                    (None, None) => (None, None, Rule::SourceUnknownSpeaker),
                }
            }
        };
        let reasons = vec![Reason::new(rule)];
        let mut f = ctx.finish(fragments, source, cue, None, reasons);
        // Up to the end of the sentence where the last quotation closes.
        let last = doc
            .sentences
            .partition_point(|x| x.span.start < f.covered.end)
            .saturating_sub(1)
            .max(si);
        f.covered = Span::new(start, f.covered.end.max(doc.sentences[last].span.end));
        added.push(f);
    }
    if !added.is_empty() {
        found.extend(added);
        crate::sort::sort_by_key(found, |f| f.content().start);
    }
}

/// The quotation that makes up sentence `si` (apart from its final stop), if any.
fn whole_sentence_quote(doc: &Document, si: usize) -> Option<Quote> {
    let s = doc.sentences[si];
    let q = doc.quotes[si]
        .iter()
        .find(|q| q.open.start == s.span.start)?;
    let rest = doc.text[q.outer.end.min(s.span.end)..s.span.end].trim();
    (q.inner.len() > 1 && rest.chars().all(|c| ".!?,;:".contains(c))).then_some(*q)
}

/// Quotations inside a sentence of narration that read as somebody's speech: at least three
/// words that end with a stop or a comma inside the marks, and open the sentence or follow a
/// comma, a colon or one connective (`“We are ready,” however Ana Ruiz said.`, `But “the vote
/// helps us.”`), or are a whole sentence that
/// closes the sentence (`The banner read “Save our school.”`). A quoted phrase inside the
/// writer's own sentence (`called the plan “a disaster”`) is not one.
fn speech_quotes(doc: &Document, si: usize) -> Vec<Quote> {
    let s = doc.sentences[si];
    doc.quotes[si]
        .iter()
        .filter(|q| {
            let inner = doc.text[q.inner.start..q.inner.end.min(s.span.end)].trim_end();
            // A stop or comma inside the marks, or a comma right after them (`‘We will
            // manage’, she said.`); a dash or an ellipsis where the speaker broke off.
            let comma_after = doc.text[q.outer.end.min(s.span.end)..s.span.end].starts_with(',');
            let words: Vec<&str> = inner.split_whitespace().collect();
            let capitalised = words
                .iter()
                .filter(|w| w.starts_with(|c: char| c.is_uppercase()))
                .count();
            // (With the comma outside, a sentence's words: a capital first, not a title.)
            let sentence_like =
                inner.starts_with(|c: char| c.is_uppercase()) && capitalised * 2 <= words.len();
            let ends_like_speech = inner
                .ends_with([',', '.', '?', '!', '\u{2014}', '\u{2013}', '\u{2026}'])
                || comma_after && sentence_like;
            let before = doc.text[s.span.start..q.open.start.max(s.span.start)].trim_end();
            let opens = opens_after(before);
            // `The banner read “Save our school.”`: a whole quoted sentence closing the
            // sentence it stands in.
            let after = doc.text[q.outer.end.min(s.span.end)..s.span.end].trim();
            // Not a title in capitals ("Contract with America.", "Peace Through Strength.").
            let whole_sentence = inner.ends_with(['.', '?', '!'])
                && inner.starts_with(|c: char| c.is_uppercase())
                && capitalised * 2 <= words.len()
                && after.chars().all(|c| ".!?".contains(c));
            // One or two words are speech only when they open the sentence and a comma
            // closes them (`“Unacceptable,” was how Reyes put it.`); elsewhere they are a
            // phrase the writer quotes.
            let short_opening = before.is_empty()
                && (inner.ends_with([',', '!', '?']) || comma_after)
                && !words.is_empty();
            ends_like_speech && (opens || whole_sentence) && (words.len() >= 3 || short_opening)
        })
        .copied()
        .collect()
}

/// Does a quotation after the narration `before` open a clause of speech: nothing before it,
/// a comma or a colon, or one connective (`But “the vote helps us.”`)?
fn opens_after(before: &str) -> bool {
    before.is_empty()
        || before.ends_with([',', ':'])
        || matches!(
            before,
            "But" | "And" | "Yet" | "Still" | "Then" | "So" | "Also" | "Later" | "Again"
        )
}

/// Does the narration of sentence `si` outside `quotes` hold a reporting cue word?
fn narration_has_cue(doc: &Document, lex: &Lexicons, si: usize, quotes: &[Quote]) -> bool {
    doc.toks[si].iter().any(|t| {
        t.is_word()
            && !quotes.iter().any(|q| q.outer.contains(t.span))
            && lex.is_cue_word(t.lower.as_str())
    })
}

/// Is a speaker of sentence `from` still current at sentence `si`: in the same paragraph, or
/// in the paragraph before when everything between is quotation or short narration?
fn is_current(doc: &Document, from: usize, si: usize) -> bool {
    let para = doc.sentences[si].paragraph;
    let from = doc.sentences[from].paragraph;
    if from == para {
        return true;
    }
    if from + 1 != para {
        return false;
    }
    // Every earlier sentence of this paragraph is a quotation or short narration.
    doc.sentences[..si]
        .iter()
        .enumerate()
        .rev()
        .take_while(|(_, s)| s.paragraph == para)
        .all(|(k, _)| {
            whole_sentence_quote(doc, k).is_some()
                || doc.toks[k].iter().filter(|t| t.is_word()).count() <= SHORT_NARRATION
        })
}

/// A short quotation in title case alone in its paragraph is a section heading
/// (`‘Back on the Water.’`), nobody's words. So is a short one in sentence case with no mark
/// that ends a sentence or a clause, in single quotation marks or repeating words quoted
/// elsewhere in the story: the subhead of a web story (`‘Like losing a friend’` between two
/// paragraphs, after the body quoted somebody saying "it was like losing a friend").
pub(crate) fn is_quoted_heading(doc: &Document, si: usize) -> bool {
    let s = doc.sentences[si];
    let alone = doc
        .sentences
        .get(si + 1)
        .is_none_or(|n| n.paragraph != s.paragraph)
        && (si == 0 || doc.sentences[si - 1].paragraph != s.paragraph);
    // Title case: every word of four letters or more capitalised, and at least two of them
    // ("“Port Will Reopen Within Weeks”", not "“This one is for you.”").
    let words: Vec<_> = doc.toks[si].iter().filter(|t| t.is_word()).collect();
    let long: Vec<_> = words
        .iter()
        .filter(|t| t.lower.chars().count() > 3)
        .collect();
    if !alone || words.len() > 8 {
        return false;
    }
    if long.len() >= 2 && long.iter().all(|t| t.cap) {
        return true;
    }
    subhead_line(doc, si)
}

/// Sentence `si` is one quotation of two to eight words with no full stop, comma, question or
/// exclamation mark, in single marks (`‘Like losing a friend’`) or repeating words another
/// quotation of the story holds.
fn subhead_line(doc: &Document, si: usize) -> bool {
    let s = doc.sentences[si];
    let Some(q) = whole_sentence_quote(doc, si) else {
        return false;
    };
    let toks = &doc.toks[si];
    let words = toks.iter().filter(|t| t.is_word()).count();
    let marked = toks
        .iter()
        .any(|t| matches!(t.kind, TokKind::Punct('.' | ',' | '!' | '?' | ';' | ':')));
    let rest = doc.text[q.outer.end.min(s.span.end)..s.span.end].trim();
    if !(2..=8).contains(&words) || marked || !rest.is_empty() {
        return false;
    }
    let inner = crate::case::lower_str(doc.text[q.inner.start..q.inner.end].trim());
    let echoed = || {
        doc.quotes.iter().enumerate().any(|(k, qs)| {
            k != si
                && qs.iter().any(|o| {
                    crate::case::lower_str(&doc.text[o.inner.start..o.inner.end]).contains(&inner)
                })
        })
    };
    !q.double || echoed()
}
