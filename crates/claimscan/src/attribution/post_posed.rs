//! Post-posed cues: the content comes first, then the source and the cue.
//!
//! - `attr:content-source-cue` — "Water rates will rise next year, the utility said." and
//!   `“We are ready,” she said.`;
//! - `attr:content-cue-source` — "The vote was never in doubt, said Pavel Ruzicka." (inversion);
//! - `attr:cue-sentence-after-quotation` — `“Who will pay?” Mayor Ana Costa asked.`, where the
//!   segmenter split after the question mark: a sentence that is only a source and a cue
//!   credits the quotation that ends the sentence before it.
//!
//! The content may resume after the cue's tail (see `parenthetical.rs`), and the tail
//! ("told reporters on Monday") belongs to the attribution.

use super::apposition;
use super::content::{content_before, tail_end, tail_is_adverbial};
use super::cue::cue_at;
use super::found::{span_of, Ctx, CueHit, Found, SourceHit};
use super::noun_phrase::{classify, source_after};
use super::parenthetical::add_following;
use crate::lexicon::Frames;
use crate::report::SourceKind;
use crate::rules::{Reason, Rule};
use crate::span::Span;
use crate::tokens::{Tok, TokKind};
use crate::words::{
    is_aux_or_adverb, is_auxiliary, is_be, is_determiner, is_np_preposition, is_subject_pronoun,
};

