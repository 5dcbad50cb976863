//! `attr:according-to` — "according to X" before or after the content; `attr:in-the-words-of`
//! — "in the words of X", the same construction.
//!
//! - "According to the weather office, the drought is the worst in forty years."
//! - "The drought is the worst in forty years, according to the weather office."
//! - "according to Rathbun the property was returned": with no comma, a name ends where its
//!   capitalised words end.

use super::content::{clause_end, clause_from, trim_content_end};
use super::found::{span_of, words_in, Ctx, CueHit, Found, SourceHit};
use super::noun_phrase::classify;
use crate::report::SourceKind;
use crate::rules::{Reason, Rule};
use crate::tokens::{Tok, TokKind};
use crate::words::{
    is_auxiliary, is_be, is_determiner, is_leading_filler, is_np_preposition, is_number_word,
    is_subject_pronoun,
};

/// The lemma and statement verb of this cue.
pub const LEMMA: &str = "according to";

/// How many words the opener at `toks[i]` has: "according to" (2) or "in the words of" (4,
/// "In the words of the coroner, …").
pub(crate) fn opener_len(toks: &[Tok], i: usize) -> Option<usize> {
    let is = |k: usize, w: &str| toks.get(k).is_some_and(|t| t.is(w) && !t.quoted);
    if is(i, "according") && is(i + 1, "to") {
        Some(2)
    } else if is(i, "in") && is(i + 1, "the") && is(i + 2, "words") && is(i + 3, "of") {
        Some(4)
    } else {
        None
    }
}

