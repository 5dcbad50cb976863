//! `attr:coordinated-verb` — "… and said …": the source is the subject of the first verb (or
//! the source of the attribution before it in the sentence).
//!
//! "Councillor Mia Holt praised the volunteers and said the bridge would reopen in May."

use super::content::{channel_then_cue, tail_is_adverbial};
use super::found::{Ctx, Found, SourceHit};
use super::noun_phrase::{source_before, subject_at_start};
use crate::lexicon::Lexicons;
use crate::report::SourceKind;
use crate::rules::Rule;
use crate::span::Span;
use crate::tokens::{Tok, TokKind};
use crate::words::{is_aux_or_adverb, is_subject_pronoun, s_ending};

/// The first token of the auxiliaries and adverbs before the cue at `c`, when "and" or "but"
/// stands before them.
pub(crate) fn conjunction_before(lex: &Lexicons, toks: &[Tok], c: usize) -> Option<usize> {
    let mut j = c;
    while j > 0 && toks[j - 1].is_word() && is_aux_or_adverb(&toks[j - 1].lower) {
        j -= 1;
    }
    // "… and immediately began to call …": the cue as another verb's infinitive.
    if let Some(n) = super::cue::catenative_before(toks, j) {
        j -= n;
        while j > 0 && toks[j - 1].is_word() && is_aux_or_adverb(&toks[j - 1].lower) {
            j -= 1;
        }
    }
    // "… and in a short statement said": a channel between the conjunction and the cue.
    if let Some(k) = (j.saturating_sub(7)..j)
        .find(|&k| k > 0 && toks[k - 1].is("and") && channel_then_cue(lex, toks, k) == Some(j))
    {
        return Some(k);
    }
    // "Kovac paused, then said …": "then" after a comma joins the verbs as "and" does.
    let comma_then =
        j > 0 && toks[j - 1].is_punct(',') && toks.get(j).is_some_and(|t| t.is("then"));
    (j > 0 && (toks[j - 1].is("and") || toks[j - 1].is("but") || comma_then)).then_some(j)
}

/// "Bank trims key rate, says more cuts possible": a headline joins two verbs of one subject
/// with a comma where the body would write "and". The cue at `c` is a present -s form right
/// after the comma (adverbs between), the words after it are no credit (no name, no source
/// noun, title or body word, no pronoun: "…, says Trudeau" and "…, says minister" stay
/// inverted credits), and the headline opens with a subject whose verb (an -s or past form)
/// follows it. Returns that subject and the verb phrase's first token.
pub(crate) fn headline_comma(
    ctx: &Ctx,
    toks: &[Tok],
    c: usize,
    after: usize,
) -> Option<(SourceHit, usize, Rule)> {
    if !ctx.headline || !toks[c].lower.ends_with('s') {
        return None;
    }
    let mut j = c;
    while j > 0 && toks[j - 1].is_word() && !toks[j - 1].cap && is_aux_or_adverb(&toks[j - 1].lower)
    {
        j -= 1;
    }
    if j < 3 || !toks[j - 1].is_punct(',') {
        return None;
    }
    // What follows the cue is a clause or a verbless report, not a credit: no name, and no
    // source phrase that ends the headline (or only an adverbial after it) unless it is a
    // described phrase whose head is no source noun, title or body word ("more cuts
    // possible"; "…, says minister" and "…, say analysts" stay credits).
    let next = toks.get(after)?;
    if !next.is_word() || next.cap || next.quoted || toks.len() - after < 2 {
        return None;
    }
    let credit_word = |t: &Tok| {
        is_subject_pronoun(&t.lower)
            || ctx.lex.source_noun(&t.lower).is_some()
            || ctx.lex.is_title(&t.lower)
            || ctx.lex.is_org_word(&t.lower)
    };
    if let Some((src, end)) = super::noun_phrase::source_after(ctx, toks, after) {
        let head_is_credit = toks[after..end]
            .iter()
            .rev()
            .find(|t| t.is_word())
            .is_some_and(credit_word);
        if tail_is_adverbial(ctx.lex, toks, end, false)
            && (src.kind != SourceKind::Description || head_is_credit)
        {
            return None;
        }
    }
    // The headline opens with its subject, and the subject's verb (its first -s or past form
    // in lower case) follows it: "Bank of Canada | trims".
    let finite = |t: &Tok| {
        t.is_word()
            && !t.cap
            && !t.quoted
            && (s_ending(&t.lower, 2)
                || t.lower.ends_with("ed")
                || ctx.lex.is_irregular_past(&t.lower))
    };
    let v = (1..j - 1).find(|&k| finite(&toks[k]))?;
    let (subject, a, _) = source_before(ctx, toks, v)?;
    (a == 0 && subject.kind != SourceKind::Vague).then_some((subject, j, Rule::AttrCoordinatedVerb))
}

/// The source of a coordinated cue whose verb phrase starts at `toks[j]`.
pub(crate) fn source(
    ctx: &Ctx,
    toks: &[Tok],
    j: usize,
    prev_source: Option<SourceHit>,
) -> Option<(SourceHit, usize, Rule)> {
    // "…, I laughed and said": a subject of its own after a comma, before the first verb.
    let own = j
        .checked_sub(2)
        .filter(|&v| {
            v >= 2 && {
                let t = &toks[v];
                t.is_word()
                    && !t.cap
                    && (t.lower.len() > 3 && t.lower.ends_with("ed")
                        || ctx.lex.is_irregular_past(&t.lower))
            }
        })
        .and_then(|v| source_before(ctx, toks, v))
        .filter(|(_, a, _)| *a >= 1 && toks[*a - 1].is_punct(','))
        .map(|(s, _, _)| s);
    let src = own
        .or(prev_source)
        .or_else(|| subject_at_start(ctx, toks, j))?;
    Some((src, j, Rule::AttrCoordinatedVerb))
}

