//! `attr:relative` — "…, who said …": the source is the relative pronoun's antecedent.
//!
//! "The plan was opposed by local farmers, who said it would take their land."
//! The antecedent also belongs to the main clause, which stays the writer's own: the
//! attribution covers only "who said …".
//!
//! `source:relative-clause` — "A lawyer who represents the family said …": a relative clause
//! without commas between the source and its verb belongs to the source.

use super::found::span_of;
use super::found::{Ctx, Found, SourceHit};
use super::noun_phrase::{classify, np_back};
use crate::lexicon::{CueClass, Lexicons};
use crate::rules::{Reason, Rule};
use crate::span::Span;
use crate::tokens::Tok;
use crate::words::{
    is_aux_or_adverb, is_be, is_determiner, is_finite_auxiliary, is_np_barrier, is_subject_pronoun,
    s_ending,
};

/// "a think tank that favours lower taxes", "a lawyer who supports the tenants", "a man who
/// wants a quiet street": a verb of judgement or intention right after a relative pronoun
/// describes the antecedent (what it stands for) and reports nothing; a verb of saying or
/// belief there still does ("the mayor, who said the bridge would reopen").
pub(crate) fn describes(toks: &[Tok], i: usize, class: CueClass) -> bool {
    i > 0
        && ["who", "that", "which"].iter().any(|w| toks[i - 1].is(w))
        && matches!(class, CueClass::Evaluation | CueClass::Intention)
}

/// "an economist who has advised two premiers, said", "a lawyer who advises bakeries, was
/// doubtful": a cue with an object inside a relative clause that a comma and the sentence's own
/// verb (of saying, or any finite verb) close describes the source before it.
pub(crate) fn describes_before_main_verb(lex: &Lexicons, toks: &[Tok], i: usize) -> bool {
    let Some(r) = (i.saturating_sub(4)..i).rev().find(|&k| {
        ["who", "that", "which"].iter().any(|w| toks[k].is(w))
            && toks[k + 1..i].iter().all(|t| is_aux_or_adverb(&t.lower))
    }) else {
        return false;
    };
    if r == 0 || toks[r].quoted {
        return false;
    }
    // ("Priya Anand, who said she has ridden the bus for years, told …": a clause after the
    // cue is what the relative clause reports.)
    if toks
        .get(i + 1)
        .is_some_and(|t| t.is("that") || is_subject_pronoun(&t.lower) || !t.is_word() || t.quoted)
    {
        return false;
    }
    let Some(comma) = (i + 1..toks.len().min(i + 14)).find(|&k| !toks[k].is_word()) else {
        return false;
    };
    // ("Ana Ruiz, a lawyer who advises bakeries, was doubtful": the sentence's own finite verb
    // after the comma closes the relative clause too, when the cue's object is a plain noun
    // phrase; "who asked police to release the video, watched it" still reports a request.)
    // ("Mayor Lee, who said the ferry would run, resigned": a clause with its own verb is what
    // the relative clause reports.)
    let plain_object = !toks[i + 1..comma].iter().any(|t| {
        t.is("to")
            || t.is("that")
            || is_be(&t.lower)
            || is_finite_auxiliary(&t.lower)
            || super::noun_phrase::is_past_form(lex, &t.lower)
    });
    toks[comma].is_punct(',')
        && toks.get(comma + 1).is_some_and(|t| {
            t.is_word()
                && !t.cap
                && !t.quoted
                && (lex.is_cue_word(&t.lower)
                    || plain_object
                        && (is_be(&t.lower)
                            || is_finite_auxiliary(&t.lower)
                            || super::noun_phrase::is_past_form(lex, &t.lower)))
        })
}

/// [`describes`] for the word at `toks[i]`, whatever cue entry it is read as: inside a source's
/// phrase, "a group that favours lower taxes, said" reads on past the relative clause.
pub(crate) fn describes_word(lex: &Lexicons, toks: &[Tok], i: usize) -> bool {
    lex.cue_entries(&toks[i].lower)
        .is_some_and(|es| es.iter().all(|e| describes(toks, i, e.class)))
}

/// The antecedent before ", who" ending at `toks[j - 1]` (the relative pronoun).
pub(crate) fn antecedent(ctx: &Ctx, toks: &[Tok], j: usize) -> Option<(SourceHit, usize, Rule)> {
    let a = np_back(ctx, toks, j - 3)?;
    let src = classify(ctx, toks, a, j - 2)?;
    Some((src, a, Rule::AttrRelative))
}

