//! Where a reported content starts and ends: clause ends, trailing punctuation, the content
//! before a post-posed cue, and the adverbial tails that may follow a cue.

use super::found::{span_of, words_in, Ctx};
use crate::lexicon::{CueClass, Lexicons};
use crate::span::Span;
use crate::tokens::{Tok, TokKind};
use crate::words::*;

/// Index one past the last content token starting at `st`: stops at a clause that is the
/// writer's own, a summarising apposition, a semicolon, or the sentence's final stop.
pub(crate) fn clause_end(lex: &Lexicons, toks: &[Tok], st: usize) -> usize {
    let mut k = st;
    while k < toks.len() {
        let t = &toks[k];
        if !t.quoted {
            if (t.is("and") || t.is("but") || t.is("while") || t.is("whereas"))
                && k > st
                && (second_cue_follows(lex, toks, st, k) || new_source_and_cue_follow(lex, toks, k))
            {
                return trim_content_end(toks, st, k);
            }
            if t.is_punct(';') {
                return k;
            }
            // "even as she says the budget is tight — has promised …": a closing dash (none
            // opened inside the content), then the verb of the clause the content interrupts.
            if t.is_punct('\u{2014}')
                && k > st
                && !toks[st..k].iter().any(|d| d.is_punct('\u{2014}'))
                && toks.get(k + 1).is_some_and(|n| {
                    n.is_word()
                        && !n.cap
                        && (is_auxiliary(&n.lower) || is_negated_auxiliary(&n.lower))
                })
            {
                return k;
            }
            // "her daughter, who is in Grade 10, texted her": the comma that closes a relative
            // clause inside the content comes before the content's own verb.
            let closes_relative = t.is_punct(',')
                && (st..k)
                    .rev()
                    .find(|&j| toks[j].is_punct(','))
                    .is_some_and(|j| {
                        toks.get(j + 1)
                            .is_some_and(|w| w.is("who") || w.is("which") || w.is("whose"))
                    });
            if (t.is_punct(',') || t.is_punct('—'))
                && !closes_relative
                && writers_clause_follows(lex, toks, k)
            {
                return k;
            }
            // "found running to be a relief, she said.": a closing credit is not content.
            if t.is_punct(',') && k > st && closing_credit_follows(lex, toks, k) {
                return k;
            }
        }
        // `the lane "saved lives," yet …`: a quotation ending in a comma, then the writer's
        // contrast; `… because “most people forget,” she said.`: then a closing credit.
        if t.kind == TokKind::QuoteClose
            && k > st
            && toks[k - 1].is_punct(',')
            && (writers_clause_follows(lex, toks, k) || closing_credit_follows(lex, toks, k))
        {
            return k + 1;
        }
        k += 1;
    }
    // Drop the sentence's final stop (but keep a closing quotation mark).
    trim_content_end(toks, st, toks.len())
}

/// ", she said.", ", the mayor added.", ", Ortiz said Tuesday.": after the comma at `k`, one to
/// four words of a source, a cue word and the sentence's end (a phrase of time may stand
/// before it: "Tuesday", "Monday morning", "last week").
pub(crate) fn closing_credit_follows(lex: &Lexicons, toks: &[Tok], k: usize) -> bool {
    let Some(c) = (k + 2..toks.len().min(k + 6)).find(|&c| {
        let t = &toks[c];
        t.is_word() && !t.cap && !t.quoted && lex.is_cue_word(&t.lower)
    }) else {
        return false;
    };
    let source_ok = toks[k + 1..c].iter().all(|t| {
        t.is_word()
            && !t.quoted
            && (t.cap
                || is_subject_pronoun(&t.lower)
                || is_determiner(&t.lower)
                || !is_np_preposition(&t.lower))
    }) && (toks[k + 1].cap
        || is_subject_pronoun(&toks[k + 1].lower)
        || is_determiner(&toks[k + 1].lower));
    // "…, a spokesman announced Monday morning.": a phrase of time may close the credit.
    let e = c + 1 + super::content_after::time_phrase_at(toks, c + 1).unwrap_or(0);
    source_ok
        && toks[e..]
            .iter()
            .all(|t| matches!(t.kind, TokKind::Punct('.' | '!' | '?')))
}

