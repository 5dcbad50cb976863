//! `content:second-complement` — a reporting verb with two coordinated "that" complements gives
//! two claims, with the same source, cue and channel, each with its own content (and so its
//! own negation, future, condition and quotation kind).
//!
//! "The warden said the gates had never been locked, and that guards would check them nightly":
//! the warden says two things, "the gates had never been locked" (negated) and "guards would
//! check them nightly" (future, not negated). The same holds for "but that" ("said the office
//! cannot act, but that renters should call police") and for a quotation before it ("said the
//! plan was “a mistake” and that the envoy must leave": a MIXED claim and an INDIRECT one).
//!
//! Only parts that one claim would misreport are split: one quoted and the other not, or one
//! negated and the other not. "said prices rose and that wages fell" stays one claim, as
//! annotated corpora (PolNeAR) mostly mark it.
//!
//! Left whole: a demonstrative "that" ("said costs rose and that was the problem": a verb
//! follows it), a "that" inside quotation marks, and an "and that" that a report nested in the
//! content could own as well ("said the aide told him that A and that B": whose is B?). A
//! clause after "but" without "that" ("said the staff were “very kind,” but the wait was
//! long") stays in the claim: it may be the writer's remark, and annotated news (GUM) keeps it
//! in one content.

use super::found::{Ctx, Found};
use crate::modality::negation::negation_at;
use crate::report::Attribution;
use crate::rules::{Reason, Rule};
use crate::span::Span;
use crate::tokens::{Tok, TokKind};
use crate::words::is_auxiliary;

/// Split every attribution of `local` (one sentence's, in `toks`) whose content, after its cue,
/// joins two "that" clauses with "and that" / "but that" into one attribution per clause
/// ("said A, and that B" gives "A" and "B"). The first keeps what the original covered; the
/// later ones cover their joining words and clause.
pub(crate) fn split(ctx: &Ctx, toks: &[Tok], local: &mut Vec<Found>) {
    let mut out: Vec<Found> = Vec::with_capacity(local.len());
    for (i, f) in local.iter().enumerate() {
        let joints = joints(toks, f, local, i);
        if joints.is_empty() {
            out.push(f.clone());
            continue;
        }
        let content = f.content();
        // The parts: [start, end) in characters, and where each part's joining words start.
        let mut parts: Vec<(usize, usize, usize)> = Vec::with_capacity(joints.len() + 1);
        let mut start = content.start;
        let mut joined_at = content.start;
        for &(join, first) in &joints {
            let end = part_end(toks, join);
            parts.push((start, end, joined_at));
            start = toks[first].span.start;
            joined_at = toks[join].span.start;
        }
        parts.push((start, content.end, joined_at));
        let spans: Vec<Span> = parts.iter().map(|&(a, b, _)| Span::new(a, b)).collect();
        if !one_claim_misreads(ctx, toks, &spans) {
            out.push(f.clone());
            continue;
        }
        for (n, &(start, end, joined_at)) in parts.iter().enumerate() {
            let mut g = f.clone();
            g.fragments = vec![Span::new(start, end)];
            if n > 0 {
                g.covered = Span::new(joined_at, f.covered.end.max(end));
            }
            g.kind = ctx.kind_of(&g.fragments);
            let kind_rule = match g.kind {
                Attribution::Direct => Rule::AttributionDirect,
                Attribution::Mixed => Rule::AttributionMixed,
                Attribution::Indirect | Attribution::Author => Rule::AttributionIndirect,
            };
            for r in g.reasons.iter_mut() {
                if matches!(
                    r.rule,
                    Rule::AttributionDirect | Rule::AttributionMixed | Rule::AttributionIndirect
                ) {
                    *r = Reason::new(kind_rule);
                }
            }
            g.reasons.push(Reason::new(Rule::ContentSecondComplement));
            out.push(g);
        }
    }
    *local = out;
}