/// The opener of `len` words ([`opener_len`]) at `toks[i]`.
pub(crate) fn at(ctx: &Ctx, toks: &[Tok], i: usize, len: usize) -> Option<Found> {
    let st = i + len;
    let e = source_end(toks, st);
    // "used strictly according to the label", "according to plan": in keeping with a rule
    // or a plan, which says nothing. (With a determiner a plan is a document that says
    // things: "according to its business plan".)
    let head = if e > st {
        toks[e - 1].lower.as_str()
    } else {
        ""
    };
    let rule_word = matches!(
        head,
        "label" | "instructions" | "rules" | "guidelines" | "directions" | "protocol" | "procedure"
    );
    if len == 2 && (rule_word || e == st + 1 && matches!(head, "plan" | "schedule")) {
        return None;
    }
    if len == 2 && translation_after_credit(ctx, toks, i, head) {
        return None;
    }
    // "according to a person familiar with the talks who was not authorized to speak": the
    // phrase before the relative clause is classified, and the clause stays in the span.
    let src = relative_source(ctx, toks, st, e);
    let src: SourceHit = src.or_else(|| classify(ctx, toks, st, e)).or_else(|| {
        // Sources like "a report by the agency": take the whole phrase as a description.
        (e > st).then(|| SourceHit {
            span: span_of(toks, st, e),
            kind: SourceKind::Description,
            name: None,
            role: None,
            head: toks[e - 1].lower.clone(),
            reasons: vec![Reason::new(Rule::SourceDescription)],
        })
    })?;
    let (cue, rule) = if len == 2 {
        (
            CueHit::fixed(span_of(toks, i, st), LEMMA, LEMMA),
            Rule::AttrAccordingTo,
        )
    } else {
        (
            CueHit::fixed(span_of(toks, i, st), "in the words of", "said"),
            Rule::AttrInTheWordsOf,
        )
    };
    // "… has learned that according to a memo, the plant will close": after "that" the
    // content follows the source, as at the sentence's start.
    let after_that = toks[..i]
        .iter()
        .rev()
        .find(|t| !t.is_punct(','))
        .is_some_and(|t| t.is("that"));
    let lead = after_that
        || toks[..i]
            .iter()
            .all(|t| is_leading_filler(&t.lower) || !t.is_word());
    let mut src = src;
    let mut e = e;
    // "…, according to a table the department released on Friday.": a clause with no "that"
    // after the document's noun describes it and belongs to the source.
    if let Some(m) = contact_clause_end(ctx, toks, st, e, lead) {
        src.span = span_of(toks, st, m);
        e = m;
    }
    // "According to the transit manager, Sandra Kim, …" and "According to Sandra Kim, the
    // transit manager, …": a name or a description between commas belongs to the source.
    if lead {
        if let Some(m) = apposition_end(ctx, toks, e, src.kind == SourceKind::Named) {
            let role = if src.kind == SourceKind::Named {
                span_of(toks, e + 1, m)
            } else {
                span_of(toks, st, e)
            };
            if src.kind != SourceKind::Named {
                if let Some(name) = classify(ctx, toks, e + 1, m) {
                    src = name;
                }
            }
            src.role = Some(role);
            src.span = span_of(toks, st, m);
            src.reasons.push(Reason::new(Rule::SourceApposition));
            e = m;
        }
    }
    // "…, according to the union's president, Gail Hennessey.": a name after the description
    // closes the sentence.
    if !lead && src.kind != SourceKind::Named && toks.get(e).is_some_and(|t| t.is_punct(',')) {
        let m = (e + 1..toks.len().min(e + 6))
            .find(|&k| !toks[k].is_word())
            .unwrap_or(toks.len());
        let closes = toks[m..]
            .iter()
            .all(|t| matches!(t.kind, TokKind::Punct('.' | '!' | '?')));
        if m > e + 1 && closes {
            if let Some(mut name) =
                classify(ctx, toks, e + 1, m).filter(|n| n.kind == SourceKind::Named)
            {
                name.role = Some(span_of(toks, st, e));
                name.span = span_of(toks, st, m);
                name.reasons.push(Reason::new(Rule::SourceApposition));
                src = name;
                e = m;
            }
        }
    }
    // "The plan was, in the words of one planner, “a total mess.”": the quotation after the
    // source finishes the sentence the words before it began.
    // "…, and in the words of the prosecutor, Ana Ruiz, KC, “…”": up to two short additions
    // between commas stand between the source and the quotation.
    let mut quote_after = None;
    if len == 4 && !lead {
        let mut q = e;
        for _ in 0..3 {
            if !toks.get(q).is_some_and(|t| t.is_punct(',')) {
                break;
            }
            if let Some(quote) = ctx.quote_opening_at(toks, q + 1) {
                if q > e {
                    src.span = span_of(toks, st, q);
                }
                quote_after = Some(quote);
                break;
            }
            let Some(m) = (q + 1..toks.len().min(q + 8)).find(|&k| !toks[k].is_word()) else {
                break;
            };
            if m == q + 1 || toks[q + 1..m].iter().any(|t| t.quoted || is_be(&t.lower)) {
                break;
            }
            // "the prosecutor, Ana Ruiz,": a name after the description is the source's name.
            if q == e && src.kind != SourceKind::Named {
                if let Some(name) =
                    classify(ctx, toks, q + 1, m).filter(|n| n.kind == SourceKind::Named)
                {
                    let role = span_of(toks, st, e);
                    src = name;
                    src.role = Some(role);
                    src.reasons.push(Reason::new(Rule::SourceApposition));
                }
            }
            q = m;
        }
    }
    // "…, according to Kieran Boyle, a spokesperson for the agency, because …": a description
    // after a name mid-sentence is the source's role, not content resuming.
    if !lead
        && quote_after.is_none()
        && src.kind == SourceKind::Named
        && toks.get(e).is_some_and(|t| t.is_punct(','))
        && toks.get(e + 1).is_some_and(|t| {
            t.is("a")
                || t.is("an")
                || t.is("the")
                || t.is_word() && !t.cap && ctx.lex.is_title(&t.lower)
        })
    {
        let m = (e + 1..toks.len())
            .find(|&k| !toks[k].is_word() || toks[k].quoted)
            .unwrap_or(toks.len());
        // ("a sports lawyer who has represented athletes": a relative clause in it.)
        let verbless = toks[e + 1..m]
            .iter()
            .take_while(|t| !t.is("who") && !t.is("which") && !t.is("that"))
            .all(|t| !is_be(&t.lower) && !is_auxiliary(&t.lower) && !is_subject_pronoun(&t.lower));
        if verbless && m > e + 2 {
            // (A title before the name, "Cpl.", stays the role.)
            src.role = src.role.or(Some(span_of(toks, e + 1, m)));
            src.span = span_of(toks, st, m);
            src.reasons.push(Reason::new(Rule::SourceApposition));
            e = m;
        }
    }
    let mut fragments = Vec::new();
    let mut resumes = false;
    let content = if let Some(q) = quote_after {
        let from = crate::claims::dateline_end(ctx.text, toks)
            .filter(|&d| d < i)
            .unwrap_or(0);
        let end = trim_content_end(toks, from, i);
        // After "and" or "but" the quotation is a clause of its own.
        let joined = i > 0 && (toks[i - 1].is("and") || toks[i - 1].is("but"));
        if end > from && !joined {
            fragments.push(span_of(toks, from, end));
        }
        q.outer
    } else if lead {
        let mut cs = e;
        while cs < toks.len() && toks[cs].is_punct(',') {
            cs += 1;
        }
        let (cs, mut end) = clause_from(ctx, toks, cs, 2)?;
        // "According to the paper, Ann Lee, the panel's chair, said …": the clause's subject
        // has an apposition, so the comma before its verb does not end the content.
        if toks.get(end).is_some_and(|t| t.is_punct(','))
            && toks
                .get(end + 1)
                .is_some_and(|t| t.is_word() && !t.cap && ctx.lex.is_cue_word(&t.lower))
            && super::apposition::source(ctx, toks, end + 1).is_some_and(|(_, s, _)| s == cs)
        {
            end = trim_content_end(toks, cs, clause_end(ctx.lex, toks, end + 1));
        }
        let mut content = span_of(toks, cs, end);
        if let Some(q) = ctx.quote_opening_at(toks, cs) {
            content.end = content.end.max(q.outer.end);
        }
        content
    } else {
        // After a dateline, if the sentence opens with one ("HALIFAX — …").
        let from = crate::claims::dateline_end(ctx.text, toks)
            .filter(|&d| d < i)
            .unwrap_or(0);
        let end = trim_content_end(toks, from, i);
        // "The bridge closed, according to the mayor, because …": the content may resume
        // after the source.
        resumes = true;
        (end > from && words_in(toks, from, end) >= 2).then(|| span_of(toks, from, end))?
    };
    fragments.push(content);
    if resumes {
        super::parenthetical::add_following(ctx, toks, e, &mut fragments);
    }
    Some(ctx.finish(
        fragments,
        Some(src),
        Some(cue),
        None,
        vec![Reason::new(rule)],
    ))
}

