//! The extent of a cue: the whole reporting phrase, not only its verb.
//!
//! A cue found by the lexicon is the verb and its particle ("said", "pointed out"). The phrase a
//! reader sees around it, reported as the cue's `phrase`, is wider:
//! - the auxiliaries, negation and adverbs right before the verb: "has said", "did not
//!   confirm", "have also repeatedly argued", "is expected" (`words::is_verb_group_word`),
//!   a floating "both"/"all" after an auxiliary ("have both argued"), a capitalised verb group
//!   in a title-case headline ("Has Just Announced"), and "go on to" ("went on to say"); a
//!   participle after the channel its subject put out
//!   takes in that verb phrase ("issued a statement saying");
//! - a bare day or time adverb right after it: "said Tuesday", "said Friday night", "wrote
//!   earlier this week" (not "on Tuesday" or "last week", which PolNeAR leaves out as often);
//! - a channel of up to four words right after it, before the content: "said in a statement
//!   that …" (not "said in an interview with the station's morning show", an adjunct of its own);
//! - a colon right after it, before the content: "said: …".
//!
//! The cue never grows into its source or its content.

use super::found::Found;
use crate::document::Document;
use crate::lexicon::Lexicons;
use crate::span::Span;
use crate::tokens::{Tok, TokKind};
use crate::words::{is_determiner, is_time_word, is_verb_group_word};

/// Widen the cue of every attribution to its phrase.
pub fn widen(doc: &Document, lex: &Lexicons, found: &mut [Found]) {
    for f in found.iter_mut() {
        // The cue's own sentence: "Cruz continued:" may introduce a quotation in the next
        // paragraph, the attribution's sentence.
        let si = f
            .cue
            .as_ref()
            .and_then(|c| doc.sentence_at(c.span.start))
            .unwrap_or(f.sentence);
        let Some(toks) = doc.toks.get(si) else {
            continue;
        };
        if let Some(span) = widened(toks, lex, f) {
            if let Some(cue) = f.cue.as_mut() {
                cue.phrase = span;
            }
        }
    }
}

/// The cue's phrase, when it is wider than the cue.
fn widened(toks: &[Tok], lex: &Lexicons, f: &Found) -> Option<Span> {
    let cue = f.cue.as_ref()?;
    // Punctuation cues and "according to" are whole as found.
    if !cue
        .lemma
        .bytes()
        .all(|b| b.is_ascii_alphabetic() || b == b' ')
        || cue.lemma == "according to"
    {
        return None;
    }
    let first = toks.iter().position(|t| t.span.start == cue.span.start)?;
    let last = toks.iter().rposition(|t| t.span.end == cue.span.end)?;
    let taken = |t: &Tok| {
        f.source.as_ref().is_some_and(|s| s.span.overlaps(t.span))
            || f.fragments.iter().any(|c| c.overlaps(t.span))
    };
    let mut start = first;
    while start > 0 {
        // "went on to say", "continued to insist", "was quick to point out": a verb that
        // takes the cue as its infinitive.
        if let Some(n) = super::cue::catenative_before(toks, start)
            .filter(|&n| !toks[start - n..start].iter().any(taken))
        {
            start -= n;
            continue;
        }
        // "have both argued", "were all urging": a floating quantifier after an auxiliary.
        if start >= 2
            && matches!(toks[start - 1].lower.as_str(), "both" | "all")
            && !toks[start - 1].cap
            && !taken(&toks[start - 1])
            && toks[start - 2].kind == TokKind::Word
            && !toks[start - 2].cap
            && !taken(&toks[start - 2])
            && is_verb_group_word(&toks[start - 2].lower)
        {
            start -= 1;
            continue;
        }
        let t = &toks[start - 1];
        // In a headline in title case the verb group is capitalised too ("Mayor Has Just
        // Announced …"); elsewhere a capital opens a name or the sentence.
        let cap_ok = toks[first].cap;
        if t.kind != TokKind::Word
            || t.quoted
            || t.cap && !cap_ok
            || taken(t)
            || !is_verb_group_word(&t.lower)
        {
            break;
        }
        start -= 1;
    }
    // "issued a statement saying", "put out a statement Tuesday saying": a participle cue
    // after the channel its subject put out takes in the verb phrase.
    if cue.lemma != "according to" && toks[first].lower.ends_with("ing") && start == first {
        let mut p = start;
        if p > 0 && toks[p - 1].cap && is_time_word(&toks[p - 1].lower) {
            p -= 1;
        }
        if p >= 3
            && lex.is_channel(&toks[p - 1].lower)
            && is_determiner(&toks[p - 2].lower)
            && !toks[p - 3..p].iter().any(taken)
        {
            let mut v = p - 3;
            if toks[v].is("out") && v > 0 {
                v -= 1;
            }
            let verb = &toks[v];
            if verb.is_word()
                && !verb.cap
                && !taken(verb)
                && (verb.lower.ends_with("ed") || lex.is_irregular_past(&verb.lower))
            {
                start = v;
            }
        }
    }
    let mut end = last + 1;
    // "said Tuesday that …", "wrote earlier": the day right after the verb.
    end = time_tail(toks, end, &taken).unwrap_or(end);
    if let Some(ch) = f.channel {
        // "said in a statement that …": the channel follows the cue directly. A long channel
        // ("said in an interview with the station's morning show") is an adjunct of its own:
        // PolNeAR's cues take in channels of up to four words twice as often as longer ones.
        if toks.get(end).is_some_and(|t| t.span.start == ch.start) {
            if let Some(k) = toks.iter().rposition(|t| t.span.end == ch.end) {
                // ("told CBC News that …": an outlet spoken to stays out of the cue, as the
                // addressee "reporters" does.)
                if k >= end
                    && k - end < MAX_CHANNEL_WORDS
                    && toks[end..=k].iter().all(|t| !taken(t) && !t.quoted)
                    && !super::outlet::is_outlet(lex, &toks[end..=k])
                {
                    end = k + 1;
                    // "said in a statement Saturday that …".
                    end = time_tail(toks, end, &taken).unwrap_or(end);
                }
            }
        }
    }
    // "…, she said in a statement.": a channel phrase after a cue that follows its content.
    if f.channel.is_none() && f.fragments.last().is_some_and(|c| c.end <= cue.span.start) {
        end = channel_tail(toks, lex, end, &taken).unwrap_or(end);
    }
    if toks
        .get(end)
        .is_some_and(|t| t.is_punct(':') && !taken(t) && content_after(f, t.span))
    {
        end += 1;
    }
    // "He’s claiming", "they've suggested": the auxiliary contracted onto the source pronoun
    // is the verb group's ("’s claiming"); the source keeps the pronoun's letters.
    let from = start
        .checked_sub(1)
        .map(|p| toks[p].span)
        // (Not "Nervo's conclusion": a name's possessive is no auxiliary.)
        .zip(
            f.source
                .as_ref()
                .filter(|s| s.kind == crate::report::SourceKind::Pronoun)
                .map(|s| s.span),
        )
        .filter(|(t, s)| s.start == t.start && s.end < t.end)
        .map_or(toks[start].span.start, |(_, s)| s.end);
    let span = Span::new(from, toks[end - 1].span.end);
    (span != cue.phrase).then_some(span)
}

