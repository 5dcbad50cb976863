//! `attr:source-cue-content` — "X said (that) …", "X told reporters that …", with auxiliaries
//! and adverbs between ("has previously warned"). The same shape carries the sources found by
//! `relative.rs`, `apposition.rs` and `coordinated.rs`.
//!
//! "Mayor Tilda Okafor said that the new tram line will open in March."

use super::content::{channel_then_cue, is_channel_phrase, leading_channel};
use super::content_after::content_after;
use super::cue::cue_at;
use super::found::{span_of, Ctx, CueHit, Found, SourceHit};
use super::noun_phrase::source_before;
use super::relative;
use crate::lexicon::CueEntry;
use crate::rules::{Reason, Rule};
use crate::tokens::{Tok, TokKind};
use crate::words::{is_be, is_finite_auxiliary};

/// The attribution of the cue at `toks[c..after]` to `src` (found by `rule`, starting at
/// `toks[a]`), with the content after the cue.
#[allow(clippy::too_many_arguments)]
pub(crate) fn attribute(
    ctx: &Ctx,
    toks: &[Tok],
    c: usize,
    after: usize,
    entry: &CueEntry,
    (src, a, rule): (SourceHit, usize, Rule),
    cue: CueHit,
) -> Option<Found> {
    if negated_quantifier_before(toks, a) {
        return None;
    }
    let mut found = content_after(ctx, toks, c, after, entry)?;
    // "… and in a short statement said": the channel between the verb phrase's start and cue.
    let between = (channel_then_cue(ctx.lex, toks, a) == Some(c)).then(|| span_of(toks, a, c));
    let channel = found
        .channel
        .or(between)
        .or_else(|| channel_between_commas(ctx, toks, c))
        .or_else(|| leading_channel(ctx.lex, toks, a))
        .or_else(|| {
            // "In a statement, the president thanked voters and said …": the opening channel
            // is the whole clause's, the second verb's too (its subject starts the clause).
            let subject = toks
                .iter()
                .position(|t| t.span.start == src.span.start)
                .filter(|&s| rule == Rule::AttrCoordinatedVerb && s < a)?;
            leading_channel(ctx.lex, toks, subject)
        });
    if channel.is_some()
        && !found
            .reasons
            .iter()
            .any(|r| matches!(r.rule, Rule::ChannelAfterCue | Rule::ChannelLeadingPhrase))
    {
        found.reasons.push(Reason::new(Rule::ChannelLeadingPhrase));
    }
    found.reasons.insert(0, Reason::new(rule));
    // "She proposed moving $1.5 million to a crisis team, but the amendment failed": a content
    // without a finite verb of its own ends before a new clause joined by ", but".
    let end = super::content::non_finite_end(
        ctx.lex,
        toks,
        found.st,
        found.end,
        has_finite_verb(ctx, toks, found.st, &found.reasons),
    );
    if end < found.end {
        found.end = end;
        found.reasons.push(Reason::new(Rule::ContentNonFiniteEnd));
    }
    // "After the mayor objected, the case was moved": inside a subordinate clause that opens
    // the sentence, the content ends at the clause's comma or dash; the main clause after it
    // is the writer's ("After the mayor said no, …" reports "no").
    let sub = subordinate_start(toks);
    if sub.is_some_and(|s| s < a && c - s <= 12 && !toks[s..c].iter().any(|t| t.is_punct(','))) {
        let quoted = toks[found.st].kind == TokKind::QuoteOpen;
        if !quoted && found.st > after && toks[found.st - 1].is_punct(',') {
            return None;
        }
        let comma = (found.st + 1..found.end).find(|&k| {
            matches!(toks[k].kind, TokKind::Punct(',' | '—' | '―' | '–'))
                && !toks[k].quoted
                && !(quoted
                    && toks
                        .get(k + 1)
                        .is_some_and(|t| t.kind == TokKind::QuoteClose))
        });
        if let Some(k) = comma {
            found.end = super::content::trim_content_end(toks, found.st, k);
        }
    }
    // "Mayor Lee, who said the bridge would reopen, resigned on Friday": inside a relative
    // clause between commas, the content ends at the comma before the main clause's verb.
    if rule == Rule::AttrRelative && a < c && toks[a..c].iter().any(|t| t.is_punct(',')) {
        // An insertion in the content ("the bridge, which opened in 1990, was safe", "the
        // two men, and the senator in particular, must …") closes before the content's own
        // verb.
        let mut nested = false;
        for k in found.st + 1..found.end {
            if !toks[k].is_punct(',') || toks[k].quoted {
                continue;
            }
            if !main_verb_follows(ctx, toks, k + 1) {
                nested = true;
            } else if nested {
                nested = false;
            } else {
                found.end = super::content::trim_content_end(toks, found.st, k);
                break;
            }
        }
    }
    // "A user who said she had eaten there replied that …": a restrictive relative clause in
    // the main clause's subject; the content ends before the main clause's cue, whose source
    // is the whole subject with the relative clause in it.
    if rule == Rule::AttrRelative {
        if let Some(k) = main_cue_in_content(ctx, toks, a, found.st, found.end) {
            found.end = super::content::trim_content_end(toks, found.st, k);
        }
    }
    let mut content = span_of(toks, found.st, found.end);
    // A quotation that opens the content and runs past the sentence.
    if let Some(q) = ctx.quote_opening_at(toks, found.st) {
        if q.outer.end > content.end {
            content.end = q.outer.end;
        }
    }
    let mut f = ctx.finish(vec![content], Some(src), Some(cue), channel, found.reasons);
    // "When asked whether fares would rise, Kim said …": the question put to the source is
    // part of the attribution, not a claim of the writer's.
    if let Some(k) = question_put(toks, a) {
        f.covered = f.covered.hull(span_of(toks, k, a));
    }
    if rule == Rule::AttrRelative {
        relative::cover_from_pronoun(toks, c, content, &mut f);
    }
    Some(f)
}