/// "“We lost everything,” she said, according to his translation.": a translation or an
/// interpretation credited right after a credit (a verb of saying and a comma before
/// "according to") is the channel the words came through, not a second source; the credit
/// before it names the speaker. ("According to a translation of the letter, …" still cites
/// the translation.)
fn translation_after_credit(ctx: &Ctx, toks: &[Tok], i: usize, head: &str) -> bool {
    let relay = matches!(
        head,
        "translation" | "translations" | "interpretation" | "interpreter" | "translator"
    );
    relay
        && i >= 2
        && toks[i - 1].is_punct(',')
        && toks[i.saturating_sub(5)..i - 1]
            .iter()
            .any(|t| t.is_word() && !t.quoted && ctx.lex.is_cue_word(t.lower.as_str()))
}

/// "according to figures the agency released", "according to a memo she wrote in March": after
/// the source's noun (`toks[st..e]`), a subject and a past-tense verb with no "that" make a
/// clause describing the source. It belongs to the source when it runs to the sentence's end
/// (the content came before), or, at the sentence's start, to the comma before the content.
/// Returns where the clause ends.
fn contact_clause_end(ctx: &Ctx, toks: &[Tok], st: usize, e: usize, lead: bool) -> Option<usize> {
    let subject = toks.get(e)?;
    if e < st + 2
        || !(is_determiner(&subject.lower) && !subject.is("that")
            || is_subject_pronoun(&subject.lower))
    {
        return None;
    }
    let m = (e..toks.len())
        .find(|&k| !toks[k].is_word() || toks[k].quoted)
        .unwrap_or(toks.len());
    let ends = if lead {
        toks.get(m).is_some_and(|t| t.is_punct(',')) && m + 3 < toks.len()
    } else {
        toks[m..]
            .iter()
            .all(|t| matches!(t.kind, TokKind::Punct('.' | '!' | '?')))
    };
    // The verb comes within the subject's first four words: "the department released",
    // "the city's planning office published".
    let verb = (e + 1..m.min(e + 5)).find(|&k| {
        let w = toks[k].lower.as_str();
        !toks[k].cap && (w.ends_with("ed") && w.len() > 4 || ctx.lex.is_irregular_past(w))
    });
    // ("according to the report the minister said …": a clause of its own.)
    let speech = toks[e..m].iter().any(|t| {
        matches!(
            t.lower.as_str(),
            "that" | "said" | "says" | "say" | "told" | "tells"
        )
    });
    (ends && verb.is_some() && !speech && m - e <= 10).then_some(m)
}