/// "… and insisted that …": a second cue of the same source ends this content (which opened at
/// `toks[st]`).
fn second_cue_follows(lex: &Lexicons, toks: &[Tok], st: usize, k: usize) -> bool {
    let mut n = k + 1;
    while n < toks.len() && toks[n].is_word() && is_aux_or_adverb(&toks[n].lower) {
        n += 1;
    }
    // "… and in a short statement said she …": a channel, then the cue.
    if let Some(cue) = channel_then_cue(lex, toks, n) {
        return !toks[cue].cap;
    }
    // After ", and" the verb returns to the sentence's subject, and a bare clause may follow
    // it ("…, and said the ministry should apologise"); without the comma only a clear opening
    // ("that", a quotation) does, since "… ignored the report and said nothing" may still be
    // the content's own subject speaking.
    let after_comma = k > 0
        && (toks[k - 1].is_punct(',')
            || toks[k - 1].kind == TokKind::QuoteClose && k > 1 && toks[k - 2].is_punct(','));
    // "claimed that Ortiz had cut the budget and said she …": a content opened by "that" is
    // closed by "and", a cue and a subject pronoun opening a clause of its own.
    let opened_by_that = st > 0 && toks[st - 1].is("that") && !toks[st - 1].quoted;
    toks.get(n)
        .is_some_and(|x| x.is_word() && !x.cap && !x.quoted && lex.is_cue_word(&x.lower))
        && toks.get(n + 1).is_some_and(|x| {
            x.is("that")
                || x.kind == TokKind::QuoteOpen
                || x.is_punct(',')
                || after_comma && x.is_word() && !x.quoted
                || opened_by_that
                    && x.is_word()
                    && !x.quoted
                    && is_subject_pronoun(&x.lower)
                    && !x.is("it")
        })
}

/// "…, and the tourism board predicted that …": after ", and" or ", but", a new subject with a
/// cue of its own starts the next attribution.
fn new_source_and_cue_follow(lex: &Lexicons, toks: &[Tok], k: usize) -> bool {
    if k == 0 || !toks[k - 1].is_punct(',') {
        return false;
    }
    let first = match toks.get(k + 1) {
        Some(t) if t.is_word() && !t.quoted => t,
        _ => return false,
    };
    // "…, while another says the city …", "…, but others say …".
    let group_word = matches!(
        first.lower.as_str(),
        "another" | "others" | "some" | "many" | "most" | "one"
    ) || is_subject_pronoun(&first.lower)
        || !first.cap && s_ending(&first.lower, 4);
    if !(is_determiner(&first.lower) || first.cap || group_word) || first.is("no") {
        return false;
    }
    let mut n = k + 2;
    while n < toks.len().min(k + 7)
        && toks[n].is_word()
        && !toks[n].quoted
        && !lex.is_cue_word(&toks[n].lower)
        && !is_aux_or_adverb(&toks[n].lower)
        && !is_be(&toks[n].lower)
    {
        n += 1;
    }
    // "…, but a spokesperson, Marc Delorme, said …": a name between commas after the subject.
    if toks.get(n).is_some_and(|t| t.is_punct(',')) && n > k + 1 {
        if let Some(m) = (n + 1..toks.len().min(n + 5)).find(|&m| !toks[m].is_word()) {
            if toks[m].is_punct(',') && m > n + 1 && toks[n + 1..m].iter().all(|t| t.cap) {
                n = m + 1;
            }
        }
    }
    while n < toks.len() && toks[n].is_word() && is_aux_or_adverb(&toks[n].lower) {
        n += 1;
    }
    // The cue, then "that", a quotation, a comma, or a clause's subject ("another says the
    // city has …"); after a past or "says", a channel or any clause ("but a spokesperson said
    // construction …").
    let Some(cue) = toks
        .get(n)
        .filter(|x| x.is_word() && !x.cap && !x.quoted && lex.is_cue_word(&x.lower))
    else {
        return false;
    };
    let plainly_verb = matches!(cue.lower.as_str(), "said" | "says" | "told" | "tells")
        || cue.lower.ends_with("ed");
    toks.get(n + 1).is_some_and(|x| {
        x.is("that")
            || x.kind == TokKind::QuoteOpen
            || x.is_punct(',')
            || x.is_word() && !x.quoted && (is_subject_pronoun(&x.lower) || x.is("the"))
            || plainly_verb && x.is_word() && !x.quoted
            || pronoun_then_belief(lex, toks, k + 1, n) && bare_clause_opens(x)
    })
}

/// "…, and she believes grief is dull", "…, but they think prices will rise": a subject
/// pronoun right before a verb of belief (auxiliaries and adverbs between, from `toks[p]` to
/// the cue at `toks[c]`) makes the cue plainly a verb, as a past form does, so a bare clause
/// after it ("grief …", "prices …") is its content, not more of the content before. (Verbs
/// that take an object and an infinitive, "it advises people to …", are left to the content.)
fn pronoun_then_belief(lex: &Lexicons, toks: &[Tok], p: usize, c: usize) -> bool {
    lex.cue_entries(&toks[c].lower)
        .is_some_and(|es| es.iter().any(|e| e.class == CueClass::Belief))
        && is_subject_pronoun(&toks[p].lower)
        && toks[p + 1..c]
            .iter()
            .all(|t| t.is_word() && is_aux_or_adverb(&t.lower))
}