/// "…, said X." after a comma or a closing quotation mark at `toks[c - 1]`: `Some(decision)`
/// when a source follows the cue with only an adverbial tail after it.
pub(crate) fn inverted(
    ctx: &Ctx,
    toks: &[Tok],
    c: usize,
    after: usize,
    cue: &CueHit,
) -> Option<Option<Found>> {
    if c == 0 || !matches!(toks[c - 1].kind, TokKind::Punct(',') | TokKind::QuoteClose) {
        return None;
    }
    // "Ida Marsh, the author of “Salt Roads,” said the port …": a title's marks, not speech.
    if toks[c - 1].kind == TokKind::QuoteClose && apposition::closes_title(toks, c - 1) {
        return None;
    }
    // "Tom Hale, the attorney general of Vermont, said the rule …": a named source with its
    // description opens the sentence, so the words after the cue are the content.
    // So does one right after a quotation (`“…,” Dana Holt, the fire chief, told reporters.`):
    // the words after the cue are then its addressee, not a source.
    let opens_or_follows_quote = |a: usize| {
        a == 0
            // "And Sen. Ada Vance, a Democrat, said …": after the sentence's opening
            // conjunction.
            || a == 1 && toks[0].cap && crate::words::is_leading_filler(&toks[0].lower)
            || apposition::after_opening_adverbial(toks, a)
            || toks[a - 1].kind == TokKind::QuoteClose
            || a >= 2 && toks[a - 1].is_punct(',') && toks[a - 2].kind == TokKind::QuoteClose
    };
    // So does an unnamed person with a description ("Another employee, a product manager,
    // said the cuts …").
    // So does a description with a relative clause between commas ("The 41-year-old, who
    // wrote the song in 2009, said the jingle paid her rent").
    let relative_addition = |a: usize| {
        // (The relative clause runs to the comma before the cue: "The plan, which passed in
        // May, will cost more, said Ana Ruiz" is an inversion.)
        (a + 1..c - 1)
            .rev()
            .find(|&k| toks[k].is_punct(','))
            .is_some_and(|k| toks[k + 1].is("who") || toks[k + 1].is("which"))
    };
    // "…, Leona Pritchard, vice-president of …, told a briefing": after "told" stands whom
    // the source told, never the source, so a named source with its description before the
    // comma is the credit's wherever it stands.
    let told = cue.lemma == "tell";
    if toks[c - 1].is_punct(',')
        && apposition::source(ctx, toks, c).is_some_and(|(s, a, _)| {
            (opens_or_follows_quote(a) || told && s.kind == SourceKind::Named)
                && (s.kind == SourceKind::Named
                    || a == 0 && (s.role.is_some() || relative_addition(a)))
        })
    {
        return None;
    }
    // "…, texted her from a math class": an object pronoun after the verb is no source.
    if toks.get(after).is_some_and(|t| {
        matches!(t.lower.as_str(), "him" | "them" | "me" | "us")
            || t.is("her")
                && toks
                    .get(after + 1)
                    .is_none_or(|n| !n.is_word() || is_np_preposition(&n.lower))
    }) {
        return None;
    }
    // "Fares will rise, report says.": a verb of saying after the cue's word makes that word a
    // bare noun, the source of the verb after it.
    if toks.get(after).is_some_and(|t| {
        t.is_word() && !t.cap && ctx.lex.is_cue_word(&t.lower) && t.lower.ends_with('s')
    }) && toks.get(after + 1).is_none_or(|n| !n.is_word())
    {
        return None;
    }
    let after_quote = toks[c - 1].kind == TokKind::QuoteClose
        || c >= 2 && toks[c - 1].is_punct(',') && toks[c - 2].kind == TokKind::QuoteClose;
    let plain = source_after(ctx, toks, after)
        .filter(|&(_, end)| tail_is_adverbial(ctx.lex, toks, end, false));
    let (src, src_end, clause_end) = match plain {
        Some((src, end)) => (src, end, closing_clause(ctx, toks, end)),
        None if after_quote => {
            let (src, end, clause_end) = described_after_quotation(ctx, toks, after)?;
            (src, end, Some(clause_end))
        }
        None => return None,
    };
    // "Most tenants, says the mayor, will stay": the clause resumes after the credit, so its
    // opening words may be short.
    let resumes =
        !after_quote && super::parenthetical::continuation_after(ctx, toks, src_end).is_some();
    let min_words = if resumes { 1 } else { 3 };
    // "The survey, conducted by a polling firm in March, finds the mayor ahead": words before
    // the comma with no finite verb are the subject with an insertion, and the words after
    // the cue are its object, not a source.
    if !after_quote && !resumes && subject_with_insertion(ctx, toks, c - 1) {
        return None;
    }
    let Some(fragments) = content_before(ctx, toks, c - 1, min_words) else {
        return Some(None);
    };
    let rule = Rule::AttrContentCueSource;
    let mut f = attribute(ctx, toks, fragments, src, cue.clone(), rule, src_end);
    // (A text may end inside the credit: then nothing follows it.)
    if let Some(k) = clause_end.filter(|&k| k > src_end) {
        f.covered = f.covered.hull(span_of(toks, src_end, k));
    }
    Some(Some(f))
}

/// The words from the sentence's start (or its dateline) to the comma at `toks[sep]` hold an
/// insertion between commas and no finite verb: "The survey, conducted by a polling firm in
/// March," is a subject waiting for its verb.
fn subject_with_insertion(ctx: &Ctx, toks: &[Tok], sep: usize) -> bool {
    let from = crate::claims::dateline_end(ctx.text, toks)
        .filter(|&d| d < sep)
        .unwrap_or(0);
    toks[from..sep].iter().any(|t| t.is_punct(','))
        && !toks[from..sep]
            .iter()
            .any(|t| t.quoted || !t.is_word() && !t.is_punct(','))
        && !super::clause::finiteness(ctx, &toks[..sep], from).any()
}