/// One past the source phrase that starts at `toks[st]`.
fn source_end(toks: &[Tok], st: usize) -> usize {
    if let Some(e) = relative_clause_end(toks, st) {
        return e;
    }
    let mut e = st;
    while e < toks.len()
        && (toks[e].is_word() || super::noun_phrase::is_plural_possessive_mark(toks, e))
        && e - st < 12
    {
        e += 1;
    }
    // With no comma, a name ends where the capitalised words end and a new clause begins.
    if toks.get(st).is_some_and(|t| t.cap) {
        let mut n = st;
        while n < e
            && (toks[n].cap
                || super::noun_phrase::is_plural_possessive_mark(toks, n)
                || (toks[n].is("of") && toks.get(n + 1).is_some_and(|x| x.cap)))
        {
            n += 1;
        }
        if n < e && (is_determiner(&toks[n].lower) || is_subject_pronoun(&toks[n].lower)) {
            e = n;
        }
    } else if let Some(n) = (st + 2..e).find(|&n| {
        // "according to a leaked memo the plant will close": a new determiner or pronoun after
        // the phrase's noun, not after a preposition, opens the clause.
        (is_determiner(&toks[n].lower) && !toks[n].is("that") || is_subject_pronoun(&toks[n].lower))
            && !is_np_preposition(&toks[n - 1].lower)
            && !matches!(
                toks[n - 1].lower.as_str(),
                "by" | "and"
                    | "or"
                    | "to"
                    | "from"
                    | "before"
                    | "after"
                    | "during"
                    | "since"
                    | "until"
                    | "ahead"
            )
            && !is_determiner(&toks[n - 1].lower)
    }) {
        e = n;
    }
    e
}

/// "according to an official who was not authorized to speak publicly", "according to
/// residents who attended the meeting": the source phrase `toks[st..e]` with a relative clause
/// ("who …") after its noun is the phrase before "who", with the clause in its span. A
/// description whose clause withholds the name ("who spoke on condition of anonymity", "who was
/// not authorized to speak") is an anonymous source (`source:name-withheld`).
fn relative_source(ctx: &Ctx, toks: &[Tok], st: usize, e: usize) -> Option<SourceHit> {
    let who = (st + 1..e).find(|&k| (toks[k].is("who") || toks[k].is("whom")) && !toks[k].cap)?;
    let mut src = classify(ctx, toks, st, who)?;
    src.span = span_of(toks, st, e);
    if src.kind == SourceKind::Description && super::apposition::withholds_name(&toks[who..e]) {
        src.kind = SourceKind::Anonymous;
        src.reasons.push(Reason::new(Rule::SourceNameWithheld));
    }
    Some(src)
}