/// A bare clause without "that" may open with the word `x`: an unquoted word that is no
/// preposition, infinitive marker or pro-form ("she believes so", "she thinks not", "she
/// hopes to …", "she believes in …" report no clause).
fn bare_clause_opens(x: &Tok) -> bool {
    x.is_word()
        && !x.quoted
        && !is_np_preposition(&x.lower)
        && !matches!(
            x.lower.as_str(),
            "so" | "not" | "to" | "about" | "otherwise"
        )
}

/// After the comma or dash at `k`: a contrast clause, a summarising apposition, "according to"
/// or the next attribution's cue, none of which belongs to the content.
fn writers_clause_follows(lex: &Lexicons, toks: &[Tok], k: usize) -> bool {
    let n1 = toks.get(k + 1);
    let n2 = toks.get(k + 2);
    let n3 = toks.get(k + 3);
    if n1.is_some_and(|n| is_contrast_clause_start(&n.lower))
        || (n1.is_some_and(|n| n.is("even")) && n2.is_some_and(|n| n.is("though")))
    {
        return true;
    }
    // "…, yet there were no deaths": "yet" before a new subject.
    if n1.is_some_and(|n| n.is("yet"))
        && n2.is_some_and(|n| {
            n.is("there") || is_subject_pronoun(&n.lower) || is_determiner(&n.lower)
        })
    {
        return true;
    }
    // "…, a statement that …", "…, a move which …".
    if n1.is_some_and(|n| n.is("a") || n.is("an"))
        && n3.is_some_and(|n| n.is("that") || n.is("which"))
    {
        return true;
    }
    if n1.is_some_and(|n| n.is("according")) && n2.is_some_and(|n| n.is("to")) {
        return true;
    }
    if withheld_detail_follows(toks, k) || judged_claim_follows(toks, k) {
        return true;
    }
    // "…, said the pumping station …": the next attribution's cue.
    // (Not a naming participle and its quoted title: "the statue, called “The Watcher”,".)
    let naming = n1.is_some_and(|n| {
        matches!(
            n.lower.as_str(),
            "called" | "named" | "dubbed" | "titled" | "entitled" | "nicknamed"
        )
    }) && n2.is_some_and(|t| t.kind == TokKind::QuoteOpen);
    if n1.is_some_and(|n| n.is_word() && !n.cap && lex.is_cue_word(&n.lower)) && !naming {
        return true;
    }
    // "…, Serwaa said, …": a parenthetical source and cue of the clause around it.
    parenthetical_cue_at(lex, toks, k + 1)
}

/// "…, but he did not say how many", "…, but she declined to specify when", "…, but refused
/// to say whether": after the comma at `k`, "but", a subject pronoun or none, a refusal or a
/// negative, and a verb of saying. The writer reports what the source left out; it is not part
/// of what the source said.
fn withheld_detail_follows(toks: &[Tok], k: usize) -> bool {
    if !toks.get(k + 1).is_some_and(|t| t.is("but") && !t.quoted) {
        return false;
    }
    let mut n = k + 2;
    if toks
        .get(n)
        .is_some_and(|t| t.is_word() && !t.quoted && is_subject_pronoun(&t.lower))
    {
        n += 1;
    }
    let word = |i: usize| toks.get(i).filter(|t| t.is_word() && !t.quoted);
    // "did not", "would not", "didn't", "declined to", "refused to".
    let negative = match word(n) {
        Some(t) if is_negated_auxiliary(&t.lower) => 1,
        Some(t) if is_auxiliary(&t.lower) && word(n + 1).is_some_and(|x| x.is("not")) => 2,
        Some(t)
            if matches!(t.lower.as_str(), "declined" | "refused")
                && word(n + 1).is_some_and(|x| x.is("to")) =>
        {
            2
        }
        _ => return false,
    };
    word(n + negative).is_some_and(|v| !v.cap && super::withheld::is_saying(&v.lower))
}

/// Nouns that sum up a reported claim in the writer's apposition ("…, a charge the minister
/// did not dispute").
const JUDGED_CLAIM_NOUNS: &[&str] = &[
    "accusation",
    "allegation",
    "assertion",
    "charge",
    "claim",
    "contention",
    "estimate",
    "view",
];