/// The "and that" / "but that" joints of the content of `local[i]`: the index of the joining
/// word's first token (a comma before "and", else "and") and of the second clause's first word.
/// "said prices fell, and that wages rose" has one joint, at ", and that".
fn joints(toks: &[Tok], f: &Found, local: &[Found], i: usize) -> Vec<(usize, usize)> {
    let Some(cue) = &f.cue else {
        return Vec::new();
    };
    let content = f.content();
    if f.fragments.len() != 1 || cue.span.end > content.start {
        return Vec::new();
    }
    let Some(first) = toks.iter().position(|t| t.span.start >= content.start) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut prev = first;
    for k in first + 2..toks.len() {
        if toks[k].span.end > content.end {
            break;
        }
        let t = &toks[k];
        let Some(join) = that_joint(toks, k, content) else {
            continue;
        };
        let second = k + 1;
        // Another report in the content that holds the joint could own the second clause.
        let shared = local
            .iter()
            .enumerate()
            .any(|(j, g)| j != i && g.content().contains(t.span) && g.content() != content);
        // Both clauses need words of their own.
        if shared || join < prev + 2 || second + 1 >= toks.len() {
            continue;
        }
        out.push((join, second));
        prev = second;
    }
    out
}

/// The joint at a complementizer "that" at `toks[k]` after "and" / "but" (a comma before them
/// included): the index of its first token. A complementizer opens a clause: a subject
/// follows, not a verb ("and that was the problem") or the end of the content.
fn that_joint(toks: &[Tok], k: usize, content: Span) -> Option<usize> {
    let t = &toks[k];
    let conj = &toks[k - 1];
    // "that" itself, not "that's" (whose possessive-looking clitic the token drops).
    let bare = t.span.end - t.span.start == 4;
    if !t.is("that") || !bare || t.quoted || conj.quoted || !(conj.is("and") || conj.is("but")) {
        return None;
    }
    let next = toks.get(k + 1).filter(|n| n.span.end <= content.end)?;
    let opens_clause = match next.kind {
        TokKind::Word => {
            !is_auxiliary(&next.lower)
                && !matches!(
                    next.lower.as_str(),
                    "is" | "was" | "are" | "were" | "'s" | "\u{2019}s" | "of" | "in"
                )
        }
        TokKind::QuoteOpen => true,
        _ => false,
    };
    if !opens_clause {
        return None;
    }
    let join = k - 1;
    Some(if toks[join - 1].is_punct(',') && !toks[join - 1].quoted {
        join - 1
    } else {
        join
    })
}

/// Where the clause before the joint at `join` ends: after its last word or closing quotation
/// mark ("was “a mistake,” and that" ends after the closing mark).
fn part_end(toks: &[Tok], join: usize) -> usize {
    let mut last = join;
    while last > 1
        && !toks[last - 1].is_word()
        && toks[last - 1].kind != TokKind::QuoteClose
        && !matches!(toks[last - 1].kind, TokKind::Punct(')' | '%'))
    {
        last -= 1;
    }
    toks[last - 1].span.end
}

/// One claim over all `parts` would misreport one of them: one part is quoted and another is
/// not ("said the plan was “a mistake” and that the envoy must leave": MIXED would be wrong for
/// the envoy), or one is negated and another is not ("said the office cannot act, but that
/// renters should call police"). Parts alike in both stay one claim ("said prices rose and
/// that wages fell"), as most annotated corpora mark them.
fn one_claim_misreads(ctx: &Ctx, toks: &[Tok], parts: &[Span]) -> bool {
    let kinds: Vec<Attribution> = parts.iter().map(|p| ctx.kind_of(&[*p])).collect();
    let negated: Vec<bool> = parts
        .iter()
        .map(|p| {
            toks.iter()
                .enumerate()
                .any(|(k, t)| p.contains(t.span) && t.is_word() && negation_at(t, toks.get(k + 1)))
        })
        .collect();
    kinds.iter().any(|k| *k != kinds[0]) || negated.iter().any(|n| *n != negated[0])
}