/// "according to a person familiar with the talks who was not authorized to speak publicly",
/// "according to two people briefed on the plan who spoke on condition of anonymity": a
/// relative clause ("who …") after the source's noun belongs to the source, up to the comma or
/// stop that closes it, however long the whole phrase runs (no determiner inside the clause
/// opens the content). Returns one past its last word, when the phrase holds such a clause and
/// a comma or stop comes within a dozen words of "who".
fn relative_clause_end(toks: &[Tok], st: usize) -> Option<usize> {
    let stop = (st..toks.len().min(st + 26))
        .find(|&k| {
            !(toks[k].is_word() || super::noun_phrase::is_plural_possessive_mark(toks, k))
                || toks[k].quoted
        })
        .unwrap_or(toks.len());
    let who = (st + 1..stop.min(st + 12)).find(|&k| toks[k].is("who") || toks[k].is("whom"))?;
    let closes = toks
        .get(stop)
        .is_some_and(|t| matches!(t.kind, TokKind::Punct(',' | '.' | ';' | '!' | '?')));
    (closes && stop - who <= 12).then_some(stop)
}

/// After the source ending at the comma `toks[e]`: a phrase of the other kind (a name after a
/// description, a description after a name), then a comma and the content. Returns where the
/// phrase ends (its closing comma).
fn apposition_end(ctx: &Ctx, toks: &[Tok], e: usize, named: bool) -> Option<usize> {
    if !toks.get(e)?.is_punct(',') {
        return None;
    }
    let m = (e + 1..toks.len().min(e + 16)).find(|&k| !toks[k].is_word() || toks[k].quoted)?;
    if !toks[m].is_punct(',') || m == e + 1 || m + 1 >= toks.len() {
        return None;
    }
    let words = &toks[e + 1..m];
    let verbless = words.iter().all(|t| {
        !is_be(&t.lower)
            && !is_auxiliary(&t.lower)
            && !ctx.lex.is_cue_word(&t.lower)
            && !is_subject_pronoun(&t.lower)
            // ("According to Ana Ruiz, costs rose 38 per cent": a past verb makes the content.)
            && !ctx.lex.is_irregular_past(&t.lower)
    });
    let fits = if named {
        // "Sandra Kim, the transit manager,": a description in lower case.
        (words[0].is("the") || words[0].is("a") || words[0].is("an") || !words[0].cap)
            && !clause_then_tail(ctx, toks, e + 1, m)
    } else {
        // "the transit manager, Sandra Kim,": a name.
        words.len() <= 4 && words.iter().all(|t| t.cap)
    };
    (verbless && fits).then_some(m)
}

/// "According to the Fisheries Board, 40 boats stay in port, down from 90 last year": the
/// words between the commas after a name (`toks[st..m]`) read as a clause, with a finite verb,
/// and what follows the second comma has none. The phrase is the content, not a description
/// of the source, and the verbless tail ("down from 90 last year", "the lowest since 2010")
/// is an addition to it. ("According to Ana Ruiz, the city's planner, the road will close":
/// the clause comes after the description.)
fn clause_then_tail(ctx: &Ctx, toks: &[Tok], st: usize, m: usize) -> bool {
    let rest = m + 1;
    if rest >= toks.len() || ctx.quote_opening_at(toks, rest).is_some() {
        return false;
    }
    let phrase = &toks[..m];
    let phrase_finite = super::clause::finiteness(ctx, phrase, st).any()
        // ("40 boats stay": a count, its plural noun and a plain verb.)
        || toks[st..m].windows(3).any(|w| {
            let count = w[0].lower.starts_with(|c: char| c.is_ascii_digit())
                || is_number_word(&w[0].lower);
            let plural = w[1].is_word()
                && !w[1].cap
                && w[1].lower.ends_with('s')
                && !w[1].lower.ends_with("ss");
            let v = &w[2];
            let verb = v.is_word()
                && !v.cap
                && v.lower.len() > 2
                && !is_determiner(&v.lower)
                && !is_np_preposition(&v.lower)
                && !v.lower.ends_with('s')
                && !v.lower.ends_with("ly")
                && !v.lower.ends_with("ing")
                && !matches!(
                    v.lower.as_str(),
                    "and" | "or" | "but" | "that" | "which" | "who" | "to" | "than"
                );
            count && plural && verb
        });
    phrase_finite && !super::clause::finiteness(ctx, toks, rest).any()
}