/// The source a coordinated or participle cue at `c` may take from the attributions found
/// before it in the sentence: the last one's. After a comma and a conjunction ("Moss said her
/// party has backed the plan, and said …") the verb returns to the sentence's own level, so an
/// attribution inside an earlier one's content ("her party has backed") is passed over.
pub(crate) fn prev_source(
    lex: &Lexicons,
    toks: &[Tok],
    c: usize,
    found: &[Found],
) -> Option<SourceHit> {
    // "…, according to their lawyers, and said …": the object of "according to" is never the
    // subject of a verb.
    let found: Vec<&Found> = found
        .iter()
        .filter(|f| !f.reasons.iter().any(|r| r.rule == Rule::AttrAccordingTo))
        .collect();
    let last = || found.iter().rev().find_map(|f| f.source.clone());
    // The comma may stand inside a closing quotation mark (`want “a fair deal,” but pledged`).
    let comma_at = |k: usize| {
        toks[k].is_punct(',')
            || toks[k].kind == TokKind::QuoteClose && k > 0 && toks[k - 1].is_punct(',')
    };
    // "Lee said he doubted the figures, arguing that …": a participle after a comma belongs to
    // the main clause too.
    let participle = toks[c].lower.ends_with("ing") && {
        let mut j = c;
        while j > 0 && toks[j - 1].is_word() && is_aux_or_adverb(&toks[j - 1].lower) {
            j -= 1;
        }
        j > 0 && comma_at(j - 1)
    };
    let conjunction = conjunction_before(lex, toks, c);
    let after_comma = participle || conjunction.is_some_and(|j| j >= 2 && comma_at(j - 2));
    // "Ruiz said that she thinks the tape should be out but said “…”": the content before
    // closed at the conjunction, so the verb is coordinated with the outer cue, not with the
    // belief inside its content.
    if let Some(j) = conjunction.filter(|&j| j >= 2 && !after_comma) {
        let (before, conj) = (toks[j - 2].span, toks[j - 1].span);
        if !found.iter().any(|f| f.content().contains(conj)) {
            // Of the contents that close at the conjunction, from the innermost out, the first
            // whose verb has the coordinated verb's form: "she thinks … but said" goes back to
            // the outer "said"; "(they want … and suggest …)" stays with "they".
            let closing = || {
                found.iter().filter(|f| {
                    let end = f.content().end;
                    end >= before.start && end <= conj.start
                })
            };
            let form_of = |span: Span| {
                toks.iter()
                    .find(|t| t.span == span)
                    .map(|t| verb_form(lex, &t.lower))
            };
            let own = verb_form(lex, &toks[c].lower);
            let agreeing = closing()
                .filter(|f| f.cue.as_ref().and_then(|q| form_of(q.span)) == Some(own))
                .max_by_key(|f| f.content().start)
                .or_else(|| closing().max_by_key(|f| f.content().start));
            if let Some(f) = agreeing {
                if let Some(outer) = reporter_of_pronoun(f, closing()) {
                    return outer.source.clone().or_else(last);
                }
                return f.source.clone().or_else(last);
            }
        }
        return last();
    }
    if !after_comma {
        return last();
    }
    let mut top: Vec<&Found> = Vec::new();
    for &f in &found {
        let inside = f
            .cue
            .as_ref()
            .is_some_and(|cue| top.iter().any(|t| t.content().contains(cue.span)));
        if !inside {
            top.push(f);
        }
    }
    top.iter()
        .rev()
        .find_map(|f| f.source.clone())
        .or_else(last)
}

/// "Lowe said she hoped to meet the union and believed “a deal is there”": when the inner
/// attribution `inner` a coordinated verb would join has "he" or "she" for its source and sits
/// inside the content of another one among `closing` (the report that holds it), the verb
/// goes with that outer report. The pronoun names the reporter in the usual reading, so the
/// speaker is the same; and a source inside another report's content would leave the verb's
/// claim clashing with that report, so the words would fall to the writer.
fn reporter_of_pronoun<'a>(
    inner: &Found,
    closing: impl Iterator<Item = &'a &'a Found>,
) -> Option<&'a Found> {
    let src = inner.source.as_ref()?;
    if src.kind != SourceKind::Pronoun || !matches!(src.head.as_str(), "he" | "she") {
        return None;
    }
    let cue = inner.cue.as_ref()?.span;
    closing
        .filter(|g| g.content() != inner.content() && g.content().contains(cue))
        .min_by_key(|g| g.content().start)
        .copied()
}

/// A verb's form, for matching coordinated verbs: 0 a past, 1 a present in -s, 2 any other.
fn verb_form(lex: &Lexicons, w: &str) -> u8 {
    if w.len() > 3 && w.ends_with("ed") || lex.is_irregular_past(w) {
        0
    } else if w.len() > 2 && w.ends_with('s') && !w.ends_with("ss") {
        1
    } else {
        2
    }
}