/// `“…,” said a strategist for one of the campaigns, speaking on condition of anonymity.`,
/// `“…,” said an analyst who has worked for two of the rivals.`: right after a quotation, the
/// source's noun may run on with a prepositional phrase or a relative clause, and a clause
/// after a comma closes the credit. Returns the source (its span over the whole description),
/// where it ends, and where the credit ends.
fn described_after_quotation(
    ctx: &Ctx,
    toks: &[Tok],
    after: usize,
) -> Option<(SourceHit, usize, usize)> {
    let first = toks.get(after)?;
    if !first.is_word() || first.quoted || first.is("that") {
        return None;
    }
    // The noun phrase: up to a preposition, a relative pronoun or the end of the words.
    let head_end = (after..toks.len().min(after + 8))
        .find(|&k| {
            let t = &toks[k];
            !t.is_word()
                || t.quoted
                || k > after
                    && (is_np_preposition(&t.lower)
                        || matches!(t.lower.as_str(), "to" | "who" | "whose" | "which"))
        })
        .unwrap_or(toks.len().min(after + 8));
    if head_end == after || !toks.get(head_end).is_some_and(|t| t.is_word()) {
        return None;
    }
    // "“…,” said the mayor could win in the north": a verb group makes it a clause.
    if toks[after..head_end]
        .iter()
        .any(|t| is_auxiliary(&t.lower) || is_be(&t.lower))
    {
        return None;
    }
    let mut src = classify(ctx, toks, after, head_end)?;
    // The description runs to a comma or the end of the sentence, with no quotation, no
    // "that" and no second cue.
    let end = (head_end..toks.len())
        .find(|&k| !toks[k].is_word() || toks[k].quoted)
        .unwrap_or(toks.len());
    let relative = matches!(toks[head_end].lower.as_str(), "who" | "whose" | "which");
    if end - head_end > 16
        || toks[head_end..end]
            .iter()
            .any(|t| t.is("that") || !relative && ctx.lex.is_cue_word(&t.lower))
    {
        return None;
    }
    let clause_end = if toks.get(end).is_some_and(|t| t.is_punct(',')) {
        closing_clause(ctx, toks, end)?
    } else if toks[end..]
        .iter()
        .all(|t| matches!(t.kind, TokKind::Punct('.' | '!' | '?' | ';')))
    {
        end
    } else {
        return None;
    };
    src.span = span_of(toks, after, end);
    src.reasons
        .push(Reason::new(Rule::SourceDescriptionAfterQuotation));
    Some((src, end, clause_end))
}

/// ", speaking on condition of anonymity.", ", who has advised two governors.": a participle
/// or relative clause after a comma that closes the sentence belongs to the credit. Returns
/// where it ends.
fn closing_clause(ctx: &Ctx, toks: &[Tok], comma: usize) -> Option<usize> {
    if !toks.get(comma)?.is_punct(',') {
        return None;
    }
    let first = toks.get(comma + 1)?;
    let opens = first.is_word()
        && !first.cap
        && (matches!(first.lower.as_str(), "who" | "whose" | "which")
            || first.lower.len() > 4 && first.lower.ends_with("ing")
            || first.lower.len() > 3 && first.lower.ends_with("ed"));
    if !opens || ctx.lex.is_cue_word(&first.lower) {
        return None;
    }
    let end = (comma + 1..toks.len())
        .find(|&k| {
            matches!(
                toks[k].kind,
                TokKind::QuoteOpen | TokKind::Punct('.' | '!' | '?' | ';')
            )
        })
        .unwrap_or(toks.len());
    let closes = toks[end..]
        .iter()
        .all(|t| matches!(t.kind, TokKind::Punct('.' | '!' | '?' | ';')));
    // Not a report of its own: ", who told reporters that …".
    let reports =
        (comma + 2..end).any(|k| toks[k].is("that") && ctx.lex.is_cue_word(&toks[k - 1].lower));
    (closes && !reports).then_some(end)
}

/// "Said Ellis: “…”", "Added the mayor, “…”": a sentence that opens with the cue, then its
/// source, then a colon or comma and a quotation. Returns the source and the index of the
/// colon or comma.
pub(crate) fn inverted_opening(
    ctx: &Ctx,
    toks: &[Tok],
    c: usize,
    after: usize,
) -> Option<(SourceHit, usize)> {
    if c != 0 {
        return None;
    }
    let (src, src_end) = source_after(ctx, toks, after)?;
    let punct = toks.get(src_end)?;
    (matches!(punct.kind, TokKind::Punct(':' | ','))
        && toks
            .get(src_end + 1)
            .is_some_and(|t| t.kind == TokKind::QuoteOpen))
    .then_some((src, src_end))
}