/// The end of a bare day or time adverb at `toks[at]`: "Tuesday", "Tuesday night", "earlier",
/// "yesterday". PolNeAR's cues take them in about twice as often as they leave them out ("on
/// Tuesday", "last week" are as often out as in, and stay out).
fn time_tail(toks: &[Tok], at: usize, taken: &impl Fn(&Tok) -> bool) -> Option<usize> {
    let t = toks.get(at)?;
    if t.kind != TokKind::Word || t.quoted || taken(t) {
        return None;
    }
    let day = DAYS.contains(&t.lower.as_str());
    if day {
        let part = toks.get(at + 1).is_some_and(|n| {
            n.kind == TokKind::Word
                && !n.quoted
                && !taken(n)
                && matches!(
                    n.lower.as_str(),
                    "morning" | "afternoon" | "evening" | "night"
                )
        });
        return Some(at + 1 + part as usize);
    }
    if !TIME_ADVERBS.contains(&t.lower.as_str()) {
        return None;
    }
    // "said earlier this week".
    let period = |k: usize| {
        toks.get(k)
            .is_some_and(|n| n.kind == TokKind::Word && !n.quoted && !taken(n))
    };
    let this_week = (t.is("earlier") || t.is("later"))
        && period(at + 1)
        && (toks[at + 1].is("this") || toks[at + 1].is("last"))
        && period(at + 2)
        && matches!(toks[at + 2].lower.as_str(), "week" | "month" | "year");
    Some(at + if this_week { 3 } else { 1 })
}

/// The days of the week, which a cue's phrase takes in right after the verb.
const DAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Bare time adverbs a cue's phrase takes in right after the verb ("said earlier").
const TIME_ADVERBS: &[&str] = &[
    "yesterday",
    "today",
    "earlier",
    "recently",
    "later",
    "previously",
];

/// The longest channel phrase a cue's phrase takes in: "in a statement", "in a telephone
/// interview", "on Twitter Thursday"; not "in an interview with The Associated Press".
const MAX_CHANNEL_WORDS: usize = 4;

/// Does the content start after `s`?
fn content_after(f: &Found, s: Span) -> bool {
    f.fragments.first().is_some_and(|c| c.start >= s.end)
}

/// The end of a channel phrase opening at `toks[at]` and running to the next punctuation:
/// "in a statement", "during an interview with the station".
fn channel_tail(
    toks: &[Tok],
    lex: &Lexicons,
    at: usize,
    taken: &impl Fn(&Tok) -> bool,
) -> Option<usize> {
    let first = toks.get(at)?;
    if !(first.is("in") || first.is("during") || first.is("on")) {
        return None;
    }
    let stop = (at..toks.len())
        .find(|&k| toks[k].kind != TokKind::Word)
        .unwrap_or(toks.len());
    let phrase = &toks[at..stop];
    (phrase.len() <= MAX_CHANNEL_WORDS
        && phrase.iter().take(4).any(|t| lex.is_channel(&t.lower))
        && phrase.iter().all(|t| !t.quoted && !taken(t)))
    .then_some(stop)
}
