//! Stage 5: claims in the writer's own voice.
//!
//! Every stretch of a sentence that no attribution uses (as source, cue or content) is the
//! writer's own. Stretches are trimmed of punctuation and of the conjunction that joined them
//! to a reported claim ("…, though he did not name …"), and kept when they have enough words
//! and, for leftovers around an attribution, a verb. Questions, bylines ("By …"), picture
//! credits ("Photo: …"), timestamps and publication lines ("11:31 p.m.", "Published Nov. 17,
//! 2026"), thanks and greetings ("Thank you, and good night.") and the lines
//! that frame an interview's transcript ("Here is part of their conversation.") are not claims; a dateline ("LONDON, Jan. 5 —") is trimmed off.

use std::borrow::Cow;

use crate::attribution::Found;
use crate::document::Document;
use crate::lexicon::{LabelKind, Lexicons};
use crate::report::Attribution;
use crate::rules::{Reason, Rule};
use crate::span::Span;
use crate::tokens::{Tok, TokKind};
use crate::words::{is_auxiliary, is_be};

/// A claim in the writer's voice.
/// A claim before modality, entities, scoring and offsets: its fragments, how it is reported,
/// and the attribution that found it (none for the writer's own claims).
#[derive(Clone, Debug)]
pub struct Draft<'f> {
    /// An attribution's own fragments, borrowed (a long document holds every draft at once).
    pub fragments: Cow<'f, [Span]>,
    pub sentence: usize,
    pub attribution: Attribution,
    /// The attribution, borrowed from the attribution stage's output (not copied per claim).
    pub found: Option<&'f Found>,
    /// The reasons of a writer's own claim; an attributed claim's are its attribution's
    /// (`found.reasons`), read from there when the claim is assembled.
    pub reasons: Vec<Reason>,
}

/// Every claim of the document in text order: the attributions found, and (when asked) the
/// writer's own claims around them.
pub fn drafts<'f>(
    doc: &Document,
    lex: &Lexicons,
    found: &'f [Found],
    author_claims_too: bool,
    min_words: usize,
) -> Vec<Draft<'f>> {
    let mut drafts: Vec<Draft> = found
        .iter()
        .map(|f| Draft {
            fragments: Cow::Borrowed(&f.fragments),
            sentence: doc.sentence_at(f.fragments[0].start).unwrap_or(f.sentence),
            attribution: f.kind,
            found: Some(f),
            // Read from `f` when the claim is assembled, not copied for every claim up front.
            reasons: Vec::new(),
        })
        .collect();
    if author_claims_too {
        let authors = author_claims(doc, lex, found, min_words);
        // Sized once: a long document has hundreds of thousands of claims.
        drafts.reserve_exact(authors.len());
        for a in authors {
            drafts.push(Draft {
                fragments: Cow::Owned(vec![a.span]),
                sentence: a.sentence,
                attribution: Attribution::Author,
                found: None,
                reasons: a.reasons,
            });
        }
    }
    crate::sort::sort_by_key(&mut drafts, |d| (d.fragments[0].start, d.fragments[0].end));
    drafts
}

#[derive(Clone, Debug)]
pub struct AuthorClaim {
    pub span: Span,
    pub sentence: usize,
    pub reasons: Vec<Reason>,
}

fn is_joiner(w: &str) -> bool {
    matches!(
        w,
        "though"
            | "although"
            | "but"
            | "and"
            | "whereas"
            | "while"
            | "even"
            | "yet"
            | "so"
            // "Okafor asked for the recount after [his lawyer wrote that …]": a subordinator
            // left at a fragment's edge.
            | "after"
            | "because"
            | "since"
            | "until"
    )
}

/// "By Jane Doe and Omar Ali": a byline names the writers; it claims nothing.
/// Whether the last token of `ts` is punctuation that closes the sentence or clause rather
/// than the claim's own words: the full stop of "Turnout was 63%." goes, but the "%" stays, as
/// does the bracket of "The vote was fair (mostly)." (opened inside the claim).
fn is_trailing_mark(ts: &[Tok]) -> bool {
    let Some((last, rest)) = ts.split_last() else {
        return false;
    };
    let opener = match last.kind {
        TokKind::Punct(')') => '(',
        TokKind::Punct(']') => '[',
        TokKind::Punct(_) => return !last.is_symbol(),
        _ => return false,
    };
    !rest.iter().any(|t| t.is_punct(opener))
}