/// An attribution whose source and cue follow the `fragments` of content, with the cue's tail
/// starting at `toks[tail]`.
pub(crate) fn attribute(
    ctx: &Ctx,
    toks: &[Tok],
    mut fragments: Vec<Span>,
    src: SourceHit,
    cue: CueHit,
    rule: Rule,
    tail: usize,
) -> Found {
    let resume = (tail..toks.len())
        .find(|&k| !toks[k].is_word())
        .unwrap_or(toks.len());
    // `“A,” Moss told the crowd before adding, “B.”`: a cue of its own in the tail takes the
    // quotation after it, and the tail ends before that cue's words.
    // ("she told state broadcaster KRT, was …": "state" there is no verb; a second cue opens
    // what it reports with a comma, a colon, a quotation or "that".)
    let second_cue = (tail..resume).find(|&k| {
        ctx.lex.is_cue_word(&toks[k].lower)
            && toks.get(k + 1).is_none_or(|n| {
                matches!(n.kind, TokKind::Punct(',' | ':') | TokKind::QuoteOpen)
                    || n.is("that")
                    || n.is_word()
                        && !n.cap
                        && (is_determiner(&n.lower) || is_subject_pronoun(&n.lower))
            })
    });
    if second_cue.is_none() {
        add_following(ctx, toks, resume, &mut fragments);
    }
    let channel = tail_channel(ctx, toks, tail);
    let mut reasons = vec![Reason::new(rule)];
    if channel.is_some() {
        reasons.push(Reason::new(Rule::ChannelAfterCue));
    }
    let mut f = ctx.finish(fragments, Some(src), Some(cue), channel, reasons);
    match second_cue {
        // "before adding": up to the subordinator or preposition before the second cue.
        Some(k) => {
            // "… said after the bakery announced it was closing": a subordinate clause with a
            // subject of its own is a report of its own; the tail ends with its conjunction.
            let own_subject = (tail..k).rev().find(|&m| {
                matches!(
                    toks[m].lower.as_str(),
                    "before"
                        | "after"
                        | "while"
                        | "as"
                        | "when"
                        | "because"
                        | "since"
                        | "once"
                        | "until"
                        | "although"
                        | "though"
                )
            });
            let own_subject = own_subject.filter(|&m| {
                toks[m + 1..k]
                    .iter()
                    .any(|t| t.is_word() && !is_aux_or_adverb(&t.lower))
            });
            let end = own_subject.map(|m| m + 1);
            let end = end.unwrap_or_else(|| {
                (tail..k)
                    .rev()
                    .find(|&m| {
                        !is_aux_or_adverb(&toks[m].lower)
                            && !is_np_preposition(&toks[m].lower)
                            && !matches!(
                                toks[m].lower.as_str(),
                                "before" | "after" | "while" | "by" | "then" | "and"
                            )
                    })
                    .map_or(tail, |m| m + 1)
            });
            if end > tail {
                f.covered = f.covered.hull(span_of(toks, tail, end));
            }
        }
        None => cover_tail(toks, tail, &mut f),
    }
    f
}

