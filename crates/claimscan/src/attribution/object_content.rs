//! `content:object` — the object of an evaluation or intention cue is its content: what is
//! judged ("The council criticized the budget as too thin"), what is wanted ("Tenants want a
//! rent freeze"). Intention cues also take an infinitive ("The union plans to strike"), which
//! `content_after.rs` reads as `content:infinitive`.
//!
//! The object runs to the clause end, and stops at the first comma outside quotation marks:
//! "The mayor praised the crews, saying …" judges the crews, not what follows.

use super::content::{clause_end, trim_content_end};
use super::content_after::After;
use super::found::{words_in, Ctx};
use crate::rules::{Reason, Rule};
use crate::span::Span;
use crate::tokens::{Tok, TokKind};
use crate::words::*;

/// The object content starting at `toks[st]`, when what follows the cue reads as a noun phrase.
/// `None` when it does not (an infinitive, "that", a preposition): the other readings apply.
pub(crate) fn after(
    ctx: &Ctx,
    toks: &[Tok],
    st: usize,
    channel: Option<Span>,
    reasons: &[Reason],
) -> Option<After> {
    let first = toks.get(st)?;
    if !opens_an_object(first) {
        return None;
    }
    let limit = clause_end(ctx.lex, toks, st);
    let comma_from = |from: usize| {
        (from..limit)
            .find(|&k| toks[k].is_punct(',') && !toks[k].quoted)
            .unwrap_or(limit)
    };
    let mut end = comma_from(st);
    // "accused Lee, the town's mayor, of hiding …", "praised the crews, who worked all night,
    // for …": an insertion between commas, then the preposition the verb takes.
    while end < limit {
        let close = comma_from(end + 1);
        let resumes = close < limit
            && close - end <= 12
            && toks
                .get(close + 1)
                .is_some_and(|t| matches!(t.lower.as_str(), "of" | "as" | "for"));
        if !resumes {
            break;
        }
        end = comma_from(close + 1);
    }
    // "shows footage of the mayor asking, “…”": a speaking participle after the object is an
    // attribution of its own, and the object no claim.
    let speaking = (st..end).any(|k| {
        let t = &toks[k];
        let mut n = k + 1;
        if toks
            .get(n)
            .is_some_and(|x| x.is_punct(',') || x.is_punct(':'))
        {
            n += 1;
        }
        t.is_word()
            && !t.quoted
            && t.lower.ends_with("ing")
            && ctx.lex.is_cue_word(&t.lower)
            && toks
                .get(n)
                .is_some_and(|x| x.kind == TokKind::QuoteOpen || x.is("that"))
    });
    if speaking {
        return None;
    }
    let mut end = trim_content_end(toks, st, end);
    // "rejected the protest in a post on X, saying …": a channel phrase ending the object
    // before a participle's comma says where, not what is rejected.
    let (mut channel, mut own_channel) = (channel, false);
    let participle = toks.get(end).is_some_and(|t| t.is_punct(','))
        && toks.get(end + 1).is_some_and(|t| {
            t.is_word() && t.lower.ends_with("ing") && ctx.lex.is_cue_word(&t.lower)
        });
    if participle && channel.is_none() {
        if let Some(k) = super::content::channel_before_comma(ctx.lex, toks, st, end) {
            channel = Some(Span::new(toks[k].span.start, toks[end - 1].span.end));
            end = k;
            own_channel = true;
        }
    }
    if end <= st || words_in(toks, st, end) < 1 {
        return None;
    }
    let mut reasons = reasons.to_vec();
    if own_channel {
        reasons.push(Reason::new(Rule::ChannelAfterCue));
    }
    reasons.push(Reason::new(Rule::ContentObject));
    Some(After {
        st,
        end,
        channel,
        reasons,
    })
}

/// A noun phrase opens with a determiner, a name, a number, a quotation or a plain word, never
/// with "to", "that", a preposition or a pronoun that starts a clause of its own.
pub(crate) fn opens_an_object(first: &Tok) -> bool {
    // A quotation, or an amount ("$40 million").
    if first.kind == TokKind::QuoteOpen
        || matches!(first.kind, TokKind::Punct('$' | '€' | '£')) && !first.quoted
    {
        return true;
    }
    if !first.is_word() || first.quoted {
        return false;
    }
    let w = first.lower.as_str();
    !(is_np_preposition(w)
        || is_auxiliary(w)
        || is_wh_word(w)
        || [
            "to", "that", "as", "by", "about", "during", "after", "before", "since", "because",
            "if", "when", "while", "he", "she", "they", "we", "i", "there", "not", "so", "and",
            "or", "but",
        ]
        .contains(&w))
}