/// "…, a charge the minister did not dispute", "…, a claim residents reject", "…, an
/// allegation denied by the company": after the comma at `k`, a noun that sums up the claim
/// and what the writer says of it (a relative clause without "that", a participle). The
/// writer's judgement of the claim, not part of it. ("…, a charge of fraud": a preposition
/// after the noun names what the content is about, and the content goes on.)
fn judged_claim_follows(toks: &[Tok], k: usize) -> bool {
    let word = |i: usize| toks.get(i).filter(|t| t.is_word() && !t.quoted);
    let judged = |i: usize| word(i).is_some_and(|t| JUDGED_CLAIM_NOUNS.contains(&t.lower.as_str()));
    if !word(k + 1).is_some_and(|t| t.is("a") || t.is("an")) {
        return false;
    }
    // One adjective may come first: "a familiar charge", "a disputed claim".
    let n = if !judged(k + 2) && judged(k + 3) {
        k + 3
    } else {
        k + 2
    };
    if !judged(n) || toks[n].cap {
        return false;
    }
    word(n + 1).is_some_and(|next| {
        !is_np_preposition(&next.lower)
            && !matches!(
                next.lower.as_str(),
                "against" | "about" | "over" | "to" | "and" | "or" | "by"
            )
    })
}

/// A short source and its cue between commas at `toks[st..]` ("Serwaa said,", "the inspector
/// added,").
fn parenthetical_cue_at(lex: &Lexicons, toks: &[Tok], st: usize) -> bool {
    let Some(first) = toks.get(st) else {
        return false;
    };
    if !(first.is_word()
        && !first.quoted
        && (first.cap || is_determiner(&first.lower) || is_subject_pronoun(&first.lower)))
    {
        return false;
    }
    let Some(c) = (st + 1..toks.len().min(st + 6))
        .take_while(|&k| toks[k].is_word())
        .find(|&k| !toks[k].cap && lex.is_cue_word(&toks[k].lower))
    else {
        return false;
    };
    toks.get(c + 1).is_some_and(|t| t.is_punct(','))
}

/// Drop trailing punctuation (a closing quotation mark stays with the content).
pub(crate) fn trim_content_end(toks: &[Tok], st: usize, mut end: usize) -> usize {
    loop {
        while end > st
            && matches!(
                toks[end - 1].kind,
                TokKind::Punct('.' | '!' | '?' | '…' | ',' | ':' | ';' | '—' | '-')
            )
        {
            end -= 1;
        }
        // "(the greens … pay for themselves).": a closing bracket opened before the content
        // is not the content's.
        let close = match end.checked_sub(1).filter(|&e| e > st).map(|e| toks[e].kind) {
            Some(TokKind::Punct(')')) => '(',
            Some(TokKind::Punct(']')) => '[',
            _ => return end,
        };
        if toks[st..end - 1].iter().any(|t| t.is_punct(close)) {
            return end;
        }
        end -= 1;
    }
}

/// The clause from `st` to its end, if it has at least `min_words` words.
pub(crate) fn clause_from(
    ctx: &Ctx,
    toks: &[Tok],
    st: usize,
    min_words: usize,
) -> Option<(usize, usize)> {
    let end = trim_content_end(toks, st, clause_end(ctx.lex, toks, st));
    (end > st && words_in(toks, st, end) >= min_words).then_some((st, end))
}