/// "…, she said in a phone interview.", "…, the union warned in a statement on Friday.": a
/// channel in the cue's tail, from its preposition to the end of the tail.
fn tail_channel(ctx: &Ctx, toks: &[Tok], tail: usize) -> Option<Span> {
    let end = tail_end(toks, tail);
    // "…," she told CBC News.", "…," he told a news conference.": the whole tail is an
    // outlet or an event spoken to.
    let words = &toks[tail..super::content::trim_content_end(toks, tail, end)];
    let event = words.len() >= 2
        && words.len() <= 5
        && crate::words::is_determiner(&words[0].lower)
        && words.iter().all(|t| t.is_word() && !t.quoted)
        && ctx.lex.is_channel(&words[words.len() - 1].lower)
        && !words.iter().skip(1).any(|t| ctx.lex.is_addressee(&t.lower));
    if event || super::outlet::is_outlet(ctx.lex, words) {
        return Some(span_of(toks, tail, tail + words.len()));
    }
    // "…,” she said at a briefing.", "…,” he said at a news conference on Friday.": "at" and an
    // event, as before a that-clause.
    let prep = (tail..end).find(|&k| {
        matches!(
            toks[k].lower.as_str(),
            "in" | "on" | "during" | "via" | "at"
        ) && toks[k + 1..end.min(k + 6)]
            .iter()
            .any(|t| ctx.lex.is_channel(&t.lower))
    })?;
    let last = (prep..end).rev().find(|&k| toks[k].is_word())?;
    Some(span_of(toks, prep, last + 1))
}

/// The addressee and adverbials after a post-posed cue belong to the attribution.
fn cover_tail(toks: &[Tok], from: usize, f: &mut Found) {
    let k = tail_end(toks, from);
    if k > from {
        f.covered = f.covered.hull(span_of(toks, from, k));
    }
}

/// `“Why now?” Clinton said.` split after the question mark: `toks` is only a source and a
/// cue, and `prev` (the sentence before) ends with the quotation it credits.
pub(crate) fn cue_sentence_after_quotation(ctx: &Ctx, toks: &[Tok], prev: &[Tok]) -> Option<Found> {
    let c = toks.iter().position(|t| {
        t.is_word() && !is_aux_or_adverb(&t.lower) && ctx.lex.is_cue_word(t.lower.as_str())
    })?;
    if c == 0 || c > 8 {
        return None;
    }
    let (entry, after) = cue_at(ctx.lex, toks, c, false)?;
    if !tail_is_adverbial(
        ctx.lex,
        toks,
        after,
        entry.frames.has(Frames::ADDRESSEE_TAIL),
    ) || toks[after..]
        .iter()
        .any(|t| t.kind == TokKind::QuoteOpen || t.is_punct(','))
    {
        return None;
    }
    let mut j = c;
    while j > 0 && toks[j - 1].is_word() && is_aux_or_adverb(&toks[j - 1].lower) {
        j -= 1;
    }
    // "Unemployment rose to 5%, the agency said." reports its own content; only a sentence
    // that is no more than its source and cue credits the quotation before it.
    if j == 0 || toks[..j].iter().any(|t| !t.is_word()) {
        return None;
    }
    // "This post has been updated with comment from …": a clause of its own, and a noun after
    // a preposition.
    if toks[..j]
        .iter()
        .any(|t| is_be(&t.lower) || is_auxiliary(&t.lower))
        || is_np_preposition(&toks[j - 1].lower)
    {
        return None;
    }
    let src = classify(ctx, toks, 0, j)?;
    let q = ctx.quotation_ending(prev)?;
    // The credit stands in the quotation's paragraph, right after it ("Other scientists urged
    // caution." opening the next paragraph credits nothing).
    let gap = ctx.text.get(q.outer.end..toks[0].span.start)?;
    if gap.contains('\n') {
        return None;
    }
    // After a quotation closed by a full stop, only a bare "X said." credits it; a sentence
    // with more after its cue is narration (`“… accelerating.” Others urged caution.`).
    let closed_by_stop = ctx.text[..q.outer.end]
        .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '?' && c != '!')
        .ends_with('.');
    let bare = toks[after..].iter().all(|t| !t.is_word());
    if closed_by_stop && !bare {
        return None;
    }
    let mut f = ctx.finish(
        vec![q.outer],
        Some(src),
        Some(CueHit::of_entry(toks, c, after, &entry)),
        None,
        vec![
            Reason::new(Rule::AttrContentSourceCue),
            Reason::new(Rule::AttrCueSentenceAfterQuotation),
        ],
    );
    cover_tail(toks, after, &mut f);
    Some(f)
}