fn is_byline(ts: &[Tok]) -> bool {
    ts.first().is_some_and(|t| t.is("by") && t.cap)
        && ts.len() <= 12
        && ts[1..].iter().all(|t| {
            (t.is_word() && (t.cap || t.is("and")))
                || matches!(t.kind, TokKind::Punct(',' | '.' | '|' | '/'))
        })
}

/// "Photo: Ana Ruiz/Reuters", "Credit: …": a picture credit.
fn is_credit_line(lex: &Lexicons, ts: &[Tok]) -> bool {
    let start = usize::from(ts.first().is_some_and(|t| t.is_punct('(')));
    ts.get(start)
        .is_some_and(|t| lex.label(&t.lower) == Some(LabelKind::Credit))
        && ts.get(start + 1).is_some_and(|t| t.is_punct(':'))
        && ts.len() <= 16
}

/// "READ MORE: …", "WATCH | …", "Related: …": a line that links to another story or page.
fn is_link_line(lex: &Lexicons, text: &str, ts: &[Tok]) -> bool {
    let Some(d) = ts
        .iter()
        .take(5)
        .position(|t| matches!(t.kind, TokKind::Punct(':' | '|')))
    else {
        return false;
    };
    d > 0
        && lex.label_of_phrase(&text[ts[0].span.start..ts[d - 1].span.end]) == Some(LabelKind::Link)
}

/// "11:31 p.m.", "Published November 17, 2026", "Ana Ruiz · CBC News · Posted: Dec 3, 2026
/// 4:00 AM EST": a live blog's timestamp or a web page's publication line says when the page
/// was written; it claims nothing (`segment/stamps.rs`).
fn is_stamp_line(text: &str, ts: &[Tok]) -> bool {
    let (Some(first), Some(last)) = (ts.first(), ts.last()) else {
        return false;
    };
    let line = &text[first.span.start..last.span.end];
    crate::segment::is_time_stamp(line) || crate::segment::is_publication_line(line)
}

/// "This report by The Canadian Press was first published Oct. 3", "With files from …",
/// "Copyright 2026 …": the publisher's boilerplate about the article, no claim in it.
fn is_boilerplate(text: &str, ts: &[Tok]) -> bool {
    let (Some(first), Some(last)) = (ts.first(), ts.last()) else {
        return false;
    };
    let s = crate::case::lower_str(&text[first.span.start..last.span.end]);
    let about_this = [
        "this report",
        "this story",
        "this article",
        "this item",
        "an earlier version of this",
    ]
    .iter()
    .any(|p| s.starts_with(p))
        && [
            "first published",
            "originally published",
            "originally appeared",
            "was updated",
            "has been updated",
            "was corrected",
            "has been corrected",
            "contributed to",
        ]
        .iter()
        .any(|p| s.contains(p));
    about_this
        || s.starts_with("with files from")
        || s.starts_with("copyright ")
        || s.starts_with("\u{a9}")
        || s.contains("all rights reserved")
        || s.starts_with("follow us on")
}

/// The words that name an interview or its record ("Here is part of their conversation.").
fn is_talk_noun(w: &str) -> bool {
    matches!(
        w,
        "interview"
            | "interviews"
            | "conversation"
            | "conversations"
            | "exchange"
            | "discussion"
            | "transcript"
            | "excerpt"
            | "excerpts"
            | "answers"
            | "responses"
    )
}