/// The content that comes before a post-posed cue whose source or cue starts after `sep`.
pub(crate) fn content_before(
    ctx: &Ctx,
    toks: &[Tok],
    sep: usize,
    min_words: usize,
) -> Option<Vec<Span>> {
    // `“…,” she said` — the quotation, wherever it started.
    let q_idx = if toks[sep].kind == TokKind::QuoteClose {
        Some(sep)
    } else if sep >= 1 && toks[sep - 1].kind == TokKind::QuoteClose {
        Some(sep - 1)
    } else {
        None
    };
    if let Some(qi) = q_idx {
        let q = ctx.quote_closing_at(toks, qi)?;
        // Only when the quotation is what comes before (not a quoted word mid-clause).
        let before_open = toks.iter().position(|t| t.span.start == q.open.start);
        let starts_clause = match before_open {
            None => true, // opened in an earlier sentence
            Some(0) => true,
            Some(o) => matches!(toks[o - 1].kind, TokKind::Punct(':' | ',' | '—' | '(')),
        };
        if starts_clause {
            return Some(vec![q.outer]);
        }
        // `Not paying taxes “makes me smart,” he said`: the clause with its quoted part.
        let end = trim_content_end(toks, 0, qi + 1);
        if words_in(toks, 0, end) >= min_words {
            return Some(vec![span_of(toks, 0, end)]);
        }
        return None;
    }
    if toks[sep].kind != TokKind::Punct(',') {
        return None;
    }
    // The clause from the sentence start (after a leading quote mark, if unbalanced), or
    // from after a dateline ("HALIFAX — Riders could wait longer, a report says.").
    let from = crate::claims::dateline_end(ctx.text, toks)
        .filter(|&d| d < sep)
        .unwrap_or(0);
    let end = trim_content_end(toks, from, sep);
    if end <= from || words_in(toks, from, end) < min_words {
        return None;
    }
    // "She said few, if any, drivers had complained": the comma closes a hedge inserted into
    // the clause ("if any", "if not all", "perhaps"), not a clause that a source then credits.
    if ends_in_hedge_insertion(toks, from, end) {
        return None;
    }
    // "At one point, a woman asked for a photo": an opening phrase is no content.
    // So is a longer one with no verb of its own ("At the Harbour Lantern café on Quay Street,
    // owner Ines Maldor said …").
    // ("Outside the courthouse, she told reporters …": a place opens it too.)
    // ("This week, …" and "Last year, …" open with a time; "This plan will work, he said"
    // opens with its subject.)
    let time_opener = !matches!(toks[from].lower.as_str(), "this" | "last")
        || toks
            .get(from + 1)
            .is_some_and(|t| is_time_word(&t.lower) || t.is_punct(','))
            // ("Last night was the worst, she said": the time is the subject.)
            && !toks
                .get(from + 2)
                .is_some_and(|v| is_be(&v.lower) || is_finite_auxiliary(&v.lower));
    if (is_leading_preposition(&toks[from].lower) && time_opener
        || is_place_preposition(&toks[from].lower))
        && (words_in(toks, from, end) <= 5
            || words_in(toks, from, end) <= 12 && !super::clause::finiteness(ctx, toks, from).any())
        && !toks[from..end].iter().any(|t| t.is_punct(',') || t.quoted)
    {
        return None;
    }
    Some(vec![span_of(toks, from, end)])
}

/// The words after the last comma of `toks[from..end]` are a hedge that the clause goes on
/// after: "if any", "if at all", "if not all", "if not most of them", "perhaps", "possibly"
/// ("few, if any, …", "most, perhaps all, …").
pub(crate) fn ends_in_hedge_insertion(toks: &[Tok], from: usize, end: usize) -> bool {
    let Some(comma) = (from..end).rev().find(|&k| toks[k].is_punct(',')) else {
        return false;
    };
    let words: Vec<&str> = toks[comma + 1..end]
        .iter()
        .map(|t| {
            if t.is_word() && !t.quoted {
                t.lower.as_str()
            } else {
                ""
            }
        })
        .collect();
    match words.as_slice() {
        ["if", "any"] | ["if", "at", "all"] | ["perhaps"] | ["possibly"] | ["maybe"] => true,
        ["perhaps" | "possibly" | "maybe", w] => matches!(*w, "all" | "most" | "more" | "none"),
        ["if", "not", rest @ ..] => {
            (1..=3).contains(&rest.len()) && rest.iter().all(|w| !w.is_empty())
        }
        _ => false,
    }
}

/// "after the meeting that ended late": "that" at `toks[i]` is a relative pronoun, not the
/// start of a content, when a plain noun stands before it and a finite verb right after it.
pub(crate) fn is_relative_that(lex: &Lexicons, toks: &[Tok], i: usize) -> bool {
    let (Some(prev), Some(next)) = (i.checked_sub(1).map(|p| &toks[p]), toks.get(i + 1)) else {
        return false;
    };
    toks[i].is("that")
        && prev.is_word()
        && !prev.cap
        && !lex.is_cue_word(&prev.lower)
        && !lex.is_addressee(&prev.lower)
        && !is_time_word(&prev.lower)
        && !is_aux_or_adverb(&prev.lower)
        && next.is_word()
        && !next.cap
        && !next.quoted
        && (looks_regular_past(&next.lower)
            || lex.is_irregular_past(&next.lower)
            || is_be(&next.lower)
            || is_finite_auxiliary(&next.lower))
}

/// A regular past form by its spelling: "-ed", but not a noun in "-eed" ("seed", "need",
/// "speed": "said that seed prices rose") unless it is a verb's ("agreed", "freed"), nor a
/// word of three letters ("bed", "red").
pub(crate) fn looks_regular_past(w: &str) -> bool {
    w.len() > 3
        && w.ends_with("ed")
        && (!w.ends_with("eed")
            || matches!(
                w,
                "agreed" | "freed" | "decreed" | "guaranteed" | "disagreed"
            ))
}

