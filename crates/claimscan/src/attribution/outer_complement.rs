//! `content:before-outer-complement` — a report nested inside another report's content ends
//! before the outer content's next "that" complement.
//!
//! "The aide said internal polls showed a tight race and that the mayor would run again": what
//! the polls showed is "a tight race"; "and that the mayor would run again" is the aide's second
//! complement. A nested content that opens without "that" (an object, a bare clause) cannot be
//! joined by "and that" itself, so the "that" clause belongs to the verb above it.
//! ("said polls showed that turnout fell and that …" is left whole: the second "that" may be
//! the polls' too.)

use super::found::Found;
use crate::rules::{Reason, Rule};
use crate::span::Span;
use crate::tokens::{Tok, TokKind};

/// Cut the content of every report in `local` that lies inside another one's content before
/// an "and that" / "but that" of that outer content ("said the survey found wide support and
/// that …": the survey found "wide support").
pub(crate) fn trim_nested(toks: &[Tok], local: &mut [Found]) {
    for i in 0..local.len() {
        let Some(end) = (0..local.len())
            .filter(|&g| g != i)
            .find_map(|g| cut_at(toks, &local[i], &local[g]))
        else {
            continue;
        };
        let f = &mut local[i];
        let old = f.content();
        f.fragments[0].end = end;
        if f.covered.end == old.end {
            f.covered = Span::new(f.covered.start, end);
        }
        f.reasons
            .push(Reason::new(Rule::ContentBeforeOuterComplement));
    }
}

/// Where the content of `f`, nested in the content of `outer`, ends before the outer content's
/// "and that" ("polls showed a tight race and that …" ends after "race").
fn cut_at(toks: &[Tok], f: &Found, outer: &Found) -> Option<usize> {
    let content = f.content();
    let held = outer.content();
    if f.fragments.len() != 1
        || !held.contains(f.covered)
        || content.start <= held.start
        || f.reasons
            .iter()
            .any(|r| r.rule == Rule::ContentThatClause || r.rule == Rule::ContentQuotation)
    {
        return None;
    }
    let first = toks.iter().position(|t| t.span.start >= content.start)?;
    let that = (first + 2..toks.len())
        .take_while(|&k| toks[k].span.end <= content.end)
        .find(|&k| {
            toks[k].is("that")
                && !toks[k].quoted
                && (toks[k - 1].is("and") || toks[k - 1].is("but"))
                && !toks[k - 1].quoted
        })?;
    // Drop the joining word and a comma before it.
    let mut last = that - 1;
    while last > first && !toks[last - 1].is_word() && toks[last - 1].kind != TokKind::QuoteClose {
        last -= 1;
    }
    (last > first + 1).then(|| toks[last - 1].span.end)
}