/// The relative attribution covers its own words from "who" on, not the main clause.
pub(crate) fn cover_from_pronoun(toks: &[Tok], c: usize, content: Span, f: &mut Found) {
    f.covered = Span::new(
        toks[c.saturating_sub(1)]
            .span
            .start
            .min(f.cue.as_ref().map_or(content.start, |q| q.span.start)),
        f.covered.end,
    );
    let who = (0..c)
        .rev()
        .find(|&k| toks[k].is("who") || toks[k].is("which"))
        .unwrap_or(c);
    f.covered.start = toks[who].span.start;
}

/// "A nurse who works nights at the clinic, and who asked not to be named, said": a second
/// relative clause between commas (from the comma at `toks[k]`, before "and who") after a
/// restrictive one; the comma before the cue is at `toks[j - 1]`. The source's span takes both.
pub(crate) fn restrictive_then_second(
    ctx: &Ctx,
    toks: &[Tok],
    j: usize,
    c: usize,
) -> Option<(SourceHit, usize, Rule)> {
    let k = (j.saturating_sub(20)..j.saturating_sub(3))
        .rev()
        .find(|&k| {
            toks[k].is_punct(',')
                && (toks[k + 1].is("and") || toks[k + 1].is("or"))
                && toks[k + 2].is("who")
        })
        // "Two people who attended the meeting on April 9, who were not authorized to speak
        // publicly, said": the second clause without "and", after a restrictive one.
        .or_else(|| {
            (j.saturating_sub(20)..j.saturating_sub(3))
                .rev()
                .find(|&k| {
                    toks[k].is_punct(',')
                        && toks[k + 1].is("who")
                        && (k.saturating_sub(16)..k).any(|w| toks[w].is("who"))
                })
        })?;
    let second = k + if toks[k + 1].is("who") { 2 } else { 3 };
    if toks[second..j - 1].iter().any(|t| !t.is_word() || t.quoted) {
        return None;
    }
    let (mut src, a, rule) = restrictive(ctx, toks, k, c)?;
    src.span = span_of(toks, a, j - 1);
    Some((src, a, rule))
}

/// "The agency that schedules the buses", "a company that has built bridges": "that" at
/// `toks[k]` as the subject of a relative clause, right after the noun it describes and right
/// before the clause's finite verb. The noun phrase opens the clause (the sentence, or after a
/// comma or a conjunction), so "told the board that costs rise" is a verb's object and its
/// content, not a relative clause.
fn subject_that(ctx: &Ctx, toks: &[Tok], k: usize) -> bool {
    if !toks[k].is("that") || toks[k].cap || k == 0 {
        return false;
    }
    let head = &toks[k - 1];
    if !head.is_word()
        || head.quoted
        || ctx.lex.is_cue_word(&head.lower)
        || is_determiner(&head.lower)
        || is_np_barrier(&head.lower)
        || crate::words::is_np_preposition(&head.lower)
        || super::noun_phrase::is_past_form(ctx.lex, &head.lower)
    {
        return false;
    }
    let verb = toks.get(k + 1).is_some_and(|v| {
        v.is_word()
            && !v.cap
            && !v.quoted
            && (is_be(&v.lower)
                || is_finite_auxiliary(&v.lower)
                || s_ending(&v.lower, 3)
                    && !is_determiner(&v.lower)
                    && !matches!(v.lower.as_str(), "this" | "thus" | "hers" | "ours")
                || super::noun_phrase::is_past_form(ctx.lex, &v.lower))
    });
    if !verb {
        return false;
    }
    let Some(a) = np_back(ctx, toks, k - 1) else {
        return false;
    };
    a == 0
        || !toks[a - 1].is_word()
        || matches!(
            toks[a - 1].lower.as_str(),
            "and" | "but" | "while" | "because" | "as" | "so" | "although"
        )
}