/// True when tokens from `k` on are only an adverbial tail: the end, a comma, a time or place.
/// With `object_ok` (a cue like "tell"), an addressee may open the tail.
pub(crate) fn tail_is_adverbial(lex: &Lexicons, toks: &[Tok], k: usize, object_ok: bool) -> bool {
    // "told the press", "told the local paper on Friday": an addressee, then the end or a comma.
    if object_ok {
        let n = toks[k..]
            .iter()
            .take_while(|t| t.is_word() && !t.is("that"))
            .count();
        if n <= 6
            && toks
                .get(k + n)
                .is_none_or(|t| matches!(t.kind, TokKind::Punct(',' | '.' | '!' | '?' | ';')))
        {
            return true;
        }
    }
    let mut i = k;
    let mut n = 0;
    while i < toks.len() {
        let t = &toks[i];
        match t.kind {
            TokKind::Punct(',' | ';' | '(') => return true,
            // "…, said the station “may not cope”": a quotation right after the words is
            // their content, not a continuation. A short quoted title inside the tail is not
            // ("…,” she said on NBC's “Meet the Press.”).
            TokKind::QuoteOpen => match quoted_title_end(toks, i) {
                // ("…,” he said on “Meet the Press.”): after a preposition, one word is enough.
                Some(close)
                    if n >= 2
                        || n == 1 && matches!(toks[i - 1].lower.as_str(), "on" | "in" | "at") =>
                {
                    n += close - i;
                    i = close;
                }
                _ => return false,
            },
            TokKind::Punct('.' | '!' | '?' | '…' | ')') => {}
            TokKind::Word => {
                // "told reporters after the meeting that ran late": a relative clause on the
                // tail's noun runs to the end.
                if n > 0 && is_relative_that(lex, toks, i) {
                    return toks[i..].iter().all(|t| t.kind != TokKind::QuoteOpen);
                }
                // "urged Republicans to join …": an infinitive after the addressee is content.
                let infinitive = t.is("to")
                    && toks.get(i + 1).is_some_and(|v| {
                        v.is_word()
                            && !v.cap
                            && !is_determiner(&v.lower)
                            && !v.lower.starts_with(|c: char| c.is_ascii_digit())
                            && !lex.is_addressee(&v.lower)
                    });
                if t.is("that") || n >= 16 || infinitive {
                    return false;
                }
                // "said the night crossing would end": a finite verb makes a clause, not a
                // tail (unless a relative or subordinate clause holds it: "told reporters who
                // had gathered", "said in May after the owners announced they were …").
                if n > 0
                    && !t.cap
                    && (matches!(t.lower.as_str(), "is" | "are" | "was" | "were" | "am")
                        || is_finite_auxiliary(&t.lower))
                    && !toks[k..i].iter().any(|w| {
                        matches!(
                            w.lower.as_str(),
                            "who" | "which" | "where" | "whose" | "what"
                        ) || is_subordinate_tail_opener(&w.lower)
                    })
                {
                    return false;
                }
                // "…,” the mayor said as crews cleared the road", "… said after the witness
                // failed to appear": a subordinate clause closes the sentence.
                if n == 0 && is_subordinate_tail_opener(&t.lower) {
                    return toks[i..].iter().all(|x| x.kind != TokKind::QuoteOpen);
                }
                if n == 0 && !tail_may_open_with(lex, toks, i, object_ok) {
                    return false;
                }
                n += 1;
            }
            _ => return false,
        }
        i += 1;
    }
    true
}

/// The closing mark of a short quotation in title case opening at `toks[open]` (a programme,
/// a book, a headline: “Meet the Press”), if it is one.
pub(crate) fn quoted_title_end(toks: &[Tok], open: usize) -> Option<usize> {
    let close =
        (open + 1..toks.len().min(open + 10)).find(|&k| toks[k].kind == TokKind::QuoteClose)?;
    let words: Vec<&Tok> = toks[open + 1..close]
        .iter()
        .filter(|t| t.is_word())
        .collect();
    // Every word of four letters or more capitalised, and at least one of them, or every word
    // ("It Is Sad"): `“It is sad,” said Berg` and `“Not now,” she said` are speech.
    let mut long = words
        .iter()
        .filter(|t| t.lower.chars().count() > 3)
        .peekable();
    let long_caps = long.peek().is_some() && long.all(|t| t.cap);
    (!words.is_empty()
        && words.len() <= 7
        && words[0].cap
        && (long_caps || words.iter().all(|t| t.cap)))
    .then_some(close)
}