/// "A woman who said she lived nearby told reporters …": inside the content `toks[st..end]` of
/// a relative clause whose antecedent opens at `toks[a]`, the first unquoted cue whose own
/// source starts at or before `a` (the subject holding the relative clause), after at least
/// two words of content. Its index.
fn main_cue_in_content(ctx: &Ctx, toks: &[Tok], a: usize, st: usize, end: usize) -> Option<usize> {
    (st + 2..end).find(|&k| {
        let t = &toks[k];
        t.is_word()
            && !t.cap
            && !t.quoted
            && !t.lower.ends_with("ing")
            && cue_at(ctx.lex, toks, k, false).is_some()
            && source_before(ctx, toks, k).is_some_and(|(_, s, _)| s <= a)
    })
}

/// "Not everyone in the hall backed the plan", "Not all farmers supported the tariff": the
/// source at `toks[a]` is inside a subject that opens with "not" and a quantifier. The sentence
/// denies that a whole group holds the view; no one in it is the source, and the writer states
/// it, negation kept.
fn negated_quantifier_before(toks: &[Tok], a: usize) -> bool {
    let k = (0..a)
        .rev()
        .take_while(|&k| toks[k].is_word() && !toks[k].quoted)
        .last();
    k.is_some_and(|k| {
        toks[k].is("not")
            && toks.get(k + 1).is_some_and(|q| {
                matches!(
                    q.lower.as_str(),
                    "all" | "every" | "everyone" | "everybody" | "many" | "most" | "each"
                )
            })
    })
}

/// Where an adverbial clause opens the sentence: its subordinating conjunction first ("When
/// the storm hit, …"), or after a short opening phrase and its comma ("Last year, when the
/// storm hit, …").
pub(crate) fn subordinate_start(toks: &[Tok]) -> Option<usize> {
    if toks.first().is_some_and(opens_subordinate_clause) {
        return Some(0);
    }
    let p = (1..toks.len().min(8)).find(|&k| !toks[k].is_word())?;
    (toks[p].is_punct(',') && toks.get(p + 1).is_some_and(opens_subordinate_clause))
        .then_some(p + 1)
}