/// "A lawyer who represents the family said", "Residents who attended the meeting told …",
/// "An official who spoke anonymously to discuss the talks said": a relative clause without
/// commas, ending at `toks[j - 1]` right before the verb group of the cue at `toks[c]`. The
/// source is the phrase before "who", and its span takes the clause.
pub(crate) fn restrictive(
    ctx: &Ctx,
    toks: &[Tok],
    j: usize,
    c: usize,
) -> Option<(SourceHit, usize, Rule)> {
    // "Another source speaking to the paper said": a participle of speaking opens the same
    // kind of clause.
    let who = (j.saturating_sub(14)..j).rev().find(|&k| {
        toks[k].is("who")
            || subject_that(ctx, toks, k)
            || matches!(
                toks[k].lower.as_str(),
                "speaking" | "talking" | "writing" | "testifying" | "appearing" | "responding"
            ) && !toks[k].cap
                && toks
                    .get(k + 1)
                    .is_some_and(|n| n.is("to") || n.is("with") || n.is("on"))
    })?;
    // "A nurse who works nights and who asked not to be named said": two relative clauses
    // joined by "and" or "or"; the source stands before the first.
    let who = if who >= 2 && (toks[who - 1].is("and") || toks[who - 1].is("or")) {
        (who.saturating_sub(16)..who - 1)
            .rev()
            .find(|&k| toks[k].is("who"))
            .unwrap_or(who)
    } else {
        who
    };
    // Only words: a comma makes it a clause of its own ("…, who …" is `attr:relative`), a
    // quotation or a stop a new phrase.
    if who == 0 || toks[who + 1..j].iter().any(|t| !t.is_word() || t.quoted) {
        return None;
    }
    // The clause is whole before the cue: a verb of its own and something after it. When it
    // ends on "to", "and" or an auxiliary, the cue is the clause's own verb ("a senator who
    // has refused to endorse …", "who has met the mayor and been praised").
    // A pronoun at its end is the subject of the cue inside it ("who said she planned").
    let clause = &toks[who + 1..j];
    // ("who was not authorized to speak publicly": an adverb after the clause's verb closes
    // it.)
    let after_verb = clause.len() >= 2 && {
        let p = &clause[clause.len() - 2];
        p.is_word() && !is_aux_or_adverb(&p.lower) && !is_be(&p.lower) && !p.is("who")
    };
    let open_end = clause.last().is_none_or(|t| {
        is_aux_or_adverb(&t.lower) && !(after_verb && t.lower.ends_with("ly"))
            || is_be(&t.lower)
            || is_subject_pronoun(&t.lower)
            || matches!(t.lower.as_str(), "to" | "and" | "or" | "not")
    });
    let verb = clause
        .iter()
        .position(|t| !is_aux_or_adverb(&t.lower) && !is_be(&t.lower));
    let verb = verb.filter(|&v| v + 1 < clause.len())?;
    // A second verb after the clause's object is the main verb, and the cue word after it a
    // noun ("Others who have backed the plan expressed similar doubts that …").
    let second_verb = (verb + 2..clause.len()).any(|k| {
        let t = &clause[k];
        !t.cap
            && (t.lower.ends_with("ed") || ctx.lex.is_irregular_past(&t.lower))
            && !is_aux_or_adverb(&clause[k - 1].lower)
            && !is_be(&clause[k - 1].lower)
            && !matches!(clause[k - 1].lower.as_str(), "and" | "or" | "who")
            // ("A woman who said she lived nearby told …": a verb after a pronoun is the
            // verb of a clause inside the relative one.)
            && !is_subject_pronoun(&clause[k - 1].lower)
            // ("a closed meeting": a past form after a determiner is an adjective.)
            && !is_determiner(&clause[k - 1].lower)
    });
    if open_end || second_verb {
        return None;
    }
    let head = &toks[who - 1];
    // The phrase before "who" is a noun phrase, not a verb ("asked who would pay").
    if !head.is_word()
        || head.quoted
        || ctx.lex.is_cue_word(&head.lower)
        || (!head.cap && head.lower.ends_with("ed"))
        || ctx.lex.is_irregular_past(&head.lower)
    {
        return None;
    }
    // A bare present verb agrees with a plural head ("Residents who … say"); after a singular
    // one the cue word is a noun ("an activist who hosts a radio show").
    let cue = &toks[c].lower;
    let bare_present =
        !cue.ends_with('s') && !cue.ends_with("ed") && !ctx.lex.is_irregular_past(cue);
    if bare_present
        && c == j
        && !s_ending(&head.lower, 3)
        && !matches!(head.lower.as_str(), "people" | "others" | "those")
    {
        return None;
    }
    let a = np_back(ctx, toks, who - 1)?;
    let mut src = classify(ctx, toks, a, who)?;
    // "who was not authorized to speak publicly told": an adverb in -ly after the clause's
    // verb ends the clause, not the cue's verb group.
    let end = if j < c
        && toks[j..c].iter().all(|t| t.lower.ends_with("ly"))
        && !is_aux_or_adverb(&toks[j - 1].lower)
        && !is_be(&toks[j - 1].lower)
    {
        c
    } else {
        j
    };
    src.span = span_of(toks, a, end);
    src.reasons.push(Reason::new(Rule::SourceRelativeClause));
    // "The official who was not authorized to speak publicly said": a description whose
    // clause withholds the name is an anonymous source.
    if src.kind == crate::report::SourceKind::Description
        && super::apposition::withholds_name(&toks[who..end])
    {
        src.kind = crate::report::SourceKind::Anonymous;
        src.reasons.push(Reason::new(Rule::SourceNameWithheld));
    }
    Some((src, a, Rule::AttrSourceCueContent))
}