/// Can the word at `toks[i]` open an adverbial tail after a cue?
/// A conjunction that opens a subordinate clause of time, manner or reason after a cue.
fn is_subordinate_tail_opener(w: &str) -> bool {
    matches!(
        w,
        "as" | "when"
            | "while"
            | "after"
            | "before"
            | "because"
            | "although"
            | "though"
            | "once"
            | "until"
            | "whereas"
    )
}

fn tail_may_open_with(lex: &Lexicons, toks: &[Tok], i: usize, object_ok: bool) -> bool {
    let t = &toks[i];
    // "several months after her release", "two days later".
    let time_phrase = toks
        .iter()
        .skip(i + 1)
        .take(2)
        .any(|x| is_time_word(&x.lower) || is_time_unit(&x.lower));
    // "to reporters", "to the BBC" — but not "to liquidate" (an infinitive).
    if t.is("to")
        && toks.get(i + 1).is_some_and(|x| {
            x.is_word() && !x.cap && !is_determiner(&x.lower) && !lex.is_addressee(&x.lower)
        })
    {
        return false;
    }
    // A manner adverb closing the sentence or before a place or time ("said sarcastically",
    // "said quietly in an interview"); "only" opens content.
    let manner = t.lower.len() >= 5
        && t.lower.ends_with("ly")
        && !matches!(t.lower.as_str(), "early" | "daily" | "weekly" | "family")
        && !t.cap
        && toks.get(i + 1).is_none_or(|n| {
            matches!(n.kind, TokKind::Punct(_)) || is_leading_preposition(&n.lower) || n.is("in")
        });
    // "said here.", "said then, …", "said again in Ohio": a place or time adverb on its own.
    let adverb = matches!(
        t.lower.as_str(),
        "here" | "there" | "then" | "again" | "too" | "afterward" | "afterwards" | "previously"
    ) && toks.get(i + 1).is_none_or(|n| {
        matches!(n.kind, TokKind::Punct(_))
            || is_leading_preposition(&n.lower)
            || is_np_preposition(&n.lower)
            || is_time_word(&n.lower)
    });
    manner
        || adverb
        || (object_ok && lex.is_addressee(&t.lower))
        || (time_phrase
            && (is_determiner(&t.lower) || t.lower.starts_with(|c: char| c.is_ascii_digit())))
        || (object_ok && t.cap)
        || is_leading_preposition(&t.lower)
        || is_time_word(&t.lower)
        || [
            "of",
            "about",
            "in",
            "on",
            "at",
            "to",
            "during",
            "via",
            "recently",
            "later",
            "today",
            "yesterday",
            "last",
            "this",
            "earlier",
            "adding",
            "citing",
            "outside",
            "through",
            "between",
            "over",
            "inside",
            "near",
            "beside",
            "behind",
            "ahead",
            "upon",
            "across",
            "onstage",
            "afterward",
            "afterwards",
        ]
        .contains(&t.lower.as_str())
}

/// A be-form, modal or contraction among the next few words: the words after a cue read as a
/// clause ("noted clients are beginning to …").
pub(crate) fn auxiliary_ahead(ctx: &Ctx, toks: &[Tok], st: usize) -> bool {
    toks.iter()
        .skip(st)
        .take(8)
        .take_while(|t| !matches!(t.kind, TokKind::Punct(',' | ';' | ':' | '.')))
        .any(|t| {
            t.is_word()
                && (is_be(&t.lower)
                    || is_modal_or_perfect(&t.lower)
                    || t.span.of(ctx.text).ends_with("n't"))
        })
}

/// The addressee and adverbials after a post-posed cue ("told reporters on Monday") belong
/// to the attribution, not to a claim of the writer's.
pub(crate) fn tail_end(toks: &[Tok], from: usize) -> usize {
    let mut k = from;
    while k < toks.len() && !matches!(toks[k].kind, TokKind::Punct(',' | ';') | TokKind::QuoteOpen)
    {
        k += 1;
    }
    k
}

/// A channel phrase that ends `toks[lo..comma]`, where the comma opens a participle: "The
/// embassy rejected the protest in a post on X, saying …" (the phrase from "in"). Returns
/// where it starts: a preposition ("in", "on", "via", "during") within six words of the comma
/// whose phrase holds a channel noun in its first four words.
pub(crate) fn channel_before_comma(
    lex: &Lexicons,
    toks: &[Tok],
    lo: usize,
    comma: usize,
) -> Option<usize> {
    let from = comma.saturating_sub(7).max(lo + 1);
    (from..comma).find(|&k| {
        matches!(toks[k].lower.as_str(), "in" | "on" | "via" | "during")
            && !toks[k].quoted
            && toks[k + 1..comma].iter().all(|t| t.is_word() && !t.quoted)
            && toks[k + 1..comma.min(k + 5)]
                .iter()
                .any(|t| lex.is_channel(&t.lower))
    })
}