/// A subordinating conjunction that opens an adverbial clause: "After", "When", "Because" …
fn opens_subordinate_clause(t: &Tok) -> bool {
    [
        "after", "when", "before", "once", "until", "because", "since", "although", "though",
        "while", "unless", "whenever",
    ]
    .contains(&t.lower.as_str())
}

/// "When asked about the fares, " or "Asked whether …, " opening the sentence right before the
/// source at `toks[a]`: where that clause starts.
fn question_put(toks: &[Tok], a: usize) -> Option<usize> {
    if a < 3 || !toks[a - 1].is_punct(',') {
        return None;
    }
    let k = usize::from(toks[0].is("when") || toks[0].is("after") || toks[0].is("if"));
    let asked = toks.get(k).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "asked" | "pressed" | "questioned" | "challenged"
        )
    });
    (asked && !toks[k..a - 1].iter().any(|t| t.is_punct(',') || t.quoted)).then_some(0)
}

/// A finite verb at `toks[k]`, after adverbs ("resigned", "has resigned", "now says"): the
/// predicate of a clause whose subject came before.
fn main_verb_follows(ctx: &Ctx, toks: &[Tok], mut k: usize) -> bool {
    while toks
        .get(k)
        .is_some_and(|t| t.is_word() && !t.cap && t.lower.ends_with("ly") || t.is("now"))
    {
        k += 1;
    }
    toks.get(k).is_some_and(|t| {
        t.is_word()
            && !t.cap
            && !t.quoted
            && (is_be(&t.lower)
                || is_finite_auxiliary(&t.lower)
                || ctx.lex.is_irregular_past(&t.lower)
                || t.lower.len() > 3 && t.lower.ends_with("ed")
                || ctx.lex.is_cue_word(&t.lower) && t.lower.ends_with('s'))
    })
}

/// Does the content that opens at `toks[st]` (found for `reasons`) have a finite verb of its
/// own? Not an infinitive ("urged the board to wait"), a noun phrase ("criticized the plan",
/// "called for a recount") or a gerund without one ("proposed moving the money"); any other
/// content, a clause or a quotation, has.
fn has_finite_verb(ctx: &Ctx, toks: &[Tok], st: usize, reasons: &[Reason]) -> bool {
    let non_finite = reasons.iter().any(|r| {
        matches!(
            r.rule,
            Rule::ContentInfinitive
                | Rule::ContentInfinitiveAfterAddressee
                | Rule::ContentDemand
                | Rule::ContentObject
        )
    });
    if non_finite {
        return false;
    }
    // "proposed moving $1.5 million to …": a gerund with no auxiliary or inflected verb after it.
    let gerund = toks
        .get(st)
        .is_some_and(|t| t.is_word() && !t.cap && !t.quoted && t.lower.ends_with("ing"))
        && reasons.iter().any(|r| r.rule == Rule::ContentBareClause);
    if gerund {
        let finite = super::clause::finiteness(ctx, toks, st);
        return finite.inflected || finite.auxiliary;
    }
    true
}

/// "Solberg, in a second email, said": a channel phrase between commas right before the cue.
fn channel_between_commas(ctx: &Ctx, toks: &[Tok], c: usize) -> Option<crate::span::Span> {
    if c < 4 || !toks[c - 1].is_punct(',') {
        return None;
    }
    let k = (c.saturating_sub(10)..c - 1)
        .rev()
        .find(|&k| !toks[k].is_word() || toks[k].quoted)?;
    (toks[k].is_punct(',') && k + 2 < c - 1 && is_channel_phrase(ctx.lex, toks, k + 1, c - 1))
        .then(|| span_of(toks, k + 1, c - 1))
}