/// "Here is part of their conversation.", "This interview has been edited for length and
/// clarity.": a line that introduces the transcript of an interview, or says how it was
/// edited, speaks about the article, not the world; it is no claim of the writer's.
/// An introduction opens with "Here is", "Below is", "The following is" or "What follows is"
/// and names the talk; an editing note is made only of the talk, the verb of editing and its
/// purpose ("Answers have been condensed.", "The conversation was lightly edited for
/// brevity.").
fn is_transcript_frame(ts: &[Tok]) -> bool {
    let words: Vec<&str> = ts
        .iter()
        .filter(|t| t.is_word())
        .map(|t| t.lower.as_str())
        .collect();
    if words.len() > 14 || !words.iter().any(|w| is_talk_noun(w)) {
        return false;
    }
    let intro = matches!(
        words.as_slice(),
        ["here", "is" | "are", ..]
            | ["here's", ..]
            | ["below", "is" | "are", ..]
            | ["the" | "what", "following" | "follows", "is" | "are", ..]
    );
    let edited_verb = |w: &str| {
        matches!(
            w,
            "edited" | "condensed" | "abridged" | "shortened" | "trimmed" | "translated"
        )
    };
    let note_word = |w: &str| {
        is_talk_noun(w)
            || edited_verb(w)
            || matches!(
                w,
                "this"
                    | "the"
                    | "our"
                    | "their"
                    | "his"
                    | "her"
                    | "has"
                    | "have"
                    | "was"
                    | "were"
                    | "been"
                    | "lightly"
                    | "slightly"
                    | "and"
                    | "for"
                    | "length"
                    | "clarity"
                    | "brevity"
                    | "space"
                    | "style"
                    | "readability"
            )
    };
    let edited = words.iter().any(|w| edited_verb(w)) && words.iter().all(|w| note_word(w));
    intro || edited
}

/// The token after a dateline's dash: capitals, a date and an agency, then "—"; or a live
/// blog's timestamp before its dash.
pub(crate) fn dateline_end(text: &str, ts: &[Tok]) -> Option<usize> {
    let d = ts
        .iter()
        .take(10)
        .position(|t| matches!(t.kind, TokKind::Punct('—' | '–')))?;
    let first = ts.first()?;
    // The place is in capitals ("LONDON", "PORT ELLEN"); the rest is capitalised or a number.
    let caps = first.is_word()
        && first.is_acronym(text)
        && ts[..d]
            .iter()
            .filter(|t| t.is_word())
            .all(|t| t.cap || t.lower.chars().all(|c| c.is_ascii_digit()));
    // A live blog's timestamp ("9:42 p.m. —", "14:05 —", "11 a.m. ET —").
    let stamp = text[first.span.start..ts[d].span.start].trim_end();
    let timestamp = stamp.starts_with(|c: char| c.is_ascii_digit())
        && stamp.len() <= 16
        && (stamp.contains(':') || stamp.contains("a.m") || stamp.contains("p.m"))
        && stamp
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, ':' | '.' | ' '));
    (d >= 1 && (caps || timestamp) && d + 1 < ts.len()).then_some(d + 1)
}

/// A word that can carry a clause: a form of "be", an auxiliary, a past or third-person form.
fn looks_finite(lex: &Lexicons, t: &Tok) -> bool {
    let w = t.lower.as_str();
    t.is_word()
        && !t.cap
        && (is_be(w)
            || is_auxiliary(w)
            || lex.is_irregular_past(w)
            || (w.len() > 3 && (w.ends_with("ed") || w.ends_with('s')))
            || w.ends_with("n't"))
}