/// A channel before the source: "In an interview with the newspaper Bild, X said …".
pub(crate) fn leading_channel(lex: &Lexicons, toks: &[Tok], src_start: usize) -> Option<Span> {
    if src_start < 3 || !toks[src_start - 1].is_punct(',') {
        return None;
    }
    let first = &toks[0];
    if !(first.is("in")
        || first.is("on")
        || first.is("during")
        || first.is("at")
        || first.is("speaking")
        || first.is("writing"))
    {
        return None;
    }
    if !toks[..src_start - 1]
        .iter()
        .any(|t| lex.is_channel(&t.lower))
    {
        return None;
    }
    Some(span_of(toks, 0, src_start - 1))
}

/// "in a short statement said": a channel phrase from `toks[k]` ("in", "on", "via",
/// "through" and up to six words with a channel noun) followed by a cue. Returns the cue's index.
pub(crate) fn channel_then_cue(lex: &Lexicons, toks: &[Tok], k: usize) -> Option<usize> {
    toks.get(k)?;
    let cue = (k + 1..toks.len().min(k + 8)).find(|&e| {
        let t = &toks[e];
        !t.is_word() || (!t.cap && lex.is_cue_word(&t.lower) && !is_determiner(&toks[e - 1].lower))
    })?;
    (toks[cue].is_word() && is_channel_phrase(lex, toks, k, cue)).then_some(cue)
}

/// A channel phrase at `toks[k..end]`: "in", "on", "via" or "through", then words with a
/// channel noun among them ("in a short statement", "in a second email").
pub(crate) fn is_channel_phrase(lex: &Lexicons, toks: &[Tok], k: usize, end: usize) -> bool {
    let first = &toks[k];
    (first.is("in") || first.is("on") || first.is("via") || first.is("through"))
        && !first.quoted
        && toks[k..end].iter().any(|x| lex.is_channel(&x.lower))
}

/// "She proposed moving $1.5 million to a crisis team, but the amendment failed", "urged the
/// board to wait, and the board agreed": a content with no finite verb of its own (an
/// infinitive, a gerund, a noun phrase) cannot be coordinated with a whole clause; a comma,
/// "but", "and" or "yet", and a new subject with its finite verb open the writer's next
/// clause. Where the content from `toks[st]` to `toks[end]` ends: before that comma, or `end`.
/// `finite` says whether the content has a finite verb of its own, which keeps it whole
/// ("said the plan was dead, but the council could revive it" is left as annotated news keeps
/// it).
pub(crate) fn non_finite_end(
    lex: &Lexicons,
    toks: &[Tok],
    st: usize,
    end: usize,
    finite: bool,
) -> usize {
    if finite {
        return end;
    }
    (st + 1..end)
        .find(|&k| {
            toks[k].is_punct(',')
                && !toks[k].quoted
                && toks
                    .get(k + 1)
                    .is_some_and(|c| !c.quoted && (c.is("but") || c.is("and") || c.is("yet")))
                && new_clause_at(lex, toks, k + 2)
        })
        .map_or(end, |k| trim_content_end(toks, st, k))
}

/// A clause opening at `toks[n]`: a subject (a pronoun, "there", a determiner and up to three
/// words, or a name of up to three words) and a finite verb right after it ("the amendment
/// failed", "he refuses", "the council has voted", "Ortiz said").
fn new_clause_at(lex: &Lexicons, toks: &[Tok], n: usize) -> bool {
    let word = |i: usize| toks.get(i).filter(|t| t.is_word() && !t.quoted);
    let Some(first) = word(n) else {
        return false;
    };
    let verb_at = |i: usize| {
        word(i).is_some_and(|v| {
            !v.cap
                && (is_be(&v.lower)
                    || is_finite_auxiliary(&v.lower)
                    || is_negated_auxiliary(&v.lower)
                    || v.lower.len() > 3 && v.lower.ends_with("ed")
                    || lex.is_irregular_past(&v.lower)
                    || s_ending(&v.lower, 3) && lex.is_cue_word(&v.lower))
        })
    };
    if matches!(
        first.lower.as_str(),
        "he" | "she" | "they" | "we" | "i" | "there"
    ) {
        return verb_at(n + 1);
    }
    let determined = is_determiner(&first.lower) && !first.is("that");
    if !determined && !first.cap {
        return false;
    }
    (n + 1..n + 4).any(|v| {
        verb_at(v)
            && toks[n + 1..v]
                .iter()
                .all(|t| t.is_word() && !t.quoted && (determined || t.cap))
    })
}
