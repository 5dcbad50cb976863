//! `attr:colon` — a source and a colon introduce a quotation: "Harbour Chief Ines Vidal:
//! ‘Port Will Reopen Within Weeks’", or in a headline, the words after the colon.
//! Transcript lines ("MAYOR LIND: …") are `speaker_label.rs`; labels ("Photo:",
//! "Correction:", `labels.txt`) introduce no speech.

use super::cue::cue_at;
use super::found::{span_of, words_in, Ctx, CueHit, Found, SourceHit};
use super::noun_phrase::{classify, source_before};
use crate::document::Document;
use crate::lexicon::LabelKind;
use crate::report::SourceKind;
use crate::rules::{Reason, Rule};
use crate::span::Span;
use crate::tokens::{Tok, TokKind};
use crate::words::{is_determiner, is_leading_filler, is_leading_preposition, is_np_preposition};

pub(crate) fn intro(ctx: &Ctx, toks: &[Tok]) -> Option<Found> {
    let c = toks.iter().position(|t| t.is_punct(':') && !t.quoted)?;
    if c == 0 || c > 12 {
        return None;
    }
    // "Photo courtesy of …:" is a credit wherever the word stands; "Update:", "Statement:"
    // are notes only as the phrase's first word ("The mayor issued a statement: “…”").
    let credit_or_note = |k: usize, t: &Tok| match ctx.lex.label(&t.lower) {
        Some(LabelKind::Credit) => true,
        Some(LabelKind::Note) => k == 0,
        _ => false,
    };
    // "Hale made the following comment:": a noun of statement right before the colon is the
    // object of the verb, not a cue.
    let statement_noun = c >= 2
        && is_statement_noun(&toks[c - 1].lower)
        && (toks[..c - 1].iter().any(|t| is_statement_verb(&t.lower))
            || progressive_verb(toks, c).is_some());
    // "In March, Hale made …": a short opening phrase and its comma.
    let opening = opening_phrase_end(toks, c);
    let open_paren = toks[..c].iter().position(|t| t.is_punct('('));
    let close_paren = toks[..c].iter().position(|t| t.is_punct(')'));
    let in_parens = |k: usize| {
        open_paren
            .zip(close_paren)
            .is_some_and(|(o, e)| o < e && (o..=e).contains(&k))
    };
    if toks[..c].iter().enumerate().any(|(k, t)| {
        // "Sen. Ana Ruiz (D-Ohio):": a party and state in parentheses.
        !(t.is_word() || k + 1 == opening || in_parens(k))
            || ctx.lex.is_cue_word(t.lower.as_str()) && !statement_noun
            || credit_or_note(k, t)
    }) {
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
    // "Tran disagreed: “…”", "Then Reyes took the microphone: “…”": a subject and a short
    // verb phrase in the past before a quotation.
    if quotation_follows {
        if let Some((src, verb)) = subject_of_verb_phrase(ctx, toks, c) {
            let q = ctx.quote_opening_at(toks, c + 1)?;
            // "Ruiz scolded him: “…”", "Tran disagreed: “…”": a verb of saying, or a verb right
            // before the colon (an object pronoun between), is the cue's words; otherwise the
            // colon is.
            let cue = verb
                .and_then(|v| {
                    if let Some((entry, after)) = cue_at(ctx.lex, toks, v, false) {
                        return Some(CueHit::of_entry(toks, v, after, &entry));
                    }
                    let next_to_colon = c - v == 1
                        || c - v == 2
                            && matches!(
                                toks[v + 1].lower.as_str(),
                                "him" | "her" | "them" | "us" | "me"
                            );
                    next_to_colon.then(|| CueHit::fixed(toks[v].span, ":", "said"))
                })
                .unwrap_or_else(|| CueHit::fixed(toks[c].span, ":", "said"));
            return Some(ctx.finish(
                vec![q.outer],
                Some(src),
                Some(cue),
                None,
                vec![Reason::new(Rule::AttrColon)],
            ));
        }
    }
    // "The station published the following statement:" is no source phrase: a verb and its
    // object.
    let verb_and_object = (1..c.saturating_sub(1)).any(|k| {
        let t = &toks[k];
        !t.cap
            && (t.lower.ends_with("ed") || ctx.lex.is_irregular_past(&t.lower))
            // ("Her letter ended with a line of thanks to the staff:")
            && (is_determiner(&toks[k + 1].lower)
                || is_np_preposition(&toks[k + 1].lower)
                || toks[k + 1].is("to"))
    });
    if verb_and_object {
        return None;
    }
    // The parenthesis after a name is no part of it.
    let name_end = if toks[c - 1].is_punct(')') {
        toks[..c].iter().rposition(|t| t.is_punct('('))?
    } else {
        c
    };
    if toks[..name_end].iter().any(|t| !t.is_word()) {
        return None;
    }
    let mut src = classify(ctx, toks, 0, name_end)?;
    src.span = span_of(toks, 0, c);
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

/// The subject of a short verb phrase in the past that ends at the colon `toks[c]`: the phrase
/// opens the sentence (after "Then", "But" or "And"), and the verb comes within six words of
/// the colon; or a named speaker, "was" and up to two words ("Arniel was blunter:").
fn subject_of_verb_phrase(ctx: &Ctx, toks: &[Tok], c: usize) -> Option<(SourceHit, Option<usize>)> {
    // "Arniel was blunter: “…”": a form of "be" and a few words describing how they spoke.
    let be = (1..c).find(|&k| matches!(toks[k].lower.as_str(), "was" | "were"));
    if let Some(b) = be.filter(|&b| c - b <= 3) {
        let (src, a, _) = source_before(ctx, toks, b)?;
        let opens = toks[..a].iter().all(|t| is_leading_filler(&t.lower));
        return (opens && matches!(src.kind, SourceKind::Named | SourceKind::Pronoun))
            .then_some((src, None));
    }
    let verb = (1..c)
        .find(|&k| {
            let t = &toks[k];
            !t.cap && (t.lower.ends_with("ed") || ctx.lex.is_irregular_past(&t.lower))
        })
        .or_else(|| {
            // "The mayor is sending voters a message: “…”": a verb in the progressive, when a
            // noun of statement ends the phrase.
            progressive_verb(toks, c).filter(|_| is_statement_noun(&toks[c - 1].lower))
        })?;
    // "The station published the exchange:": the words are somebody else's.
    let relays = [
        "published",
        "quoted",
        "released",
        "shared",
        "printed",
        "ran",
        "cited",
        "aired",
        "broadcast",
        "obtained",
        "received",
        "heard",
        "read",
    ]
    .contains(&toks[verb].lower.as_str());
    // "The mayor released the following statement:", "issued a statement:": the subject's
    // own words.
    let own_statement = is_statement_verb(&toks[verb].lower)
        && toks[c - 1].is_word()
        && is_statement_noun(&toks[c - 1].lower);
    if c - verb > 6 || relays && !own_statement {
        return None;
    }
    let (src, a, _) = source_before(ctx, toks, verb)?;
    let opens =
        a == opening_phrase_end(toks, c) || toks[..a].iter().all(|t| is_leading_filler(&t.lower));
    (opens
        && matches!(
            src.kind,
            SourceKind::Named | SourceKind::Description | SourceKind::Pronoun
        ))
    .then_some((src, Some(verb)))
}

/// The verb of a progressive before the colon at `c` ("is rolling out a new message:"): an
/// "-ing" word right after a form of "be".
fn progressive_verb(toks: &[Tok], c: usize) -> Option<usize> {
    (2..c).find(|&k| {
        let t = &toks[k];
        !t.cap
            && t.lower.len() > 4
            && t.lower.ends_with("ing")
            && matches!(toks[k - 1].lower.as_str(), "is" | "are" | "was" | "were")
    })
}

/// A verb that puts out its subject's own words ("issued a statement:").
fn is_statement_verb(w: &str) -> bool {
    matches!(
        w,
        "released" | "shared" | "posted" | "sent" | "issued" | "put" | "made" | "gave"
    )
}

/// A noun for what somebody said, as the object of "issued", "made" or "gave" before a colon.
fn is_statement_noun(w: &str) -> bool {
    matches!(
        w,
        "statement"
            | "message"
            | "note"
            | "response"
            | "reply"
            | "comment"
            | "comments"
            | "remarks"
    )
}

/// Where the sentence's subject starts after a short opening phrase and its comma ("In March,
/// Hale made …": 3; "When the mill closed, Ruiz released …"), or 0. The phrase opens with a
/// capitalised preposition, a filler or a subordinator and has at most seven words, all before
/// the colon at `c`.
pub(crate) fn opening_phrase_end(toks: &[Tok], c: usize) -> usize {
    let first = &toks[0];
    let subordinate = matches!(
        first.lower.as_str(),
        "when" | "as" | "once" | "if" | "although" | "though" | "because" | "while"
    );
    if !(first.cap
        && (is_leading_preposition(&first.lower) || is_leading_filler(&first.lower) || subordinate))
    {
        return 0;
    }
    (1..c.min(9))
        .find(|&k| toks[k].is_punct(','))
        .filter(|&k| toks[1..k].iter().all(|t| t.is_word()))
        .map_or(0, |k| k + 1)
}

/// How many sentences from the top of the article a byline is looked for in.
const BYLINE_WINDOW: usize = 8;

/// "Okafor: The ferry cuts are a mistake" over a column by "Lena Okafor": an opinion
/// column's name tag in the headline, where the name before the colon is the byline's author,
/// heads the writer's own view, not a quotation of a speaker (`claim:author:column-tag`). A
/// news headline "Okafor: …" over somebody else's byline stays a speaker label.
pub(crate) fn is_column_tag(doc: &Document, f: &Found) -> bool {
    let (Some(src), Some(cue)) = (&f.source, &f.cue) else {
        return false;
    };
    if cue.lemma != ":" || !f.reasons.iter().any(|r| r.rule == Rule::AttrColon) {
        return false;
    }
    column_tag_at(doc, f.sentence, src.span)
}

/// Whether the words of `tag` (a source before a headline's colon in sentence `si`) are all
/// part of the name on a byline line near the top of the article ("Dermot Kavanagh",
/// "By Dermot Kavanagh", "Dermot Kavanagh · The Standard").
pub(crate) fn column_tag_at(doc: &Document, si: usize, tag: crate::span::Span) -> bool {
    if !doc.sentences[si].headline {
        return false;
    }
    let words: Vec<&Tok> = doc.toks[si]
        .iter()
        .filter(|t| tag.contains(t.span) && t.is_word())
        .collect();
    if words.is_empty() || words.len() > 3 {
        return false;
    }
    (0..doc.sentences.len().min(BYLINE_WINDOW))
        .filter(|&b| b != si)
        .filter_map(|b| byline_name(&doc.toks[b]))
        .any(|name| {
            words
                .iter()
                .all(|w| name.iter().any(|n| n.lower == w.lower))
                && name.last().map(|n| &n.lower) == words.last().map(|w| &w.lower)
        })
}

/// The name on a byline line: after an optional "By", two to four capitalised words, then the
/// end of the line or a separator ("·", "|", ",", "—") before the outlet or date; a line of
/// nothing else but capitalised words ("Dermot Kavanagh Published Nov 18") gives its first two
/// to four words only when they end at such a mark.
fn byline_name(toks: &[Tok]) -> Option<&[Tok]> {
    let start = usize::from(toks.first().is_some_and(|t| t.is("by")));
    let run = toks[start..]
        .iter()
        .take_while(|t| t.is_word() && t.cap)
        .count();
    let end = start + run;
    let closed = end == toks.len() || !toks[end].is_word();
    ((2..=4).contains(&run) && closed).then(|| &toks[start..end])
}

/// "…, the study found: 43 per cent, compared with 11 per cent.", "Sales fell sharply, the
/// company said: down 12 per cent from a year earlier.": a colon right after a post-posed
/// credit (at `toks[colon]`) opens the figures or the detail behind the claim before it. The
/// words after the colon, to the sentence's end, are part of the same claim; a quotation there
/// is a quotation of its own (`said: “…”`), and no words after the colon leave nothing to add.
pub(crate) fn detail_after_credit(toks: &[Tok], colon: usize) -> Option<Span> {
    if !toks.get(colon)?.is_punct(':') || toks[colon].quoted {
        return None;
    }
    let st = colon + 1;
    let rest = &toks[st.min(toks.len())..];
    if rest.is_empty()
        || rest
            .iter()
            .any(|t| t.kind == TokKind::QuoteOpen || t.quoted)
    {
        return None;
    }
    let end = super::content::trim_content_end(toks, st, toks.len());
    (end > st && words_in(toks, st, end) >= 1).then(|| span_of(toks, st, end))
}