/// The author claims of a document.
pub fn author_claims(
    doc: &Document,
    lex: &Lexicons,
    found: &[Found],
    min_words: usize,
) -> Vec<AuthorClaim> {
    let (text, sentences, toks) = (doc.text, &doc.sentences, &doc.toks);
    let mut out = Vec::new();
    // The article's own outlet, whose reporting is the writer's ("The Star has learned that").
    let house = crate::attribution::house_outlets(doc, lex);
    // Which attributions touch which sentences, found by binary search.
    let mut by_sentence: Vec<Vec<usize>> = vec![Vec::new(); sentences.len()];
    for (k, f) in found.iter().enumerate() {
        let a = sentences.partition_point(|s| s.span.end <= f.covered.start);
        let b = sentences.partition_point(|s| s.span.start < f.covered.end);
        for v in by_sentence.iter_mut().take(b).skip(a) {
            v.push(k);
        }
    }
    for si in 0..sentences.len() {
        let ts = &toks[si];
        if ts.is_empty() {
            continue;
        }
        let question = ts
            .iter()
            .rev()
            .find(|t| !matches!(t.kind, TokKind::QuoteClose | TokKind::Punct(')')))
            .is_some_and(|t| t.is_punct('?'));
        if question {
            continue;
        }
        let used: Vec<Span> = by_sentence[si].iter().map(|&k| found[k].covered).collect();
        // Group consecutive unused tokens.
        let mut groups: Vec<(usize, usize)> = Vec::new();
        let mut start: Option<usize> = None;
        for (k, t) in ts.iter().enumerate() {
            let free = !used.iter().any(|u| u.overlaps(t.span));
            match (free, start) {
                (true, None) => start = Some(k),
                (false, Some(a)) => {
                    groups.push((a, k));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(a) = start {
            groups.push((a, ts.len()));
        }
        let whole = used.is_empty();
        if whole
            && (is_byline(ts)
                || is_credit_line(lex, ts)
                || is_link_line(lex, text, ts)
                || is_boilerplate(text, ts)
                || is_stamp_line(text, ts)
                || is_transcript_frame(ts)
                || crate::words::is_courtesy(ts))
        {
            continue;
        }
        for (mut a, mut b) in groups {
            // "LONDON, Jan. 5 — The bank …": the dateline is no part of the claim.
            if a == 0 {
                if let Some(d) = dateline_end(text, ts) {
                    a = d;
                }
            }
            let mut reasons = vec![Reason::new(if whole {
                Rule::ClaimAuthorSentence
            } else {
                Rule::ClaimAuthorClause
            })];
            if whole && crate::attribution::writer_assertion_in(doc, si) {
                reasons.push(Reason::new(Rule::ClaimAuthorWriterAssertion));
            }
            if whole && crate::attribution::writer_verdict_in(doc, si) {
                reasons.push(Reason::new(Rule::ClaimAuthorWriterVerdict));
            }
            if whole && crate::attribution::column_tag_in(doc, lex, si) {
                reasons.push(Reason::new(Rule::ClaimAuthorColumnTag));
            }
            if !house.is_empty() {
                if let Some(outlet) = crate::attribution::own_reporting_in(doc, lex, si, &house) {
                    reasons.push(Reason::with(Rule::ClaimAuthorOwnReporting, outlet));
                }
            }
            while a < b
                && (!ts[a].is_word()
                    && ts[a].kind != TokKind::QuoteOpen
                    && !(ts[a].is_symbol() && ts.get(a + 1).is_some_and(Tok::is_word))
                    || (!whole && is_joiner(&ts[a].lower)))
            {
                if ts[a].is_word() {
                    reasons.push(Reason::with(Rule::ClaimJoinerDropped, ts[a].lower.clone()));
                }
                a += 1;
            }
            // "Tickets sold out, and [the director said …]": a joiner before the attribution
            // that follows is dropped too.
            // So is a relative pronoun after a comma whose clause the attribution holds
            // ("Trustees voted for the plan, which [the board says will save $1 million]").
            while a < b
                && (is_trailing_mark(&ts[a..b])
                    || !whole
                        && ts[b - 1].is_word()
                        && is_joiner(&ts[b - 1].lower)
                        // "… she has not read a review since.": a joiner that ends the
                        // sentence is an adverb, and stays.
                        && ts[b..].iter().any(|t| t.is_word())
                    || !whole
                        && b - a >= 2
                        && ts[b - 2].is_punct(',')
                        && matches!(ts[b - 1].lower.as_str(), "which" | "who" | "whom" | "whose"))
            {
                if ts[b - 1].is_word() {
                    reasons.push(Reason::with(
                        Rule::ClaimJoinerDropped,
                        ts[b - 1].lower.clone(),
                    ));
                }
                b -= 1;
            }
            if a >= b {
                continue;
            }
            let words = ts[a..b].iter().filter(|t| t.is_word()).count();
            if words < min_words.max(1) {
                continue;
            }
            // A leftover around an attribution must still hold a verb to be a claim
            // ("For a while, as [I recall], …" leaves "For a while, as").
            if !whole && !ts[a..b].iter().any(|t| looks_finite(lex, t)) {
                continue;
            }
            // "At a crowded town hall on Tuesday, [Koss told …]": an opening phrase of place or
            // time before an attribution, with no verb but a participle, is no claim either.
            if !whole
                && a == 0
                && crate::words::is_leading_preposition(&ts[0].lower)
                && ts[a..b].iter().all(|t| {
                    t.is_word()
                        && !t.quoted
                        && !is_be(&t.lower)
                        && !is_auxiliary(&t.lower)
                        && !crate::words::is_subject_pronoun(&t.lower)
                })
            {
                continue;
            }
            out.push(AuthorClaim {
                span: Span::new(ts[a].span.start, ts[b - 1].span.end),
                sentence: si,
                reasons,
            });
        }
    }
    out
}
